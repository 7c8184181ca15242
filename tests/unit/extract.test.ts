import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run, type Io } from '../../src/cli/run.js';
import type { Dataset, Figure, Provenance, Range, Target } from '../../src/data/schema.js';
import { validateDataset } from '../../src/data/validate.js';
import { extractDraft } from '../../src/extract/extract.js';
import { normalizeText, toOriginal, fromOriginal } from '../../src/extract/normalize.js';
import { findNumbers, parseChineseNumeral } from '../../src/extract/numerals.js';
import { segment } from '../../src/extract/sentences.js';

const GANGZHA = readFileSync(
  new URL('../../data/report/gangzha-2019-plenary.md', import.meta.url),
  'utf8',
);

/** Asserts the draft validates and every quote and span is exact in the ORIGINAL text. */
function checkDraft(text: string, data: Dataset): void {
  const result = validateDataset(JSON.parse(JSON.stringify(data)));
  expect(result.ok ? [] : result.issues).toEqual([]);
  expect(data.draft).toBe(true);
  const provenances: Provenance[] = [
    ...data.chapters.map((c) => c.source),
    ...data.figures.map((f) => f.source),
    ...data.targets.map((t) => t.source),
    ...data.events.map((e) => e.source),
  ];
  for (const p of provenances) expect(text.slice(p.start, p.end)).toBe(p.quote);
  const spans: Range[] = [
    ...data.figures.flatMap((f) => [f.span, f.change?.span, f.rank?.span]),
    ...data.targets.map((t) => t.span),
  ].filter((r): r is Range => r !== undefined);
  for (const r of spans) expect(r.end).toBeGreaterThan(r.start);
}

function byValue(data: Dataset, value: number, unit: string): Figure {
  const f = data.figures.find((x) => x.value === value && x.unit === unit);
  if (!f)
    throw new Error(
      `no figure ${value}${unit} in ${data.figures.map((x) => `${x.value}${x.unit}`).join(' ')}`,
    );
  return f;
}

const row = (t: Target) => [t.label.zh, t.comparator, t.value, t.unit, t.measure];

describe('the extractor on the Gangzha report, without curation', () => {
  const text = GANGZHA;
  const { dataset: data, notes } = extractDraft(text, { file: 'gangzha-2019-plenary.md' });

  it('produces a valid draft with exact provenance', () => {
    checkDraft(text, data);
    expect(data.language).toBe('zh-Hans');
    expect(data.region.zh).toBe('港闸区');
    expect(data.title.zh).toBe('牢记初心使命 强化实干担当');
    expect(data.id).toBe('gangzha-2019-plenary');
  });

  it('recovers the headline figures with values, units, qualifiers, changes and ranks', () => {
    const gdp = byValue(data, 440, '亿元');
    expect([gdp.id, gdp.label.zh, gdp.qualifiers, gdp.change?.value, gdp.year]).toEqual([
      'gdp-2019',
      '地区生产总值',
      ['estimated'],
      6.5,
      2019,
    ]);
    const budget = byValue(data, 45, '亿元');
    expect([
      budget.label.zh,
      budget.change?.value,
      budget.rank?.position,
      budget.rank?.measure,
    ]).toEqual(['一般公共预算收入', 7, 2, 'growth']);
    expect(budget.qualifiers).toBeUndefined();
    expect([byValue(data, 500, '亿元').label.zh, byValue(data, 500, '亿元').qualifiers]).toEqual([
      '工业应税销售收入',
      ['over'],
    ]);
    expect([byValue(data, 900, '亿元').label.zh, byValue(data, 900, '亿元').qualifiers]).toEqual([
      '服务业应税销售收入',
      ['over'],
    ]);
    expect(byValue(data, 22, '个月').kind).toBe('streak');
    const rank = data.figures.find((f) => f.rank?.text.zh === '稳居市区第一');
    expect([rank?.kind, rank?.value, rank?.label.zh, rank?.rank?.steady]).toEqual([
      'rank',
      1,
      '发展指标月度评估',
      true,
    ]);
    for (const [value, unit] of [
      [11, '个'],
      [67.3, '%'],
      [2.28, '%'],
      [37.1, '件'],
      [5, '名'],
      [8, '名'],
      [30, '项'],
      [34, '个'],
      [4, '部'],
    ] as const) {
      expect(byValue(data, value, unit).year).toBe(2019);
    }
    const income = byValue(data, 5, '万元');
    expect([income.label.zh, income.change?.value]).toEqual(['城镇居民收入', 8.3]);
    const honours = data.figures.filter((f) => f.kind === 'honour');
    expect(honours.flatMap((f) => f.rank?.text.zh ?? [])).toEqual([
      '增量、增幅全市靠前',
      '全市领先',
      '全市唯一',
      '三区领先',
      '全市率先',
    ]);
    expect(honours.filter((f) => !f.rank).map((f) => f.honour?.zh)).toEqual([
      '中集能源、国盛智科入围省高端装备研制赶超工程项目',
      '港闸经济开发区创成省级知识产权示范园区',
      '荣获全省基层党员冬训工作示范区',
    ]);
  });

  it('recovers all nine targets with their values, units and comparators', () => {
    expect(data.targets.map(row)).toEqual([
      ['地区生产总值增长', 'at-least', 6.5, '%', 'growth'],
      ['一般公共预算收入增长', 'at-least', 3, '%', 'growth'],
      ['全社会研发投入占比', 'at-least', 2.3, '%', 'share'],
      ['固定资产投资增长', 'at-least', 6, '%', 'growth'],
      ['工业应税销售收入增长', 'at-least', 6, '%', 'growth'],
      ['服务业应税销售收入增长', 'at-least', 10, '%', 'growth'],
      ['社会消费品零售总额增长', 'about', 6, '%', 'growth'],
      ['进出口总额', 'keep-growing', undefined, undefined, 'growth'],
      ['居民人均可支配收入增长', 'in-step-with', undefined, undefined, 'growth'],
    ]);
    expect(data.targets.map((t) => t.group)).toEqual(['A', 'A', 'A', 'B', 'B', 'B', 'B', 'B', 'C']);
    expect(data.targets.every((t) => t.year === 2020)).toBe(true);
    expect(data.targets.at(-1)?.reference).toBe('gdp-growth-2020');
    expect(data.targets[0]?.baseline).toEqual({ figure: 'gdp-2019', field: 'change' });
    expect(data.targets[2]?.baseline).toEqual({ figure: 'rd-share-2019', field: 'value' });
  });

  it('says which numbers it left unused instead of dropping them silently', () => {
    expect(notes.some((n) => n.includes('number "十九"'))).toBe(true);
    expect(notes.some((n) => n.includes('number "440'))).toBe(false);
  });

  it('takes its chapters from the headings, without the title and subtitle', () => {
    expect(data.chapters.map((c) => [c.kind, c.title.zh]).slice(0, 2)).toEqual([
      ['overview', '2019年，成绩来之不易'],
      ['block', '增强的是实力'],
    ]);
    expect(data.chapters.find((c) => c.title.zh === '主要预期目标')?.kind).toBe('targets');
  });
});

describe('the extractor on other districts’ reports', () => {
  it('reads a simplified report with full-width punctuation, respectively pairs, 同口径 and 控制在…以内', () => {
    const text = [
      '# 示例市东城区2023年政府工作报告',
      '',
      '## 一、2023年工作回顾',
      '',
      '全年实现地区生产总值1280.5亿元，同比增长6.2%，增速位居全市第一。一般公共预算收入达到98.6亿元，增长8.1%。城乡居民人均可支配收入分别达到6.8万元和3.2万元，分别增长5.1%和6.9%。规模以上工业增加值连续三年保持两位数增长。',
      '',
      '## 二、2024年主要预期目标',
      '',
      '地区生产总值增长6%左右；一般公共预算收入同口径增长5%；城镇登记失业率控制在3.5%以内；居民人均可支配收入增长与经济增长同步。',
      '',
    ].join('\n');
    const { dataset: data } = extractDraft(text, { file: 'dongcheng-2023.md' });
    checkDraft(text, data);
    const gdp = byValue(data, 1280.5, '亿元');
    expect([
      gdp.id,
      gdp.change?.value,
      gdp.change?.basis,
      gdp.rank?.position,
      gdp.rank?.scope.zh,
    ]).toEqual(['gdp-2023', 6.2, 'year-on-year', 1, '全市']);
    expect(byValue(data, 98.6, '亿元').change).toMatchObject({ value: 8.1, basis: 'period' });
    const urban = byValue(data, 6.8, '万元');
    const rural = byValue(data, 3.2, '万元');
    expect([urban.id, urban.label.zh, urban.change?.value]).toEqual([
      'urban-income-2023',
      '城镇居民人均可支配收入',
      5.1,
    ]);
    expect([rural.id, rural.label.zh, rural.change?.value]).toEqual([
      'rural-income-2023',
      '农村居民人均可支配收入',
      6.9,
    ]);
    expect(text.slice(rural.span!.start, rural.span!.end)).toBe('3.2万元');
    expect(byValue(data, 3, '年').kind).toBe('streak');
    expect(data.targets.map(row)).toEqual([
      ['地区生产总值增长', 'about', 6, '%', 'growth'],
      ['一般公共预算收入同口径增长', 'about', 5, '%', 'growth'],
      ['城镇登记失业率', 'at-most', 3.5, '%', 'share'],
      ['居民人均可支配收入增长', 'in-step-with', undefined, undefined, 'growth'],
    ]);
    expect(data.targets[1]?.qualifiers).toEqual(['like-for-like']);
    expect(data.targets[1]?.note?.zh).toMatch(/未写比较词/);
    expect(data.targets.every((t) => t.year === 2024)).toBe(true);
    expect(data.targets[0]?.baseline).toEqual({ figure: 'gdp-2023', field: 'change' });
    expect(data.targets[3]?.reference).toBe('gdp-growth-2024');
    expect(data.region.zh).toBe('示例市东城区');
  });

  it('reads a traditional report with half-width punctuation and keeps labels and quotes in its own script', () => {
    const text =
      '二〇二三年,全區實現地區生產總值356.8億元,同比增長5.4%,增幅居全市第二;社會消費品零售總額突破120億元。新增城鎮就業1.2萬人。\n\n今年主要預期目標是:地區生產總值增長5.5%以上,固定資產投資增長8%左右,單位GDP能耗下降3%。\n';
    const { dataset: data } = extractDraft(text, { file: 'trad.txt' });
    checkDraft(text, data);
    expect(data.language).toBe('zh-Hant');
    const gdp = byValue(data, 356.8, '亿元');
    expect([
      gdp.label.zh,
      gdp.year,
      gdp.change?.value,
      gdp.rank?.position,
      gdp.rank?.text.zh,
    ]).toEqual(['地區生產總值', 2023, 5.4, 2, '增幅居全市第二']);
    expect(text.slice(gdp.span!.start, gdp.span!.end)).toBe('356.8億元');
    expect(gdp.source.quote).toBe(
      '二〇二三年,全區實現地區生產總值356.8億元,同比增長5.4%,增幅居全市第二;社會消費品零售總額突破120億元。',
    );
    expect(byValue(data, 120, '亿元').qualifiers).toEqual(['over']);
    expect(byValue(data, 1.2, '万人').year).toBe(2023);
    expect(data.targets.map(row)).toEqual([
      ['地區生產總值增長', 'at-least', 5.5, '%', 'growth'],
      ['固定資產投資增長', 'about', 8, '%', 'growth'],
      ['單位GDP能耗', 'about', -3, '%', 'growth'],
    ]);
    expect(data.targets.every((t) => t.year === 2024)).toBe(true);
  });

  it('reads full-width digits and percent signs, streaks and a ranking of the total', () => {
    const text =
      '１．经济运行稳中有进。全县实现地区生产总值４５０亿元，比上年增长７．２％。外贸进出口总额连续１８个月保持正增长，总量稳居苏中首位。\n';
    const { dataset: data } = extractDraft(text, { file: 'county.md' });
    checkDraft(text, data);
    const gdp = byValue(data, 450, '亿元');
    expect(gdp.change).toMatchObject({ value: 7.2, unit: '%', basis: 'year-on-year' });
    expect(text.slice(gdp.span!.start, gdp.span!.end)).toBe('４５０亿元');
    expect(text.slice(gdp.change!.span!.start, gdp.change!.span!.end)).toBe('比上年增长７．２％');
    expect(byValue(data, 18, '个月').kind).toBe('streak');
    const rank = data.figures.find((f) => f.kind === 'rank');
    expect(rank?.rank).toMatchObject({
      position: 1,
      steady: true,
      measure: 'level',
      scope: { zh: '苏中', en: 'central Jiangsu' },
    });
  });

  it('reads respectively targets whose trailing comparator applies to each, 以内 and 左右', () => {
    const text =
      '### 2024年目标任务\n\n（一）主要指标：规上工业增加值、固定资产投资分别增长8%和10%以上；城镇调查失业率控制在5.5%以内；居民消费价格涨幅3%左右；能耗总量控制在120万吨以内；税收收入同口径增长6%。\n';
    const { dataset: data } = extractDraft(text, { file: 'targets.md' });
    checkDraft(text, data);
    expect(data.targets.map(row)).toEqual([
      ['规上工业增加值增长', 'at-least', 8, '%', 'growth'],
      ['固定资产投资增长', 'at-least', 10, '%', 'growth'],
      ['城镇调查失业率', 'at-most', 5.5, '%', 'share'],
      ['居民消费价格涨幅', 'about', 3, '%', 'growth'],
      ['能耗总量', 'at-most', 120, '万吨', 'level'],
      ['税收收入同口径增长', 'about', 6, '%', 'growth'],
    ]);
    expect(data.targets[0]?.note?.zh).toMatch(/对每一项都适用/);
    expect(data.targets[5]?.qualifiers).toEqual(['like-for-like']);
    expect(data.targets.every((t) => t.year === 2024)).toBe(true);
  });

  it('reads a traditional, full-width report with respectively pairs, rankings and a streak with a ranking', () => {
    const text =
      '## 2023年民生保障\n\n全年城鄉居民收入分別達５.６萬元和２.９萬元，分別增長６.１％和７.３％。教育系統獲國家級獎項２１個，高考本科達線率穩居全市第一，連續五年位列全省前列。\n';
    const { dataset: data } = extractDraft(text, { file: 'hk-style.md' });
    checkDraft(text, data);
    expect(data.language).toBe('zh-Hant');
    const urban = byValue(data, 5.6, '万元');
    const rural = byValue(data, 2.9, '万元');
    expect([urban.label.zh, urban.change?.value, rural.label.zh, rural.change?.value]).toEqual([
      '城镇居民收入',
      6.1,
      '农村居民收入',
      7.3,
    ]);
    expect(text.slice(urban.span!.start, urban.span!.end)).toBe('５.６萬元');
    expect(byValue(data, 21, '个').label.zh).toBe('國家級獎項');
    const rank = data.figures.find((f) => f.kind === 'rank');
    expect([rank?.label.zh, rank?.value, rank?.rank?.steady]).toEqual(['高考本科達線率', 1, true]);
    expect(byValue(data, 5, '年').kind).toBe('streak');
  });

  it('turns dated sentences into events at their precision', () => {
    const text = '2023年3月，区政府召开优化营商环境大会。6月18日，科创园正式开园。\n';
    const { dataset: data } = extractDraft(text, { file: 'events.md' });
    checkDraft(text, data);
    expect(data.events.map((e) => [e.when.date, e.when.precision, e.when.inferred])).toEqual([
      ['2023-03', 'month', false],
      ['2023-06-18', 'day', true],
    ]);
  });
});

describe('the extractor on hostile input', () => {
  it('cuts a sentence too long to quote at its clause breaks, CRLF and all', () => {
    const text = `${'全区实现地区生产总值440亿元，'.repeat(400)}\r\n增长6.5%。`;
    const { dataset: data } = extractDraft(text);
    checkDraft(text, data);
    expect(data.figures).toHaveLength(400);
    expect(Math.max(...data.figures.map((f) => f.source.quote.length))).toBeLessThanOrEqual(4000);
  });

  it('keeps to the schema’s limit of 2000 items and says what it left out', () => {
    const text = Array.from({ length: 2100 }, (_, i) => `新建项目${i + 1}个。`).join('');
    const { dataset: data, notes } = extractDraft(text);
    checkDraft(text, data);
    expect(data.figures).toHaveLength(2000);
    expect(notes).toContain("100 figures beyond the schema's limit of 2000 left out");
  });

  it('drafts something valid from text without a single number', () => {
    const { dataset: data } = extractDraft('Hello, world. 这是一段没有数字的文字。');
    expect(validateDataset(data).ok).toBe(true);
    expect(data.figures).toEqual([]);
  });
});

describe('the extractor’s building blocks', () => {
  it('normalises full-width forms and traditional characters while mapping back to the original', () => {
    const original = '\uFEFF地區生產總值４５０億元，增長７．２％\r\n';
    const n = normalizeText(original, { toSimplified: (s) => s.replace('區', '区') });
    expect(n.text).toBe('地区生產總值450億元,增長7.2%\n');
    const at = n.text.indexOf('450億元');
    expect(original.slice(toOriginal(n, at, at + 5).start, toOriginal(n, at, at + 5).end)).toBe(
      '４５０億元',
    );
    expect(fromOriginal(n, original.indexOf('７'))).toBe(n.text.indexOf('7'));
  });

  it('reads Chinese numerals', () => {
    expect(
      ['二十二', '一百零五', '四十', '二〇一九', '三千五百万', '一万亿', '十九', '两'].map(
        parseChineseNumeral,
      ),
    ).toEqual([22, 105, 40, 2019, 35_000_000, 1e12, 19, 2]);
  });

  it('counts numerals as numbers except inside ordinary words', () => {
    const found = findNumbers(
      '一般公共预算收入增长一体化唯一进一步,第二,五大行业,四项措施,5万元,百分之三十',
    );
    expect(found.map((t) => [t.text, t.value, t.ordinal])).toEqual([
      ['二', 2, true],
      ['五', 5, false],
      ['四', 4, false],
      ['5万', 50_000, false],
      ['百分之三十', 30, false],
    ]);
  });

  it('joins paragraphs broken inside a sentence, and only those', () => {
    const seg = segment(
      '区委书记提出，要找准港闸在长三角一体\n\n化中的定位，全方位融入苏南。\n\n把责任落实作为“主基调”\n\n把攻坚克难作为“主战场”\n',
    );
    expect(seg.sentences.map((s) => s.text)).toEqual([
      '区委书记提出，要找准港闸在长三角一体\n\n化中的定位，全方位融入苏南。',
      '把责任落实作为“主基调”',
      '把攻坚克难作为“主战场”',
    ]);
  });
});

describe('report-story extract (the command)', () => {
  function call(args: string[], files: Record<string, string | Buffer> = {}) {
    let out = '';
    let err = '';
    const io: Io = {
      out: (t) => (out += t),
      err: (t) => (err += t),
      readFile: (path) => {
        const content = files[path];
        if (content === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
        return Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
      },
    };
    const code = run(args, io);
    return { code, out, err };
  }

  it('prints a valid draft on stdout and a summary on stderr', () => {
    const { code, out, err } = call(['extract', 'r.md'], { 'r.md': GANGZHA });
    expect(code).toBe(0);
    const data = JSON.parse(out) as Dataset;
    expect(validateDataset(data).ok).toBe(true);
    expect(data.source.file).toBe('r.md');
    expect(err).toMatch(/^report-story: 25 figures, 9 targets/);
  });

  it('takes an id and compact output', () => {
    const { code, out } = call(['extract', 'r.md', '--id', 'my-draft', '--compact'], {
      'r.md': GANGZHA,
    });
    expect(code).toBe(0);
    expect(out.trim().split('\n')).toHaveLength(1);
    expect((JSON.parse(out) as Dataset).id).toBe('my-draft');
  });

  it('explains usage errors with exit code 2 and read errors with exit code 1', () => {
    expect(call([]).code).toBe(2);
    expect(call(['--help'])).toMatchObject({ code: 0 });
    expect(call(['--help']).out).toMatch(/^Usage: report-story extract <file>/);
    expect(call(['frobnicate'])).toMatchObject({ code: 2 });
    expect(call(['frobnicate']).err).toMatch(/unknown command "frobnicate"/);
    expect(call(['extract'])).toMatchObject({ code: 2 });
    expect(call(['extract', 'a.md', '--id', 'Not An Id']).err).toMatch(/--id needs lowercase/);
    expect(call(['extract', 'missing.md'])).toMatchObject({
      code: 1,
      err: 'report-story: cannot read missing.md: no such file\n',
    });
    expect(call(['extract', 'bin.md'], { 'bin.md': Buffer.from([0, 1, 2, 255]) }).err).toMatch(
      /is not UTF-8 text/,
    );
    expect(call(['extract', 'empty.md'], { 'empty.md': ' \n' })).toMatchObject({ code: 1 });
  });
});

describe('the browser entry points', () => {
  it('never import the extractor (it carries OpenCC’s tables)', () => {
    const seen = new Set<string>();
    const visit = (file: URL) => {
      if (seen.has(file.href)) return;
      seen.add(file.href);
      const code = readFileSync(file, 'utf8');
      for (const m of code.matchAll(
        /(?:import|export)[^'"]*?from\s+'(\.[^']+)'|import\s+'(\.[^']+)'/g,
      )) {
        const spec = (m[1] ?? m[2] ?? '').replace(/\.js$/, '.ts');
        visit(new URL(spec, file));
      }
    };
    visit(new URL('../../src/index.ts', import.meta.url));
    visit(new URL('../../src/all.ts', import.meta.url));
    visit(new URL('../../src/embed.ts', import.meta.url));
    const files = [...seen].map((f) => f.replace(/^.*\/(src|components)\//, '$1/'));
    expect(files).toContain('src/data/loader.ts');
    expect(files.filter((f) => f.includes('extract') || f.includes('cli/'))).toEqual([]);
  });
});
