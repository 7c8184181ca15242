/**
 * Where a target stands, computed from the numbers alone — never written into the data.
 *
 * A target is judged on its latest reading: the value measured during the target year when the
 * dataset has one, otherwise the baseline (the last year's figure). "In step with" compares that
 * reading with the reading of the target it keeps pace with.
 */
import { decimalsOf } from '../format/format.js';
import { ComparatorSchema, isNumericComparator, type Comparator } from '../data/schema.js';

/** The five ways a report states a target, in the schema's order (the dataset's `comparator`). */
export const COMPARATORS: readonly Comparator[] = ComparatorSchema.options;

/** The comparators whose target is a number (and so needs a value and a unit). */
export const isNumeric: (comparator: Comparator) => boolean = isNumericComparator;

export type TargetStatus =
  /** at least: the reading is above the floor. */
  | 'exceeded'
  /** at least / at most: the reading is exactly on the line. */
  | 'met'
  /** at least: the reading is below the floor. */
  | 'not-yet'
  /** at most: the reading is below the ceiling. */
  | 'within'
  /** at most: the reading is above the ceiling. */
  | 'over-ceiling'
  /** about: the reading is inside the band value ± tolerance. */
  | 'within-band'
  | 'above-band'
  | 'below-band'
  /** keep growing: the reading (a growth rate) is above zero, or not. */
  | 'growing'
  | 'not-growing'
  /** in step with: the reading is within the tolerance of the reference's reading, above or below. */
  | 'in-step'
  | 'ahead'
  | 'behind'
  /** Nothing to judge yet: no reading, or no reference reading. */
  | 'unknown';

export interface TargetInput {
  readonly comparator: Comparator;
  /** The target number (required for at-least, at-most and about). */
  readonly value?: number | undefined;
  /** Half-width of the "about" band and of "in step"; default `defaultTolerance`. */
  readonly tolerance?: number | undefined;
  /** The latest reading: the current value, else the baseline. */
  readonly reading?: number | undefined;
  /** For in-step-with: the reading of the reference at the same time. */
  readonly reference?: number | undefined;
}

export interface TargetAssessment {
  readonly status: TargetStatus;
  /** Whether the status is good news (true), bad news (false) or neither / not known (undefined). */
  readonly good: boolean | undefined;
  /**
   * How far the reading is from the line that decides the status, always ≥ 0, rounded to the
   * decimals of the numbers compared (2.3 − 2.28 → 0.02, not 0.019999…). Absent when on the line.
   */
  readonly gap?: number;
  /** The band for about (and in step): [low, high]. */
  readonly band?: readonly [number, number];
}

/**
 * The tolerance a report's "左右" implies when the data gives none: half a unit of the last digit
 * written (6% → ±0.5, 6.5% → ±0.05). For "in step" the default is half a percentage point.
 */
export function defaultTolerance(value: number): number {
  return 0.5 * 10 ** -decimalsOf(value);
}

const IN_STEP_TOLERANCE = 0.5;

function finite(n: number | undefined): n is number {
  return typeof n === 'number' && Number.isFinite(n);
}

/** |a − b| rounded to the decimals the two numbers are written with. */
function distance(a: number, b: number, extra = 0): number {
  const digits = Math.min(12, Math.max(decimalsOf(a), decimalsOf(b)) + extra);
  return Number(Math.abs(a - b).toFixed(digits));
}

/** Compares two numbers as written (2.30 equals 2.3; binary noise ignored). */
function compare(a: number, b: number): -1 | 0 | 1 {
  const d = distance(a, b, 1);
  if (d === 0) return 0;
  return a > b ? 1 : -1;
}

function result(
  status: TargetStatus,
  good: boolean | undefined,
  gap?: number,
  band?: readonly [number, number],
): TargetAssessment {
  return {
    status,
    good,
    ...(gap !== undefined && gap !== 0 ? { gap } : {}),
    ...(band ? { band } : {}),
  };
}

/**
 * Judges a target's reading.
 *
 *     assessTarget({ comparator: 'at-least', value: 2.3, reading: 2.28 })
 *       → { status: 'not-yet', good: false, gap: 0.02 }
 */
export function assessTarget(input: TargetInput): TargetAssessment {
  const { comparator, value, reading } = input;
  switch (comparator) {
    case 'at-least':
    case 'at-most': {
      if (!finite(value) || !finite(reading)) return result('unknown', undefined);
      const side = compare(reading, value);
      const gap = distance(reading, value);
      if (side === 0) return result('met', true);
      if (comparator === 'at-least') {
        return side > 0 ? result('exceeded', true, gap) : result('not-yet', false, gap);
      }
      return side < 0 ? result('within', true, gap) : result('over-ceiling', false, gap);
    }
    case 'about': {
      if (!finite(value)) return result('unknown', undefined);
      const tolerance = finite(input.tolerance) ? input.tolerance : defaultTolerance(value);
      const band = [value - tolerance, value + tolerance] as const;
      if (!finite(reading)) return result('unknown', undefined, undefined, band);
      if (compare(reading, band[0]) < 0) {
        return result('below-band', false, distance(reading, band[0]), band);
      }
      if (compare(reading, band[1]) > 0) {
        return result('above-band', false, distance(reading, band[1]), band);
      }
      return result('within-band', true, undefined, band);
    }
    case 'keep-growing': {
      if (!finite(reading)) return result('unknown', undefined);
      return reading > 0 ? result('growing', true) : result('not-growing', false);
    }
    case 'in-step-with': {
      const reference = input.reference;
      if (!finite(reference)) return result('unknown', undefined);
      const tolerance = finite(input.tolerance) ? input.tolerance : IN_STEP_TOLERANCE;
      const band = [reference - tolerance, reference + tolerance] as const;
      if (!finite(reading)) return result('unknown', undefined, undefined, band);
      const gap = distance(reading, reference);
      if (compare(gap, tolerance) <= 0) return result('in-step', true, gap, band);
      return reading > reference
        ? result('ahead', true, gap, band)
        : result('behind', false, gap, band);
    }
  }
}
