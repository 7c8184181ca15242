/**
 * Targets in words: the target as the report states it (6.5%以上 / at least 6.5%), the distance
 * between a reading and a target, and the status `assessTarget` computed. Numbers go through the
 * report formatter, so units and decimals read the same everywhere; words come from `src/i18n/`.
 */
import { formatQuantity, qualify, type ReportLocale } from '../format/format.js';
import type { Qualifier } from '../format/qualifiers.js';
import type { Unit } from '../format/units.js';
import { targetWords } from '../i18n/target.js';
import type { Comparator } from '../data/schema.js';
import type { TargetAssessment } from './status.js';

/** A target as the formatter needs it (the dataset's `Target` fits). */
export interface TargetLike {
  readonly comparator: Comparator;
  readonly value?: number | undefined;
  readonly unit?: Unit | undefined;
}

const COMPARATOR_QUALIFIER: Partial<Record<Comparator, Qualifier>> = {
  'at-least': 'at-least',
  'at-most': 'at-most',
  about: 'about',
};

/** The sign each comparator is drawn with. */
export const COMPARATOR_SIGNS: Record<Comparator, string> = {
  'at-least': '≥',
  'at-most': '≤',
  about: '≈',
  'keep-growing': '>0',
  'in-step-with': '⇄',
};

/**
 * The target as the report states it: 6.5%以上, 3%以内, 6%左右, 保持增长, 与经济增长同步 /
 * at least 6.5%, at most 3%, about 6%, keep growing, in step with GDP growth.
 */
export function formatTarget(
  target: TargetLike,
  locale: ReportLocale,
  referenceLabel = '',
): string {
  const words = targetWords(locale);
  if (target.comparator === 'keep-growing') return words.keepGrowing;
  if (target.comparator === 'in-step-with') {
    return referenceLabel ? words.inStepWith(referenceLabel) : words.inStep;
  }
  if (target.value === undefined || target.unit === undefined) return '';
  const qualifier = COMPARATOR_QUALIFIER[target.comparator];
  return qualify(
    formatQuantity(target.value, target.unit, locale),
    qualifier ? [qualifier] : [],
    locale,
  );
}

/**
 * A distance between two readings in a unit: percentages differ by percentage points
 * (2.3% − 2.28% → 0.02个百分点 / 0.02 percentage points); other units keep their unit.
 */
export function formatGap(gap: number, unit: Unit, locale: ReportLocale): string {
  return formatQuantity(Math.abs(gap), unit === '%' ? '个百分点' : unit, locale);
}

/**
 * A status in words, with the distance when there is one: 距目标还差0.02个百分点 / 0.02 percentage
 * points short of the target.
 *
 * With `earlier`, the reading is from a year before the target's (a 2020 target against the 2019
 * figure): that year has not happened, so nothing is "met" yet and the status says what is known,
 * after when the reading was taken — 2019年已达目标水平 / 2019 already at the target level,
 * 2019年距目标还差0.02个百分点. An empty `earlier` leaves the when unsaid (a sentence that has
 * said it already).
 */
export function formatTargetStatus(
  assessment: TargetAssessment,
  unit: Unit | undefined,
  locale: ReportLocale,
  referenceLabel = '',
  earlier?: string,
): string {
  const words = targetWords(locale);
  const gap =
    assessment.gap !== undefined && unit !== undefined
      ? formatGap(assessment.gap, unit, locale)
      : '';
  const reference = referenceLabel || words.theReference;
  return earlier === undefined
    ? words.status[assessment.status](gap, reference)
    : words.early[assessment.status](earlier, gap, reference);
}
