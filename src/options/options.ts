/**
 * Element options — attributes and properties — read in one place, as Observable Plot reads its
 * options: each reader returns the value in its final type, or fails fast with an `OptionError`
 * naming the option and the value the page wrote, in the element's language
 * (`comparator="more" is not one of at-least, at-most, …`).
 *
 * Options that choose what the data means (a comparator, a unit, a number) fail; options that
 * only choose how it looks (a form, a duration, a heading level) fall back to their default, so a
 * typo in a presentational attribute never hides a figure.
 */
import { messages, type ReportLocale } from '../i18n/messages.js';
import { isUnit, UNIT_NAMES, type Unit } from '../format/units.js';
import type { Dataset } from '../data/schema.js';

/** Thrown for an option that cannot be used; the message names the option and its value. */
export class OptionError extends TypeError {
  override name = 'OptionError';
}

/** Where options are read: the language of messages, and the attribute text as written. */
export interface OptionContext {
  readonly locale: ReportLocale;
  /**
   * The attribute's text as the page wrote it, for messages: a number attribute that is not a
   * number reads back as NaN, and the message should name what was written ("lots").
   */
  readonly raw?: ((name: string) => string | null) | undefined;
}

/** A value as text for a message: strings and numbers as they are, anything else blank. */
function asText(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

function written(value: unknown, name: string, context: OptionContext): string {
  return context.raw?.(name) ?? asText(value);
}

/**
 * A number given as an option, or undefined when it is not given.
 * @throws OptionError for NaN or ±Infinity
 */
export function maybeFinite(
  value: number | null | undefined,
  name: string,
  context: OptionContext,
): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (Number.isFinite(value)) return value;
  throw new OptionError(
    messages(context.locale).options.notNumber(name, written(value, name, context)),
  );
}

/**
 * A number the element needs.
 * @throws OptionError when it is missing, NaN or ±Infinity
 */
export function finite(
  value: number | null | undefined,
  name: string,
  context: OptionContext,
): number {
  const number = maybeFinite(value, name, context);
  if (number !== undefined) return number;
  throw new OptionError(
    messages(context.locale).options.notNumber(name, written(value, name, context)),
  );
}

/**
 * One of a fixed set of words (surrounding spaces ignored).
 * @throws OptionError naming the allowed words otherwise
 */
export function keyword<T extends string>(
  value: unknown,
  name: string,
  allowed: readonly T[],
  context: OptionContext,
): T {
  const word = asText(value).trim();
  if ((allowed as readonly string[]).includes(word)) return word as T;
  const words = messages(context.locale);
  throw new OptionError(words.options.notOneOf(name, word, allowed.join(words.common.list)));
}

/**
 * A report unit (亿元, %, 件 …), or undefined when none is given.
 * @throws OptionError for a unit the formatter does not know
 */
export function maybeUnit(value: unknown, name: string, context: OptionContext): Unit | undefined {
  const text = typeof value === 'string' ? value.trim() : undefined;
  if (text === undefined || text === '') return undefined;
  if (isUnit(text)) return text;
  throw new OptionError(
    messages(context.locale).options.notUnit(name, text, UNIT_NAMES.slice(0, 12).join(' ')),
  );
}

/**
 * A report unit the element needs.
 * @throws OptionError when it is missing or unknown
 */
export function unit(value: unknown, name: string, context: OptionContext): Unit {
  const found = maybeUnit(value, name, context);
  if (found) return found;
  throw new OptionError(
    messages(context.locale).options.notUnit(
      name,
      typeof value === 'string' ? value.trim() : '',
      UNIT_NAMES.slice(0, 12).join(' '),
    ),
  );
}

/** A presentational choice: one of `allowed`, else `fallback`. */
export function choice<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value)
    ? (value as T)
    : fallback;
}

/** A presentational number: finite, else `fallback`. */
export function finiteOr(value: number | null | undefined, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/** A presentational whole number from `min` to `max` (truncated), else `fallback`. */
export function integerIn(
  value: number | null | undefined,
  min: number,
  max: number,
  fallback: number,
): number {
  const n = typeof value === 'number' ? Math.trunc(value) : Number.NaN;
  return n >= min && n <= max ? n : fallback;
}

/** How an element names the item it shows: its attribute (`metric`, `goal`) and the item's word. */
export interface ItemNaming {
  readonly attribute: string;
  /** The item's word in the locale (数字, target…), asked only for the error. */
  readonly noun: () => string;
}

/**
 * The item of a dataset's list (figures for `metric`, targets for `goal`) with the id `id`.
 * @throws Error naming the attribute, the id and the dataset when the list has none
 */
export function itemById<K extends 'figures' | 'targets'>(
  dataset: Dataset,
  list: K,
  id: string,
  { attribute, noun }: ItemNaming,
  { locale }: OptionContext,
): Dataset[K][number] {
  const item = dataset[list].find((i) => i.id === id);
  if (item) return item;
  throw new Error(messages(locale).data.notInDataset(attribute, id, dataset.id, noun()));
}
