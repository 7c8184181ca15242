/**
 * Readers for the phrases reports build figures from, on normalised text (half-width digits and
 * punctuation, simplified characters). Each returns what it read and the exact range it read, so
 * the caller can map the range back to the original text.
 *
 *   readQuantity   预计440亿元 · 突破500亿元 · 6.5%以上 · 30多项 · 四项 · 百分之三十
 *   readChange     同比增长6.5% · 比上年下降2个百分点 · 增长10%以上
 *   readRank       增幅全市第二 · 稳居市区第一 · 增量、增幅全市靠前 · 三区领先 · 名列全市第一
 *   readStreak     连续22个月 · 连续三年
 *   readDate       2019年 · 2020年1月4日 · 1月 · 4日
 *   readTargetPhrase   6.5%以上 · 6%左右 · 控制在3%以内 · 同口径增长5% · 保持增长 · 与经济增长同步
 */
import { qualifierFromWord, type Qualifier } from '../format/qualifiers.js';
import { UNIT_NAMES, type Unit } from '../format/units.js';
import { CHINESE_NUMERAL_CHARS, parseArabic, parseChineseNumeral } from './numerals.js';

export interface Found {
  readonly start: number;
  readonly end: number;
}

export interface QuantityPhrase extends Found {
  readonly value: number;
  readonly unit: Unit;
  readonly qualifiers: readonly Qualifier[];
  /** The number alone. */
  readonly number: Found;
  readonly script: 'arabic' | 'chinese';
}

export interface ChangePhrase extends Found {
  /** Signed: negative for 下降/减少. */
  readonly value: number;
  readonly unit: '%' | '个百分点';
  readonly basis: 'year-on-year' | 'month-on-month' | 'period';
  readonly qualifiers: readonly Qualifier[];
}

export interface RankPhrase extends Found {
  readonly position?: number | undefined;
  readonly scope: string;
  readonly measure?: 'growth' | 'increment' | 'level' | undefined;
  readonly steady: boolean;
  readonly only: boolean;
  /** 领先, 靠前, 前列, 率先: leading without a position. */
  readonly leading: boolean;
}

export interface StreakPhrase extends Found {
  readonly value: number;
  readonly unit: '个月' | '年' | '天';
}

export interface DatePhrase extends Found {
  readonly year?: number | undefined;
  readonly month?: number | undefined;
  readonly day?: number | undefined;
}

export type TargetComparator = 'at-least' | 'at-most' | 'about' | 'keep-growing' | 'in-step-with';

export interface TargetPhrase extends Found {
  readonly comparator: TargetComparator | undefined;
  readonly value?: number | undefined;
  readonly unit?: Unit | undefined;
  readonly qualifiers: readonly Qualifier[];
  /** For in-step-with: what it keeps pace with, as written (经济增长). */
  readonly reference?: string | undefined;
  /** A growth rate (增长…), rather than a level or a share. */
  readonly growth: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ARABIC = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const CHINESE = `[${CHINESE_NUMERAL_CHARS.replace('万', '').replace('亿', '')}]+`;
const UNITS = UNIT_NAMES.map(escape).join('|');
const BEFORE = '预计完成|预计|突破|超过|超|接近|近|约|不低于|不超过|控制在';
const AFTER = '以上|以内|以下|左右';

const QUANTITY = new RegExp(
  `(?<before>${BEFORE})?(?:(?<arabic>${ARABIC})|百分之(?<percent>[${CHINESE_NUMERAL_CHARS}点]+)|(?<chinese>${CHINESE}))(?<more>多|余)?(?<unit>${UNITS})?(?<after>${AFTER})?`,
  'g',
);

/** Whether offset `at` lies inside a “…” quotation (names and slogans live there). */
function insideQuotes(text: string, at: number): boolean {
  const open = text.lastIndexOf('“', at);
  if (open < 0) return false;
  const close = text.lastIndexOf('”', at);
  return close < open;
}

function qualifiersOf(...words: (string | undefined)[]): Qualifier[] {
  const out: Qualifier[] = [];
  for (const word of words) {
    if (!word) continue;
    const q =
      word === '多' || word === '余'
        ? 'over'
        : word === '控制在'
          ? 'at-most'
          : word === '预计完成'
            ? 'estimated'
            : qualifierFromWord(word);
    if (q && !out.includes(q)) out.push(q);
  }
  return out;
}

/**
 * The quantities in `text[from, to)`: a number with a unit from the unit vocabulary. A four-digit
 * number before 年 is a year, not a duration; Chinese numerals count only outside quotation marks
 * (“四个意识” is a name) and only with a unit.
 */
export function readQuantities(text: string, from = 0, to = text.length): QuantityPhrase[] {
  const out: QuantityPhrase[] = [];
  // Only the window is searched: callers scan sentence by sentence through long reports.
  const slice = text.slice(from, to);
  QUANTITY.lastIndex = 0;
  for (let m = QUANTITY.exec(slice); m; m = QUANTITY.exec(slice)) {
    const at = from + m.index;
    const g = m.groups ?? {};
    if (m[0].length === 0) {
      QUANTITY.lastIndex++;
      continue;
    }
    const unit = g.percent !== undefined ? '%' : (g.unit as Unit | undefined);
    if (!unit) {
      // No unit: step past the number only, so a qualifier word does not hide the next number.
      QUANTITY.lastIndex = m.index + Math.max(1, (g.before ?? '').length);
      continue;
    }
    const numberText = g.arabic ?? g.chinese ?? `百分之${g.percent ?? ''}`;
    const numberStart = at + (g.before ?? '').length;
    const numberEnd = numberStart + numberText.length;
    const script = g.arabic ? 'arabic' : 'chinese';
    const value = g.arabic
      ? parseArabic(g.arabic)
      : parseChineseNumeral(g.percent ?? g.chinese ?? '');
    const prev = text[at - 1] ?? '';
    const isYear = unit === '年' && g.arabic && /^(19|20|21)\d\d$/.test(g.arabic);
    const glued = /[0-9.]/.test(prev) || (script === 'chinese' && /[第]/.test(prev));
    // Chinese numerals in names of meetings (八届八次全会) and the article 一 (一个 "a") are no figures.
    const next = text.slice(at + m[0].length, at + m[0].length + 4);
    const meeting =
      script === 'chinese' && (prev === '届' || /^(?:全会|会议|代表大会|党代会)/.test(next));
    const article = script === 'chinese' && g.chinese === '一';
    if (
      value === undefined ||
      isYear ||
      glued ||
      meeting ||
      article ||
      (script === 'chinese' && g.percent === undefined && insideQuotes(text, numberStart)) ||
      (g.percent !== undefined && g.unit !== undefined && g.unit !== '%')
    ) {
      continue;
    }
    out.push({
      start: at,
      end: at + m[0].length,
      value,
      unit,
      qualifiers: qualifiersOf(g.before, g.more, g.after),
      number: { start: numberStart, end: numberEnd },
      script,
    });
  }
  return out;
}

/** The first quantity in `text[from, to)`. */
export function readQuantity(text: string, from = 0, to = text.length): QuantityPhrase | undefined {
  return readQuantities(text, from, to)[0];
}

const CHANGE = new RegExp(
  `(?<basis>同比|比上年|较上年|比去年|较去年|环比)?(?<verb>增长|增加|提高|提升|上升|下降|减少|降低|回落|增幅为|增幅|增速为|增速)了?(?<num>${ARABIC})(?<unit>个百分点|%)(?<after>以上|以内|以下|左右)?`,
  'g',
);

/** The changes (同比增长6.5%) in `text[from, to)`. */
export function readChanges(text: string, from = 0, to = text.length): ChangePhrase[] {
  const out: ChangePhrase[] = [];
  // Only the window is searched: callers scan sentence by sentence through long reports.
  const slice = text.slice(from, to);
  CHANGE.lastIndex = 0;
  for (let m = CHANGE.exec(slice); m; m = CHANGE.exec(slice)) {
    const at = from + m.index;
    const g = m.groups ?? {};
    const magnitude = parseArabic(g.num ?? '');
    if (magnitude === undefined) continue;
    const down = /下降|减少|降低|回落/.test(g.verb ?? '');
    out.push({
      start: at,
      end: at + m[0].length,
      value: down ? -magnitude : magnitude,
      unit: g.unit === '%' ? '%' : '个百分点',
      basis: g.basis === '环比' ? 'month-on-month' : g.basis ? 'year-on-year' : 'period',
      qualifiers: qualifiersOf(g.after),
    });
  }
  return out;
}

export function readChange(text: string, from = 0, to = text.length): ChangePhrase | undefined {
  return readChanges(text, from, to)[0];
}

const SCOPE = `全国|全省|省内|全市|市区|市内|全区|全县|苏中|苏南|苏北|长三角|同类地区|[${CHINESE_NUMERAL_CHARS}\\d]{1,2}区|[${CHINESE_NUMERAL_CHARS}\\d]{1,2}县`;
const RANK = new RegExp(
  `(?<measure>(?:(?:增幅|增速|增量|总量)[、和及]?)+)?(?<verb>稳居|位居|位列|名列|居于|居|列|排名|保持)?(?<scope>${SCOPE})(?:第(?<pos>${ARABIC}|${CHINESE})(?:位|名)?|(?<lead>领先|靠前|前列|首位|率先)|(?<only>唯一))`,
  'g',
);

/** The rankings (增幅全市第二, 稳居市区第一, 三区领先) in `text[from, to)`. */
export function readRanks(text: string, from = 0, to = text.length): RankPhrase[] {
  const out: RankPhrase[] = [];
  // Only the window is searched: callers scan sentence by sentence through long reports.
  const slice = text.slice(from, to);
  RANK.lastIndex = 0;
  for (let m = RANK.exec(slice); m; m = RANK.exec(slice)) {
    const at = from + m.index;
    const g = m.groups ?? {};
    const measures = g.measure ?? '';
    const growth = /增幅|增速/.test(measures);
    const increment = /增量/.test(measures);
    const position =
      g.pos === undefined
        ? g.lead === '首位'
          ? 1
          : undefined
        : (parseArabic(g.pos) ?? parseChineseNumeral(g.pos));
    out.push({
      start: at,
      end: at + m[0].length,
      position,
      scope: g.scope ?? '',
      measure:
        growth && increment
          ? undefined
          : growth
            ? 'growth'
            : increment
              ? 'increment'
              : /总量/.test(measures)
                ? 'level'
                : undefined,
      steady: g.verb === '稳居' || g.verb === '保持',
      only: g.only !== undefined,
      leading: g.lead !== undefined && g.lead !== '首位',
    });
  }
  return out;
}

export function readRank(text: string, from = 0, to = text.length): RankPhrase | undefined {
  return readRanks(text, from, to)[0];
}

const STREAK = new RegExp(`连续(?:(?<arabic>\\d+)|(?<chinese>${CHINESE}))(?<unit>个月|年|天)`, 'g');

/** Streaks (连续22个月, 连续三年) in `text[from, to)`. */
export function readStreaks(text: string, from = 0, to = text.length): StreakPhrase[] {
  const out: StreakPhrase[] = [];
  // Only the window is searched: callers scan sentence by sentence through long reports.
  const slice = text.slice(from, to);
  STREAK.lastIndex = 0;
  for (let m = STREAK.exec(slice); m; m = STREAK.exec(slice)) {
    const at = from + m.index;
    const g = m.groups ?? {};
    const value = g.arabic ? Number(g.arabic) : parseChineseNumeral(g.chinese ?? '');
    if (value === undefined) continue;
    out.push({
      start: at,
      end: at + m[0].length,
      value,
      unit: g.unit as StreakPhrase['unit'],
    });
  }
  return out;
}

export function readStreak(text: string, from = 0, to = text.length): StreakPhrase | undefined {
  return readStreaks(text, from, to)[0];
}

const DATE =
  /(?:(?<year>(?:19|20|21)\d\d)年?)?(?:(?<month>1[0-2]|0?[1-9])月)?(?:(?<day>3[01]|[12]\d|0?[1-9])[日号])?/g;

/** Dates (2019年, 2020年1月4日, 1月, 4日) in `text[from, to)`. A bare 4-digit year must be followed by 年 or stand before a non-digit. */
export function readDates(text: string, from = 0, to = text.length): DatePhrase[] {
  const out: DatePhrase[] = [];
  // Only the window is searched: callers scan sentence by sentence through long reports.
  const slice = text.slice(from, to);
  DATE.lastIndex = 0;
  for (let m = DATE.exec(slice); m; m = DATE.exec(slice)) {
    const at = from + m.index;
    if (m[0].length === 0) {
      DATE.lastIndex++;
      continue;
    }
    const g = m.groups ?? {};
    const before = text[at - 1] ?? '';
    const after = text[at + m[0].length] ?? '';
    if (/[\d.]/.test(before) || /[\d.%]/.test(after)) continue;
    out.push({
      start: at,
      end: at + m[0].length,
      year: g.year ? Number(g.year) : undefined,
      month: g.month ? Number(g.month) : undefined,
      day: g.day ? Number(g.day) : undefined,
    });
  }
  return out;
}

export function readDate(text: string, from = 0, to = text.length): DatePhrase | undefined {
  return readDates(text, from, to)[0];
}

const KEEP_GROWING = /保持(?:正)?增长|持续增长|稳定增长|正增长/g;
const IN_STEP = /与(?<ref>[^,，。;；、]{1,12}?)(?:基本)?同步/g;

/**
 * What a target clause promises, read from its words: 6.5%以上 (at least), 6%左右 (about),
 * 控制在3%以内 (at most), 保持增长 (keep growing), 与经济增长同步 (in step with). A number without a
 * comparator word gives `comparator: undefined`; the caller decides.
 */
export function readTargetPhrase(
  text: string,
  from = 0,
  to = text.length,
): TargetPhrase | undefined {
  const slice = text.slice(from, to);
  const growthBefore = (at: number) => /增长|增幅|增速|提高|提升/.test(text.slice(from, at));
  const candidates: TargetPhrase[] = [];

  const quantity = readQuantity(text, from, to);
  if (quantity) {
    const q = quantity.qualifiers;
    const comparator: TargetComparator | undefined = q.includes('at-least')
      ? 'at-least'
      : q.includes('at-most')
        ? 'at-most'
        : q.includes('about')
          ? 'about'
          : undefined;
    candidates.push({
      start: quantity.start,
      end: quantity.end,
      comparator,
      value: quantity.value,
      unit: quantity.unit,
      qualifiers: [
        ...(/同口径/.test(slice) ? (['like-for-like'] as const) : []),
        ...q.filter((x) => x !== 'at-least' && x !== 'at-most' && x !== 'about'),
      ],
      growth: growthBefore(quantity.start),
    });
  }
  KEEP_GROWING.lastIndex = 0;
  const keep = KEEP_GROWING.exec(slice);
  if (keep) {
    candidates.push({
      start: from + keep.index,
      end: from + keep.index + keep[0].length,
      comparator: 'keep-growing',
      qualifiers: [],
      growth: true,
    });
  }
  IN_STEP.lastIndex = 0;
  const step = IN_STEP.exec(slice);
  if (step) {
    candidates.push({
      start: from + step.index,
      end: from + step.index + step[0].length,
      comparator: 'in-step-with',
      reference: step.groups?.ref,
      qualifiers: [],
      growth: true,
    });
  }
  return candidates.sort((a, b) => a.start - b.start)[0];
}
