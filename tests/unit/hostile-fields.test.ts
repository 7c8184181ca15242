/**
 * The walker the hostile-input tests rely on: it must find every free-text string of a dataset and
 * a story from the schema alone, and nothing the schema pins down (ids, dates, hashes, units).
 */
import { describe, expect, it } from 'vitest';
import { DatasetSchema } from '../../src/data/schema.js';
import { validateDataset } from '../../src/data/validate.js';
import { StorySchema } from '../../src/story/schema.js';
import { validateStory } from '../../src/story/validate.js';
import { fixtureDataset } from '../fixtures/dataset.js';
import { getAt, pathText, setText, textFields, withOptionalText } from '../fixtures/hostile.js';
import demoStory from '../../data/demo-story.json';

/** Every string leaf of a value, by path. */
function stringLeaves(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringLeaves(item, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, item]) =>
      stringLeaves(item, path ? `${path}.${k}` : k),
    );
  }
  return [];
}

/** Keys whose strings the dataset schema constrains by a regex or a list of options. */
const CONSTRAINED =
  /(^|\.)(id|chapter|kind|unit|basis|measure|comparator|field|figure|reference|parent|date|precision|language|sha256|qualifiers\[\d+\]|figures\[\d+\]|schemaVersion)$/;

describe('the free-text walker', () => {
  it('finds every free-text string of the fixture dataset and nothing the schema constrains', () => {
    const data = fixtureDataset();
    const found = textFields(DatasetSchema, data).map((f) => pathText(f.path));
    // What a plain walk of the JSON finds, minus the constrained keys, is exactly what the schema walk finds.
    const expected = stringLeaves(data).filter(
      (p) => !CONSTRAINED.test(p) || /\.(label|title|text|name|honour|detail)\.(zh|en)$/.test(p),
    );
    expect(found.sort()).toEqual(expected.sort());
    expect(found).toContain('figures[0].label.zh');
    expect(found).toContain('figures[0].source.quote');
    expect(found).toContain('programme.pillars[0].actions[1].text.en');
    expect(found).toContain('events[0].when.basis.zh');
    expect(found).toContain('source.file');
    expect(found).not.toContain('figures[0].id');
    expect(found).not.toContain('events[0].when.date');
    expect(found).not.toContain('source.sha256');
    expect(found).not.toContain('figures[0].unit');
  });

  it('knows each field’s length limit from the schema', () => {
    const fields = textFields(DatasetSchema, fixtureDataset());
    const max = (p: string) => fields.find((f) => pathText(f.path) === p)?.max;
    expect(max('figures[0].label.zh')).toBe(400);
    expect(max('figures[0].source.quote')).toBe(4000);
    expect(max('targets[0].group')).toBe(8);
    expect(max('source.file')).toBe(300);
  });

  it('fills every optional text field, and the filled dataset is still valid', () => {
    const filled = withOptionalText(DatasetSchema, fixtureDataset(), (path, max) =>
      `filled ${pathText(path)}`.slice(0, max),
    );
    const result = validateDataset(filled);
    expect(result.ok ? [] : result.issues).toEqual([]);
    const found = textFields(DatasetSchema, filled).map((f) => pathText(f.path));
    for (const path of [
      '$schema',
      'subtitle.zh',
      'subtitle.en',
      'body.zh',
      'source.url',
      'figures[0].note.zh',
      'figures[0].honour.en',
      'figures[0].source.text',
      'targets[0].baseline.note.zh',
      'targets[2].group',
      'events[1].when.basis.en',
      'events[0].detail.zh',
      'programme.pillars[0].actions[0].source.text',
    ]) {
      expect(found).toContain(path);
    }
    expect(found.length).toBeGreaterThan(textFields(DatasetSchema, fixtureDataset()).length * 1.5);
  });

  it('keeps a replaced quote’s range consistent', () => {
    const data = fixtureDataset();
    setText(data, ['figures', 0, 'source', 'quote'], '<b>x</b>');
    expect(getAt(data, ['figures', 0, 'source'])).toMatchObject({
      quote: '<b>x</b>',
      end: data.figures[0]!.source.start + 8,
    });
    expect(validateDataset(data).ok).toBe(true);
  });

  it('walks a story’s headings, paragraphs, notes and graphic attribute values', () => {
    const found = textFields(StorySchema, demoStory).map((f) => pathText(f.path));
    expect(validateStory(demoStory).ok).toBe(true);
    expect(found).toContain('title.zh');
    expect(found).toContain('steps[0].heading.zh');
    expect(found).toContain('steps[0].body[0].zh');
    expect(found.some((p) => /^steps\[\d+\]\.notes\.zh$/.test(p))).toBe(true);
    expect(found.some((p) => /^steps\[\d+\]\.graphic(\[\d+\])?\.attributes\.metric$/.test(p))).toBe(
      true,
    );
    expect(found).not.toContain('steps[0].id');
  });
});
