/**
 * Labels: the subject a reader prints beside a number, read from the words around it — before it
 * in its clause, with verbs and connectives trimmed (预计完成地区生产总值440亿元 → 地区生产总值),
 * else the noun after it (30项民生实事全部完成 → 民生实事). English comes from the glossary only.
 */
import type { Range } from '../data/schema.js';
import { words, uniqueId, type Clause, type Ctx } from './context.js';
import { findIndicator, INDICATORS } from './glossary.js';

const TRAILING_VERBS =
  /(?:分别|预计|同比|累计|共|全年)?(?:完成|实现|达到|达|为|突破|超过|提高到|提升到|提高至|增长到|增至|升至|降至|下降到|迈入|稳定在|保持在|控制在|是)?$/;
const INNER_VERBS = /(?:获得|获|新增|引进|入选|招引|建成|拥有|开展|完成|实现)/g;
/** Words that open a clause before its subject: 其中, 全年, 并 … */
export const LEADING = /^(?:其中|全年|今年|去年|预计|共|累计|同比|并|和|及|与|且|其)+/;
const AFTER_STOP =
  /(?:全部|全面|顺利|完成|建成|开业|获|达|实现|通过|竣工|开工|落户|签约|增长|同比|贯穿|取得|得到|开展|推进|落实|实施|,|。)/;

/** Drops punctuation a label should not end or start with. */
export function cleanLabel(label: string): string {
  return label.replace(/^[\s,;:、。]+|[\s,;:、。!?]+$/g, '');
}

/** A label from the words before a number in its clause, or after it when nothing stands before. */
export function labelAround(
  ctx: Ctx,
  clause: Clause,
  q: Range,
  from = clause.start,
): Range | undefined {
  const t = ctx.text;
  let s = Math.max(clause.start, from);
  let e = q.start;
  for (let before = ''; before !== t.slice(s, e);) {
    before = t.slice(s, e);
    const trailing = TRAILING_VERBS.exec(before)?.[0] ?? '';
    e -= trailing.length;
    e -= /[“"、]*$/.exec(t.slice(s, e))?.[0].length ?? 0;
  }
  const before = t.slice(s, e);
  let inner: RegExpExecArray | null;
  let lastVerbEnd = -1;
  INNER_VERBS.lastIndex = 0;
  while ((inner = INNER_VERBS.exec(before))) lastVerbEnd = inner.index + inner[0].length;
  if (lastVerbEnd > 0 && before.length - lastVerbEnd >= 2) s += lastVerbEnd;
  const lead = LEADING.exec(t.slice(s, e));
  if (lead) s += lead[0].length;
  if (e - s >= 2) return { start: Math.max(s, e - 30), end: e };
  // Nothing before: the noun after the number (30项民生实事全部完成 → 民生实事).
  const after = t.slice(q.end, clause.end);
  const stop = AFTER_STOP.exec(after);
  const len = stop ? stop.index : after.length;
  if (len >= 2) return { start: q.end, end: q.end + Math.min(len, 30) };
  return undefined;
}

/** The label of a range in the report's own words, with the glossary's English where it names an indicator. */
export function labelText(
  ctx: Ctx,
  r: Range | undefined,
  fallback: string,
): { zh: string; en?: string } {
  const zh = (cleanLabel(r ? words(ctx, r.start, r.end) : fallback) || fallback).slice(0, 60);
  const indicator = findIndicator(r ? ctx.text.slice(r.start, r.end) : fallback);
  return indicator &&
    r &&
    ctx.text
      .slice(r.start, r.end)
      .endsWith(indicator.zh.find((n) => ctx.text.slice(r.start, r.end).includes(n)) ?? '\u0000')
    ? { zh, en: indicator.en }
    : { zh };
}

/** An id from the glossary's indicator and the year (gdp-2019), else the fallback. */
export function figureId(
  ctx: Ctx,
  label: string,
  year: number | undefined,
  fallback: string,
): string {
  const stem = findIndicator(label)?.id;
  return uniqueId(ctx, stem ? `${stem}${year ? `-${year}` : ''}` : fallback);
}

const PAIRS: Readonly<Record<string, readonly string[]>> = {
  城乡: ['城镇', '农村'],
  进出口: ['进口', '出口'],
};

/** "工业、服务业应税销售收入" → ["工业应税销售收入", "服务业应税销售收入"] when n = 2. */
export function splitSubjects(subject: string, n: number): string[] | undefined {
  for (const [pair, parts] of Object.entries(PAIRS)) {
    const at = subject.indexOf(pair);
    if (at >= 0 && parts.length === n) {
      return parts.map((p) => subject.slice(0, at) + p + subject.slice(at + pair.length));
    }
  }
  const items = subject.split(/[、和及与]/);
  if (items.length !== n) return undefined;
  const last = items[n - 1] ?? '';
  // The shared tail: the longest indicator name that ends the last item and leaves it a head;
  // otherwise what follows a head as long as the longest other item.
  let tail = '';
  for (const indicator of INDICATORS) {
    for (const name of indicator.zh) {
      if (last.endsWith(name) && name.length < last.length && name.length > tail.length)
        tail = name;
    }
  }
  if (!tail) {
    const headLength = Math.max(...items.slice(0, -1).map((i) => i.length));
    tail = last.slice(headLength).replace(/^[业类级型]/, '');
  }
  if (!tail) return items;
  return [...items.slice(0, -1).map((i) => i + tail), last];
}
