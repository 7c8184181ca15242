/**
 * Readers for rankings, on normalised text: a position among others (增幅全市第二, 稳居市区第一,
 * 位列第79位, 在中部六省百强县中的排名由41位上升到37位), a leading place without a number
 * (全市领先, 前列, 前三甲), lists of rankings after one verb (位居全国百强县投资潜力第3、绿色发展第5),
 * and moves up or down a ranking (前进两个位次, 上升3位).
 */
import { matchesIn } from './matches.js';
import { CHINESE_NUMERAL_CHARS, parseArabic, parseChineseNumeral } from './numerals.js';
import type { Found } from './phrases.js';

export interface RankPhrase extends Found {
  readonly position?: number | undefined;
  /** Among whom, as written (全市, 中部六省经济百强县); empty when the phrase names no scope. */
  readonly scope: string;
  readonly measure?: 'growth' | 'increment' | 'level' | undefined;
  readonly steady: boolean;
  readonly only: boolean;
  /** 领先, 靠前, 前列, 率先, 前三甲: leading without a position. */
  readonly leading: boolean;
  /** The unit the position is written with (第47位, 37位, 第3名), when it is written. */
  readonly unit?: '位' | '名' | undefined;
  /** The position it moved from (排名由41位上升到37位). */
  readonly from?: number | undefined;
  /** The ranking it names, in a list of rankings (位居全国百强县投资潜力第3、绿色发展第5). */
  readonly name?: { readonly start: number; readonly end: number } | undefined;
}

/** A move along a ranking: 前进两个位次 → { value: 2, direction: 'rise' }. */
export interface RankMove extends Found {
  readonly value: number;
  readonly direction: 'rise' | 'fall';
}

const ARABIC = String.raw`\d+`;
const CHINESE = `[${CHINESE_NUMERAL_CHARS.replace('万', '').replace('亿', '')}]+`;
const N = `${ARABIC}|${CHINESE}`;
const SCOPE = `(?:全国|全省|省内|全市|市区|市内|全区|全县|全州|全盟|全旗)(?:同类(?:城市|地区|县市区)?|县域|县市区|地级市)?|苏中|苏南|苏北|长三角|珠三角|同类地区|[${CHINESE_NUMERAL_CHARS}\\d]{1,2}区|[${CHINESE_NUMERAL_CHARS}\\d]{1,2}县`;
const VERB = '稳居|位居|位列|名列|居于|跃居|跃升至|升至|居|列|排名|排在|保持';
const MEASURE = '(?<measure>(?:(?:增幅|增速|增量|总量)[、和及]?)+)?';

/** 增幅全市第二 · 稳居市区第一 · 全市领先 · 全市唯一 · 总量稳居苏中首位 */
const SCOPED = new RegExp(
  `${MEASURE}(?<verb>${VERB})?(?<scope>${SCOPE})(?:第(?<pos>${N})(?<unit>位|名)?|(?<lead>领先|靠前|前列|前茅|首位|率先|前三甲|前[${CHINESE_NUMERAL_CHARS}\\d]{1,2}(?:位|名|强))|(?<only>唯一))`,
  'g',
);
/** 位列第79位 · 排名第3 (a verb, then 第…, no scope) */
const UNSCOPED = new RegExp(`${MEASURE}(?<verb>${VERB})第(?<pos>${N})(?<unit>位|名)?`, 'g');
/** 在中部六省百强县中的排名由41位上升到37位 · 排名升至第47位 */
const MOVED_TO = new RegExp(
  `(?:在(?<scope>[^,;:。()]{2,24}?)中的?)?(?:排名|排位|位次)(?:由第?(?<from>${N})(?:位|名)?)?(?:上升|提升|前移|跃升|攀升|前进|下降|后移|回落|升|降)?(?:到|至)第?(?<pos>${N})(?<unit>位|名)`,
  'g',
);
/** 前进两个位次 · 上升3位 · 下降1个位次 */
const MOVE = new RegExp(
  `(?<verb>前进|上升|提升|前移|跃升|攀升|进位|下降|后退|后移|下滑|回落)(?<n>${N})个?(?:位次|位|名)(?![次数])`,
  'g',
);

/** One ranking of a list, from its start: 百强县投资潜力第3 · 绿色发展第5位 (up to the next mark). */
const LISTED_ITEM = new RegExp(
  `[^，,；;。：:、（）()“”第\\d]{2,16}?第(?<pos>${N})(?<unit>位|名)?(?=[、，,；;。]|$)`,
  'y',
);
const LIST_VERB = new RegExp(`(?:${VERB})(?=${SCOPE}|[^第])`, 'g');

/**
 * A list of rankings after one verb: 位居全国百强县投资潜力第3、新型城镇化质量第4、绿色发展第5 —
 * two or more, each named by its own words (the scope of the first written before its name).
 */
function readRankList(text: string, from: number, to: number): RankPhrase[] {
  const slice = text.slice(from, to);
  const out: RankPhrase[] = [];
  for (const v of slice.matchAll(LIST_VERB)) {
    const items: RankPhrase[] = [];
    let at = v.index + v[0].length;
    for (;;) {
      LISTED_ITEM.lastIndex = at;
      const m = LISTED_ITEM.exec(slice);
      const g = m?.groups;
      if (!m || !g) break;
      const start = from + at;
      const end = start + m[0].length;
      items.push({
        start,
        end,
        position: numberOf(g.pos),
        scope: '',
        steady: false,
        only: false,
        leading: false,
        unit: g.unit === '位' || g.unit === '名' ? g.unit : undefined,
        name: { start, end: end - m[0].length + m[0].lastIndexOf('第') },
      });
      at += m[0].length;
      if (slice[at] !== '、') break;
      at += 1;
    }
    if (items.length >= 2) out.push(...items);
  }
  return out;
}

function numberOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  return parseArabic(text) ?? parseChineseNumeral(text);
}

function measureOf(measures: string): RankPhrase['measure'] {
  const growth = /增幅|增速/.test(measures);
  const increment = /增量/.test(measures);
  if (growth && increment) return undefined;
  if (growth) return 'growth';
  if (increment) return 'increment';
  return /总量/.test(measures) ? 'level' : undefined;
}

function phraseOf(at: number, m: RegExpExecArray): RankPhrase {
  const g = m.groups ?? {};
  const position = g.pos === undefined ? (g.lead === '首位' ? 1 : undefined) : numberOf(g.pos);
  return {
    start: at,
    end: at + m[0].length,
    position,
    scope: g.scope ?? '',
    measure: measureOf(g.measure ?? ''),
    steady: g.verb === '稳居' || g.verb === '保持',
    only: g.only !== undefined,
    leading: g.lead !== undefined && g.lead !== '首位',
    unit: g.unit === '位' || g.unit === '名' ? g.unit : undefined,
    from: numberOf(g.from),
  };
}

/** The rankings in `text[from, to)`, in order; where two readings overlap, the one starting first. */
export function readRanks(text: string, from = 0, to = text.length): RankPhrase[] {
  const found: RankPhrase[] = readRankList(text, from, to);
  for (const re of [SCOPED, MOVED_TO, UNSCOPED]) {
    for (const { at, m } of matchesIn(re, text, from, to)) {
      const p = phraseOf(at, m);
      if (p.position === undefined && !p.leading && !p.only) continue;
      if (found.some((q) => q.start < p.end && p.start < q.end)) continue;
      found.push(p);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

export function readRank(text: string, from = 0, to = text.length): RankPhrase | undefined {
  return readRanks(text, from, to)[0];
}

/** Moves along a ranking (前进两个位次) in `text[from, to)`. */
export function readRankMoves(text: string, from = 0, to = text.length): RankMove[] {
  const out: RankMove[] = [];
  for (const { at, m } of matchesIn(MOVE, text, from, to)) {
    const value = numberOf(m.groups?.n);
    if (value === undefined) continue;
    const fall = /下降|后退|后移|下滑|回落/.test(m.groups?.verb ?? '');
    out.push({ start: at, end: at + m[0].length, value, direction: fall ? 'fall' : 'rise' });
  }
  return out;
}
