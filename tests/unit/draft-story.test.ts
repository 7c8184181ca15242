import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/loader.js';
import type { Dataset, Figure } from '../../src/data/schema.js';
import { describeIssues } from '../../src/data/validate.js';
import { extractDraft } from '../../src/extract/index.js';
import { draftStory, DraftStoryError } from '../../src/story/draft.js';
import { ELLIPSIS } from '../../src/story/draft-text.js';
import { stepCitations } from '../../src/story/render.js';
import type { GraphicSpec, Story, StoryStep } from '../../src/story/schema.js';
import { checkStoryReferences, graphicsOf, validateStory } from '../../src/story/validate.js';
import {
  chapter,
  manyFigures,
  quantity,
  SyntheticReport,
  syntheticDataset,
} from '../fixtures/synthetic.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const gangzha = (): Dataset => parseDataset(JSON.parse(read('data/gangzha-2019.json')));
const plenary = () =>
  extractDraft(read('data/report/gangzha-2019-plenary.md'), {
    file: 'gangzha-2019-plenary.md',
  }).dataset;

/** Every problem a story has as a story of its dataset: schema, and ids that do not resolve. */
function problems(story: Story, dataset: Dataset): string {
  const checked = validateStory(JSON.parse(JSON.stringify(story)));
  if (!checked.ok) return describeIssues(checked.issues);
  return describeIssues(checkStoryReferences(checked.story, dataset));
}

const graphics = (step: StoryStep, element: string): GraphicSpec[] =>
  graphicsOf(step.graphic).filter((g) => g.element === element);
const named = (step: StoryStep, element: string, attribute: string): string[] =>
  graphics(step, element).map((g) => String(g.attributes?.[attribute]));
/** Steps that are not a part's opening (an opening shows the graphic of the step after it). */
const content = (story: Story) => story.steps.filter((s) => s.kind !== 'chapter');
const hasEnglish = (value: unknown) => JSON.stringify(value).includes('"en":');
const countable = (f: Figure) =>
  f.kind !== 'honour' && f.value !== undefined && f.unit !== undefined;

/** The invariants every drafted story keeps, whatever its dataset. */
function expectSound(story: Story, dataset: Dataset): void {
  expect(problems(story, dataset)).toBe('');
  for (const step of story.steps) {
    if (stepCitations(step).length === 0) continue;
    expect(step.cite?.length, `steps "${step.id}" cites nothing`).toBeGreaterThan(0);
    expect(graphics(step, 'report-counter').length).toBeLessThanOrEqual(4);
    expect(graphics(step, 'report-gauge').length).toBeLessThanOrEqual(3);
  }
  // Deterministic: the same dataset gives the same JSON, byte for byte.
  expect(JSON.stringify(draftStory(structuredClone(dataset)))).toBe(
    JSON.stringify(draftStory(dataset)),
  );
}

describe('draftStory on the Gangzha dataset', () => {
  const dataset = gangzha();
  const story = draftStory(dataset);

  it('is a valid story whose every id is in the dataset, with every step citing its items', () => {
    expectSound(story, dataset);
    expectComplete(story, dataset);
    expect(story.steps.every((s) => (s.cite?.length ?? 0) > 0)).toBe(true);
  });

  it('takes its masthead from the dataset and names the report in the byline', () => {
    expect(story.title).toEqual(dataset.title);
    expect(story.subtitle?.zh).toBe(dataset.subtitle?.zh);
    expect(story.kicker?.zh).toContain('中共港闸区委');
    expect(story.byline?.zh).toContain('report/gangzha-2019-plenary.md');
    expect(story.byline?.zh).toContain('2020年1月4日');
    expect(story.byline?.en).toContain('4 January 2020');
    expect(story.dataset).toBe('gangzha-2019.json');
  });

  it('opens a part for each top-level chapter, in report order, and lists chapters without figures', () => {
    const openings = story.steps.filter((s) => s.kind === 'chapter');
    expect(openings.map((s) => s.id)).toEqual(['call', 'review-2019', 'outlook-2020']);
    expect(openings.map((s) => s.kicker?.zh)).toEqual(['第一部分', '第二部分', '第三部分']);
    // The four themes of 2019 have no figures of their own: the part names them.
    expect(openings[1]?.list).toEqual([
      'theme-responsibility',
      'theme-hard-tasks',
      'theme-innovation',
      'theme-livelihoods',
    ]);
    // The call: the secretary's words as a quotation.
    expect(openings[0]?.quote?.text.zh).toMatch(/^我们必须以更大的格局.*第三次跨越提升。$/);
    // Sub-chapters follow in report order, each step under its chapter's title.
    const kickers = [...new Set(story.steps.filter((s) => !s.kind).map((s) => s.kicker?.zh))];
    expect(kickers.slice(0, 5)).toEqual([
      '增强的是实力',
      '聚合的是活力',
      '放大的是能级',
      '收获的是幸福',
      '践行的是初心',
    ]);
  });

  it('shows every figure with a number once, as counters grouped by sentence, and every honour', () => {
    const counters = content(story).flatMap((s) => named(s, 'report-counter', 'metric'));
    expect([...counters].sort()).toEqual(
      dataset.figures
        .filter(countable)
        .map((f) => f.id)
        .sort(),
    );
    const gdp = story.steps.find((s) => named(s, 'report-counter', 'metric').includes('gdp-2019'));
    expect(named(gdp as StoryStep, 'report-counter', 'metric')).toEqual([
      'gdp-2019',
      'budget-revenue-2019',
    ]);
    expect(gdp?.heading?.zh).toBe('地区生产总值预计440亿元');
    expect(gdp?.heading?.en).toMatch(/^GDP: est\. 44\sbillion yuan$/);
    // The report's own sentence, whole when it is short.
    expect(gdp?.body?.[0]?.zh).toBe(
      '预计完成地区生产总值440亿元，同比增长6.5%；完成一般公共预算收入45亿元，同比增长7%，增幅全市第二。',
    );
    const shown = new Set(story.steps.flatMap((s) => stepCitations(s)));
    for (const f of dataset.figures) expect(shown.has(f.id), f.id).toBe(true);
  });

  it('shows the targets as gauges, at most three together, each after its baseline', () => {
    const index = (id: string, element: string, attribute: string) =>
      content(story).findIndex((s) => named(s, element, attribute).includes(id));
    const gauges = content(story)
      .map((s) => named(s, 'report-gauge', 'goal'))
      .filter((g) => g.length);
    expect(gauges.flat().sort()).toEqual(dataset.targets.map((t) => t.id).sort());
    // Group B of five targets in one sentence: three and two, each with its own clauses.
    expect(gauges.map((g) => g.length)).toEqual([3, 3, 2, 1]);
    const b = story.steps.filter((s) => s.kicker?.zh === '主要预期目标 · B');
    expect(b.map((s) => s.body?.[0]?.zh)).toEqual([
      `固定资产投资增长6%以上，工业、服务业应税销售收入分别增长6%和10%以上${ELLIPSIS}`,
      `${ELLIPSIS}社会消费品零售总额增长6%左右，进出口总额保持增长。`,
    ]);
    for (const t of dataset.targets) {
      if (!t.baseline) continue;
      expect(index(t.id, 'report-gauge', 'goal')).toBeGreaterThan(
        index(t.baseline.figure, 'report-counter', 'metric'),
      );
    }
  });

  it('puts every event on the timeline, its highlight following the chapters', () => {
    const highlighted = story.steps.flatMap((s) =>
      named(s, 'report-timeline', 'highlight').flatMap((h) => h.split(',')),
    );
    for (const e of dataset.events) expect(highlighted, e.id).toContain(e.id);
    const standing = story.steps.find((s) => s.id === 'block-standing-events');
    expect(standing?.list).toEqual([
      'forest-festival-2019',
      'north-city-park-2019',
      'chrysanthemum-show-2019',
      'store-openings-2019',
    ]);
  });

  it('raises the programme part by part: roof, each pillar, foundation', () => {
    const reveals = story.steps
      .flatMap((s) => graphics(s, 'report-pillars'))
      .map((g) => [g.attributes?.reveal, g.attributes?.active ?? '']);
    expect(reveals).toEqual([
      [1, ''],
      [2, 'industry'],
      [3, 'projects'],
      [4, 'city'],
      [5, 'environment'],
      [6, 'livelihoods'],
      [7, ''],
    ]);
    const foundation = story.steps.at(-1);
    expect(foundation?.list).toEqual(['two-upholds', 'pragmatism', 'strictness']);
  });

  it('is bilingual, the dataset having English for everything it shows', () => {
    for (const step of story.steps) {
      expect(step.heading?.en, step.id).toBeTruthy();
      for (const p of step.body ?? []) expect(p.en, `${step.id}: ${p.zh}`).toBeTruthy();
    }
    expect(JSON.stringify(story.about)).not.toContain('只有中文');
  });

  it('honours options: Chinese only, fewer counters, parts left out', () => {
    expect(hasEnglish(draftStory(dataset, { lang: 'zh' }))).toBe(false);
    const two = draftStory(dataset, { maxCounters: 2 });
    expectSound(two, dataset);
    for (const s of two.steps) expect(graphics(s, 'report-counter').length).toBeLessThanOrEqual(2);
    const onlyTargets = draftStory(dataset, { include: ['targets'] });
    expectSound(onlyTargets, dataset);
    const elements = new Set(
      onlyTargets.steps.flatMap((s) => graphicsOf(s.graphic).map((g) => g.element)),
    );
    expect([...elements]).toEqual(['report-gauge']);
    expect(draftStory(dataset, { id: 'other', dataset: '../x.json' })).toMatchObject({
      id: 'other',
      dataset: '../x.json',
    });
  });
});

describe('draftStory on extractor drafts', () => {
  const dataset = plenary();
  const story = draftStory(dataset);

  it('drafts a valid, cited story of the plenary report read by the extractor', () => {
    expectSound(story, dataset);
    expect(story.steps.filter((s) => s.kind === 'chapter')).toHaveLength(2);
    expect(content(story).flatMap((s) => named(s, 'report-gauge', 'goal'))).toHaveLength(9);
  });

  it('writes no English the dataset lacks, and says the story is Chinese-only', () => {
    expect(hasEnglish(story)).toBe(false);
    expect(story.about?.at(-1)?.zh).toBe('这个故事只有中文：数据集没有英文。');
    expect(story.about?.map((p) => p.zh).join()).toContain('尚未经人工核对');
    expect(() => draftStory(dataset, { lang: 'zh+en' })).toThrow(
      /options\.lang "zh\+en" needs English .* has none at title, subtitle, region/,
    );
  });

  it('drafts a story of any report, even one the extractor finds nothing in', () => {
    const empty = extractDraft('这是一段没有任何数字的文字。', { file: 'empty.txt' }).dataset;
    const story = draftStory(empty);
    expectSound(story, empty);
    expect(story.steps).toHaveLength(1);
  });
});

/** Whatever the dataset holds is in the story: counters, gauges, timeline highlights. */
function expectComplete(story: Story, dataset: Dataset): void {
  const steps = content(story);
  const counters = steps.flatMap((s) => named(s, 'report-counter', 'metric'));
  expect([...counters].sort()).toEqual(
    dataset.figures
      .filter(countable)
      .map((f) => f.id)
      .sort(),
  );
  const gauges = steps.flatMap((s) => named(s, 'report-gauge', 'goal'));
  expect([...gauges].sort()).toEqual(dataset.targets.map((t) => t.id).sort());
  const lit = new Set(
    story.steps.flatMap((s) =>
      named(s, 'report-timeline', 'highlight').flatMap((h) => h.split(',')),
    ),
  );
  for (const e of dataset.events) expect(lit.has(e.id), e.id).toBe(true);
  const cited = new Set(story.steps.flatMap((s) => stepCitations(s)));
  for (const f of dataset.figures) expect(cited.has(f.id), f.id).toBe(true);
}

const CORPUS = new URL('../fixtures/reports/', import.meta.url);

describe('draftStory on the corpus of real reports', () => {
  const reports = readdirSync(CORPUS).filter((f) => f.endsWith('.txt'));

  it('has reports to draft from', () => {
    expect(reports.length).toBeGreaterThan(5);
  });

  it.each(reports)('drafts a sound story of the extractor’s draft of %s', (name) => {
    const text = readFileSync(new URL(name, CORPUS), 'utf8');
    const dataset = extractDraft(text, { file: name }).dataset;
    const story = draftStory(dataset);
    expectSound(story, dataset);
    expectComplete(story, dataset);
    // The extractor writes no English title: the story is Chinese-only, and says so.
    expect(dataset.title.en).toBeUndefined();
    expect(hasEnglish(story)).toBe(false);
    expect(story.about?.at(-1)?.zh).toBe('这个故事只有中文：数据集没有英文。');
  });
});

describe('draftStory on small datasets', () => {
  it('gives a dataset with nothing in it one step that says so', () => {
    const report = new SyntheticReport();
    report.line('示范区工作报告');
    const dataset = syntheticDataset(report, {});
    const story = draftStory(dataset);
    expectSound(story, dataset);
    expect(story.steps.map((s) => s.heading?.zh)).toEqual(['这份报告还没有可讲的内容']);
  });

  it('names the report’s address in the byline, or in the colophon when it is too long there', () => {
    const report = new SyntheticReport();
    const s = report.line('地区生产总值440亿元。');
    const figures = [
      quantity(report, s, { label: '地区生产总值', value: 440, unit: '亿元', words: '440亿元' }),
    ];
    const short = 'https://example.gov.cn/report.html';
    const near = draftStory(syntheticDataset(report, { figures, url: short }));
    expect(near.byline?.zh).toContain(`原文见 ${short}`);
    const long = `https://example.gov.cn/${'a'.repeat(500)}.html`;
    const far = draftStory(syntheticDataset(report, { figures, url: long }));
    expect(far.byline?.zh).not.toContain(long);
    expect(far.about?.map((p) => p.zh)).toContain(`报告原文：${long}`);
  });

  it('tells a report without chapters as one part, figures by sentence', () => {
    const report = new SyntheticReport();
    const s1 = report.line('地区生产总值440亿元，一般公共预算收入45亿元。');
    const s2 = report.line('新招重大项目11个。');
    const figures = [
      quantity(report, s1, { label: '地区生产总值', value: 440, unit: '亿元', words: '440亿元' }),
      quantity(report, s1, { label: '一般公共预算收入', value: 45, unit: '亿元', words: '45亿元' }),
      quantity(report, s2, { label: '新招重大项目', value: 11, unit: '个', words: '11个' }),
    ];
    const dataset = syntheticDataset(report, { figures });
    const story = draftStory(dataset);
    expectSound(story, dataset);
    expect(story.steps.some((s) => s.kind === 'chapter')).toBe(false);
    expect(story.steps.map((s) => named(s, 'report-counter', 'metric').length)).toEqual([2, 1]);
  });

  it('gathers figures without a chapter before the first chapter and after the last', () => {
    const report = new SyntheticReport();
    const intro = report.line('全年完成投资100亿元。');
    const heading = report.line('一、经济发展');
    const inside = report.line('地区生产总值440亿元。');
    const outro = report.line('另有项目12个。');
    const figures = [
      quantity(report, intro, { label: '投资', value: 100, unit: '亿元', words: '100亿元' }),
      quantity(report, inside, {
        label: '地区生产总值',
        value: 440,
        unit: '亿元',
        words: '440亿元',
        chapter: 'economy',
      }),
      quantity(report, outro, { label: '项目', value: 12, unit: '个', words: '12个' }),
    ];
    const dataset = syntheticDataset(report, {
      chapters: [chapter('economy', heading, { kind: 'overview' })],
      figures,
    });
    const story = draftStory(dataset);
    expectSound(story, dataset);
    expect(story.steps.map((s) => s.id)).toEqual([
      figures[0]?.id,
      'economy',
      figures[1]?.id,
      'more',
      figures[2]?.id,
    ]);
  });

  it('survives chapters whose parents form a cycle', () => {
    const report = new SyntheticReport();
    const a = report.line('甲');
    const b = report.line('乙');
    const s = report.line('地区生产总值440亿元。');
    const dataset = syntheticDataset(report, {
      chapters: [chapter('a', a, { parent: 'b' }), chapter('b', b, { parent: 'a' })],
      figures: [
        quantity(report, s, {
          label: '地区生产总值',
          value: 440,
          unit: '亿元',
          words: '440亿元',
          chapter: 'b',
        }),
      ],
    });
    const story = draftStory(dataset);
    expectSound(story, dataset);
    expect(story.steps.filter((st) => st.kind === 'chapter').map((st) => st.id)).toEqual([
      'a',
      'b',
    ]);
  });

  it('makes unique step ids of at most 80 characters from long and clashing ids', () => {
    const report = new SyntheticReport();
    const long = `a${'-b'.repeat(39)}`;
    const heading = report.line('一、经济');
    const s = report.line('地区生产总值440亿元，投资100亿元。');
    const s2 = report.line('项目11个。');
    const dataset = syntheticDataset(report, {
      chapters: [chapter('0', heading)],
      figures: [
        quantity(report, s, {
          id: long,
          label: '地区生产总值',
          value: 440,
          unit: '亿元',
          words: '440亿元',
          chapter: '0',
        }),
        quantity(report, s, {
          id: '0-x',
          label: '投资',
          value: 100,
          unit: '亿元',
          words: '100亿元',
          chapter: '0',
        }),
        quantity(report, s2, { id: '0', label: '项目', value: 11, unit: '个', words: '11个' }),
      ],
    });
    const story = draftStory(dataset, { maxCounters: 1 });
    expectSound(story, dataset);
    const ids = story.steps.map((st) => st.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(80);
    expect(ids).toContain('0-2');
  });

  it('shortens a long sentence at a clause, with an ellipsis, never through a number', () => {
    const report = new SyntheticReport();
    const clauses = Array.from({ length: 12 }, (_, i) => `第${i + 1}项工作扎实推进成效明显`);
    const s = report.line(`${clauses.join('，')}，全年完成投资123.45亿元，${clauses.join('，')}。`);
    const figure = quantity(report, s, {
      label: '投资',
      value: 123.45,
      unit: '亿元',
      words: '123.45亿元',
    });
    const dataset = syntheticDataset(report, { figures: [figure] });
    const body = draftStory(dataset, { maxText: 60 }).steps[0]?.body?.[0]?.zh ?? '';
    expect(body.length).toBeLessThanOrEqual(60);
    expect(body).toContain('全年完成投资123.45亿元');
    expect(body.startsWith(ELLIPSIS) && body.endsWith(ELLIPSIS)).toBe(true);
  });

  it('keeps 300 figures within the story format, every step sound', () => {
    const dataset = manyFigures(300, 6);
    const story = draftStory(dataset);
    expectSound(story, dataset);
    expect(story.steps.length).toBeLessThanOrEqual(200);
    const shown = content(story).flatMap((s) => named(s, 'report-counter', 'metric'));
    expect(shown).toHaveLength(300);
  });

  it('leaves figures out, and says so, when the story would be too long', () => {
    const dataset = manyFigures(60, 3);
    const story = draftStory(dataset, { maxSteps: 12, maxCounters: 1 });
    expectSound(story, dataset);
    expect(story.steps).toHaveLength(12);
    // The parts' openings are kept first.
    expect(story.steps.filter((s) => s.kind === 'chapter')).toHaveLength(3);
    expect(story.about?.map((p) => p.zh).join()).toMatch(/展示了数据集60项数字中的9项/);
  });

  it('has English only when everything it shows has English', () => {
    const report = new SyntheticReport();
    const s = report.line('地区生产总值440亿元，投资100亿元。');
    const gdp = {
      label: '地区生产总值',
      en: 'GDP',
      value: 440,
      unit: '亿元' as const,
      words: '440亿元',
    };
    const both = syntheticDataset(report, { english: true, figures: [quantity(report, s, gdp)] });
    expect(hasEnglish(draftStory(both))).toBe(true);
    const partial = syntheticDataset(report, {
      english: true,
      figures: [
        quantity(report, s, gdp),
        quantity(report, s, { label: '投资', value: 100, unit: '亿元', words: '100亿元' }),
      ],
    });
    expect(hasEnglish(draftStory(partial))).toBe(false);
    expect(() => draftStory(partial, { lang: 'zh+en' })).toThrow(/figures\[1\]\.label/);
  });
});

describe('draftStory refuses what it cannot use', () => {
  it.each([
    [{ maxCounters: 5 }, /options\.maxCounters must be a whole number from 1 to 4, got 5/],
    [{ maxCounters: 2.5 }, /options\.maxCounters must be a whole number/],
    [{ lang: 'fr' }, /options\.lang must be one of "auto", "zh", "zh\+en", got "fr"/],
    [
      { include: ['charts'] },
      /options\.include\[0\] must be one of figures, targets, events, programme/,
    ],
    [{ maxCounter: 3 }, /unknown option "maxCounter"/],
    [{ id: 'Not An Id' }, /options\.id must be lowercase letters/],
    ['fast', /options must be an object, got "fast"/],
  ])('options %j', (options, message) => {
    expect(() => draftStory(gangzha(), options as never)).toThrow(DraftStoryError);
    expect(() => draftStory(gangzha(), options as never)).toThrow(message);
  });

  it('a dataset that is not valid, naming the path', () => {
    const broken = { ...gangzha(), figures: [{ ...gangzha().figures[0], id: 'GDP 2019' }] };
    expect(() => draftStory(broken)).toThrow(/the dataset is not valid:\nfigures\[0\]\.id/);
    expect(() => draftStory(null)).toThrow(/expected a dataset object, got null/);
  });
});
