import { describe, expect, it } from 'vitest';
import { FIXTURE_SOURCE, fixtureDataset } from '../fixtures/dataset.js';
import { describeIssues, validateDataset } from '../../src/data/validate.js';

function issuesOf(
  mutate: (data: Record<string, unknown> & ReturnType<typeof fixtureDataset>) => void,
): string {
  const data = structuredClone(fixtureDataset()) as Record<string, unknown> &
    ReturnType<typeof fixtureDataset>;
  mutate(data);
  const result = validateDataset(JSON.parse(JSON.stringify(data)));
  return result.ok ? 'ok' : describeIssues(result.issues);
}

describe('validateDataset', () => {
  it('accepts the fixture, whose every quote slices out of its source', () => {
    const result = validateDataset(fixtureDataset());
    expect(result.ok).toBe(true);
    const data = fixtureDataset();
    for (const item of [...data.figures, ...data.targets, ...data.events, ...data.chapters]) {
      expect(FIXTURE_SOURCE.slice(item.source.start, item.source.end)).toBe(item.source.quote);
    }
  });

  it('names the path and the value of a wrong type', () => {
    expect(issuesOf((d) => ((d.targets[1] as Record<string, unknown>).value = '6.5%'))).toBe(
      'targets[1].value: expected a number, got "6.5%"',
    );
  });

  it('reports an unknown schemaVersion', () => {
    expect(issuesOf((d) => ((d as Record<string, unknown>).schemaVersion = 2))).toBe(
      'schemaVersion: this reader understands schemaVersion 1, got 2',
    );
  });

  it('reports duplicate ids with both places', () => {
    expect(issuesOf((d) => (d.figures[1]!.id = 'gdp-2019'))).toContain(
      'figures[1].id: duplicate id "gdp-2019" (first used by figures[0])',
    );
  });

  it('reports references that do not resolve', () => {
    expect(issuesOf((d) => (d.targets[0]!.baseline = { figure: 'nope', field: 'value' }))).toBe(
      'targets[0].baseline.figure: no figure has the id "nope"',
    );
  });

  it('rejects a __proto__ key as unknown instead of merging it', () => {
    const json = JSON.stringify(fixtureDataset()).replace(
      '"id":"gdp-2019"',
      '"id":"gdp-2019","__proto__":{"polluted":true}',
    );
    const result = validateDataset(JSON.parse(json));
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : describeIssues(result.issues)).toContain(
      'figures[0].__proto__: unknown key',
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('bounds string lengths so a megabyte label is refused', () => {
    expect(issuesOf((d) => (d.figures[0]!.label.zh = 'x'.repeat(1_000_000)))).toBe(
      'figures[0].label.zh: too long: 1000000 (at most 400)',
    );
  });
});
