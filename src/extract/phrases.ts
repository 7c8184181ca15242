/**
 * Readers for the phrases reports build figures from, on normalised text (half-width digits and
 * punctuation, simplified characters). Each returns what it read and the exact range it read, so
 * the caller can map the range back to the original text.
 *
 *   readQuantity   预计440亿元 · 突破500亿元 · 6.5%以上 · 30多项 · 四项 · 百分之三十 · 一点四兆斤
 *   readChange     同比增长6.5% · 比上年下降2个百分点 · 增长10%以上 · 比上年末增加2028人 ·
 *                  净增50亿元 · 削减3013吨 · 实质增长率为26.2% · 录得66.8%的升幅
 *   readStreak     连续22个月 · 连续三年
 *   readDate       2019年 · 2020年1月4日 · 1月 · 4日
 *   readTargetPhrase   6.5%以上 · 6%左右 · 控制在3%以内 · 同口径增长5% · 保持增长 · 与经济增长同步 ·
 *                  7.5%-8% (a range)
 *
 * Rankings are read in `ranks.ts`.
 */
import type { Comparator } from '../data/schema.js';
import { qualifierFromWord, type Qualifier } from '../format/qualifiers.js';
import { UNIT_NAMES, type Unit } from '../format/units.js';
import { matchesIn } from './matches.js';
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
  /** % or 个百分点 for a rate; the amount's own unit otherwise (减少862公顷). */
  readonly unit: Unit;
  /** The number with its unit alone (6.5%). */
  readonly number: Found;
  readonly basis: 'year-on-year' | 'month-on-month' | 'period';
  readonly qualifiers: readonly Qualifier[];
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

/** The comparators of the dataset schema: a target phrase reads as one of them. */
export type TargetComparator = Comparator;

export interface TargetPhrase extends Found {
  readonly comparator: TargetComparator | undefined;
  readonly value?: number | undefined;
  readonly unit?: Unit | undefined;
  readonly qualifiers: readonly Qualifier[];
  /** For in-step-with: what it keeps pace with, as written (经济增长). */
  readonly reference?: string | undefined;
  /** A growth rate (增长…), rather than a level or a share. */
  readonly growth: boolean;
  /** For a range (7.5%-8%, 百分之四点五至百分之五): its upper end; `value` is the lower. */
  readonly upTo?: number | undefined;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ARABIC = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const CHINESE_SECTION = `[${CHINESE_NUMERAL_CHARS.replace('万', '').replace('亿', '')}]+`;
// 万 and 亿 are units of their own (3000万元) unless a numeral follows them: 一万一千七百八十四亿元.
const CHINESE = `(?:${CHINESE_SECTION}[万亿](?=${CHINESE_SECTION}))*${CHINESE_SECTION}`;
const UNITS = UNIT_NAMES.map(escape).join('|');
const BEFORE = '预计完成|预计|突破|超过|超|接近|近|约|不低于|不超过|控制在';
const AFTER = '以上|以内|以下|左右';

const QUANTITY = new RegExp(
  `(?<before>${BEFORE})?(?:(?<arabic>${ARABIC})|百分之(?<percent>[${CHINESE_NUMERAL_CHARS}点]+)|(?<chinese>${CHINESE}(?:点[〇零一二两三四五六七八九]+)?))(?<more>多|余)? ?(?<unit>${UNITS})?(?<after>${AFTER})?`,
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
  for (const { at, m } of matchesIn(QUANTITY, text, from, to)) {
    const g = m.groups ?? {};
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
    const isYear =
      unit === '年' &&
      ((g.arabic !== undefined && /^(19|20|21)\d\d$/.test(g.arabic)) ||
        (g.chinese !== undefined && /^[〇○零一二三四五六七八九]{4}$/.test(g.chinese)));
    // A digit glued to a number or a Latin letter is part of a name (PM2.5, 5G), not a figure.
    const glued = /[0-9.A-Za-z]/.test(prev) || (script === 'chinese' && /[第]/.test(prev));
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

/**
 * 同比, 比上年末, 较2009年, 较上年度修订预算, 较原来预算: against the year before (or 环比: the month
 * before), its result or its budget, or against the budget or what was expected.
 */
const BASIS = String.raw`同比|环比|按年|[比较](?:上一?年度?|去年|(?:19|20|21)\d\d年度?)(?:同期|末|底)?(?:的?(?:修订)?预算数?|的?决算数?)?|[比较]上月|[比较](?:原来|原)?(?:预算|预期)`;
const RISE = '增长|增加|提高|提升|上升|上涨|净增加|净增';
const FALL = '下降|减少|降低|回落|下跌|下滑|压减|压降|削减|缩减|净减少|净减|降价';
/** 改善: a concentration falls by a percentage, a rate rises by points (PM2.5浓度改善16.5%). */
const IMPROVE = '改善';
/** Rates named by a noun before 为 or a number (增速为9%, 实质增长率为26.2%). */
const RATE_NOUN = '增长率为|增长率|增幅为|增幅|增速为|增速|涨幅为|涨幅|降幅为|降幅';
/** One-character verbs, read only before a rate (增7.5%, 降3%) and never as 新增. */
const SHORT = '增|涨|升|降|减';
const RATE_UNITS = new Set(['%', '个百分点']);
const IS_SHORT = new RegExp(`^(?:${SHORT})$`);
const IS_RATE_NOUN = new RegExp(`^(?:${RATE_NOUN})$`);
const IS_FALL = new RegExp(`^(?:${FALL}|降|减|降幅为|降幅)$`);
const CHINESE_DECIMAL = `${CHINESE}(?:点[〇零一二两三四五六七八九]+)?`;
const CHANGE = new RegExp(
  `(?<basis>${BASIS})?(?<adv>实质|实际|名义|年均|平均)?(?<verb>${RATE_NOUN}|${RISE}|${FALL}|${IMPROVE}|${SHORT})了?(?<bound>超过|超|逾|近|约)?(?:(?<num>${ARABIC})|百分之(?<pct>${CHINESE_DECIMAL})|(?<cn>${CHINESE_DECIMAL})(?=${UNITS})) ?(?<unit>${UNITS})?(?<after>${AFTER})?`,
  'g',
);
/** 与上年基本持平, 同比持平: no change. */
const FLAT = /(?:同比|与上年同期|与上年|与去年|比上年|较上年)(?:基本)?持平/g;

/** 录得66.8%的升幅: the number before the noun of its change. */
const CHANGE_NOUN_AFTER = new RegExp(
  `(?<num>${ARABIC}) ?(?<unit>%|个百分点)的(?<verb>升幅|增幅|涨幅|增长|降幅|跌幅|减幅|下降)`,
  'g',
);

function changeOf(at: number, m: RegExpExecArray, prev: string): ChangePhrase | undefined {
  const g = m.groups ?? {};
  const magnitude =
    g.num !== undefined ? parseArabic(g.num) : parseChineseNumeral(g.pct ?? g.cn ?? '');
  const unit = (g.pct !== undefined ? '%' : g.unit) as Unit | undefined;
  if (magnitude === undefined || unit === undefined) return undefined;
  // A count in Chinese numerals is a change only against its basis (较上年度增加三千四百八十一个):
  // 增加两个 alone is as often a count of things added.
  if (g.cn !== undefined && !g.basis) return undefined;
  const verb = g.verb ?? '';
  const rate = RATE_UNITS.has(unit);
  // 增7.5% is a change; 新增3家 and 降费2亿元 are not; a noun of rate (增速) takes a rate only.
  if (IS_SHORT.test(verb) && (!rate || prev === '新')) return undefined;
  if (IS_RATE_NOUN.test(verb) && !rate) return undefined;
  if (verb === IMPROVE && !rate) return undefined;
  const down = IS_FALL.test(verb) || (verb === IMPROVE && unit === '%');
  const numberStart = g.cn !== undefined ? m[0].lastIndexOf(g.cn) : m[0].search(/\d|百分之/);
  const numberEnd = m[0].length - (g.after ?? '').length;
  return {
    start: at,
    end: at + m[0].length,
    value: down ? -magnitude : magnitude,
    unit,
    number: { start: at + numberStart, end: at + numberEnd },
    basis: /环比|上月/.test(g.basis ?? '') ? 'month-on-month' : g.basis ? 'year-on-year' : 'period',
    qualifiers: qualifiersOf(g.bound, g.after),
  };
}

/** The changes (同比增长6.5%, 比上年减少862公顷, 录得66.8%的升幅) in `text[from, to)`. */
export function readChanges(text: string, from = 0, to = text.length): ChangePhrase[] {
  const out: ChangePhrase[] = [];
  for (const { at, m } of matchesIn(CHANGE, text, from, to)) {
    const c = changeOf(at, m, text[at - 1] ?? '');
    if (c) out.push(c);
    else CHANGE.lastIndex = m.index + 1;
  }
  for (const { at, m } of matchesIn(CHANGE_NOUN_AFTER, text, from, to)) {
    const g = m.groups ?? {};
    const magnitude = parseArabic(g.num ?? '');
    if (magnitude === undefined || out.some((c) => c.start < at + m[0].length && at < c.end))
      continue;
    const down = /降|跌|减/.test(g.verb ?? '');
    const numberEnd = at + m[0].indexOf('的');
    out.push({
      start: at,
      end: at + m[0].length,
      value: down ? -magnitude : magnitude,
      unit: g.unit === '%' ? '%' : '个百分点',
      number: { start: at, end: numberEnd },
      basis: 'period',
      qualifiers: [],
    });
  }
  for (const { at, m } of matchesIn(FLAT, text, from, to)) {
    out.push({
      start: at,
      end: at + m[0].length,
      value: 0,
      unit: '%',
      number: { start: at, end: at + m[0].length },
      basis: 'year-on-year',
      qualifiers: [],
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

export function readChange(text: string, from = 0, to = text.length): ChangePhrase | undefined {
  return readChanges(text, from, to)[0];
}

const STREAK = new RegExp(`连续(?:(?<arabic>\\d+)|(?<chinese>${CHINESE}))(?<unit>个月|年|天)`, 'g');

/** Streaks (连续22个月, 连续三年) in `text[from, to)`. */
export function readStreaks(text: string, from = 0, to = text.length): StreakPhrase[] {
  const out: StreakPhrase[] = [];
  for (const { at, m } of matchesIn(STREAK, text, from, to)) {
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
  for (const { at, m } of matchesIn(DATE, text, from, to)) {
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
const IN_STEP = /(?:与|和|同)(?<ref>[^,，。;；、]{1,12}?)(?:基本)?(?:保持)?同步/g;
/** Targets said in words alone, without a number: growth kept up, or in step with another. */
const WORDED = [
  [KEEP_GROWING, 'keep-growing'],
  [IN_STEP, 'in-step-with'],
] as const;
/** The upper end of a range after its lower end: -8%, 至百分之五. */
const RANGE_END = new RegExp(
  `^(?:-|—|–|~|～|至|到)(?:(?<arabic>${ARABIC})|百分之(?<percent>[${CHINESE_NUMERAL_CHARS}点]+)) ?(?<unit>${UNITS})?`,
);

/** The upper end of a range that starts with quantity `q`, when one follows it. */
function rangeEnd(text: string, q: QuantityPhrase, to: number) {
  const m = RANGE_END.exec(text.slice(q.end, to));
  const g = m?.groups;
  if (!m || !g) return undefined;
  const unit = g.percent !== undefined ? '%' : g.unit;
  const value =
    g.arabic !== undefined ? parseArabic(g.arabic) : parseChineseNumeral(g.percent ?? '');
  if (value === undefined || unit !== q.unit || value <= q.value) return undefined;
  return { value, end: q.end + m[0].length };
}

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
  // 提高到72% is a level reached, not a rate of growth.
  const growthBefore = (at: number) =>
    /(?:增长|增幅|增速|提高|提升)(?!到|至)/.test(text.slice(from, at));
  const candidates: TargetPhrase[] = [];

  const quantity = readQuantity(text, from, to);
  if (quantity) {
    const q = quantity.qualifiers;
    // 控制在5.5%左右: the word after the number says more than 控制在 before it.
    const comparator: TargetComparator | undefined = q.includes('at-least')
      ? 'at-least'
      : q.includes('about')
        ? 'about'
        : q.includes('at-most')
          ? 'at-most'
          : undefined;
    const range = rangeEnd(text, quantity, to);
    candidates.push({
      start: quantity.start,
      end: range?.end ?? quantity.end,
      comparator,
      value: quantity.value,
      ...(range ? { upTo: range.value } : {}),
      unit: quantity.unit,
      qualifiers: [
        ...(/同口径/.test(slice) ? (['like-for-like'] as const) : []),
        ...q.filter((x) => x !== 'at-least' && x !== 'at-most' && x !== 'about'),
      ],
      growth: growthBefore(quantity.start),
    });
  }
  for (const [re, comparator] of WORDED) {
    const first = matchesIn(re, text, from, to).next().value;
    if (!first) continue;
    const { at, m } = first;
    const reference = m.groups?.ref;
    candidates.push({
      start: at,
      end: at + m[0].length,
      comparator,
      ...(reference !== undefined ? { reference } : {}),
      qualifiers: [],
      growth: true,
    });
  }
  return candidates.sort((a, b) => a.start - b.start)[0];
}
