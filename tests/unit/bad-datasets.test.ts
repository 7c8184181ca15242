/**
 * The corpus of bad datasets: each is the real Gangzha dataset with one thing broken, and each must
 * be refused with a message that names the path and what was found there.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/data/schema.js';
import { describeIssues, validateDataset } from '../../src/data/validate.js';
import { DatasetLoadError, parseDataset } from '../../src/data/loader.js';

const JSON_TEXT = readFileSync(new URL('../../data/gangzha-2019.json', import.meta.url), 'utf8');

type Loose = Record<string, unknown> & {
  figures: Record<string, unknown>[];
  targets: Record<string, unknown>[];
  events: Record<string, unknown>[];
  chapters: Record<string, unknown>[];
  programme: Record<string, unknown> & { pillars: Record<string, unknown>[] };
};

/** The dataset as parsed JSON, mutated, validated: the messages, one per line. */
function fromJson(mutate: (d: Loose) => void): string {
  const data = JSON.parse(JSON_TEXT) as Loose;
  mutate(data);
  const result = validateDataset(JSON.parse(JSON.stringify(data)));
  return result.ok ? 'ok' : describeIssues(result.issues);
}

/** The dataset as an object from code (where NaN and Infinity survive), mutated, validated. */
function fromCode(mutate: (d: Loose) => void): string {
  const data = JSON.parse(JSON_TEXT) as Loose;
  mutate(data);
  const result = validateDataset(data);
  return result.ok ? 'ok' : describeIssues(result.issues);
}

describe('bad datasets get a clear error naming where the problem is', () => {
  it('accepts the real dataset as it is', () => {
    expect(fromJson(() => undefined)).toBe('ok');
  });

  it.each<[string, (d: Loose) => void, string]>([
    [
      'a number written as text',
      (d) => (d.targets[3]!.value = '6.5%'),
      'targets[3].value: expected a number, got "6.5%"',
    ],
    [
      'a label that is a number',
      (d) => ((d.figures[2]!.label as Record<string, unknown>).zh = 440),
      'figures[2].label.zh: expected a string, got 440',
    ],
    [
      'a list that is an object',
      (d) => (d.events = {} as never),
      'events: expected a list, got an object',
    ],
    [
      'a kind outside the vocabulary',
      (d) => (d.figures[0]!.kind = 'money'),
      'figures[0].kind: expected one of "quantity", "rank", "streak", "honour", got "money"',
    ],
    [
      'a unit outside the vocabulary',
      (d) => (d.figures[0]!.unit = 'billion'),
      'figures[0].unit: expected one of "微克/立方米", "微克每立方米", "万吨标准煤", "万平方公里", "万千瓦时", "万吨标煤", "万平方米", "万澳门元", …, got "billion"',
    ],
    [
      'a boolean written as text',
      (d) => ((d.events[0]!.when as Record<string, unknown>).inferred = 'yes'),
      'events[0].when.inferred: expected true or false, got "yes"',
    ],
    [
      'a missing id',
      (d) => delete d.figures[4]!.id,
      'figures[4].id: missing: this key is required',
    ],
    [
      'a missing source',
      (d) => delete d.targets[8]!.source,
      'targets[8].source: missing: this key is required',
    ],
    [
      'a duplicate figure id',
      (d) => (d.figures[7]!.id = 'gdp-2019'),
      'figures[7].id: duplicate id "gdp-2019" (first used by figures[0])',
    ],
    [
      'a duplicate action id inside the programme',
      (d) =>
        ((d.programme.pillars[1]!.actions as Record<string, unknown>[])[0]!.id = 'industry-parks'),
      'programme.pillars[1].actions[0].id: duplicate id "industry-parks" in the programme',
    ],
    [
      'an id that is not an id',
      (d) => (d.figures[0]!.id = 'GDP 2019'),
      'figures[0].id: an id of lowercase letters, digits and dashes, got "GDP 2019"',
    ],
    [
      'a baseline that points nowhere',
      (d) => ((d.targets[0]!.baseline as Record<string, unknown>).figure = 'gdp-2018'),
      'targets[0].baseline.figure: no figure has the id "gdp-2018"',
    ],
    [
      'an in-step target without its reference',
      (d) => delete d.targets[8]!.reference,
      'targets[8].reference: an "in-step-with" target needs a reference',
    ],
    [
      'a chapter that does not exist',
      (d) => (d.figures[0]!.chapter = 'nowhere'),
      'figures[0].chapter: no chapter has the id "nowhere"',
    ],
    [
      'a quote whose range does not fit it',
      (d) => ((d.figures[0]!.source as { end: number }).end += 1),
      'figures[0].source: end − start must equal the quote length, got quote "预计完成地区生产总值440亿元，同比增长6.5%；完成一般公共预算收入45亿元，…" (54 characters), start 489, end 544',
    ],
    [
      'a date that does not have its precision',
      (d) => ((d.events[0]!.when as Record<string, unknown>).precision = 'day'),
      'events[0].when: the date must have exactly the stated precision, got date "2019", precision "day", inferred true',
    ],
    [
      'a wrong schemaVersion',
      (d) => (d.schemaVersion = 2),
      'schemaVersion: this reader understands schemaVersion 1, got 2',
    ],
    [
      'a schemaVersion written as text',
      (d) => (d.schemaVersion = '1'),
      'schemaVersion: this reader understands schemaVersion 1, got "1"',
    ],
    [
      'no schemaVersion',
      (d) => delete d.schemaVersion,
      'schemaVersion: missing: this reader understands schemaVersion 1',
    ],
    [
      'a megabyte label',
      (d) => ((d.figures[0]!.label as Record<string, unknown>).en = 'x'.repeat(1 << 20)),
      'figures[0].label.en: too long: 1048576 (at most 400)',
    ],
    [
      'a megabyte quote',
      (d) => ((d.events[2]!.source as Record<string, unknown>).quote = '测'.repeat(1 << 20)),
      'events[2].source.quote: too long: 1048576 (at most 4000)',
    ],
    [
      'an unknown key',
      (d) => (d.figures[0]!.colour = 'red'),
      'figures[0].colour: unknown key (not part of the schema)',
    ],
  ])('%s', (_name, mutate, message) => {
    expect(fromJson(mutate)).toBe(message);
  });

  it('refuses NaN and ±Infinity in objects that come from code', () => {
    expect(fromCode((d) => (d.figures[0]!.value = NaN))).toBe(
      'figures[0].value: expected a number, got NaN',
    );
    expect(fromCode((d) => (d.targets[0]!.value = Infinity))).toBe(
      'targets[0].value: expected a finite number, got Infinity',
    );
    expect(
      fromCode((d) => ((d.figures[0]!.change as Record<string, unknown>).value = -Infinity)),
    ).toBe('figures[0].change.value: expected a finite number, got -Infinity');
  });

  it('refuses __proto__ keys without polluting any prototype', () => {
    const text = JSON_TEXT.replace(
      '"id": "gdp-2019",',
      '"id": "gdp-2019", "__proto__": { "polluted": true },',
    ).replace('"schemaVersion": 1,', '"schemaVersion": 1, "__proto__": { "admin": true },');
    const result = validateDataset(JSON.parse(text));
    expect(result.ok ? '' : describeIssues(result.issues)).toBe(
      [
        'figures[0].__proto__: unknown key (not part of the schema)',
        '__proto__: unknown key (not part of the schema)',
      ].join('\n'),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it('accepts markup in labels as plain text and keeps it verbatim', () => {
    const markup = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const data = JSON.parse(JSON_TEXT) as Dataset;
    data.figures[0]!.label = { zh: markup, en: `${markup} &amp;` };
    const result = validateDataset(data);
    expect(result.ok).toBe(true);
    expect(result.ok && result.dataset.figures[0]!.label).toEqual({
      zh: markup,
      en: `${markup} &amp;`,
    });
  });

  it('refuses what is not a dataset at all', () => {
    for (const [input, message] of [
      [null, 'expected a dataset object, got null'],
      [[], 'expected a dataset object, got a list of 0'],
      ['{"schemaVersion":1}', 'expected a dataset object, got "{\\"schemaVersion\\":1}"'],
      [42, 'expected a dataset object, got 42'],
    ] as const) {
      const result = validateDataset(input);
      expect(result.ok ? '' : describeIssues(result.issues)).toBe(message);
    }
  });

  it('reports at most twenty issues for a badly broken dataset', () => {
    const data = JSON.parse(JSON_TEXT) as Loose;
    for (const f of data.figures) f.value = 'x';
    const result = validateDataset(data);
    expect(result.ok ? 0 : result.issues.length).toBe(20);
  });

  it('turns a bad dataset into a DatasetLoadError naming the URL and the paths', () => {
    const data = JSON.parse(JSON_TEXT) as Loose;
    data.targets[3]!.value = '6.5%';
    let error: unknown;
    try {
      parseDataset(data, 'https://example.test/gangzha-2019.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DatasetLoadError);
    expect((error as DatasetLoadError).kind).toBe('invalid');
    expect((error as DatasetLoadError).message).toBe(
      'https://example.test/gangzha-2019.json is not a valid dataset:\ntargets[3].value: expected a number, got "6.5%"',
    );
    expect((error as DatasetLoadError).issues).toEqual([
      { path: 'targets[3].value', message: 'expected a number, got "6.5%"' },
    ]);
  });
});
