/**
 * What is known about a target, wherever it came from: a dataset's target (with its baseline,
 * current reading and reference resolved in the dataset), a target object given by code, or a
 * gauge's plain attributes. Everything after this point works from `TargetFacts` alone.
 */
import { displayQuote, type DisplayQuote } from '../data/quote.js';
import type { Comparator, Dataset, Target } from '../data/schema.js';
import { formatWhen, formatYear, pickText } from '../format/format.js';
import type { Unit } from '../format/units.js';
import { targetWords } from '../i18n/target.js';
import {
  keyword,
  maybeFinite,
  maybeUnit,
  OptionError,
  itemById,
  type OptionContext,
} from '../options/options.js';
import { COMPARATORS, isNumeric } from './status.js';

/** A number with the words that say when it was measured: 2019年 / 2020年6月. */
export interface Reading {
  readonly value: number;
  readonly caption: string;
  /** What the reading is, when it is not exactly what the target measures. */
  readonly note?: string;
  /** The year the reading is of, when the data says. */
  readonly year?: number;
}

/** What is known about a target, wherever it came from. */
export interface TargetFacts {
  readonly id: string | undefined;
  readonly label: string;
  readonly year: number | undefined;
  readonly comparator: Comparator;
  readonly value: number | undefined;
  readonly unit: Unit | undefined;
  readonly tolerance: number | undefined;
  readonly baseline: Reading | undefined;
  readonly current: Reading | undefined;
  readonly reference: { readonly label: string; readonly reading: Reading | undefined } | undefined;
  readonly quote: DisplayQuote | undefined;
}

/**
 * A target as a gauge's attributes state it (numbers as their properties read them: NaN for an
 * attribute that is not a number). `<report-gauge>` itself has this shape.
 */
export interface TargetAttributes {
  readonly comparator?: string | undefined;
  readonly value?: number | undefined;
  readonly unit?: string | undefined;
  readonly label?: string | undefined;
  readonly year?: number | undefined;
  readonly tolerance?: number | undefined;
  readonly baseline?: number | undefined;
  readonly baselineLabel?: string | undefined;
  readonly current?: number | undefined;
  readonly currentLabel?: string | undefined;
  readonly referenceLabel?: string | undefined;
  readonly referenceValue?: number | undefined;
  readonly quote?: string | undefined;
}

/**
 * The target of a dataset with the id `id`.
 * @throws Error naming the id and the dataset when it has none
 */
export function findTarget(dataset: Dataset, id: string, context: OptionContext): Target {
  const noun = () => targetWords(context.locale).target;
  return itemById(dataset, 'targets', id, { attribute: 'goal', noun }, context);
}

/**
 * The facts of a dataset's target (or a target object, validated), its baseline, current
 * reading and reference resolved in `dataset` when there is one, else from the attributes.
 * @param where how messages name the target: `target "rd-share-2020"`, `target property`
 * @throws Error for a numeric target without its number, or an attribute that cannot be used
 */
export function factsFromTarget(
  target: Target,
  where: string,
  dataset: Dataset | undefined,
  attributes: TargetAttributes,
  context: OptionContext,
): TargetFacts {
  const { locale } = context;
  if (isNumeric(target.comparator) && (target.value === undefined || target.unit === undefined)) {
    throw new OptionError(targetWords(locale).needsValue(where, target.comparator));
  }
  const year = attributes.year ?? target.year;
  let reference: TargetFacts['reference'];
  if (target.comparator === 'in-step-with') {
    const other = dataset?.targets.find((t) => t.id === target.reference);
    reference = other
      ? { label: pickText(other.label, locale), reading: latestReading(other, dataset, context) }
      : attributeReference(attributes, year, context);
  }
  return {
    id: target.id,
    label: pickText(target.label, locale),
    year: target.year,
    comparator: target.comparator,
    value: target.value,
    unit: target.unit ?? baselineUnit(target, dataset),
    tolerance: target.tolerance ?? maybeFinite(attributes.tolerance, 'tolerance', context),
    baseline:
      baselineReading(target, dataset, context) ?? attributeBaseline(attributes, year, context),
    current: target.current
      ? { value: target.current.value, caption: whenText(target.current.asOf, context) }
      : attributeCurrent(attributes, context),
    reference,
    quote: displayQuote(target.source, target.span),
  };
}

/**
 * The facts a gauge's attributes state.
 * @throws OptionError naming the attribute and its value when one cannot be used
 */
export function factsFromAttributes(
  attributes: TargetAttributes,
  context: OptionContext,
): TargetFacts {
  const comparator = keyword(attributes.comparator ?? '', 'comparator', COMPARATORS, context);
  const unit = maybeUnit(attributes.unit, 'unit', context);
  const value = maybeFinite(attributes.value, 'value', context);
  if (isNumeric(comparator) && (value === undefined || unit === undefined)) {
    throw new OptionError(targetWords(context.locale).needsValueAttributes(comparator));
  }
  const year = maybeFinite(attributes.year, 'year', context);
  const quote = attributes.quote?.trim();
  return {
    id: undefined,
    label: attributes.label?.trim() ?? '',
    year,
    comparator,
    value,
    unit: unit ?? '%',
    tolerance: maybeFinite(attributes.tolerance, 'tolerance', context),
    baseline: attributeBaseline(attributes, year, context),
    current: attributeCurrent(attributes, context),
    reference:
      comparator === 'in-step-with' ? attributeReference(attributes, year, context) : undefined,
    quote: quote ? { text: quote } : undefined,
  };
}

/** A target's baseline figure in the dataset, read as its value or its change. */
function baselineReading(
  target: Target,
  dataset: Dataset | undefined,
  { locale }: OptionContext,
): Reading | undefined {
  if (!target.baseline || !dataset) return undefined;
  const figure = dataset.figures.find((f) => f.id === target.baseline?.figure);
  if (!figure) return undefined;
  const value = target.baseline.field === 'change' ? figure.change?.value : figure.value;
  if (value === undefined) return undefined;
  const note = target.baseline.note ? pickText(target.baseline.note, locale) : '';
  const caption =
    figure.year !== undefined ? formatYear(figure.year, locale) : targetWords(locale).baseline;
  return {
    value,
    caption,
    ...(note ? { note } : {}),
    ...(figure.year !== undefined ? { year: figure.year } : {}),
  };
}

/** The unit of a target that states none: its baseline's, else % for a growth rate or a share. */
function baselineUnit(target: Target, dataset: Dataset | undefined): Unit | undefined {
  if (target.baseline && dataset) {
    const figure = dataset.figures.find((f) => f.id === target.baseline?.figure);
    if (target.baseline.field === 'change' && figure?.change) return figure.change.unit;
    if (figure?.unit) return figure.unit;
  }
  return target.measure === 'growth' || target.measure === 'share' ? '%' : undefined;
}

/** A target's latest reading: its current value, else its baseline. */
function latestReading(
  target: Target,
  dataset: Dataset | undefined,
  context: OptionContext,
): Reading | undefined {
  if (target.current) {
    return { value: target.current.value, caption: whenText(target.current.asOf, context) };
  }
  return baselineReading(target, dataset, context);
}

/** 2020 / 2020-06 / 2020-06-30 at the precision it is written with. */
function whenText(asOf: string, { locale }: OptionContext): string {
  const precision = asOf.length === 4 ? 'year' : asOf.length === 7 ? 'month' : 'day';
  return formatWhen({ date: asOf, precision }, locale);
}

/** The year before the target's (2019年), or "baseline" when the target has no year. */
function baselineCaption(year: number | undefined, { locale }: OptionContext): string {
  if (year !== undefined && Number.isFinite(year)) return formatYear(year - 1, locale);
  return targetWords(locale).baseline;
}

/**
 * A reading the attributes give: the number of the attribute `name` (none without it) and the
 * caption written beside it, else `caption`.
 */
function attributeReading(
  value: number | undefined,
  label: string | undefined,
  name: string,
  caption: () => string,
  context: OptionContext,
): Reading | undefined {
  const number = maybeFinite(value, name, context);
  if (number === undefined) return undefined;
  return { value: number, caption: label?.trim() || caption() };
}

function attributeBaseline(
  attributes: TargetAttributes,
  year: number | undefined,
  context: OptionContext,
): Reading | undefined {
  const { baseline, baselineLabel } = attributes;
  const caption = () => baselineCaption(year, context);
  return attributeReading(baseline, baselineLabel, 'baseline', caption, context);
}

function attributeCurrent(
  attributes: TargetAttributes,
  context: OptionContext,
): Reading | undefined {
  const caption = () => targetWords(context.locale).now;
  return attributeReading(attributes.current, attributes.currentLabel, 'current', caption, context);
}

function attributeReference(
  attributes: TargetAttributes,
  year: number | undefined,
  context: OptionContext,
): TargetFacts['reference'] {
  const value = maybeFinite(attributes.referenceValue, 'reference-value', context);
  const label = attributes.referenceLabel?.trim() ?? '';
  if (value === undefined && !label) return undefined;
  const caption = attributes.baselineLabel?.trim() || baselineCaption(year, context);
  return { label, reading: value === undefined ? undefined : { value, caption } };
}
