/**
 * The one formatter that knows report units. Every number an element shows goes through here.
 *
 * - Chinese keeps the report's unit: 440亿元 stays 440亿元 (no automatic 万→亿 switching, unlike
 *   `Intl`'s compact notation, which would also round 99,999,999 to "1亿").
 * - English converts money to one scale chosen from the final value: 440亿元 → 44 billion yuan,
 *   5万元 → 50,000 yuan; measure words of counts drop (37.1件 → 37.1).
 * - The unit and the number of decimals are fixed per figure, so a count-up never changes them.
 * - Years are never grouped (2019, not 2,019).
 * - NaN and ±Infinity are errors (`ReportFormatError`), never "NaN亿元".
 */
import { QUALIFIERS, type Qualifier } from './qualifiers.js';
import { UNITS, type Unit, type UnitInfo } from './units.js';

import type { ChangeBasis } from '../data/schema.js';
import { messages, type ReportLocale } from '../i18n/messages.js';

export { DEFAULT_LOCALE, normalizeLocale, type ReportLocale } from '../i18n/messages.js';

/** Thrown for numbers that have no honest rendering (NaN, ±Infinity). */
export class ReportFormatError extends RangeError {
  override name = 'ReportFormatError';
}

/** A bilingual label; `en` may be missing in drafts and falls back to Chinese. */
export interface BilingualText {
  readonly zh: string;
  readonly en?: string | undefined;
}

export function pickText(text: BilingualText | undefined, locale: ReportLocale): string {
  if (!text) return '';
  return locale === 'en' ? (text.en ?? text.zh) : text.zh;
}

// ---------------------------------------------------------------------------------------------
// Numbers

/**
 * The number formats made so far, per locale, by a small integer (digits, grouping, sign): a count
 * formats its number at every frame, so the lookup makes no string.
 */
const numberFormats = new Map<ReportLocale, Intl.NumberFormat[]>();

function numberFormat(locale: ReportLocale, digits: number, grouping: boolean, signed: boolean) {
  let formats = numberFormats.get(locale);
  if (!formats) numberFormats.set(locale, (formats = []));
  const key = digits * 4 + (grouping ? 2 : 0) + (signed ? 1 : 0);
  let format = formats[key];
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      useGrouping: grouping,
      // 'negative', not 'auto': a count-up from 0 towards −3.5 never shows "-0.0".
      signDisplay: signed ? 'exceptZero' : 'negative',
    });
    formats[key] = format;
  }
  return format;
}

function assertFinite(value: number, what: string): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new ReportFormatError(`${what} must be a finite number, got ${String(value)}`);
  }
}

/**
 * Whether a number can be shown as the digits it stands for: finite, and no larger than the
 * largest integer a double holds exactly (about 9×10¹⁵). Beyond that the digits shown would not be
 * the ones written — and no report states such a figure.
 */
export function isShowable(value: number): boolean {
  return Number.isFinite(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER;
}

/** Decimal places needed to show a value exactly as written (2.28 → 2, 440 → 0, 1e-7 → 7). */
export function decimalsOf(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return 0;
  // 12 significant digits strip binary noise such as 0.1 + 0.2.
  const text = Math.abs(value).toPrecision(12);
  const [mantissa = '', exponent] = text.split('e');
  const fraction = (mantissa.split('.')[1] ?? '').replace(/0+$/, '').length;
  return Math.min(20, Math.max(0, fraction - Number(exponent ?? 0)));
}

const EN_SCALES = [
  { size: 1e12, word: 'trillion' },
  { size: 1e9, word: 'billion' },
  { size: 1e6, word: 'million' },
] as const;

/** How one quantity is shown. Computed once from the final value; reused for every frame. */
export interface QuantityStyle {
  readonly locale: ReportLocale;
  readonly unit: Unit;
  /** Displayed number = report value × scale (1 in Chinese; 0.1 for 亿元 → billion yuan). */
  readonly scale: number;
  /** Fixed decimals, the same for every frame of a count. */
  readonly fractionDigits: number;
  readonly grouping: boolean;
  /** The unit as shown: 亿元, billion yuan, %, or '' for bare counts in English. */
  readonly unitText: string;
  /** Whether a space stands between number and unit. */
  readonly spaced: boolean;
}

/**
 * Decides how a value in a report unit is shown in a locale.
 * @throws ReportFormatError for NaN or ±Infinity, and for a value too large to show exactly
 */
export function quantityStyle(
  value: number,
  unit: Unit,
  locale: ReportLocale,
  options: { fractionDigits?: number } = {},
): QuantityStyle {
  assertFinite(value, `a value in ${unit}`);
  if (!isShowable(value)) {
    throw new ReportFormatError(
      `a value in ${unit} is too large to show exactly, got ${String(value)} (at most ${Number.MAX_SAFE_INTEGER})`,
    );
  }
  const info = (UNITS as Partial<Record<string, UnitInfo>>)[unit];
  if (!info) throw new ReportFormatError(`unknown unit ${JSON.stringify(unit)}`);
  const grouping = unit !== '年';
  if (locale === 'zh-CN') {
    return {
      locale,
      unit,
      scale: 1,
      fractionDigits: options.fractionDigits ?? decimalsOf(value),
      grouping,
      unitText: unit,
      spaced: false,
    };
  }
  let scale = info.factor;
  let unitText = info.en;
  if (info.kind === 'money' || info.kind === 'scaled-count' || info.enWords) {
    const base = Math.abs(value * info.factor);
    const words = info.kind === 'money' || info.enWords;
    const step = words ? EN_SCALES.find((s) => base >= s.size) : undefined;
    if (step) {
      scale = info.factor / step.size;
      unitText = `${step.word} ${info.en}`;
    }
  } else if (Math.abs(value) === 1 && info.enOne) {
    unitText = info.enOne;
  }
  const digits =
    options.fractionDigits !== undefined
      ? options.fractionDigits + Math.max(0, -Math.round(Math.log10(scale)))
      : decimalsOf(value * scale);
  return {
    locale,
    unit,
    scale,
    fractionDigits: Math.min(20, digits),
    grouping,
    unitText,
    spaced: unitText !== '' && !info.enTight,
  };
}

/** The number part alone, for a displayed number (already scaled) — what a count-up ticks through. */
export function formatDisplayNumber(display: number, style: QuantityStyle, signed = false): string {
  assertFinite(display, 'a displayed number');
  return numberFormat(style.locale, style.fractionDigits, style.grouping, signed).format(display);
}

/** Joins a number text with its unit the way the locale writes it. */
export function withUnit(numberText: string, style: QuantityStyle): string {
  if (!style.unitText) return numberText;
  return style.spaced ? `${numberText}\u00a0${style.unitText}` : `${numberText}${style.unitText}`;
}

/** `440, '亿元'` → `440亿元` (zh-CN) or `44 billion yuan` (en). */
export function formatQuantity(value: number, unit: Unit, locale: ReportLocale): string {
  const style = quantityStyle(value, unit, locale);
  return withUnit(formatDisplayNumber(value * style.scale, style), style);
}

/** Puts qualifiers around a formatted quantity: 预计440亿元, 6.5%以上, at least 6.5%. */
export function qualify(
  text: string,
  qualifiers: readonly Qualifier[] | undefined,
  locale: ReportLocale,
): string {
  if (!qualifiers?.length) return text;
  if (locale === 'en') {
    return [...qualifiers.map((q) => QUALIFIERS[q].en), text].join(' ');
  }
  const before = qualifiers.filter((q) => QUALIFIERS[q].zhPosition === 'before');
  const after = qualifiers.filter((q) => QUALIFIERS[q].zhPosition === 'after');
  return [...before.map((q) => QUALIFIERS[q].zh), text, ...after.map((q) => QUALIFIERS[q].zh)].join(
    '',
  );
}

/**
 * The qualifier words on each side of a number, for a display that styles them apart from it:
 * 预计 | 440亿元 | (zh: 以上 after) — English puts every word before.
 */
export function qualifierParts(
  qualifiers: readonly Qualifier[] | undefined,
  locale: ReportLocale,
): { readonly before: string; readonly after: string } {
  const list = qualifiers ?? [];
  if (locale === 'en') return { before: list.map((q) => QUALIFIERS[q].en).join(' '), after: '' };
  const side = (position: 'before' | 'after') =>
    list
      .filter((q) => QUALIFIERS[q].zhPosition === position)
      .map((q) => QUALIFIERS[q].zh)
      .join('');
  return { before: side('before'), after: side('after') };
}

/** The qualifier words alone, for a badge beside a number: 预计 / est. */
export function qualifierWords(
  qualifiers: readonly Qualifier[] | undefined,
  locale: ReportLocale,
): string[] {
  return (qualifiers ?? []).map((q) => (locale === 'en' ? QUALIFIERS[q].en : QUALIFIERS[q].zh));
}

// ---------------------------------------------------------------------------------------------
// Changes, ranks, years, dates

/** A change against a previous period (the dataset's `Change`). */
export interface ChangeLike {
  readonly value: number;
  /** % or 个百分点 for a rate; any report unit for an amount (净增50亿元, 减少862公顷). */
  readonly unit: Unit;
  readonly basis: ChangeBasis;
  readonly qualifiers?: readonly Qualifier[] | undefined;
}

/** The word for a change's basis: 同比 / year on year; none for a change over an unnamed period. */
function basisWord(basis: ChangeBasis, locale: ReportLocale): string {
  return basis === 'period' ? '' : messages(locale).format.basis[basis];
}

/** A signed change alone: +6.5%, −2.1%, +0.5 percentage points. */
export function formatSignedChange(change: ChangeLike, locale: ReportLocale): string {
  assertFinite(change.value, 'a change');
  const style = quantityStyle(change.value, change.unit, locale);
  return withUnit(formatDisplayNumber(change.value * style.scale, style, true), style);
}

/**
 * A change as a sentence fragment: 同比增长6.5%, 同比下降2%, 提高0.5个百分点, 减少862公顷 /
 * +6.5% year on year.
 */
export function formatChange(change: ChangeLike, locale: ReportLocale): string {
  assertFinite(change.value, 'a change');
  const signed = qualify(formatSignedChange(change, locale), change.qualifiers, locale);
  const magnitude = qualify(
    formatQuantity(Math.abs(change.value), change.unit, locale),
    change.qualifiers,
    locale,
  );
  return messages(locale).format.change(
    basisWord(change.basis, locale),
    signed,
    magnitude,
    direction(change.value),
    change.unit,
  );
}

function direction(value: number): ChangeDirection {
  return value > 0 ? 'rise' : value < 0 ? 'fall' : 'flat';
}

/** Which way a change went, for colour and arrow (红涨绿跌 by default in the themes). */
export type ChangeDirection = 'rise' | 'fall' | 'flat';

/** A change split for a compact display: ▲ 同比 +6.5% / ▲ +6.5% year on year. */
export interface ChangeParts {
  /** The signed number with its unit and any qualifiers: +6.5%, −2.1%, +0.5 percentage points. */
  readonly signed: string;
  /** 同比 / year on year; empty for a change over an unnamed period. */
  readonly basis: string;
  /** Whether the basis is written before the number (Chinese) or after it (English). */
  readonly basisFirst: boolean;
  readonly direction: ChangeDirection;
}

export function changeParts(change: ChangeLike, locale: ReportLocale): ChangeParts {
  const signed = qualify(formatSignedChange(change, locale), change.qualifiers, locale);
  const basis = basisWord(change.basis, locale);
  return {
    signed,
    basis,
    basisFirst: messages(locale).format.basisPlace === 'before',
    direction: direction(change.value),
  };
}

const ZH_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 12 → 十二, 22 → 二十二, 105 → 一百零五 (for ordinals up to 999). */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999) return String(n);
  if (n < 10) return ZH_DIGITS[n] ?? String(n);
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const ones = n % 10;
  let out = hundreds ? `${ZH_DIGITS[hundreds] ?? ''}百` : '';
  if (tens) out += `${hundreds || tens > 1 ? (ZH_DIGITS[tens] ?? '') : ''}十`;
  else if (hundreds && ones) out += '零';
  if (ones) out += ZH_DIGITS[ones] ?? '';
  return out;
}

/** 1 → 1st, 2 → 2nd, 11 → 11th, 22 → 22nd. */
export function englishOrdinal(n: number): string {
  const rule = new Intl.PluralRules('en', { type: 'ordinal' }).select(n);
  const suffixes: Partial<Record<Intl.LDMLPluralRule, string>> = {
    one: 'st',
    two: 'nd',
    few: 'rd',
  };
  const suffix = suffixes[rule] ?? 'th';
  return `${n}${suffix}`;
}

/** A ranking (the dataset's `Rank`). */
export interface RankLike {
  readonly position?: number | undefined;
  readonly scope: BilingualText;
  readonly measure?: 'growth' | 'increment' | 'level' | undefined;
  readonly text?: BilingualText | undefined;
}

/** How each language writes a position in a ranking: 第二 / 2nd. */
const ORDINALS: Record<ReportLocale, (n: number) => string> = {
  'zh-CN': chineseNumeral,
  en: englishOrdinal,
};

/** 增幅全市第二 / 2nd in the city for growth. The report's own phrase wins when there is one. */
export function formatRank(rank: RankLike, locale: ReportLocale): string {
  // The report's phrase in this language only (an English ranking is built rather than Chinese).
  const own = locale === 'en' ? rank.text?.en : rank.text?.zh;
  if (own) return own;
  const words = messages(locale).format.rank;
  const scope = pickText(rank.scope, locale);
  const measure =
    rank.measure === 'growth' ? words.growth : rank.measure === 'increment' ? words.increment : '';
  return rank.position
    ? words.at(measure, scope, ORDINALS[locale](rank.position))
    : words.leading(measure, scope);
}

/** 2019 → 2019年 / 2019. Never grouped. */
export function formatYear(year: number, locale: ReportLocale): string {
  assertFinite(year, 'a year');
  return messages(locale).format.year(String(Math.trunc(year)));
}

/** A date at its precision (the dataset's `When`). */
export interface WhenLike {
  readonly date: string;
  readonly precision: 'year' | 'month' | 'day';
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A date at the precision the report gives: 2019年 / 2020年1月 / 2020年1月4日;
 * 2019 / January 2020 / 4 January 2020. A year-only date is never shown as 1 January.
 */
export function formatWhen(when: WhenLike, locale: ReportLocale): string {
  const [y, m, d] = when.date.split('-').map(Number);
  if (y === undefined || !Number.isFinite(y)) {
    throw new ReportFormatError(`a date must start with a year, got ${JSON.stringify(when.date)}`);
  }
  if (when.precision === 'year' || m === undefined) return formatYear(y, locale);
  const key = `${locale}|${when.precision}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(messages(locale).format.dateLocale, {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'long',
      ...(when.precision === 'day' ? { day: 'numeric' } : {}),
    });
    dateFormats.set(key, format);
  }
  return format.format(new Date(Date.UTC(y, m - 1, when.precision === 'day' ? (d ?? 1) : 1)));
}

// ---------------------------------------------------------------------------------------------
// Whole figures, as one sentence

/** What a figure sentence is made of; `rank` is the phrase already chosen (see `formatRank`). */
export interface FigureSentence {
  readonly label?: string | undefined;
  readonly value: number;
  readonly unit: Unit;
  readonly qualifiers?: readonly Qualifier[] | undefined;
  readonly change?: ChangeLike | undefined;
  readonly rank?: string | undefined;
  /**
   * The value with its unit as `formatQuantity` writes it, when the caller has it already (a
   * counter formats its final number anyway): saves formatting it twice.
   */
  readonly quantity?: string | undefined;
}

/**
 * A figure as one sentence, for a screen reader or a caption:
 * 地区生产总值：预计440亿元，同比增长6.5%，增幅全市第二 /
 * GDP: est. 44 billion yuan, +6.5% year on year, 2nd in the city for growth.
 * @throws ReportFormatError for a value or change that is not a finite number
 */
export function describeFigure(figure: FigureSentence, locale: ReportLocale): string {
  const parts = [
    qualify(
      figure.quantity ?? formatQuantity(figure.value, figure.unit, locale),
      figure.qualifiers,
      locale,
    ),
  ];
  if (figure.change) parts.push(formatChange(figure.change, locale));
  if (figure.rank) parts.push(figure.rank);
  const words = messages(locale).common;
  const body = parts.join(words.comma);
  return figure.label ? words.labelled(figure.label, body) : body;
}
