import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/loader.js';
import { describeIssues } from '../../src/data/validate.js';
import { datasetUrl } from '../../src/story/load.js';
import { findItem } from '../../src/story/references.js';
import { graphicFrames } from '../../src/story/render.js';
import type { Story } from '../../src/story/schema.js';
import { checkStoryReferences, parseStory, validateStory } from '../../src/story/validate.js';
import { storyFiles } from '../../scripts/story-files.js';
import { fixtureDataset } from '../fixtures/dataset.js';

const readData = (name: string) =>
  readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8');
const demoStory = () => JSON.parse(readData('demo-story.json')) as Record<string, unknown>;

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
      ],
    };
    expect(describeIssues(checkStoryReferences(broken, fixtureDataset()))).toBe(
      [
        'steps[0].graphic.attributes.metric: no figure in dataset "fixture-district" has the id "gdp-1999"',
        'steps[1].cite[0]: nothing in dataset "fixture-district" has the id "nowhere"',
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
