import { describe, expect, it } from 'vitest';
import {
  ReportFormatError,
  changeParts,
  chineseNumeral,
  describeFigure,
  decimalsOf,
  englishOrdinal,
  formatChange,
  formatDisplayNumber,
  formatQuantity,
  formatRank,
  formatSignedChange,
  formatWhen,
  formatYear,
  normalizeLocale,
  qualify,
  qualifierParts,
  quantityStyle,
} from '../../src/format/format.js';
import type { Unit } from '../../src/format/units.js';

// Intl separates English numbers from units with a no-break space; tests read it as a space.
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

describe('formatQuantity speaks report units in both locales', () => {
  const table: [number, Unit, string, string][] = [
    [440, '亿元', '440亿元', '44 billion yuan'],
    [45, '亿元', '45亿元', '4.5 billion yuan'],
    [500, '亿元', '500亿元', '50 billion yuan'],
    [900, '亿元', '900亿元', '90 billion yuan'],
    [67.3, '%', '67.3%', '67.3%'],
    [2.28, '%', '2.28%', '2.28%'],
    [37.1, '件', '37.1件', '37.1'],
    [5, '万元', '5万元', '50,000 yuan'],
    [22, '个月', '22个月', '22 months'],
    [1, '个月', '1个月', '1 month'],
    [11, '个', '11个', '11'],
    [0, '亿元', '0亿元', '0 yuan'],
    [0, '%', '0%', '0%'],
    [-3.5, '亿元', '-3.5亿元', '-350 million yuan'],
    [123456789, '亿元', '123,456,789亿元', '12,345.6789 trillion yuan'],
    [0.0001, '%', '0.0001%', '0.0001%'],
    [0.00000123, '亿元', '0.00000123亿元', '123 yuan'],
    [2019, '年', '2019年', '2019 years'],
    [-1.5, '%', '-1.5%', '-1.5%'],
    [8.3, '%', '8.3%', '8.3%'],
    [1e15, '元', '1,000,000,000,000,000元', '1,000 trillion yuan'],
    [0.05, '万元', '0.05万元', '500 yuan'],
    [30, '项', '30项', '30'],
    [5, '名', '5名', '5'],
    [34, '个', '34个', '34'],
    [1.3, '亿美元', '1.3亿美元', '130 million US dollars'],
    [381, '万美元', '381万美元', '3.81 million US dollars'],
    [2865, '美元', '2,865美元', '2,865 US dollars'],
    [12, '亿港元', '12亿港元', '1.2 billion Hong Kong dollars'],
    [10000, '澳门元', '10,000澳门元', '10,000 patacas'],
    [8.56, '‰', '8.56‰', '8.56‰'],
    [10.6, '万平方公里', '10.6万平方公里', '106,000 km²'],
    [135.5, '千公顷', '135.5千公顷', '135,500 ha'],
    [12, '亿千瓦', '12亿千瓦', '1.2 billion kW'],
    [3.5, '万千瓦时', '3.5万千瓦时', '35,000 kWh'],
    [120, '万吨标准煤', '120万吨标准煤', '1,200,000 tce'],
    [1.3, '万亿斤', '1.3万亿斤', '1.3 trillion jin'],
    [1.4, '兆斤', '1.4兆斤', '1.4 trillion jin'],
    [180, '件次', '180件次', '180 items'],
    [6, '个工作日', '6个工作日', '6 working days'],
    [1.54, '晚', '1.54晚', '1.54 nights'],
    [37, '位', '37位', '37'],
    [42.3, '万头', '42.3万头', '423,000 head'],
    [8650, '百羽', '8,650百羽', '865,000 birds'],
  ];
  it.each(table)('%s %s → %s / %s', (value, unit, zh, en) => {
    expect(formatQuantity(value, unit, 'zh-CN')).toBe(zh);
    expect(plain(formatQuantity(value, unit, 'en'))).toBe(en);
  });

  it('keeps 亿元 in Chinese even where Intl compact notation would switch or round', () => {
    expect(formatQuantity(99999999, '万元', 'zh-CN')).toBe('99,999,999万元');
  });

  it('refuses NaN and Infinity with an error instead of printing "NaN亿元"', () => {
    expect(() => formatQuantity(Number.NaN, '亿元', 'zh-CN')).toThrow(ReportFormatError);
    expect(() => formatQuantity(Number.NaN, '亿元', 'zh-CN')).toThrow(
      /亿元 must be a finite number, got NaN/,
    );
    expect(() => formatQuantity(Infinity, '%', 'en')).toThrow(/got Infinity/);
    expect(() => formatQuantity(-Infinity, '%', 'en')).toThrow(ReportFormatError);
  });

  it('refuses a value too large for its digits to be exact, instead of printing invented digits', () => {
    expect(formatQuantity(Number.MAX_SAFE_INTEGER, '元', 'zh-CN')).toBe('9,007,199,254,740,991元');
    expect(() => formatQuantity(1e21, '亿元', 'zh-CN')).toThrow(
      /亿元 is too large to show exactly, got 1e\+21/,
    );
    expect(() => formatQuantity(-1e308, '%', 'en')).toThrow(ReportFormatError);
  });

  it('refuses a unit it does not know', () => {
    expect(() => formatQuantity(1, 'furlongs' as Unit, 'zh-CN')).toThrow(/unknown unit "furlongs"/);
  });
});

describe('quantityStyle fixes unit and decimals for a whole count-up', () => {
  it('ticks through numbers with the final decimals and the final unit', () => {
    const style = quantityStyle(2.28, '%', 'zh-CN');
    expect(style.fractionDigits).toBe(2);
    expect(formatDisplayNumber(0, style)).toBe('0.00');
    expect(formatDisplayNumber(1.1, style)).toBe('1.10');
    expect(style.unitText).toBe('%');
  });

  it('chooses the English scale once, from the final value', () => {
    const style = quantityStyle(440, '亿元', 'en');
    expect(style.unitText).toBe('billion yuan');
    expect(style.scale).toBeCloseTo(0.1);
    // mid-count values stay in billions rather than dropping to millions
    expect(formatDisplayNumber(0.5, style)).toBe('1');
  });

  it('never shows a negative zero while counting towards a negative value', () => {
    const style = quantityStyle(-3.5, '亿元', 'zh-CN');
    expect(formatDisplayNumber(-0.04, style)).toBe('0.0');
    expect(formatDisplayNumber(-0, style)).toBe('0.0');
    expect(formatDisplayNumber(-3.5, style)).toBe('-3.5');
  });

  it('counts 5万元 in English through whole yuan, unit fixed', () => {
    const style = quantityStyle(5, '万元', 'en');
    expect(style.unitText).toBe('yuan');
    expect(formatDisplayNumber(2.5 * style.scale, style)).toBe('25,000');
    expect(formatDisplayNumber(5 * style.scale, style)).toBe('50,000');
  });

  it('never groups years', () => {
    const style = quantityStyle(2020, '年', 'zh-CN');
    expect(formatDisplayNumber(2020, style)).toBe('2020');
    expect(formatYear(2019, 'zh-CN')).toBe('2019年');
    expect(formatYear(2019, 'en')).toBe('2019');
  });
});

describe('changes carry their sign and their basis', () => {
  it.each([
    [
      { value: 6.5, unit: '%', basis: 'year-on-year' },
      '同比增长6.5%',
      '+6.5% year on year',
      '+6.5%',
    ],
    [{ value: 7, unit: '%', basis: 'year-on-year' }, '同比增长7%', '+7% year on year', '+7%'],
    [
      { value: -2.1, unit: '%', basis: 'year-on-year' },
      '同比下降2.1%',
      '-2.1% year on year',
      '-2.1%',
    ],
    [{ value: 0, unit: '%', basis: 'year-on-year' }, '同比持平', 'unchanged year on year', '0%'],
    [
      { value: 0.5, unit: '个百分点', basis: 'period' },
      '提高0.5个百分点',
      '+0.5 percentage points',
      '+0.5 percentage points',
    ],
    [{ value: 3, unit: '%', basis: 'month-on-month' }, '环比增长3%', '+3% month on month', '+3%'],
    [
      { value: -862, unit: '公顷', basis: 'year-on-year' },
      '同比减少862公顷',
      '-862 ha year on year',
      '-862 ha',
    ],
    [
      { value: 50, unit: '亿元', basis: 'period' },
      '增加50亿元',
      '+5 billion yuan',
      '+5 billion yuan',
    ],
    [
      { value: 2028, unit: '人', basis: 'year-on-year' },
      '同比增加2,028人',
      '+2,028 people year on year',
      '+2,028 people',
    ],
  ] as const)('%j', (change, zh, en, signedEn) => {
    expect(formatChange(change, 'zh-CN')).toBe(zh);
    expect(plain(formatChange(change, 'en'))).toBe(en);
    expect(plain(formatSignedChange(change, 'en'))).toBe(signedEn);
  });

  it('refuses a NaN change', () => {
    expect(() => formatChange({ value: Number.NaN, unit: '%', basis: 'period' }, 'en')).toThrow(
      ReportFormatError,
    );
  });
});

describe('change parts for a compact display', () => {
  it('splits sign, basis and direction in both locales', () => {
    const rise = { value: 6.5, unit: '%', basis: 'year-on-year' } as const;
    expect(changeParts(rise, 'zh-CN')).toEqual({
      signed: '+6.5%',
      basis: '同比',
      basisFirst: true,
      direction: 'rise',
    });
    expect(changeParts(rise, 'en')).toEqual({
      signed: '+6.5%',
      basis: 'year on year',
      basisFirst: false,
      direction: 'rise',
    });
    const fall = changeParts({ value: -2.1, unit: '%', basis: 'period' }, 'zh-CN');
    expect([fall.signed, fall.basis, fall.direction]).toEqual(['-2.1%', '', 'fall']);
    expect(changeParts({ value: 0, unit: '%', basis: 'year-on-year' }, 'en').direction).toBe(
      'flat',
    );
  });
});

describe('a figure as one sentence', () => {
  const gdp = {
    label: '地区生产总值',
    value: 440,
    unit: '亿元',
    qualifiers: ['estimated'],
    change: { value: 6.5, unit: '%', basis: 'year-on-year' },
  } as const;

  it('names label, qualifier, value, unit, change and rank', () => {
    expect(describeFigure({ ...gdp, rank: '增幅全市第二' }, 'zh-CN')).toBe(
      '地区生产总值：预计440亿元，同比增长6.5%，增幅全市第二',
    );
    expect(
      plain(describeFigure({ ...gdp, label: 'GDP', rank: '2nd in the city for growth' }, 'en')),
    ).toBe('GDP: est. 44 billion yuan, +6.5% year on year, 2nd in the city for growth');
  });

  it('uses a quantity the caller formatted already, with the qualifiers around it', () => {
    expect(describeFigure({ ...gdp, quantity: '440.0亿元' }, 'zh-CN')).toBe(
      '地区生产总值：预计440.0亿元，同比增长6.5%',
    );
  });

  it('reads a fall as 下降 and leaves out what is missing', () => {
    expect(
      describeFigure(
        { value: 37.1, unit: '件', change: { value: -2, unit: '%', basis: 'year-on-year' } },
        'zh-CN',
      ),
    ).toBe('37.1件，同比下降2%');
    expect(describeFigure({ label: 'Patents', value: 37.1, unit: '件' }, 'en')).toBe(
      'Patents: 37.1',
    );
  });

  it('refuses a NaN value', () => {
    expect(() => describeFigure({ value: Number.NaN, unit: '亿元' }, 'zh-CN')).toThrow(
      ReportFormatError,
    );
  });
});

describe('qualifiers stand where each language puts them', () => {
  it('splits the words on each side of the number', () => {
    expect(qualifierParts(['estimated'], 'zh-CN')).toEqual({ before: '预计', after: '' });
    expect(qualifierParts(['over', 'at-least'], 'zh-CN')).toEqual({
      before: '突破',
      after: '以上',
    });
    expect(qualifierParts(['estimated', 'about'], 'en')).toEqual({
      before: 'est. about',
      after: '',
    });
    expect(qualifierParts(undefined, 'en')).toEqual({ before: '', after: '' });
  });

  it.each([
    ['440亿元', ['estimated'], '预计440亿元'],
    ['500亿元', ['over'], '突破500亿元'],
    ['6.5%', ['at-least'], '6.5%以上'],
    ['6%', ['about'], '6%左右'],
    ['3%', ['at-most'], '3%以内'],
  ] as const)('%s + %j → %s', (text, qualifiers, zh) => {
    expect(qualify(text, qualifiers, 'zh-CN')).toBe(zh);
  });

  it('puts English qualifiers before the number', () => {
    expect(qualify('50 billion yuan', ['over'], 'en')).toBe('over 50 billion yuan');
    expect(qualify('6.5%', ['at-least'], 'en')).toBe('at least 6.5%');
    expect(qualify('44 billion yuan', ['estimated'], 'en')).toBe('est. 44 billion yuan');
  });
});

describe('ranks, ordinals and dates', () => {
  it('builds a rank phrase when the report gives none', () => {
    const rank = { position: 2, scope: { zh: '全市', en: 'the city' }, measure: 'growth' } as const;
    expect(formatRank(rank, 'zh-CN')).toBe('增幅全市第二');
    expect(formatRank(rank, 'en')).toBe('2nd in the city for growth');
    expect(formatRank({ scope: { zh: '全市', en: 'the city' } }, 'zh-CN')).toBe('全市领先');
  });

  it('prefers the report’s own phrase', () => {
    const rank = {
      position: 1,
      scope: { zh: '市区' },
      text: { zh: '稳居市区第一', en: 'steadily 1st among urban districts' },
    };
    expect(formatRank(rank, 'zh-CN')).toBe('稳居市区第一');
    expect(formatRank(rank, 'en')).toBe('steadily 1st among urban districts');
  });

  it('writes Chinese numerals and English ordinals', () => {
    expect([1, 2, 10, 12, 22, 105].map(chineseNumeral)).toEqual([
      '一',
      '二',
      '十',
      '十二',
      '二十二',
      '一百零五',
    ]);
    expect([1, 2, 3, 4, 11, 22].map(englishOrdinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '22nd',
    ]);
  });

  it('shows a date at its precision, never a year as 1 January', () => {
    expect(formatWhen({ date: '2019', precision: 'year' }, 'zh-CN')).toBe('2019年');
    expect(formatWhen({ date: '2019', precision: 'year' }, 'en')).toBe('2019');
    expect(formatWhen({ date: '2020-01', precision: 'month' }, 'zh-CN')).toBe('2020年1月');
    expect(formatWhen({ date: '2020-01', precision: 'month' }, 'en')).toBe('January 2020');
    expect(formatWhen({ date: '2020-01-04', precision: 'day' }, 'zh-CN')).toBe('2020年1月4日');
    expect(formatWhen({ date: '2020-01-04', precision: 'day' }, 'en')).toBe('4 January 2020');
  });

  it('maps locale tags onto the two supported locales', () => {
    expect(['en', 'en-GB', 'EN-us', 'zh', 'zh-Hant', '', undefined].map(normalizeLocale)).toEqual([
      'en',
      'en',
      'en',
      'zh-CN',
      'zh-CN',
      'zh-CN',
      'zh-CN',
    ]);
  });

  it('counts decimals as written', () => {
    expect([440, 2.28, 37.1, 0.1 + 0.2, 1e-7, 6.5].map(decimalsOf)).toEqual([0, 2, 1, 1, 7, 1]);
  });
});
