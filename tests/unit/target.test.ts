import { describe, expect, it } from 'vitest';
import { factsFromAttributes, factsFromTarget, findTarget } from '../../src/target/facts.js';
import { isEarlier, readingText, targetModel } from '../../src/target/model.js';
import { assessTarget, defaultTolerance, type TargetInput } from '../../src/target/status.js';
import { formatGap, formatTarget, formatTargetStatus } from '../../src/target/text.js';
import type { Target } from '../../src/data/schema.js';
import { fixtureDataset } from '../fixtures/dataset.js';

const plain = (text: string) => text.replace(/\u00a0/g, ' ');

describe('assessTarget computes a status from the numbers', () => {
  it.each<[string, TargetInput, string, boolean | undefined, number | undefined]>([
    [
      'at least, above the floor',
      { comparator: 'at-least', value: 6.5, reading: 7 },
      'exceeded',
      true,
      0.5,
    ],
    [
      'at least, on the floor (GDP 6.5% vs ≥6.5%)',
      { comparator: 'at-least', value: 6.5, reading: 6.5 },
      'met',
      true,
      undefined,
    ],
    [
      'at least, below (R&D 2.28% vs ≥2.3%)',
      { comparator: 'at-least', value: 2.3, reading: 2.28 },
      'not-yet',
      false,
      0.02,
    ],
    [
      'at least, 2.30 written as 2.3',
      { comparator: 'at-least', value: 2.3, reading: 2.1 + 0.2 },
      'met',
      true,
      undefined,
    ],
    [
      'at most, under the ceiling',
      { comparator: 'at-most', value: 3, reading: 2.4 },
      'within',
      true,
      0.6,
    ],
    [
      'at most, on the ceiling',
      { comparator: 'at-most', value: 3, reading: 3 },
      'met',
      true,
      undefined,
    ],
    [
      'at most, over the ceiling',
      { comparator: 'at-most', value: 3, reading: 3.2 },
      'over-ceiling',
      false,
      0.2,
    ],
    [
      'about, inside the default band 5.5–6.5',
      { comparator: 'about', value: 6, reading: 6.4 },
      'within-band',
      true,
      undefined,
    ],
    [
      'about, on the band edge',
      { comparator: 'about', value: 6, reading: 6.5 },
      'within-band',
      true,
      undefined,
    ],
    [
      'about, above the band',
      { comparator: 'about', value: 6, reading: 7 },
      'above-band',
      false,
      0.5,
    ],
    [
      'about, below a given tolerance',
      { comparator: 'about', value: 6, tolerance: 0.2, reading: 5.5 },
      'below-band',
      false,
      0.3,
    ],
    [
      'keep growing, positive growth',
      { comparator: 'keep-growing', reading: 1.2 },
      'growing',
      true,
      undefined,
    ],
    [
      'keep growing, zero growth',
      { comparator: 'keep-growing', reading: 0 },
      'not-growing',
      false,
      undefined,
    ],
    [
      'keep growing, falling',
      { comparator: 'keep-growing', reading: -3 },
      'not-growing',
      false,
      undefined,
    ],
    [
      'in step, within half a point',
      { comparator: 'in-step-with', reading: 6.8, reference: 6.5 },
      'in-step',
      true,
      0.3,
    ],
    [
      'in step, income ahead (8.3% vs 6.5%)',
      { comparator: 'in-step-with', reading: 8.3, reference: 6.5 },
      'ahead',
      true,
      1.8,
    ],
    [
      'in step, behind',
      { comparator: 'in-step-with', reading: 5, reference: 6.5 },
      'behind',
      false,
      1.5,
    ],
    [
      'in step, no reference reading',
      { comparator: 'in-step-with', reading: 5 },
      'unknown',
      undefined,
      undefined,
    ],
    [
      'at least, no reading',
      { comparator: 'at-least', value: 6.5 },
      'unknown',
      undefined,
      undefined,
    ],
    [
      'at least, NaN reading',
      { comparator: 'at-least', value: 6.5, reading: Number.NaN },
      'unknown',
      undefined,
      undefined,
    ],
    ['keep growing, no reading', { comparator: 'keep-growing' }, 'unknown', undefined, undefined],
  ])('%s', (_, input, status, good, gap) => {
    const result = assessTarget(input);
    expect(result.status).toBe(status);
    expect(result.good).toBe(good);
    expect(result.gap).toBe(gap);
  });

  it('gives the band of an "about" or "in step" target even before there is a reading', () => {
    expect(assessTarget({ comparator: 'about', value: 6 }).band).toEqual([5.5, 6.5]);
    expect(assessTarget({ comparator: 'about', value: 6, tolerance: 1 }).band).toEqual([5, 7]);
    expect(assessTarget({ comparator: 'in-step-with', reference: 6.5 })).toEqual({
      status: 'unknown',
      good: undefined,
      band: [6, 7],
    });
  });

  it('reads 左右 as half a unit of the last digit written', () => {
    expect([6, 6.5, 440, 2.28].map(defaultTolerance)).toEqual([0.5, 0.05, 0.5, 0.005]);
  });
});

describe('targets in words', () => {
  it.each([
    [{ comparator: 'at-least', value: 6.5, unit: '%' }, '6.5%以上', 'at least 6.5%'],
    [{ comparator: 'at-least', value: 2.3, unit: '%' }, '2.3%以上', 'at least 2.3%'],
    [{ comparator: 'at-most', value: 3, unit: '%' }, '3%以内', 'at most 3%'],
    [{ comparator: 'about', value: 6, unit: '%' }, '6%左右', 'about 6%'],
    [
      { comparator: 'at-least', value: 500, unit: '亿元' },
      '500亿元以上',
      'at least 50 billion yuan',
    ],
    [{ comparator: 'keep-growing' }, '保持增长', 'keep growing'],
  ] as const)('%j → %s / %s', (target, zh, en) => {
    expect(formatTarget(target, 'zh-CN')).toBe(zh);
    expect(plain(formatTarget(target, 'en'))).toBe(en);
  });

  it('names the reference of an "in step with" target', () => {
    expect(formatTarget({ comparator: 'in-step-with' }, 'zh-CN', '经济增长')).toBe(
      '与经济增长同步',
    );
    expect(formatTarget({ comparator: 'in-step-with' }, 'en', 'GDP growth')).toBe(
      'in step with GDP growth',
    );
  });

  it('measures gaps between percentages in percentage points', () => {
    expect(formatGap(0.02, '%', 'zh-CN')).toBe('0.02个百分点');
    expect(plain(formatGap(0.02, '%', 'en'))).toBe('0.02 percentage points');
    expect(formatGap(-12, '亿元', 'zh-CN')).toBe('12亿元');
  });

  it('says the status with its distance', () => {
    const rd = assessTarget({ comparator: 'at-least', value: 2.3, reading: 2.28 });
    expect(formatTargetStatus(rd, '%', 'zh-CN')).toBe('距目标还差0.02个百分点');
    expect(plain(formatTargetStatus(rd, '%', 'en'))).toBe(
      '0.02 percentage points short of the target',
    );
    const gdp = assessTarget({ comparator: 'at-least', value: 6.5, reading: 6.5 });
    expect(formatTargetStatus(gdp, '%', 'zh-CN')).toBe('达到目标');
    const income = assessTarget({ comparator: 'in-step-with', reading: 8.3, reference: 6.5 });
    expect(formatTargetStatus(income, '%', 'zh-CN', '地区生产总值增长')).toBe(
      '快于地区生产总值增长1.8个百分点',
    );
    expect(formatTargetStatus(assessTarget({ comparator: 'keep-growing' }), undefined, 'en')).toBe(
      'no reading to compare yet',
    );
  });
});

describe('a target model from its facts', () => {
  const zh = { locale: 'zh-CN' } as const;
  const en = { locale: 'en' } as const;

  it('resolves a dataset target’s baseline, and says it in words and for screen readers', () => {
    const data = fixtureDataset();
    const facts = factsFromTarget(findTarget(data, 'rd-share-2020', zh), 'target', data, {}, zh);
    expect(facts.baseline).toEqual({ value: 2.28, caption: '2019年', year: 2019 });
    const model = targetModel(facts, 'zh-CN');
    expect(model.name).toBe('全社会研发投入占比，2020年目标');
    expect(model.legend.map((item) => `${item.term} ${item.text}`)).toEqual([
      '目标 2.3%以上',
      '2019年 2.28%',
    ]);
    expect(model.meter).toEqual({ now: 2.28, min: 0, max: 3 });
    expect(model.scene.markerLines).toEqual(['目标', '≥2.3%']);
    expect(readingText(model, 1)).toBe('2.28%');
    expect(readingText(model, 0.5)).toBe('1.14%');
  });

  it('reads a gauge’s attributes, naming the one it cannot use', () => {
    const facts = factsFromAttributes(
      { comparator: 'at-most', value: 3, unit: '%', year: 2020, baseline: 3.2 },
      en,
    );
    expect(facts.baseline).toEqual({ value: 3.2, caption: '2019' });
    expect(targetModel(facts, 'en').assessment.status).toBe('over-ceiling');
    expect(() => factsFromAttributes({ comparator: 'more' }, en)).toThrow('comparator="more"');
    expect(() => factsFromAttributes({ comparator: 'about', unit: '%' }, zh)).toThrow(
      '“about”目标需要 value 和 unit 属性。',
    );
    const page = { locale: 'en', raw: () => 'lots' } as const;
    expect(() =>
      factsFromAttributes({ comparator: 'keep-growing', baseline: Number.NaN }, page),
    ).toThrow('baseline="lots" is not a number.');
    expect(() => findTarget(fixtureDataset(), 'x', en)).toThrow(
      'goal "x" is not a target of dataset "fixture-district".',
    );
  });

  it('gives an "in step" target the reading of the target it keeps pace with', () => {
    const data = fixtureDataset();
    const facts = factsFromTarget(
      findTarget(data, 'income-growth-2020', en),
      'target',
      data,
      {},
      en,
    );
    expect(facts.reference).toEqual({
      label: 'GDP growth',
      reading: { value: 6.5, caption: '2019', year: 2019 },
    });
    const model = targetModel(facts, 'en');
    expect(model.shortTarget).toBe('in step');
    expect(model.meter).toBeUndefined();
  });
});

describe('a target judged on a reading from before its year (issue 13)', () => {
  const zh = { locale: 'zh-CN' } as const;
  const en = { locale: 'en' } as const;
  const model = (id: string, locale: 'zh-CN' | 'en', change?: (t: Target) => Target) => {
    const data = fixtureDataset();
    const found = findTarget(data, id, { locale });
    const target = change ? change(found) : found;
    return targetModel(factsFromTarget(target, 'target', data, {}, { locale }), locale);
  };

  it('does not call a 2020 target met by the 2019 figure: it says what is known', () => {
    const gdp = model('gdp-growth-2020', 'zh-CN');
    expect(gdp.assessment.status).toBe('met');
    expect(gdp.statusText).toBe('2019年已达目标水平');
    expect(gdp.valueText).toBe('2019年6.5%，目标6.5%以上，已达目标水平');
    const english = model('gdp-growth-2020', 'en');
    expect(english.statusText).toBe('2019 already at the target level');
    expect(english.valueText).toBe('2019 6.5%, target at least 6.5%, already at the target level');
    const rd = model('rd-share-2020', 'zh-CN');
    expect(rd.statusText).toBe('2019年距目标还差0.02个百分点');
    expect(rd.valueText).toBe('2019年2.28%，目标2.3%以上，距目标还差0.02个百分点');
    expect(plain(model('rd-share-2020', 'en').statusText)).toBe(
      '2019: 0.02 percentage points short of the target',
    );
  });

  it('keeps "target met" for a reading of the target’s own year', () => {
    const current = (t: Target): Target => ({ ...t, current: { value: 6.5, asOf: '2020' } });
    expect(model('gdp-growth-2020', 'zh-CN', current).statusText).toBe('达到目标');
    expect(model('gdp-growth-2020', 'en', current).statusText).toBe('target met');
    const attributes = factsFromAttributes(
      {
        comparator: 'at-most',
        value: 3,
        unit: '%',
        year: 2020,
        baseline: 3.2,
        current: 3,
        currentLabel: '2020年上半年',
      },
      zh,
    );
    expect(targetModel(attributes, 'zh-CN').statusText).toBe('达到目标');
  });

  it('says it for every comparator, with attributes too', () => {
    const atMost = factsFromAttributes(
      { comparator: 'at-most', value: 3, unit: '%', year: 2020, baseline: 3.2 },
      en,
    );
    expect(plain(targetModel(atMost, 'en').statusText)).toBe(
      '2019: 0.2 percentage points over the limit',
    );
    expect(
      targetModel({ ...atMost, baseline: { value: 2.5, caption: '2019年' } }, 'zh-CN').statusText,
    ).toBe('2019年已低于上限0.5个百分点');
    const sameYear = { ...atMost, baseline: { value: 3, caption: '2020', year: 2020 } };
    expect(targetModel(sameYear, 'en').statusText).toBe('target met');
    expect(isEarlier(sameYear)).toBe(false);
    expect(isEarlier(atMost)).toBe(true);
  });
});
