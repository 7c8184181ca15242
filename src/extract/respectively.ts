/**
 * "Respectively" (分别) in result sentences, every kind of it:
 *
 * - a list of subjects and a list of values: 工业、服务业应税销售收入分别突破500亿元、900亿元; the values
 *   may be changes (进口、出口通关时间分别压减67%和92%: each a figure of its own that falls), and the
 *   clause after may list their changes (分别为34621元、19426元，分别增长8.1%和8.8%);
 * - one subject naming several (城乡, 三次产业): 城乡居民人均可支配收入分别增长4.8%、7.2%;
 * - a list of changes with no subject in its clause, for the values of the clauses before it:
 *   财政总收入50.8亿元，其中一般预算收入18.8亿元，分别增长26.7%和18.9%.
 */
import type { Figure, Range } from '../data/schema.js';
import type { Qualifier } from '../format/qualifiers.js';
import { span, words, type Clause } from './context.js';
import { findIndicator } from './glossary.js';
import { figureId, readSubject, splitSubjects } from './labels.js';
import { listAfter, type ListedValue, type ValueList } from './lists.js';
import { base, labelReview, push, subjectBefore, type Scan } from './scan.js';

/** A list of changes whose subjects are the values before it (the third kind above). */
export interface PendingList {
  readonly clause: Clause;
  readonly list: ValueList;
}

/** The changes listed in the clause after a list of values (分别增长8%和9%), one per value. */
function listedChanges(sc: Scan, clause: Clause, count: number) {
  const t = sc.ctx.text;
  const next = sc.clauses.find((c) => c.start > clause.end);
  const list = next
    ? listAfter(
        t,
        next.start + (/^(?:分别)?/.exec(t.slice(next.start, next.end))?.[0].length ?? 0),
        next.end,
      )
    : undefined;
  const values =
    list?.direction &&
    list.values.length === count &&
    list.values.every((v) => v.unit === '%' || v.unit === '个百分点')
      ? list.values
      : undefined;
  return { next, list, values };
}

/** Claims the readers' quantities and changes inside `[from, to)`: the list reads them. */
function claim(sc: Scan, from: number, to: number): void {
  for (const q of sc.quantities) if (q.start >= from && q.end <= to) sc.handled.add(q);
  for (const c of sc.changes) if (c.start >= from && c.end <= to) sc.claimedChanges.add(c);
}

function changeOf(sc: Scan, cv: ListedValue, from: number, fall: boolean): Figure['change'] {
  return {
    value: fall ? -cv.value : cv.value,
    unit: cv.unit,
    basis: /同比|比上年|较上年/.test(sc.ctx.text.slice(from, cv.start)) ? 'year-on-year' : 'period',
    span: span(sc.ctx, cv),
  };
}

interface Item {
  readonly name: string;
  readonly v: ListedValue;
  readonly list: ValueList;
  /** The change listed for it in the clause after, with where it stands. */
  readonly change?: { readonly field: Figure['change']; readonly words: Range } | undefined;
  readonly doubt?: string | undefined;
}

function listFigure(sc: Scan, item: Item): void {
  const { ctx, year } = sc;
  const { name, v, list } = item;
  const indicator = findIndicator(name);
  const qualifiers: Qualifier[] =
    !list.direction && /突破|超过/.test(list.before ?? '') ? ['over'] : [];
  if (list.after === '以上') qualifiers.push('at-least');
  else if (list.after === '左右') qualifiers.push('about');
  push(
    sc,
    {
      id: figureId(ctx, name, year, `figure-${sc.figures.length + 1}`),
      kind: 'quantity',
      ...base(sc, indicator ? { zh: name, en: indicator.en } : { zh: name }),
      value: v.value,
      unit: v.unit,
      ...(qualifiers.length ? { qualifiers } : {}),
      ...(year ? { year } : {}),
      ...(item.change ? { change: item.change.field } : {}),
      ...(list.direction ? { direction: list.direction } : {}),
      ...labelReview(item.doubt),
      source: sc.source,
      span: span(ctx, v),
    },
    [v, ...(item.change ? [item.change.words] : [])],
  );
}

/** 第2季及第3季, 一季度、二季度, 上半年和下半年: a list of periods, each a figure of the subject before. */
const PERIOD = '(?:第?[一二三四1-4]季度?|[上下]半年|前[一二三]季度|\\d{1,2}月份?)';
const PERIODS = new RegExp(
  `^(?:而|其中)?(?<periods>${PERIOD}(?:[、和及与]${PERIOD})+)(?:的)?(?<rest>[^\\d]*)$`,
);

/** The subject words of a 分别 clause: before 分别, or before 由/从 when the values moved. */
function subjectEnd(sc: Scan, clause: Clause, resp: number): number {
  const moved = sc.transitions.find((tr) => tr.at >= clause.start && tr.at < resp);
  return moved ? moved.at : resp;
}

/** A rate of growth named after its subject (地区生产总值增速, 实质增幅). */
const RATE_NOUN = /(?:的)?(?:实质|实际|名义)?(?:增幅|增速|增长率|增长速度|涨幅)$/;

/**
 * A list of periods (一季度、二季度地区生产总值增速分别为…): each value a figure of the subject after
 * the periods, else of the subject before; the period is said in the review note, since a label
 * holds no digits.
 */
function periodFigures(
  sc: Scan,
  list: ValueList,
  periods: string[],
  rest: { readonly text: string; readonly start: number },
  at: number,
): void {
  const rate = RATE_NOUN.exec(rest.text);
  const own = rest.text.slice(0, rate ? rate.index : rest.text.length).replace(/^的/, '');
  const ownStart = rest.start + rest.text.indexOf(own);
  const subject =
    own.length >= 2 ? words(sc.ctx, ownStart, ownStart + own.length) : subjectBefore(sc, at)?.zh;
  if (!subject || periods.length !== list.values.length) return;
  const direction = rate ? ('rise' as const) : list.direction;
  list.values.forEach((v, k) => {
    listFigure(sc, {
      name: subject,
      v,
      list: { ...list, direction },
      doubt: `所指时期为“${periods[k] ?? ''}”，标签未写明`,
    });
  });
}

/**
 * The subject of a 分别 clause: its own words, or — when the clause opens with 分别 — the whole
 * clause before it, if that one holds no number (产值及其占工业总产值比重，分别由…上升为…).
 */
function ownOrPreviousSubject(sc: Scan, clause: Clause, end: number) {
  const own = readSubject(sc.ctx, clause, end);
  const prev = sc.clauses[sc.clauses.indexOf(clause) - 1];
  const opens = !sc.ctx.text.slice(clause.start, end).trim();
  if (own.kind !== 'none' || !opens || !prev) return own;
  const numbered = [...sc.quantities, ...sc.changes].some(
    (x) => x.start >= prev.start && x.start < prev.end,
  );
  return numbered ? own : readSubject(sc.ctx, prev, prev.end);
}

/** One 分别 clause: its figures, or a pending list when the clause names no subject. */
function respectivelyClause(sc: Scan, clause: Clause, resp: number): PendingList | undefined {
  const t = sc.ctx.text;
  // 分别由220亿元和59.8%上升为348亿元和65.5%: the list is where the values arrived.
  const moved = sc.transitions.find((tr) => tr.at === resp + 2);
  const list = listAfter(t, moved ? moved.to : resp + 2, clause.end);
  if (!list) return undefined;
  claim(sc, resp, list.end);
  if (moved) sc.ctx.used.push({ start: moved.at, end: moved.to });
  const end = subjectEnd(sc, clause, resp);
  const periods = PERIODS.exec(t.slice(clause.start, end));
  if (periods?.groups) {
    const names = (periods.groups.periods ?? '').split(/[、和及与]/);
    const rest = periods.groups.rest ?? '';
    periodFigures(sc, list, names, { text: rest, start: end - rest.length }, clause.start);
    return undefined;
  }
  const reading = ownOrPreviousSubject(sc, clause, end);
  if (reading.kind === 'none') return list.direction ? { clause, list } : undefined;
  const subject = reading.subject.key;
  const names = splitSubjects(subject, list.values.length);
  const doubt = names ? undefined : '“分别”所指的各项未能拆开';
  const changes = list.direction ? undefined : listedChanges(sc, clause, list.values.length);
  if (changes?.values && changes.list) claim(sc, changes.next?.start ?? 0, changes.list.end);
  const from = changes?.next?.start ?? 0;
  const fall = changes?.list?.direction === 'fall';
  list.values.forEach((v, k) => {
    const cv = changes?.values?.[k];
    listFigure(sc, {
      name: names?.[k] ?? reading.subject.zh,
      v,
      list,
      change: cv ? { field: changeOf(sc, cv, from, fall), words: cv } : undefined,
      doubt,
    });
  });
  return undefined;
}

/** Every 分别 clause of the sentence; returns the lists that wait for the values before them. */
export function respectivelyFigures(sc: Scan): PendingList[] {
  const t = sc.ctx.text;
  const pending: PendingList[] = [];
  for (const clause of sc.clauses) {
    const resp = t.indexOf('分别', clause.start);
    if (resp < 0 || resp >= clause.end) continue;
    const p = respectivelyClause(sc, clause, resp);
    if (p) pending.push(p);
  }
  return pending;
}

/**
 * A list of changes with no subject goes to the figures made from the clauses before it that have
 * no change yet, the last n of them in order; when they are not n, its numbers stay unused (and
 * the notes say so).
 */
export function distributeChanges(
  sc: Scan,
  pending: readonly PendingList[],
  made: readonly Figure[],
): void {
  for (const { clause, list } of pending) {
    const before = made.filter((f) => !f.change && !f.direction && f.span && f.value !== undefined);
    const owners = before
      .filter((f) => (f.span?.start ?? 0) < span(sc.ctx, clause).start)
      .slice(-list.values.length);
    const fall = list.direction === 'fall';
    if (owners.length === list.values.length) {
      owners.forEach((f, k) => {
        const cv = list.values[k];
        if (!cv) return;
        f.change = changeOf(sc, cv, clause.start, fall);
        sc.ctx.used.push(cv);
      });
    }
  }
}
