import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { buildDataset, BuildError } from '../../scripts/data/build-dataset.js';
import { curationJsonSchema, datasetJsonSchema, toJson } from '../../scripts/data/build.js';
import { CurationSchema, type Curation } from '../../scripts/data/curation.js';
import type { Dataset, Provenance, Range } from '../../src/data/schema.js';
import { validateDataset } from '../../src/data/validate.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const SOURCE = read('data/report/gangzha-2019-plenary.md');
const CURATION = v.parse(CurationSchema, JSON.parse(read('data/curation/gangzha-2019.json')));
const COMMITTED = read('data/gangzha-2019.json');
const DATA = JSON.parse(COMMITTED) as Dataset;

function curation(mutate: (c: Curation) => void): Curation {
  const c = structuredClone(CURATION);
  mutate(c);
  return c;
}

function problemsOf(c: Curation): string {
  try {
    buildDataset(SOURCE, c);
    return 'built';
  } catch (error) {
    if (error instanceof BuildError) return error.problems.join('\n');
    throw error;
  }
}

/** Every provenance in the dataset, with a path that names its owner. */
function provenances(data: Dataset): [string, Provenance][] {
  const out: [string, Provenance][] = [];
  data.chapters.forEach((c, i) => out.push([`chapters[${i}] ${c.id}`, c.source]));
  data.figures.forEach((f, i) => out.push([`figures[${i}] ${f.id}`, f.source]));
  data.targets.forEach((t, i) => out.push([`targets[${i}] ${t.id}`, t.source]));
  data.events.forEach((e, i) => out.push([`events[${i}] ${e.id}`, e.source]));
  const p = data.programme;
  if (p) {
    out.push(['programme', p.source], ['programme.roof', p.roof.source]);
    p.pillars.forEach((pillar, i) => {
      out.push([`programme.pillars[${i}] ${pillar.id}`, pillar.source]);
      pillar.actions.forEach((a, j) =>
        out.push([`programme.pillars[${i}].actions[${j}] ${a.id}`, a.source]),
      );
    });
    if (p.foundation) {
      out.push(['programme.foundation', p.foundation.source]);
      p.foundation.commitments.forEach((c, i) =>
        out.push([`programme.foundation.commitments[${i}] ${c.id}`, c.source]),
      );
    }
  }
  return out;
}

/** Every span in the dataset. */
function spans(data: Dataset): [string, Range][] {
  const out: [string, Range][] = [];
  const walk = (node: unknown, path: string) => {
    if (Array.isArray(node)) node.forEach((n, i) => walk(n, `${path}[${i}]`));
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'span') out.push([path, value as Range]);
        else walk(value, `${path}.${key}`);
      }
    }
  };
  walk(data, '');
  return out;
}

const figure = (id: string) => {
  const f = DATA.figures.find((x) => x.id === id);
  if (!f) throw new Error(`no figure ${id}`);
  return f;
};
const target = (id: string) => {
  const t = DATA.targets.find((x) => x.id === id);
  if (!t) throw new Error(`no target ${id}`);
  return t;
};
const slice = (r: Range | undefined) => (r ? SOURCE.slice(r.start, r.end) : undefined);

describe('npm run data (the Gangzha dataset)', () => {
  it('reproduces the committed dataset byte for byte', () => {
    expect(buildDataset(SOURCE, CURATION).json).toBe(COMMITTED);
  });

  it('keeps the committed JSON Schemas up to date', () => {
    expect(toJson(datasetJsonSchema())).toBe(read('data/report-story.schema.json'));
    expect(toJson(curationJsonSchema())).toBe(read('data/curation/curation.schema.json'));
    expect(DATA.$schema).toBe('./report-story.schema.json');
  });

  it('copies the report byte for byte and names it with its length and SHA-256', () => {
    const shared = new URL('../../../../shared/report/gangzha-2019-plenary.md', import.meta.url);
    let original: string | undefined;
    try {
      original = readFileSync(shared, 'utf8');
    } catch {
      // The shared folder is not beside every checkout; the hash below still pins the copy.
    }
    if (original !== undefined) expect(SOURCE).toBe(original);
    expect(DATA.source).toEqual({
      file: 'report/gangzha-2019-plenary.md',
      length: SOURCE.length,
      sha256: createHash('sha256').update(SOURCE, 'utf8').digest('hex'),
    });
    expect(DATA.source.sha256).toBe(
      'abcc8e01d8ed4c7bf8c6729f739a08bf9a7306a25dfe173b3a1337e852b91ab8',
    );
  });

  it('validates against the schema', () => {
    const result = validateDataset(DATA);
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('gives every figure, target, pillar, action, commitment, event and chapter a quote that slices out of the source', () => {
    const all = provenances(DATA);
    expect(all.length).toBe(
      DATA.chapters.length +
        DATA.figures.length +
        DATA.targets.length +
        DATA.events.length +
        2 +
        5 +
        16 +
        1 +
        3,
    );
    for (const [path, p] of all) {
      expect(SOURCE.slice(p.start, p.end), path).toBe(p.quote);
      // A quote is whole sentences: it never starts or ends with white space or a list marker.
      expect(p.quote, path).toBe(p.quote.trim());
      expect(p.quote.startsWith('- '), path).toBe(false);
    }
  });

  it('keeps every span inside its item’s quote and the source', () => {
    const list = spans(DATA);
    expect(list.length).toBeGreaterThan(60);
    for (const [path, r] of list) {
      expect(r.start, path).toBeLessThan(r.end);
      expect(r.end, path).toBeLessThanOrEqual(SOURCE.length);
    }
    for (const f of DATA.figures) {
      for (const r of [f.span, f.change?.span, f.rank?.span]) {
        if (!r) continue;
        expect(r.start, f.id).toBeGreaterThanOrEqual(f.source.start);
        expect(r.end, f.id).toBeLessThanOrEqual(f.source.end);
      }
    }
    for (const t of DATA.targets) {
      expect(t.span && t.span.start >= t.source.start && t.span.end <= t.source.end, t.id).toBe(
        true,
      );
    }
  });

  it('shows quotes with layout artefacts in a readable form', () => {
    const call = DATA.chapters.find((c) => c.id === 'call')!;
    expect(call.source.quote).toContain('“我们必须');
    const plenary = DATA.events.find((e) => e.id === 'plenary-2020')!;
    expect(plenary.source.quote).toContain('长三角一体\n\n化中的定位');
    expect(plenary.source.text).toContain('长三角一体化中的定位');
    const commitment = DATA.programme!.foundation!.commitments[0]!;
    expect(commitment.source.quote).toBe('始终做到“两个维护”  \n加强党的全面领导');
    expect(commitment.source.text).toBe('始终做到“两个维护” 加强党的全面领导');
    expect(figure('gdp-2019').source.text).toBeUndefined();
  });

  it('has every 2019 figure with its value, unit, qualifiers, change and rank', () => {
    const expected: [string, number | undefined, string | undefined, string[]?][] = [
      ['gdp-2019', 440, '亿元', ['estimated']],
      ['budget-revenue-2019', 45, '亿元'],
      ['industry-taxable-sales-2019', 500, '亿元', ['over']],
      ['services-taxable-sales-2019', 900, '亿元', ['over']],
      ['trade-growth-streak', 22, '个月'],
      ['development-evaluation-rank-2019', 1, '位次'],
      ['major-projects-2019', 11, '个'],
      ['tech-progress-contribution-2019', 67.3, '%'],
      ['rd-share-2019', 2.28, '%'],
      ['patents-per-10k-2019', 37.1, '件'],
      ['innovation-talents-2019', 5, '名'],
      ['jianghai-talents-2019', 8, '名'],
      ['urban-income-2019', 5, '万元', ['over']],
      ['livelihood-projects-2019', 30, '项'],
      ['national-awards-2019', 34, '个'],
      ['food-safety-rank-2019', 1, '位次'],
      ['theme-education-measures-2019', 4, '项'],
      ['five-ones-awards-2019', 4, '部'],
    ];
    for (const [id, value, unit, qualifiers] of expected) {
      const f = figure(id);
      expect([f.value, f.unit, f.qualifiers ?? []], id).toEqual([value, unit, qualifiers ?? []]);
      expect(f.year, id).toBe(2019);
      // The value's own words are in the source where the span says.
      if (f.kind === 'quantity') expect(slice(f.span), id).toMatch(/\d|[一二三四五六七八九十]/);
    }
    expect(slice(figure('gdp-2019').span)).toBe('440亿元');
    expect(slice(figure('industry-taxable-sales-2019').span)).toBe('突破500亿元');
    expect(slice(figure('urban-income-2019').span)).toBe('5万元');
    expect(slice(figure('theme-education-measures-2019').span)).toBe('四项');
    expect(slice(figure('trade-growth-streak').span)).toBe('连续22个月');

    expect(figure('gdp-2019').change).toMatchObject({
      value: 6.5,
      unit: '%',
      basis: 'year-on-year',
    });
    expect(slice(figure('gdp-2019').change?.span)).toBe('同比增长6.5%');
    expect(figure('budget-revenue-2019').change).toMatchObject({ value: 7, unit: '%' });
    expect(figure('urban-income-2019').change).toMatchObject({ value: 8.3, unit: '%' });
    expect(figure('budget-revenue-2019').rank).toMatchObject({
      position: 2,
      scope: { zh: '全市', en: 'the city' },
      measure: 'growth',
      text: { zh: '增幅全市第二' },
    });
    expect(figure('development-evaluation-rank-2019').rank).toMatchObject({
      position: 1,
      scope: { zh: '市区' },
      steady: true,
      text: { zh: '稳居市区第一' },
    });
    expect(figure('food-safety-rank-2019').rank).toMatchObject({
      position: 1,
      text: { zh: '名列全市第一' },
    });
  });

  it('has the honours without a number, with their rankings where the report gives one', () => {
    const honours = DATA.figures.filter((f) => f.kind === 'honour');
    expect(honours.map((f) => f.id).sort()).toEqual(
      [
        'business-relations-first-2019',
        'equipment-catch-up-2019',
        'grid-management-honour-2019',
        'growth-leaders-2019',
        'ip-park-honour',
        'media-coverage-2019',
        'potential-unicorn-2019',
        'services-projects-leading-2019',
        'trade-cluster-honour-2019',
        'winter-training-honour-2019',
        'zhongkao-leading-2019',
      ].sort(),
    );
    for (const h of honours) {
      expect(h.value, h.id).toBeUndefined();
      expect(h.honour?.zh && h.honour.en, h.id).toBeTruthy();
      expect(SOURCE.includes(h.honour!.zh), h.id).toBe(true);
    }
    expect(figure('potential-unicorn-2019').rank).toMatchObject({
      only: true,
      text: { zh: '全市唯一' },
    });
    expect(figure('zhongkao-leading-2019').rank).toMatchObject({
      scope: { zh: '三区', en: 'the three districts' },
    });
    expect(figure('growth-leaders-2019').rank?.text.zh).toBe('增量、增幅全市靠前');
  });

  it('has English for every label', () => {
    for (const f of DATA.figures) expect(f.label.en, f.id).toBeTruthy();
    for (const t of DATA.targets) expect(t.label.en, t.id).toBeTruthy();
    for (const e of DATA.events) expect(e.title.en, e.id).toBeTruthy();
    for (const c of DATA.chapters) expect(c.title.en, c.id).toBeTruthy();
  });

  it('has all nine 2020 targets of groups A, B and C with their comparators and baselines', () => {
    const rows = DATA.targets.map((t) => [
      t.id,
      t.group,
      t.comparator,
      t.value,
      t.unit,
      t.measure,
      t.baseline ? `${t.baseline.figure}.${t.baseline.field}` : undefined,
    ]);
    expect(rows).toEqual([
      ['gdp-growth-2020', 'A', 'at-least', 6.5, '%', 'growth', 'gdp-2019.change'],
      [
        'budget-revenue-growth-2020',
        'A',
        'at-least',
        3,
        '%',
        'growth',
        'budget-revenue-2019.change',
      ],
      ['rd-share-2020', 'A', 'at-least', 2.3, '%', 'share', 'rd-share-2019.value'],
      ['fixed-asset-investment-growth-2020', 'B', 'at-least', 6, '%', 'growth', undefined],
      ['industry-taxable-sales-growth-2020', 'B', 'at-least', 6, '%', 'growth', undefined],
      ['services-taxable-sales-growth-2020', 'B', 'at-least', 10, '%', 'growth', undefined],
      ['retail-sales-growth-2020', 'B', 'about', 6, '%', 'growth', undefined],
      ['trade-growth-2020', 'B', 'keep-growing', undefined, undefined, 'growth', undefined],
      [
        'income-growth-2020',
        'C',
        'in-step-with',
        undefined,
        undefined,
        'growth',
        'urban-income-2019.change',
      ],
    ]);
    for (const t of DATA.targets) expect(t.year, t.id).toBe(2020);
    expect(target('income-growth-2020').reference).toBe('gdp-growth-2020');
    expect(slice(target('gdp-growth-2020').span)).toBe('6.5%以上');
    expect(slice(target('industry-taxable-sales-growth-2020').span)).toBe('6%');
    expect(target('industry-taxable-sales-growth-2020').note?.en).toMatch(/applies to both/);
    expect(slice(target('trade-growth-2020').span)).toBe('保持增长');
    expect(slice(target('income-growth-2020').span)).toBe('与经济增长同步');
    // The 2019 baselines are what the targets are compared with: 6.5% → 6.5%以上; 2.28% → 2.3%以上.
    expect(figure('gdp-2019').change?.value).toBe(6.5);
    expect(figure('rd-share-2019').value).toBe(2.28);
  });

  it('has the five pillars with every action, the roof, and the foundation with three commitments', () => {
    const p = DATA.programme!;
    expect(p.title).toEqual({ zh: '五提工程', en: 'Five Upgrades Programme' });
    expect(p.roof.text.zh).toBe('创造“强富美高”新港闸建设过硬成果');
    expect(
      p.pillars.map((x) => [
        x.number,
        x.name.zh,
        x.driver?.zh,
        x.aim?.zh,
        x.actions.map((a) => a.text.zh),
      ]),
    ).toEqual([
      [
        1,
        '产业提档',
        '以科技创新为动力',
        '推动产业提档',
        ['推动园区经济更富质效', '推动地标产业更具规模', '推动科技创新更强引领'],
      ],
      [
        2,
        '项目提效',
        '以落地转化为关键',
        '推动项目提效',
        ['在招商引资上求突破', '在项目推进上求突破', '在资源盘活上求突破'],
      ],
      [
        3,
        '城市提质',
        '以精致细腻为导向',
        '推动城市提质',
        ['推动规划编制', '推动片区开发', '推动城市繁荣', '推动管理提升'],
      ],
      [
        4,
        '环境提优',
        '以生态港闸为目标',
        '推动环境提优',
        ['做好“治理”考卷', '写好“绿色”文章', '彰显“底蕴”文化'],
      ],
      [
        5,
        '民生提标',
        '以群众需求为根本',
        '推动民生提标',
        ['让安稳深深入人心', '让民生实事件件暖心', '让富民增收如意称心'],
      ],
    ]);
    for (const pillar of p.pillars) {
      for (const a of pillar.actions) {
        expect(slice(a.span), a.id).toBe(a.text.zh);
        expect(a.text.en, a.id).toBeTruthy();
      }
    }
    const f = p.foundation!;
    expect(f.title.zh).toBe('牢记初心使命 纵深推进全面从严治党');
    expect(f.commitments.map((c) => [c.title.zh, c.detail?.zh])).toEqual([
      ['始终做到“两个维护”', '加强党的全面领导'],
      ['始终强化务实担当', '锻造过硬干部队伍'],
      ['始终坚持全面从严', '深入推进管党治党'],
    ]);
  });

  it('dates the events at their precision and flags the inferred ones', () => {
    const plenary = DATA.events.find((e) => e.id === 'plenary-2020')!;
    expect(plenary.when).toMatchObject({ date: '2020-01-04', precision: 'day', inferred: true });
    expect(slice(plenary.when.span)).toBe('4日');
    expect(plenary.when.basis?.en).toMatch(/ended on the 4th/);
    const festival = DATA.events.find((e) => e.id === 'forest-festival-2019')!;
    expect(festival.when).toMatchObject({ date: '2019', precision: 'year', inferred: false });
    expect(slice(festival.when.span)).toBe('2019');
    for (const e of DATA.events) {
      if (e.when.inferred) expect(e.when.basis, e.id).toBeDefined();
      else expect(e.when.span, e.id).toBeDefined();
    }
    expect(DATA.events.filter((e) => e.when.date === '2019')).toHaveLength(12);
    expect(DATA.when).toMatchObject({ date: '2020-01-04', precision: 'day', inferred: true });
  });

  it('follows the report’s own structure in its chapters', () => {
    const byKind = (kind: string) =>
      DATA.chapters.filter((c) => c.kind === kind).map((c) => c.title.zh);
    expect(byKind('theme')).toEqual([
      '把责任落实作为引领全局工作的“主基调”',
      '把攻坚克难作为锤炼干事本领的“主战场”',
      '把创新驱动作为推动高质量发展的“主引擎”',
      '把民生改善作为建设幸福港闸的“主旋律”',
    ]);
    expect(byKind('block')).toEqual([
      '增强的是实力',
      '聚合的是活力',
      '放大的是能级',
      '收获的是幸福',
      '践行的是初心',
    ]);
    expect(DATA.chapters.map((c) => [c.id, c.kind, c.parent])).toEqual([
      ['call', 'call', undefined],
      ['review-2019', 'overview', undefined],
      ['theme-responsibility', 'theme', 'review-2019'],
      ['theme-hard-tasks', 'theme', 'review-2019'],
      ['block-strength', 'block', 'review-2019'],
      ['theme-innovation', 'theme', 'review-2019'],
      ['theme-livelihoods', 'theme', 'review-2019'],
      ['block-vitality', 'block', 'review-2019'],
      ['block-standing', 'block', 'review-2019'],
      ['block-wellbeing', 'block', 'review-2019'],
      ['block-mission', 'block', 'review-2019'],
      ['outlook-2020', 'outlook', undefined],
      ['requirements-2020', 'requirements', 'outlook-2020'],
      ['targets-2020', 'targets', 'outlook-2020'],
      ['party-building', 'foundation', 'outlook-2020'],
      ['five-upgrades', 'programme', 'outlook-2020'],
    ]);
    // Each figure's sentence lies in its chapter's section.
    for (const f of DATA.figures) {
      const c = DATA.chapters.find((x) => x.id === f.chapter)!;
      expect(f.source.start >= c.span!.start && f.source.end <= c.span!.end, f.id).toBe(true);
    }
    expect(slice(DATA.chapters.find((c) => c.id === 'block-strength')!.span)).toMatch(
      /^增强的是实力[\s\S]*全市领先。$/,
    );
  });

  it('accounts for every number in the source', () => {
    const { numbers } = buildDataset(SOURCE, CURATION);
    expect(numbers.filter((n) => n.how === 'unaccounted')).toEqual([]);
    const by = (text: string, start?: number) =>
      numbers.find((n) => n.text === text && (start === undefined || n.start === start));
    expect(by('440亿')).toMatchObject({ how: 'value', by: 'figures[0].value' });
    expect(by('四十')).toMatchObject({ how: 'ignored' });
    expect(by('十九')?.by).toMatch(/19th CPC National Congress/);
    expect(numbers.filter((n) => n.how === 'value').length).toBeGreaterThanOrEqual(37);
    // Every entry of the ignore list has a reason.
    for (const n of numbers.filter((x) => x.how === 'ignored'))
      expect(n.by.length).toBeGreaterThan(10);
  });
});

describe('the builder’s errors', () => {
  it('names the item whose quote is not in the source', () => {
    expect(
      problemsOf(curation((c) => (c.figures[0]!.at = '预计完成地区生产总值450亿元'))),
    ).toContain('figures[0] (gdp-2019).at: "预计完成地区生产总值450亿元" is not in the source');
  });

  it('names an ambiguous quote and asks for "within"', () => {
    expect(problemsOf(curation((c) => (c.targets[0]!.at = '6.5%')))).toContain(
      'targets[0] (gdp-growth-2020).at: "6.5%" occurs 2 times in the source; add "within" to say which',
    );
  });

  it('refuses value words that do not read as a number with a unit', () => {
    expect(problemsOf(curation((c) => (c.figures[0]!.value = '地区生产总值')))).toContain(
      'figures[0] (gdp-2019).value: "地区生产总值" does not read as a number with a known unit',
    );
  });

  it('refuses a qualifier the sentence has no word for', () => {
    expect(problemsOf(curation((c) => (c.figures[7]!.qualifiers = ['about'])))).toContain(
      'figures[7] (major-projects-2019).qualifiers[0]: the sentence has no word for "about"',
    );
  });

  it('lists a number nothing accounts for, with its context', () => {
    const problems = problemsOf(curation((c) => c.numbers.splice(1, 1)));
    expect(problems).toContain(
      'number "一" at 265 is not accounted for: …下港闸不平凡的奋斗历程。一年来，面对错综复杂的宏观…',
    );
  });

  it('refuses an ignore entry that accounts for nothing', () => {
    expect(
      problemsOf(curation((c) => c.numbers.push({ at: '440亿元', reason: 'already a figure' }))),
    ).toContain('holds no number that is not already accounted for');
  });

  it('refuses a date the source contradicts, and an inferred date without a basis', () => {
    expect(
      problemsOf(
        curation((c) => (c.events.find((e) => e.id === 'plenary-2020')!.when.date = '2020-01-05')),
      ),
    ).toContain('the source says "4日", which does not match 2020-01-05');
    expect(
      problemsOf(
        curation((c) => delete c.events.find((e) => e.id === 'north-city-park-2019')!.when.basis),
      ),
    ).toContain(
      'events[4] (north-city-park-2019).when.basis: the source does not state 2019 in full',
    );
  });

  it('refuses a pillar whose actions do not match its line', () => {
    expect(problemsOf(curation((c) => c.programme!.pillars[0]!.actions.pop()))).toContain(
      'programme.pillars[0] (industry).actions: the line has 3 actions, the curation 2',
    );
  });

  it('refuses a figure placed in a chapter that does not hold its sentence', () => {
    expect(problemsOf(curation((c) => (c.figures[0]!.chapter = 'block-vitality')))).toMatch(
      /figures\[0\] \(gdp-2019\): its sentence is outside chapter "block-vitality"/,
    );
  });

  it('refuses a comparator the words already state', () => {
    expect(problemsOf(curation((c) => (c.targets[0]!.comparator = 'about')))).toContain(
      'targets[0] (gdp-growth-2020).comparator: the words already say "at-least"; remove it',
    );
  });
});
