import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { EventSchema, ProgrammeSchema } from '../../src/data/schema.js';
import { describeIssues, validateDataset, validatePart } from '../../src/data/validate.js';
import { fixtureDataset } from '../fixtures/dataset.js';

describe('validatePart', () => {
  it('validates one part of a dataset and names paths from its root', () => {
    const events = structuredClone(fixtureDataset().events) as unknown as Record<string, unknown>[];
    (events[1]!.when as Record<string, unknown>).date = '2020/01/04';
    const result = validatePart(v.array(EventSchema), events, 'events');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(describeIssues(result.issues)).toBe(
        'events[1].when.date: a date as YYYY, YYYY-MM or YYYY-MM-DD, got "2020/01/04"',
      );
    }
  });

  it('returns the typed value when it is valid', () => {
    const result = validatePart(ProgrammeSchema, fixtureDataset().programme, 'programme');
    expect(result.ok && result.value.pillars).toHaveLength(3);
  });

  it('names the whole part when it is not even a list', () => {
    const result = validatePart(v.array(EventSchema), { events: [] }, 'events');
    expect(!result.ok && describeIssues(result.issues)).toBe(
      'events: expected a list, got an object',
    );
  });
});

describe('picklist issues', () => {
  it('name the value and the allowed options instead of throwing', () => {
    const data = structuredClone(fixtureDataset()) as unknown as {
      events: { when: { precision: string } }[];
      figures: { unit: string }[];
    };
    data.events[0]!.when.precision = 'week';
    data.figures[0]!.unit = '亿卢布';
    const result = validateDataset(data);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const text = describeIssues(result.issues);
      expect(text).toContain(
        'events[0].when.precision: expected one of "year", "month", "day", got "week"',
      );
      expect(text).toMatch(/figures\[0\]\.unit: expected one of ("[^"]+", ){8}…, got "亿卢布"/);
    }
  });
});
