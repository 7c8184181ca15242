/**
 * The options of `draftStory()`, normalised once and checked with a message that names the option,
 * what it takes and what it got.
 */
import { describeValue } from '../data/validate.js';

/** Which languages the story is written in. */
export const DRAFT_LANGUAGES = ['auto', 'zh', 'zh+en'] as const;
export type DraftLanguages = (typeof DRAFT_LANGUAGES)[number];

/** The parts of a dataset a story can show. */
export const DRAFT_PARTS = ['figures', 'targets', 'events', 'programme'] as const;
export type DraftPart = (typeof DRAFT_PARTS)[number];

export interface DraftStoryOptions {
  /**
   * `auto` (default): Chinese, and English too when every text of the dataset the story shows has
   * English; `zh`: Chinese only; `zh+en`: both, refused when the dataset lacks English.
   */
  readonly lang?: DraftLanguages | undefined;
  /** Counters side by side in one step, 1–4 (default 4). */
  readonly maxCounters?: number | undefined;
  /** Gauges side by side in one step, 1–3 (default 3). */
  readonly maxGauges?: number | undefined;
  /** Events one timeline step lists, 1–20 (default 8). */
  readonly maxEvents?: number | undefined;
  /** The longest report sentence a step shows whole, in characters, 40–1000 (default 120). */
  readonly maxText?: number | undefined;
  /** The most steps the story has, 1–200 (default 200, the story format's limit). */
  readonly maxSteps?: number | undefined;
  /** What the story shows (default: all of figures, targets, events, programme). */
  readonly include?: readonly DraftPart[] | undefined;
  /** The story's id (default: the dataset's). */
  readonly id?: string | undefined;
  /** The dataset's URL relative to the story file (default `<dataset id>.json`). */
  readonly dataset?: string | undefined;
}

export interface DraftSettings {
  readonly lang: DraftLanguages;
  readonly maxCounters: number;
  readonly maxGauges: number;
  readonly maxEvents: number;
  readonly maxText: number;
  readonly maxSteps: number;
  readonly include: ReadonlySet<DraftPart>;
  readonly id: string | undefined;
  readonly dataset: string | undefined;
}

/** Thrown for options `draftStory()` cannot use, and for a dataset it cannot read. */
export class DraftStoryError extends Error {
  override name = 'DraftStoryError';
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const KNOWN = [
  'lang',
  'maxCounters',
  'maxGauges',
  'maxEvents',
  'maxText',
  'maxSteps',
  'include',
  'id',
  'dataset',
] as const;

function whole(name: string, value: unknown, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new DraftStoryError(
      `draftStory: options.${name} must be a whole number from ${min} to ${max}, got ${describeValue(value)}`,
    );
  }
  return value;
}

/**
 * Checks and completes the options.
 * @throws DraftStoryError naming the option, what it takes and what it got
 */
export function normalizeDraftOptions(options: unknown): DraftSettings {
  if (options === undefined) options = {};
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new DraftStoryError(
      `draftStory: options must be an object, got ${describeValue(options)}`,
    );
  }
  const given = options as Record<string, unknown>;
  for (const key of Object.keys(given)) {
    if (!(KNOWN as readonly string[]).includes(key)) {
      throw new DraftStoryError(
        `draftStory: unknown option "${key}" (options: ${KNOWN.join(', ')})`,
      );
    }
  }
  const lang = given.lang ?? 'auto';
  if (!(DRAFT_LANGUAGES as readonly unknown[]).includes(lang)) {
    throw new DraftStoryError(
      `draftStory: options.lang must be one of ${DRAFT_LANGUAGES.map((l) => `"${l}"`).join(', ')}, got ${describeValue(lang)}`,
    );
  }
  const include = given.include ?? DRAFT_PARTS;
  if (!Array.isArray(include)) {
    throw new DraftStoryError(
      `draftStory: options.include must be a list of ${DRAFT_PARTS.join(', ')}, got ${describeValue(include)}`,
    );
  }
  for (const [i, part] of (include as unknown[]).entries()) {
    if (!(DRAFT_PARTS as readonly unknown[]).includes(part)) {
      throw new DraftStoryError(
        `draftStory: options.include[${i}] must be one of ${DRAFT_PARTS.join(', ')}, got ${describeValue(part)}`,
      );
    }
  }
  const id = given.id;
  if (id !== undefined && (typeof id !== 'string' || !ID.test(id) || id.length > 80)) {
    throw new DraftStoryError(
      `draftStory: options.id must be lowercase letters, digits and dashes (at most 80), got ${describeValue(id)}`,
    );
  }
  const dataset = given.dataset;
  if (
    dataset !== undefined &&
    (typeof dataset !== 'string' || dataset.trim() === '' || dataset.length > 2000)
  ) {
    throw new DraftStoryError(
      `draftStory: options.dataset must be a URL relative to the story file, got ${describeValue(dataset)}`,
    );
  }
  return {
    lang: lang as DraftLanguages,
    maxCounters: whole('maxCounters', given.maxCounters, 1, 4, 4),
    maxGauges: whole('maxGauges', given.maxGauges, 1, 3, 3),
    maxEvents: whole('maxEvents', given.maxEvents, 1, 20, 8),
    maxText: whole('maxText', given.maxText, 40, 1000, 120),
    maxSteps: whole('maxSteps', given.maxSteps, 1, 200, 200),
    include: new Set(include as DraftPart[]),
    id,
    dataset,
  };
}
