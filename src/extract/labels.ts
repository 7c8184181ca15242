/**
 * Labels: the subject a reader prints beside a number — a noun phrase read from the words before
 * the number in its clause, never the clause itself:
 *
 * - verbs and adverbs before the number go (预计完成地区生产总值440亿元 → 地区生产总值; 比例每年都保持在
 *   4%以上 → 比例), and so do openers: connectives (其中, 并), times (2010年第4季, 全年, 年末),
 *   the place as a whole (全县, 全区 — not 全社会), a causative (令, 使), a preposition (对);
 * - a remark in brackets goes (博彩毛收入(不计赏钱) → 博彩毛收入), and so does a list of
 *   building verbs before the noun (改建、新建农村桥梁 → 农村桥梁);
 * - a count written before its noun is labelled by the noun after it (新设152个跨境电商综试区);
 * - a label over twenty characters keeps what follows its last 的 (用作量度…的本地生产总值内含
 *   平减物价指数 → 本地生产总值内含平减物价指数).
 *
 * A subject the clause does not state (为1.54晚, 按汇率计算为2865美元, 惠及5700万人次) is borrowed
 * from the clause before by the caller; a share (占生产总值的比重为6.6%) is joined to it. What
 * cannot be read with confidence is said (`doubtful`), never invented.
 */
import type { Range } from '../data/schema.js';
import { uniqueId, words, type Clause, type Ctx } from './context.js';
import { findIndicator, INDICATORS } from './glossary.js';

const TRAILING_VERBS =
  /(?:分别|预计|同比|累计|共|全年)?(?:完成|实现|达到|达|为|突破|超过|超|(?:提高|提升|增长|增加|上升|下降|降低|减少|扩大|缩小|压缩|缩短|压减)(?:到|至)|增至|升至|降至|迈入|稳定在|保持在|控制在|是|录得|计|拟按|按|拟|走在|处于|进入|目标设定在|目标设定为|目标定在|目标定为|目标为|目标是)?$/;
const TRAILING_ADVERBS =
  /(?:每年都|每年|均|都|也|已经|已|继续|持续|基本|始终|一直|初值|累计|合计|共计|共)$/;
/** A streak or a basis between the subject and its number (连续18年保持在…, 比2020年分别下降…). */
const TRAILING_FRAME =
  /(?:连续(?:\d+|[一二两三四五六七八九十]+)(?:个月|年|天)(?:来)?|(?:比|较|与)(?:(?:19|20|21)\d\d年|上年|去年|[^,;:。\d]{1,10}?(?:末|同期|年初|年底))(?:同期|末|底)?(?:相比)?)$/;
const INNER_VERBS = /(?:获得(?!感)|获(?!得感)|新增|引进|入选|招引|建成(?!区)|拥有|开展|完成|实现)/g;
/** Words that open a clause before its subject: 其中, 全年, 并 … */
export const LEADING =
  /^(?:其中|全年|今年|去年|上年|预计|初步核算|共|累计|同比|并|而|和|及|与|且|其|令|使|让|将|把|成为|对(?!外)|在|年末|年底|年初|年内|一年来|截至目前|目前)+/;
const TIME =
  /^(?:(?:19|20|21)\d\d年度?)?(?:第[一二三四1-4]季度?|[首前][一二三1-3]季度|上半年|下半年|全年|[1-9]\d?月(?:份)?(?:至[1-9]\d?月(?:份)?)?)?/;
/** The place as a whole (全县, 全区, 全市, 我区): an opener, not part of the subject. */
const SCOPE_LEAD = /^(?:全[县区市省国州盟旗镇乡]|[我本][县区市省])(?![和、及与])/;
const VERB_LIST =
  /^(?:[新改扩续]建|改造|维修|新增|引进|培育|建设|提升)(?:、(?:[新改扩续]建|改造|维修|新增|引进|培育|建设|提升))+/;
/** Where the noun after a count ends: its verb, a particle, a number or a clause mark. */
const AFTER_STOP =
  /(?:全部|全面|顺利|完成|建成|开业|获|达|超|实现|通过|竣工|开工|落户|签约|增长|同比|贯穿|取得|得到|开展|推进|落实|实施|出席|参加|参与|享受|纳入|覆盖|追回|接入|用上|通上|入驻|了|\d|,|。|、|;)/;
/** A clause whose words before the number are only one of these names no subject. */
const LONE_VERB =
  /^(?:惠及|覆盖|带动|拉动|投入|完成|实现|达到|达|为|是|共|累计|合计|共计|突破|超过|获得|拥有|吸引|安排|发放|落实|争取|到位|录得|计)$/;
/** A conversion of the value before (按2018年平均汇率计算为…, 折合…, 约…) restates its subject. */
const CONVERSION = /^(?:按.*(?:计算|折算|换算)|折合|折算|折|约|合|相当于|即)$/;

/** Drops punctuation a label should not end or start with. */
export function cleanLabel(label: string): string {
  return label.replace(/^[\s,;:、。]+|[\s,;:、。!?]+$/g, '');
}

/** A subject read from the report: its words in the report's own script and in normalised form. */
export interface Subject {
  /** As the report writes it (its script and widths). */
  readonly zh: string;
  /** Normalised (simplified, half-width): for the glossary and ids. */
  readonly key: string;
  /** Where it stands (normalised offsets); a label cut from several places spans them all. */
  readonly start: number;
  readonly end: number;
  /** It could not be read with confidence (over twenty characters, digits left in it …). */
  readonly doubtful: boolean;
}

/** How a clause's words before a number read as a subject. */
export type Reading =
  | { readonly kind: 'subject'; readonly subject: Subject }
  /** 占生产总值的比重为6.6%: the share of the subject before. */
  | { readonly kind: 'share'; readonly subject: Subject }
  /**
   * Nothing but a verb (惠及, 带动: `verb`), a conversion or nothing at all: the subject is the one
   * before.
   */
  | { readonly kind: 'none'; readonly verb?: boolean };

function trimEnd(t: string, s: number, e: number): number {
  for (let before = ''; before !== t.slice(s, e);) {
    before = t.slice(s, e);
    e -= TRAILING_VERBS.exec(before)?.[0].length ?? 0;
    e -= TRAILING_ADVERBS.exec(t.slice(s, e))?.[0].length ?? 0;
    e -= TRAILING_FRAME.exec(t.slice(s, e))?.[0].length ?? 0;
    e -= /[“"、\s,;:的]*$/.exec(t.slice(s, e))?.[0].length ?? 0;
  }
  return e;
}

function trimStart(t: string, s: number, e: number): number {
  // A label is on one line: a title line before the subject (二、农业) is not part of it.
  s = Math.max(s, t.lastIndexOf('\n', e - 1) + 1);
  for (let before = -1; before !== s;) {
    before = s;
    const lead = /^[\s,;:、。“"”的]+/.exec(t.slice(s, e))?.[0] ?? '';
    // An opening quote whose closing one is in the label stays (“三公”经费).
    s += lead.length - (lead.endsWith('“') && t.slice(s + lead.length, e).includes('”') ? 1 : 0);
    s += LEADING.exec(t.slice(s, e))?.[0].length ?? 0;
    const time = TIME.exec(t.slice(s, e))?.[0].length ?? 0;
    if (e - s - time >= 2) s += time;
    const scope = SCOPE_LEAD.exec(t.slice(s, e))?.[0].length ?? 0;
    if (e - s - scope >= 2) s += scope;
    s += VERB_LIST.exec(t.slice(s, e))?.[0].length ?? 0;
  }
  return s;
}

/** The kept stretches of `[s, e)` without bracketed remarks. */
function withoutBrackets(t: string, s: number, e: number): Range[] {
  const kept: Range[] = [];
  let from = s;
  let depth = 0;
  for (let i = s; i < e; i++) {
    const c = t[i];
    if (c === '(' || c === '[' || c === '【') {
      if (depth === 0 && i > from) kept.push({ start: from, end: i });
      depth++;
    } else if ((c === ')' || c === ']' || c === '】') && depth > 0) {
      depth--;
      if (depth === 0) from = i + 1;
    }
  }
  if (depth === 0 && e > from) kept.push({ start: from, end: e });
  return kept;
}

function subjectOf(ctx: Ctx, s: number, e: number): Subject | undefined {
  const t = ctx.text;
  let parts = withoutBrackets(t, s, e);
  let key = parts.map((p) => t.slice(p.start, p.end)).join('');
  let doubtful = false;
  // Digits left (由2018年的5.7 → nothing; 2019年度优秀 → 优秀): keep what follows them. Digits
  // inside a Latin-letter name (5G, PM2.5) belong to it.
  const digit = key
    .replace(/[A-Za-z]+\d+(?:\.\d+)?|\d+(?:\.\d+)?[A-Za-z]+/g, (m) => 'x'.repeat(m.length))
    .search(/\d[^\d]*$/);
  if (digit >= 0) {
    const cut = cutParts(parts, digit + 1);
    const rest = cut.map((p) => t.slice(p.start, p.end)).join('');
    const lead = /^[年月日度号的.、%:]*/.exec(rest)?.[0].length ?? 0;
    parts = cutParts(cut, lead);
    key = parts.map((p) => t.slice(p.start, p.end)).join('');
    doubtful = true;
  }
  // 锂离子动力电池、新能源汽车等绿色产品产量: the examples before 等 go.
  const etc = key.lastIndexOf('等');
  if (Array.from(key).length > 20 && etc >= 0 && key.length - etc - 1 >= 2) {
    parts = cutParts(parts, etc + 1);
    key = parts.map((p) => t.slice(p.start, p.end)).join('');
  }
  if (Array.from(key).length > 20) {
    const de = key.lastIndexOf('的');
    if (de >= 0 && key.length - de - 1 >= 4) {
      parts = cutParts(parts, de + 1);
      key = parts.map((p) => t.slice(p.start, p.end)).join('');
    } else doubtful = true;
  }
  const first = parts[0];
  const last = parts.at(-1);
  if (!first || !last || key.length < 2) return undefined;
  const zh = parts.map((p) => words(ctx, p.start, p.end)).join('');
  return { zh, key, start: first.start, end: last.end, doubtful };
}

/** Drops the first `n` characters of a list of stretches. */
function cutParts(parts: readonly Range[], n: number): Range[] {
  const out: Range[] = [];
  let left = n;
  for (const p of parts) {
    const len = p.end - p.start;
    if (left >= len) {
      left -= len;
      continue;
    }
    out.push({ start: p.start + left, end: p.end });
    left = 0;
  }
  return out;
}

/** How the words of a clause between `from` and the number at `at` read as a subject. */
export function readSubject(ctx: Ctx, clause: Clause, at: number, from = clause.start): Reading {
  const t = ctx.text;
  let s = Math.max(clause.start, from);
  const e = trimEnd(t, s, at);
  s = trimStart(t, s, e);
  const raw = t.slice(s, e);
  if (LONE_VERB.test(raw)) return { kind: 'none', verb: true };
  if (!raw || CONVERSION.test(raw.replace(/\(.*$/, ''))) return { kind: 'none' };
  let inner: RegExpExecArray | null;
  let lastVerbEnd = -1;
  INNER_VERBS.lastIndex = 0;
  while ((inner = INNER_VERBS.exec(raw))) lastVerbEnd = inner.index + inner[0].length;
  // 城镇新增就业 is an indicator's name, not a verb before its object.
  const named = indicatorOf(raw)?.zh.find((n) => raw.endsWith(n));
  const inName = named !== undefined && raw.length - named.length < lastVerbEnd;
  if (lastVerbEnd > 0 && raw.length - lastVerbEnd >= 2 && !inName) s += lastVerbEnd;
  const subject = subjectOf(ctx, s, e);
  if (!subject) return { kind: 'none' };
  return /^占/.test(subject.key) ? { kind: 'share', subject } : { kind: 'subject', subject };
}

/** The noun a count is written before (新设152个跨境电商综试区 → 跨境电商综试区), if any. */
export function nounAfter(ctx: Ctx, clause: Clause, end: number): Subject | undefined {
  const after = ctx.text.slice(end, clause.end);
  if (!/^\p{Script=Han}{2}/u.test(after)) return undefined;
  const stop = AFTER_STOP.exec(after);
  const len = Math.min(stop ? stop.index : after.length, 20);
  return len >= 2 ? subjectOf(ctx, end, end + len) : undefined;
}

/** A share's subject joined to the subject it is a share of (第一产业增加值 + 占生产总值的比重). */
export function joinSubjects(owner: Subject, share: Subject): Subject {
  return {
    zh: owner.zh + share.zh,
    key: owner.key + share.key,
    start: owner.start,
    end: share.end,
    doubtful: owner.doubtful || share.doubtful || Array.from(owner.key + share.key).length > 20,
  };
}

/** The glossary's indicator a subject names: the one whose name ends it (not one it mentions). */
export function indicatorOf(key: string) {
  const indicator = findIndicator(key);
  const name = indicator?.zh.find((n) => key.includes(n));
  return name && key.endsWith(name) ? indicator : undefined;
}

/** A label in the report's words, with the glossary's English where it names an indicator. */
export function labelOf(subject: Subject): { zh: string; en?: string } {
  const indicator = indicatorOf(subject.key);
  return indicator ? { zh: subject.zh, en: indicator.en } : { zh: subject.zh };
}

/** An id from the glossary's indicator a label names and the year (gdp-2019), else the fallback. */
export function figureId(
  ctx: Ctx,
  label: string,
  year: number | undefined,
  fallback: string,
): string {
  const stem = indicatorOf(label)?.id;
  return uniqueId(ctx, stem ? `${stem}${year ? `-${year}` : ''}` : fallback);
}

/** Words that stand for several parts, each a subject of its own. */
const EXPANSIONS: readonly [RegExp, readonly string[]][] = [
  [/城乡/, ['城镇', '农村']],
  [/进出口/, ['进口', '出口']],
  [/(?:三次产业|一二三产业|一、二、三产业)/, ['第一产业', '第二产业', '第三产业']],
  [/(?:二三产业|二、三产业)/, ['第二产业', '第三产业']],
  [/中小学/, ['中学', '小学']],
];
/** One-character abbreviations in a list (城、乡居民 → 城镇居民, 农村居民). */
const ABBREVIATIONS: Readonly<Record<string, string>> = { 城: '城镇', 乡: '农村', 农: '农村' };
/** Nouns that end a subject: a list whose items end in one names whole subjects already. */
const HEADS =
  /(?:居民|人口|负面清单|面积|时间|收入|支出|增加值|产值|总额|总值|投资|比重|占比|率|产量|人数|企业|项目|规模|数量|总量|价格|指数)$/;
/** A place ends a modifier (全国, 自由贸易试验区): a list of places shares what follows them. */
const PLACE = /[国省市区县州镇乡村]/;

/**
 * The tail a list's items share, written once after the last item: an indicator's name; after
 * a list of places, what follows the last item's place; else what follows a head as long as the
 * longest other item.
 */
function sharedTail(items: readonly string[]): string {
  const others = items.slice(0, -1);
  const last = items.at(-1) ?? '';
  if (others.every((i) => HEADS.test(i) || findIndicator(i) !== undefined)) return '';
  let tail = '';
  for (const indicator of INDICATORS) {
    for (const name of indicator.zh) {
      if (last.endsWith(name) && name.length < last.length && name.length > tail.length)
        tail = name;
    }
  }
  if (tail) return tail;
  if (others.every((i) => PLACE.test(i.slice(-1)))) {
    const place = last.search(PLACE);
    if (place >= 0 && place < last.length - 1) return last.slice(place + 1);
  }
  // 数字经济及相关产业、体育及相关产业增加值: the first item's ending, found in the last, ends its head.
  const first = others[0] ?? '';
  for (let k = first.length - 1; k >= 2; k--) {
    const at = last.indexOf(first.slice(-k));
    if (at >= 0 && at + k < last.length) return last.slice(at + k);
  }
  const headLength = Math.max(...others.map((i) => i.length));
  return last.slice(headLength).replace(/^[业类级型]/, '');
}

/**
 * The subjects of an n-item list: 工业、服务业应税销售收入 → 工业应税销售收入, 服务业应税销售收入;
 * 城乡居民收入 → 城镇居民收入, 农村居民收入; 三次产业贡献率 → 第一产业贡献率, …; `undefined` when
 * the words do not name n subjects.
 */
export function splitSubjects(subject: string, n: number): string[] | undefined {
  for (const [pattern, parts] of EXPANSIONS) {
    const m = pattern.exec(subject);
    if (m && parts.length === n) {
      return parts.map((p) => subject.slice(0, m.index) + p + subject.slice(m.index + m[0].length));
    }
  }
  // 、 binds loosest: 文化及相关产业、旅游及相关产业增加值 lists two items, each with its own 及.
  const items = [subject.split(/[、和及与]/), subject.split('、')].find(
    (list) => list.length === n && list.every((i) => i),
  );
  if (!items) return undefined;
  // 产值及其占工业总产值比重: 其 stands for the item before it.
  const whole = items.map((item, k) =>
    item.startsWith('其') && k > 0 ? (items[k - 1] ?? '') + item.slice(1) : item,
  );
  const tail = sharedTail(whole);
  const heads = tail ? [...whole.slice(0, -1), (whole.at(-1) ?? '').slice(0, -tail.length)] : whole;
  return heads.map((h) => (ABBREVIATIONS[h] ?? h) + tail);
}
