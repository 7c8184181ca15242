import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/loader.js';
import { describeIssues } from '../../src/data/validate.js';
import { datasetUrl } from '../../src/story/load.js';
import { findItem, itemWords, referencedIds } from '../../src/story/references.js';
import { graphicFrames } from '../../src/story/frames.js';
import { stepCitations } from '../../src/story/render.js';
import type { Story } from '../../src/story/schema.js';
import { checkStoryReferences, parseStory, validateStory } from '../../src/story/validate.js';
import { storyFiles } from '../../scripts/story-files.js';
import { fixtureDataset } from '../fixtures/dataset.js';

const readData = (name: string) =>
  readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8');
const demoStory = () => JSON.parse(readData('demo-story.json')) as Record<string, unknown>;
const gangzha = () => parseDataset(JSON.parse(readData('gangzha-2019.json')));

function issuesOf(mutate: (story: Story) => void): string {
  const story = demoStory() as unknown as Story;
  mutate(story);
  const result = validateStory(JSON.parse(JSON.stringify(story)));
  return result.ok ? 'ok' : describeIssues(result.issues);
}

describe('story files', () => {
  it('keeps data/story.schema.json and data/demo-dataset.json as the script writes them', () => {
    for (const [name, text] of Object.entries(storyFiles())) {
      expect(readData(name), `data/${name} is stale: run npm run story-files`).toBe(text);
    }
  });

  it.each(
    readdirSync(new URL('../../data/', import.meta.url)).filter((f) => f.endsWith('.story.json')),
  )('accepts data/%s, and every id it names is in its dataset', (name) => {
    const story = parseStory(JSON.parse(readData(name)), `data/${name}`);
    const url = datasetUrl(story, `data/${name}`, 'https://example.org/');
    expect(url).toMatch(/^https:\/\/example\.org\/data\/[^/]+\.json$/);
    const dataset = parseDataset(JSON.parse(readData(url.split('/').at(-1) ?? '')));
    expect(checkStoryReferences(story, dataset)).toEqual([]);
  });

  it('has the Gangzha story and a short 2020 story from the same dataset', () => {
    const names = readdirSync(new URL('../../data/', import.meta.url));
    expect(names).toEqual(
      expect.arrayContaining(['gangzha-2019.story.json', 'gangzha-2020.story.json']),
    );
  });

  it('accepts the demo story, and every id it names is in its dataset', () => {
    const story = parseStory(demoStory(), 'data/demo-story.json');
    const dataset = parseDataset(JSON.parse(readData('demo-dataset.json')));
    expect(checkStoryReferences(story, dataset)).toEqual([]);
    expect(datasetUrl(story, 'data/demo-story.json', 'https://example.org/site/')).toBe(
      'https://example.org/site/data/demo-dataset.json',
    );
  });
});

describe('validateStory', () => {
  it('names the path of a missing Chinese text', () => {
    expect(issuesOf((s) => delete (s.steps[1]!.heading as { zh?: string }).zh)).toMatch(
      /^steps\[1\]\.heading\.zh: missing: this key is required$/,
    );
  });

  it('refuses an element that is not a report-story element, and event-handler attributes', () => {
    expect(
      issuesOf((s) => (s.steps[0]!.graphic = { element: 'script', attributes: { onclick: 'x' } })),
    ).toContain('steps[0].graphic.element: an element name such as "report-counter", got "script"');
    expect(
      issuesOf(
        (s) => (s.steps[0]!.graphic = { element: 'report-counter', attributes: { onclick: 'x' } }),
      ),
    ).toContain('steps[0].graphic.attributes.onclick');
  });

  it('names a duplicate step id and where it was first used', () => {
    expect(issuesOf((s) => (s.steps[3]!.id = 'economy'))).toBe(
      'steps[3].id: duplicate id "economy" (first used by steps[1])',
    );
  });

  it('says what it got when the file is not a story at all', () => {
    expect(validateStory([1, 2])).toEqual({
      ok: false,
      issues: [{ path: '', message: 'expected a story object, got a list of 2' }],
    });
    expect(() => parseStory({ schemaVersion: 2 }, 'x.json')).toThrow(
      /x\.json is not a valid story/,
    );
  });

  it('accepts kickers, chapters, quotations and lists, and refuses an unknown step kind', () => {
    expect(
      issuesOf((s) => {
        Object.assign(s.steps[0]!, {
          kind: 'chapter',
          kicker: { zh: '第一部分', en: 'Part one' },
          quote: { text: { zh: '原话。' }, by: { zh: '区委书记' } },
          list: ['ip-park-honour', { zh: '一条文字', en: 'A line of text' }],
        });
      }),
    ).toBe('ok');
    expect(issuesOf((s) => Object.assign(s.steps[0]!, { kind: 'cover' }))).toMatch(
      /^steps\[0\]\.kind: /,
    );
    expect(issuesOf((s) => Object.assign(s.steps[0]!, { list: [] }))).toMatch(
      /^steps\[0\]\.list: /,
    );
  });

  it('names the ids a story cites that its dataset lacks', () => {
    const story = parseStory(demoStory());
    const broken: Story = {
      ...story,
      steps: [
        {
          ...story.steps[1]!,
          graphic: { element: 'report-counter', attributes: { metric: 'gdp-1999' } },
        },
        { ...story.steps[3]!, cite: ['nowhere'] },
        {
          ...story.steps[0]!,
          graphic: {
            element: 'report-timeline',
            attributes: { highlight: 'plenary-2020..x-2020' },
          },
          list: ['gdp-2019', 'honour-1999'],
        },
      ],
    };
    expect(describeIssues(checkStoryReferences(broken, fixtureDataset()))).toBe(
      [
        'steps[0].graphic.attributes.metric: no figure in dataset "fixture-district" has the id "gdp-1999"',
        'steps[1].cite[0]: nothing in dataset "fixture-district" has the id "nowhere"',
        'steps[2].graphic.attributes.highlight: no event in dataset "fixture-district" has the id "x-2020"',
        'steps[2].list[1]: nothing in dataset "fixture-district" has the id "honour-1999"',
      ].join('\n'),
    );
  });
});

describe('graphicFrames', () => {
  it('draws a graphic once for consecutive steps that show it, and keeps it through text-only steps', () => {
    const counter = { element: 'report-counter', attributes: { metric: 'a' } };
    const story = {
      steps: [
        { id: 'intro' },
        { id: 'one', graphic: counter },
        { id: 'two', graphic: { element: 'report-counter', attributes: { metric: 'a' } } },
        { id: 'aside' },
        { id: 'three', graphic: [counter, { element: 'report-gauge' }] },
      ],
    } as unknown as Story;
    expect(graphicFrames(story).map((f) => [f.steps, f.graphics.length])).toEqual([
      [['one', 'two', 'aside'], 1],
      [['three'], 2],
    ]);
  });
});

describe('graphicFrames with elements that step through states', () => {
  const pillars = (attributes?: Record<string, string | number>) =>
    attributes ? { element: 'report-pillars', attributes } : { element: 'report-pillars' };
  const timeline = (highlight: string) => ({
    element: 'report-timeline',
    attributes: { highlight },
  });

  it('keeps one programme on screen and writes one state per story step', () => {
    const story = {
      steps: [
        { id: 'intro', graphic: timeline('a') },
        { id: 'roof', graphic: pillars({ reveal: 1 }) },
        { id: 'one', graphic: pillars({ reveal: 2, active: 'industry' }) },
        { id: 'aside' },
        { id: 'all', graphic: pillars({ reveal: 7 }) },
        { id: 'end', graphic: pillars() },
      ],
    } as unknown as Story;
    expect(graphicFrames(story)).toEqual([
      { steps: ['intro'], graphics: [timeline('a')] },
      {
        steps: ['roof', 'one', 'aside', 'all', 'end'],
        graphics: [
          { element: 'report-pillars', attributes: { steps: '1 1 2:industry 2:industry 7 -' } },
        ],
      },
    ]);
  });

  it('steps a timeline through its highlights, and leaves a frame alone when nothing changes', () => {
    const story = {
      steps: [
        { id: 'a', graphic: timeline('plenary-2020') },
        { id: 'b', graphic: timeline('x-2019..y-2019') },
        { id: 'c', graphic: timeline('x-2019..y-2019') },
        { id: 'd', graphic: { element: 'report-counter', attributes: { metric: 'gdp' } } },
        { id: 'e', graphic: timeline('z-2020') },
        { id: 'f', graphic: timeline('z-2020') },
      ],
    } as unknown as Story;
    expect(graphicFrames(story)).toEqual([
      {
        steps: ['a', 'b', 'c'],
        graphics: [
          {
            element: 'report-timeline',
            attributes: { steps: 'plenary-2020 x-2019..y-2019 x-2019..y-2019' },
          },
        ],
      },
      {
        steps: ['d'],
        graphics: [{ element: 'report-counter', attributes: { metric: 'gdp' } }],
      },
      { steps: ['e', 'f'], graphics: [timeline('z-2020')] },
    ]);
  });

  it('draws a new element when the other attributes differ or a state cannot be written as a step', () => {
    const story = {
      steps: [
        {
          id: 'a',
          graphic: { element: 'report-timeline', attributes: { highlight: 'x', open: 'x' } },
        },
        { id: 'b', graphic: { element: 'report-timeline', attributes: { highlight: 'y' } } },
        { id: 'c', graphic: timeline('x y') },
        { id: 'd', graphic: pillars({ active: 'a:b' }) },
        { id: 'e', graphic: pillars({ steps: '1 2' }) },
        { id: 'f', graphic: pillars({ steps: '1 2', reveal: 3 }) },
      ],
    } as unknown as Story;
    expect(graphicFrames(story).map((frame) => frame.steps)).toEqual([
      ['a'],
      ['b'],
      ['c'],
      ['d'],
      ['e'],
      ['f'],
    ]);
  });
});

describe('referencedIds and stepCitations', () => {
  it('reads every id of a highlight list, with both ends of a range', () => {
    expect(referencedIds('highlight', ' a-2019..b-2019  c-2020,d-2020 ')).toEqual([
      'a-2019',
      'b-2019',
      'c-2020',
      'd-2020',
    ]);
    expect(referencedIds('highlight', 'none')).toEqual([]);
    expect(referencedIds('metric', ' gdp-2019 ')).toEqual(['gdp-2019']);
    expect(referencedIds('reveal', '3')).toEqual([]);
  });

  it('cites what a step’s graphics name, then its list, then its cite list, each once', () => {
    expect(
      stepCitations({
        id: 'x',
        graphic: [
          { element: 'report-counter', attributes: { metric: 'gdp-2019' } },
          { element: 'report-timeline', attributes: { highlight: 'a..b' } },
        ],
        list: ['honour', { zh: '文字' }, 'gdp-2019'],
        cite: ['chapter', 'a'],
      }),
    ).toEqual(['gdp-2019', 'a', 'b', 'honour', 'chapter']);
  });
});

describe('itemWords', () => {
  it('says each kind of dataset item in the dataset’s own words, in both languages', () => {
    const dataset = gangzha();
    const words = (id: string) => [itemWords(dataset, id, 'zh-CN'), itemWords(dataset, id, 'en')];
    expect(words('gdp-2019')).toEqual([
      '地区生产总值：预计440亿元，同比增长6.5%',
      'GDP: est. 44\u00a0billion yuan, +6.5% year on year',
    ]);
    expect(words('potential-unicorn-2019')).toEqual([
      '格陆博获评全市唯一省级“潜在独角兽企业”',
      'Gelubo named the city’s only provincial “potential unicorn” enterprise',
    ]);
    expect(words('development-evaluation-rank-2019')).toEqual([
      '发展指标月度评估：稳居市区第一',
      'Monthly evaluation of development indicators: steadily 1st among the urban districts',
    ]);
    expect(words('retail-sales-growth-2020')).toEqual([
      '社会消费品零售总额增长 6%左右',
      'Growth in total retail sales of consumer goods: about 6%',
    ]);
    expect(words('two-upholds')).toEqual([
      '始终做到“两个维护”，加强党的全面领导',
      'Always uphold the “two safeguards” — Strengthen the Party’s overall leadership',
    ]);
    expect(words('theme-innovation')[0]).toBe('把创新驱动作为推动高质量发展的“主引擎”');
    expect(words('industry-parks')).toEqual([
      '推动园区经济更富质效',
      'Make the park economy more efficient and effective',
    ]);
    expect(itemWords(dataset, 'nothing', 'zh-CN')).toBeUndefined();
  });
});

describe('findItem', () => {
  it('finds figures, targets, events, chapters and the programme’s parts with their sources', () => {
    const dataset = fixtureDataset();
    for (const [id, label] of [
      ['gdp-2019', '地区生产总值'],
      ['rd-share-2020', '全社会研发投入占比'],
      ['plenary-2020', '区委全会闭幕'],
      ['results', '2019年成绩'],
      ['five-upgrades', '五提工程'],
      ['projects', '项目提效'],
      ['city-planning', '推动规划编制'],
      ['two-upholds', '始终做到“两个维护”'],
    ] as const) {
      const item = findItem(dataset, id);
      expect(item?.label.zh, id).toBe(label);
      expect(item?.source.quote.length, id).toBeGreaterThan(0);
    }
    expect(findItem(dataset, 'missing')).toBeUndefined();
  });
});
