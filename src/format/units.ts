/**
 * The units Chinese work reports speak in, and how each reads in English.
 *
 * A unit is written the way the report writes it (`亿元`, `%`, `件`, `个月`); the table says what it
 * measures, its size in base units, and its English form. The formatter keeps the report's unit
 * fixed in Chinese (no automatic 万→亿 switching) and converts money to a fixed English scale
 * chosen once from the final value (440亿元 → 44 billion yuan).
 */

/** What a unit measures; decides how the formatter treats it. */
export type UnitKind =
  | 'money'
  | 'percent'
  | 'points'
  | 'count'
  | 'scaled-count'
  | 'duration'
  | 'rank'
  | 'measure'
  | 'multiple';

export interface UnitInfo {
  readonly kind: UnitKind;
  /** Size in base units (yuan for money, ones for counts). */
  readonly factor: number;
  /** English unit after the number; empty for bare counts (37.1件 → 37.1). */
  readonly en: string;
  /** English singular, where it differs (1 month). */
  readonly enOne?: string;
  /** Whether English puts no space between number and unit (%, ×). */
  readonly enTight?: boolean;
}

export const UNITS = {
  万亿元: { kind: 'money', factor: 1e12, en: 'yuan' },
  亿元: { kind: 'money', factor: 1e8, en: 'yuan' },
  万元: { kind: 'money', factor: 1e4, en: 'yuan' },
  元: { kind: 'money', factor: 1, en: 'yuan' },
  '%': { kind: 'percent', factor: 1, en: '%', enTight: true },
  个百分点: { kind: 'points', factor: 1, en: 'percentage points', enOne: 'percentage point' },
  件: { kind: 'count', factor: 1, en: '' },
  个: { kind: 'count', factor: 1, en: '' },
  名: { kind: 'count', factor: 1, en: '' },
  项: { kind: 'count', factor: 1, en: '' },
  部: { kind: 'count', factor: 1, en: '' },
  家: { kind: 'count', factor: 1, en: '' },
  所: { kind: 'count', factor: 1, en: '' },
  座: { kind: 'count', factor: 1, en: '' },
  户: { kind: 'count', factor: 1, en: 'households', enOne: 'household' },
  人: { kind: 'count', factor: 1, en: 'people', enOne: 'person' },
  人次: { kind: 'count', factor: 1, en: 'visits', enOne: 'visit' },
  次: { kind: 'count', factor: 1, en: 'times', enOne: 'time' },
  台: { kind: 'count', factor: 1, en: '' },
  套: { kind: 'count', factor: 1, en: '' },
  条: { kind: 'count', factor: 1, en: '' },
  万人: { kind: 'scaled-count', factor: 1e4, en: 'people' },
  万人次: { kind: 'scaled-count', factor: 1e4, en: 'visits' },
  万户: { kind: 'scaled-count', factor: 1e4, en: 'households' },
  个月: { kind: 'duration', factor: 1, en: 'months', enOne: 'month' },
  年: { kind: 'duration', factor: 1, en: 'years', enOne: 'year' },
  天: { kind: 'duration', factor: 1, en: 'days', enOne: 'day' },
  位次: { kind: 'rank', factor: 1, en: 'places', enOne: 'place' },
  公里: { kind: 'measure', factor: 1, en: 'km' },
  平方公里: { kind: 'measure', factor: 1, en: 'km²' },
  万平方米: { kind: 'measure', factor: 1e4, en: 'm²' },
  平方米: { kind: 'measure', factor: 1, en: 'm²' },
  亩: { kind: 'measure', factor: 1, en: 'mu' },
  万亩: { kind: 'measure', factor: 1e4, en: 'mu' },
  公顷: { kind: 'measure', factor: 1, en: 'ha' },
  吨: { kind: 'measure', factor: 1, en: 't' },
  万吨: { kind: 'measure', factor: 1e4, en: 't' },
  千瓦: { kind: 'measure', factor: 1, en: 'kW' },
  万千瓦: { kind: 'measure', factor: 1e4, en: 'kW' },
  倍: { kind: 'multiple', factor: 1, en: '×', enTight: true },
} as const satisfies Record<string, UnitInfo>;

/** A unit as the report writes it. */
export type Unit = keyof typeof UNITS;

/** Every known unit, longest first (so a text scanner matches 亿元 before 元). */
export const UNIT_NAMES: readonly Unit[] = (Object.keys(UNITS) as Unit[]).sort(
  (a, b) => b.length - a.length || a.localeCompare(b),
);

export function isUnit(value: unknown): value is Unit {
  return typeof value === 'string' && Object.hasOwn(UNITS, value);
}

export function unitInfo(unit: Unit): UnitInfo {
  return UNITS[unit];
}
