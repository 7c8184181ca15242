/**
 * Targets in words: the target as the report states it (6.5%以上 / at least 6.5%), the distance
 * between a reading and a target, and the status `assessGoal` computed. Numbers go through the
 * report formatter, so units and decimals read the same everywhere.
 */
import type { GoalAssessment, GoalComparator } from '../goal/status.js';
import { formatQuantity, qualify, type ReportLocale } from './format.js';
import type { Qualifier } from './qualifiers.js';
import type { Unit } from './units.js';

/** A target as the formatter needs it (the dataset's `Target` fits). */
export interface GoalLike {
  readonly comparator: GoalComparator;
  readonly value?: number | undefined;
  readonly unit?: Unit | undefined;
}

const COMPARATOR_QUALIFIER: Partial<Record<GoalComparator, Qualifier>> = {
  'at-least': 'at-least',
  'at-most': 'at-most',
  about: 'about',
};

/** The sign each comparator is drawn with. */
export const COMPARATOR_SIGNS: Record<GoalComparator, string> = {
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
export function formatGoal(goal: GoalLike, locale: ReportLocale, referenceLabel = ''): string {
  const en = locale === 'en';
  if (goal.comparator === 'keep-growing') return en ? 'keep growing' : '保持增长';
  if (goal.comparator === 'in-step-with') {
    if (en) return referenceLabel ? `in step with ${referenceLabel}` : 'in step';
    return referenceLabel ? `与${referenceLabel}同步` : '同步';
  }
  if (goal.value === undefined || goal.unit === undefined) return '';
  const qualifier = COMPARATOR_QUALIFIER[goal.comparator];
  return qualify(
    formatQuantity(goal.value, goal.unit, locale),
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
 * A status in words, with the distance when there is one:
 * 距目标还差0.02个百分点 / 0.02 percentage points short of the target.
 */
export function formatGoalStatus(
  assessment: GoalAssessment,
  unit: Unit | undefined,
  locale: ReportLocale,
  referenceLabel = '',
): string {
  const en = locale === 'en';
  const gap =
    assessment.gap !== undefined && unit !== undefined
      ? formatGap(assessment.gap, unit, locale)
      : '';
  const ref = referenceLabel || (en ? 'the reference' : '参照指标');
  switch (assessment.status) {
    case 'exceeded':
      return en ? `${gap} above the target` : `超过目标${gap}`;
    case 'met':
      return en ? 'target met' : '达到目标';
    case 'not-yet':
      return en ? `${gap} short of the target` : `距目标还差${gap}`;
    case 'within':
      return en ? `within the limit by ${gap}` : `低于上限${gap}`;
    case 'over-ceiling':
      return en ? `${gap} over the limit` : `超出上限${gap}`;
    case 'within-band':
      return en ? 'within the target range' : '处于目标区间';
    case 'above-band':
      return en ? `${gap} above the target range` : `高于目标区间${gap}`;
    case 'below-band':
      return en ? `${gap} below the target range` : `低于目标区间${gap}`;
    case 'growing':
      return en ? 'growing' : '保持增长';
    case 'not-growing':
      return en ? 'not growing' : '未能增长';
    case 'in-step':
      return en ? `in step with ${ref}` : `与${ref}同步`;
    case 'ahead':
      return en ? `${gap} ahead of ${ref}` : `快于${ref}${gap}`;
    case 'behind':
      return en ? `${gap} behind ${ref}` : `慢于${ref}${gap}`;
    case 'unknown':
      return en ? 'no reading to compare yet' : '暂无可比数据';
  }
}
