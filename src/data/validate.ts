/**
 * Validates an unknown value as a dataset: first its shape (the schema), then what a schema cannot
 * say — ids unique per collection, references that resolve, numbers a comparator needs.
 *
 * Every problem is reported with the path of the value it is about and what was found there:
 * `targets[3].value: expected a number, got "6.5%"`.
 */
import * as v from 'valibot';
import { DatasetSchema, SCHEMA_VERSION, isNumericComparator, type Dataset } from './schema.js';

export interface DatasetIssue {
  /** Where the problem is: `figures[2].label.en`; empty for the whole document. */
  readonly path: string;
  /** What is wrong there, in plain words. */
  readonly message: string;
}

export type ValidationResult =
  | { readonly ok: true; readonly dataset: Dataset }
  | { readonly ok: false; readonly issues: readonly DatasetIssue[] };

/** At most this many issues are reported; one broken item often causes several. */
const MAX_ISSUES = 20;

/** Renders a value found in the data for a message, shortened and on one line. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'number') {
    return Number.isNaN(value) ? 'NaN' : String(value);
  }
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return `${JSON.stringify(shown)}${value.length > 40 ? ` (${value.length} characters)` : ''}`;
  }
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

/** An object by its plain fields (`start 3, end 9, quote "…"`), anything else by `describeValue`. */
function describeFields(value: unknown): string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return describeValue(value);
  }
  const fields = Object.entries(value)
    .filter(([, v]) => typeof v !== 'object' || v === null)
    .slice(0, 4)
    .map(([k, v]) => `${k} ${describeValue(v)}`);
  return fields.length ? fields.join(', ') : 'an object';
}

/** `['figures', 2, 'label']` → `figures[2].label` */
export function formatPath(keys: readonly (string | number)[]): string {
  let out = '';
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

const TYPE_NAMES: Record<string, string> = {
  number: 'a number',
  string: 'a string',
  boolean: 'true or false',
  array: 'a list',
  strict_object: 'an object',
  object: 'an object',
};

function issueMessage(issue: v.BaseIssue<unknown>): string {
  const got = describeValue(issue.input);
  switch (issue.type) {
    case 'strict_object':
    case 'object':
      // valibot reports an unknown key with the key as the last path item.
      if (issue.expected === 'never') return 'unknown key (not part of the schema)';
      // …and a missing key the same way, expecting the key's name.
      if (issue.input === undefined && issue.expected?.startsWith('"')) {
        return issue.path?.at(-1)?.key === 'schemaVersion'
          ? `missing: this reader understands schemaVersion ${SCHEMA_VERSION}`
          : 'missing: this key is required';
      }
      return `expected an object, got ${got}`;
    case 'number':
      return `expected a number, got ${got}`;
    case 'finite':
      return `expected a finite number, got ${got}`;
    case 'integer':
      return `expected a whole number, got ${got}`;
    case 'min_value':
      return `expected at least ${String(issue.requirement)}, got ${got}`;
    case 'max_value':
      return `expected at most ${String(issue.requirement)}, got ${got}`;
    case 'min_length':
      return issue.requirement === 1
        ? 'must not be empty'
        : `expected at least ${String(issue.requirement)} items`;
    case 'max_length':
      return `too long: ${issue.received.replace(/"/g, '')} (at most ${String(issue.requirement)})`;
    case 'picklist': {
      // valibot states the options in `expected`: "a" | "b" | "c".
      const options = (issue.expected ?? '')
        .replace(/^\((.*)\)$/, '$1')
        .split(' | ')
        .filter(Boolean);
      const shown = options.length > 8 ? [...options.slice(0, 8), '…'] : options;
      return `expected one of ${shown.join(', ')}, got ${got}`;
    }
    case 'literal':
      return issue.path?.at(-1)?.key === 'schemaVersion'
        ? `this reader understands schemaVersion ${SCHEMA_VERSION}, got ${got}`
        : `expected ${String(issue.expected)}, got ${got}`;
    case 'regex':
    case 'check':
      return `${issue.message}, got ${describeFields(issue.input)}`;
    default:
      return `expected ${TYPE_NAMES[issue.type] ?? issue.expected ?? issue.type}, got ${got}`;
  }
}

/** valibot issues as paths and plain-word messages (shared with the story validator). */
export function schemaIssues(issues: readonly v.BaseIssue<unknown>[]): DatasetIssue[] {
  return issues.map((issue) => ({
    path: formatPath((issue.path ?? []).map((p) => p.key as string | number)),
    message: issueMessage(issue),
  }));
}

/** Cross-checks the schema cannot express. */
function referenceIssues(data: Dataset): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });

  const idsOf = (collection: string, items: readonly { id: string }[]) => {
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      const first = seen.get(item.id);
      if (first !== undefined) {
        add(
          `${collection}[${i}].id`,
          `duplicate id "${item.id}" (first used by ${collection}[${first}])`,
        );
      } else seen.set(item.id, i);
    });
    return seen;
  };

  const chapters = idsOf('chapters', data.chapters);
  const figures = idsOf('figures', data.figures);
  const targets = idsOf('targets', data.targets);
  idsOf('events', data.events);

  const chapterRef = (path: string, id: string | undefined) => {
    if (id !== undefined && !chapters.has(id)) add(path, `no chapter has the id "${id}"`);
  };

  data.chapters.forEach((c, i) => chapterRef(`chapters[${i}].parent`, c.parent));

  data.figures.forEach((f, i) => {
    const at = `figures[${i}]`;
    chapterRef(`${at}.chapter`, f.chapter);
    if (f.kind !== 'honour') {
      if (f.value === undefined) add(`${at}.value`, `a ${f.kind} figure needs a value`);
      if (f.unit === undefined) add(`${at}.unit`, `a ${f.kind} figure needs a unit`);
    } else if (f.honour === undefined) {
      add(`${at}.honour`, 'an honour needs its text');
    }
  });

  data.targets.forEach((t, i) => {
    const at = `targets[${i}]`;
    chapterRef(`${at}.chapter`, t.chapter);
    const numeric = isNumericComparator(t.comparator);
    if (numeric && t.value === undefined)
      add(`${at}.value`, `an "${t.comparator}" target needs a value`);
    if (numeric && t.unit === undefined)
      add(`${at}.unit`, `an "${t.comparator}" target needs a unit`);
    if (t.comparator === 'in-step-with') {
      if (t.reference === undefined)
        add(`${at}.reference`, 'an "in-step-with" target needs a reference');
      else if (!targets.has(t.reference))
        add(`${at}.reference`, `no target has the id "${t.reference}"`);
      else if (t.reference === t.id)
        add(`${at}.reference`, 'a target cannot keep pace with itself');
    }
    if (t.baseline) {
      const index = figures.get(t.baseline.figure);
      const figure = index === undefined ? undefined : data.figures[index];
      if (!figure) add(`${at}.baseline.figure`, `no figure has the id "${t.baseline.figure}"`);
      else if (t.baseline.field === 'change' && !figure.change) {
        add(`${at}.baseline.field`, `figure "${figure.id}" has no change to compare with`);
      } else if (t.baseline.field === 'value' && figure.value === undefined) {
        add(`${at}.baseline.field`, `figure "${figure.id}" has no value to compare with`);
      }
    }
  });

  if (data.programme) {
    const p = data.programme;
    chapterRef('programme.chapter', p.chapter);
    const numbers = new Map<number, number>();
    const inner = new Set<string>();
    p.pillars.forEach((pillar, i) => {
      const first = numbers.get(pillar.number);
      if (first !== undefined)
        add(
          `programme.pillars[${i}].number`,
          `pillar number ${pillar.number} is also used by programme.pillars[${first}]`,
        );
      else numbers.set(pillar.number, i);
      for (const [j, item] of [pillar, ...pillar.actions].entries()) {
        const path =
          j === 0 ? `programme.pillars[${i}].id` : `programme.pillars[${i}].actions[${j - 1}].id`;
        if (inner.has(item.id)) add(path, `duplicate id "${item.id}" in the programme`);
        inner.add(item.id);
      }
    });
    p.foundation?.commitments.forEach((c, i) => {
      if (inner.has(c.id))
        add(`programme.foundation.commitments[${i}].id`, `duplicate id "${c.id}" in the programme`);
      inner.add(c.id);
    });
  }

  data.events.forEach((e, i) => {
    chapterRef(`events[${i}].chapter`, e.chapter);
    e.figures?.forEach((id, j) => {
      if (!figures.has(id)) add(`events[${i}].figures[${j}]`, `no figure has the id "${id}"`);
    });
  });

  return issues;
}

/** How every check here runs valibot: all the problems, the first of each pipe. */
const PARSE = { abortEarly: false, abortPipeEarly: true } as const;

/**
 * Checks an unknown value as a whole file's object (a dataset, a story): its shape against
 * `schema`, then what the shape cannot say (`check`: ids, references) on what parsed. At most
 * the first 20 problems are kept.
 * @param what how the message for a value that is no object names it: `dataset`, `story`
 */
export function validateObject<T>(
  schema: v.GenericSchema<unknown, T>,
  input: unknown,
  what: string,
  check: (value: T) => DatasetIssue[],
): PartResult<T> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return {
      ok: false,
      issues: [{ path: '', message: `expected a ${what} object, got ${describeValue(input)}` }],
    };
  }
  const parsed = v.safeParse(schema, input, PARSE);
  if (!parsed.success) {
    return { ok: false, issues: schemaIssues(parsed.issues).slice(0, MAX_ISSUES) };
  }
  const issues = check(parsed.output);
  if (issues.length > 0) return { ok: false, issues: issues.slice(0, MAX_ISSUES) };
  return { ok: true, value: parsed.output };
}

/** Checks an unknown value (parsed JSON, or an object set by code) against the dataset schema. */
export function validateDataset(input: unknown): ValidationResult {
  const result = validateObject(DatasetSchema, input, 'dataset', referenceIssues);
  return result.ok ? { ok: true, dataset: result.value } : result;
}

/** One line per issue: `figures[2].value: expected a number, got "6.5%"`. */
export function describeIssues(issues: readonly DatasetIssue[]): string {
  return issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('\n');
}

/** The outcome of validating one part of a dataset on its own. */
export type PartResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly DatasetIssue[] };

/**
 * Validates one part of a dataset given on its own — an element's `events` or `programme`
 * property — against its schema. Issue paths start at `root`:
 * `events[1].when.date: a date as YYYY, YYYY-MM or YYYY-MM-DD, got "2019/5"`.
 */
export function validatePart<T>(
  schema: v.GenericSchema<unknown, T>,
  input: unknown,
  root: string,
): PartResult<T> {
  const parsed = v.safeParse(schema, input, PARSE);
  if (parsed.success) return { ok: true, value: parsed.output };
  const issues = schemaIssues(parsed.issues).map(({ path, message }) => ({
    // The root is a caller's phrase ("figure property"), kept as written.
    path: !path ? root : path.startsWith('[') ? `${root}${path}` : `${root}.${path}`,
    message,
  }));
  return { ok: false, issues: issues.slice(0, MAX_ISSUES) };
}
