/**
 * One result sentence being read: every phrase the readers found in it, what each step of
 * `results.ts` has claimed so far, and the subjects of the figures made from it — so a clause
 * that names no subject (为1.54晚, 占生产总值的比重为6.6%, 按汇率计算为2865美元) takes the one before.
 */
import type { Figure, Range, Review } from '../data/schema.js';
import { clausesOf, provenance, uniqueId, words, type Clause, type Ctx } from './context.js';
import { figureWorthy } from './worthy.js';
import { joinSubjects, labelOf, readSubject, type Subject } from './labels.js';
import {
  readChanges,
  readQuantities,
  readStreaks,
  type ChangePhrase,
  type QuantityPhrase,
  type StreakPhrase,
} from './phrases.js';
import { readRankMoves, readRanks, type RankMove, type RankPhrase } from './ranks.js';
import type { Sentence } from './sentences.js';

/** 由13677户减至887户, 从9.8%降至7.4%: the values before the verb are where it started. */
const TRANSITION =
  /(?:由|从)(?<from>[^,;:。]*?)(?:(?:向上|向下)?(?:修订|修正|调整)为|(?:增加|增长|提高|提升|上升|下降|减少|降低|扩大|缩小|缩短|跃升|攀升)(?:到|至|为)|[增降减升]至|到|至)/g;

export interface Transition {
  /** Where 由/从 stands: the subject is before it. */
  readonly at: number;
  /** The values it started from end here; the values after are where it arrived. */
  readonly to: number;
}

export interface Scan {
  readonly ctx: Ctx;
  readonly s: Sentence;
  readonly year: number | undefined;
  readonly chapter: string | undefined;
  readonly figures: Figure[];
  readonly source: Figure['source'];
  readonly clauses: readonly Clause[];
  readonly changes: readonly ChangePhrase[];
  readonly ranks: readonly RankPhrase[];
  readonly moves: readonly RankMove[];
  readonly streaks: readonly StreakPhrase[];
  readonly quantities: readonly QuantityPhrase[];
  readonly transitions: readonly Transition[];
  /** Quantities that qualify a noun (3000平方米以上的网点, 亿元以上的项目): no figures of their own. */
  readonly attributives: readonly QuantityPhrase[];
  /** Quantities whose unit was read from the change after them. */
  readonly unitsFromChanges: ReadonlySet<QuantityPhrase>;
  readonly claimedRanks: Set<RankPhrase>;
  readonly claimedChanges: Set<ChangePhrase>;
  readonly handled: Set<QuantityPhrase>;
  /** The subjects of the figures made from this sentence so far, by where their number stands. */
  readonly subjects: { readonly at: number; readonly subject: Subject }[];
}

const inside = (x: Range, ys: readonly Range[]) =>
  ys.some((y) => x.start >= y.start && x.end <= y.end);

/**
 * A number printed without its unit whose change in the next clause gives one (常住人口766579，
 * 比上年末增加2028人 → 766579人): read with that unit, which the figure flags for review.
 */
function unitFromChange(
  text: string,
  clauses: readonly Clause[],
  changes: readonly ChangePhrase[],
) {
  const out: QuantityPhrase[] = [];
  clauses.forEach((c, i) => {
    const next = clauses[i + 1];
    const m = /(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d{3,})$/.exec(text.slice(c.start, c.end));
    const change = next && changes.find((x) => x.start === next.start);
    if (!m || !change || RATE.has(change.unit)) return;
    const start = c.start + m.index;
    const value = Number((m[1] ?? '').replace(/,/g, ''));
    out.push({
      start,
      end: c.end,
      value,
      unit: change.unit,
      qualifiers: [],
      number: { start, end: c.end },
      script: 'arabic',
    });
  });
  return out;
}

const RATE = new Set(['%', '个百分点', '‰']);

/**
 * 3000平方米以上的大型零售商业网点, 单笔50万元以下拖欠账款: a bound before 的, or a 以上/以下 bound
 * written straight before a noun, qualifies the noun after it.
 */
function attributive(text: string, q: QuantityPhrase): boolean {
  if (!q.qualifiers.some((x) => x === 'at-least' || x === 'at-most' || x === 'over')) return false;
  if (text[q.end] === '的') return true;
  return (
    /以[上下]$/.test(text.slice(q.start, q.end)) &&
    /^[\u4e00-\u9fff](?<![和及与或])/u.test(text[q.end] ?? '')
  );
}

function transitionsIn(text: string, s: Range): Transition[] {
  const out: Transition[] = [];
  for (const m of text.slice(s.start, s.end).matchAll(TRANSITION)) {
    out.push({ at: s.start + m.index, to: s.start + m.index + m[0].length });
  }
  return out;
}

export function scan(
  ctx: Ctx,
  s: Sentence,
  year: number | undefined,
  chapter: string | undefined,
  figures: Figure[],
): Scan {
  const t = ctx.text;
  const changes = readChanges(t, s.start, s.end);
  const ranks = readRanks(t, s.start, s.end);
  const moves = readRankMoves(t, s.start, s.end);
  const streaks = readStreaks(t, s.start, s.end);
  const clauses = clausesOf(t, s);
  const read = readQuantities(t, s.start, s.end).filter(
    (q) =>
      !inside(q, changes) &&
      !inside(q, ranks) &&
      !inside(q, moves) &&
      !inside(q, streaks) &&
      figureWorthy(t, q, clauses),
  );
  const attributives = read.filter((q) => attributive(t, q));
  const unitsFromChanges = new Set(unitFromChange(t, clauses, changes));
  const quantities = [...read.filter((q) => !attributives.includes(q)), ...unitsFromChanges].sort(
    (a, b) => a.start - b.start,
  );
  return {
    ctx,
    s,
    year,
    chapter,
    figures,
    source: provenance(ctx, s),
    clauses,
    changes,
    ranks,
    moves,
    streaks,
    quantities,
    transitions: transitionsIn(t, s),
    attributives,
    unitsFromChanges,
    claimedRanks: new Set(),
    claimedChanges: new Set(),
    handled: new Set(),
    subjects: [],
  };
}

export function clauseAt(sc: Scan, at: number): Clause {
  return (
    sc.clauses.find((c) => at >= c.start && at < c.end) ?? { start: sc.s.start, end: sc.s.end }
  );
}

export function nextId(sc: Scan, kind: string): string {
  return uniqueId(sc.ctx, `${kind}-${sc.figures.length + 1}`);
}

export function base(sc: Scan, label: { zh: string; en?: string }) {
  return { label, ...(sc.chapter ? { chapter: sc.chapter } : {}) };
}

export function push(
  sc: Scan,
  f: Figure,
  used: Range[],
  subject?: { at: number; subject: Subject },
): void {
  sc.figures.push(f);
  sc.ctx.used.push(...used);
  if (subject) {
    sc.subjects.push(subject);
    // A number inside the label (5G基站) is carried verbatim.
    sc.ctx.used.push({ start: subject.subject.start, end: subject.subject.end });
  }
}

/** Where the first number-bearing phrase of a clause stands (its end when it has none). */
function firstPhrase(sc: Scan, clause: Clause): number {
  const starts = [...sc.quantities, ...sc.changes, ...sc.ranks, ...sc.streaks]
    .map((x) => x.start)
    .filter((at) => at >= clause.start && at < clause.end);
  return starts.length ? Math.min(...starts) : clause.end;
}

/**
 * The subject before `at`: of a figure made from this sentence, else read from an earlier clause
 * that holds a number (a clause without one — 远高于整体经济增长的水平 — names no figure's subject,
 * unless the number's own clause is a bare verb of reach: `numberless`).
 */
export function subjectBefore(sc: Scan, at: number, numberless = false): Subject | undefined {
  const own = sc.subjects.filter((x) => x.at < at).at(-1);
  const clause = clauseAt(sc, at);
  const index = sc.clauses.indexOf(clause);
  for (let i = index - 1; i >= 0; i--) {
    const c = sc.clauses[i];
    if (!c || (own && own.at >= c.start)) break;
    const first = firstPhrase(sc, c);
    if (first >= c.end && !numberless) continue;
    const reading = readSubject(sc.ctx, c, first);
    if (reading.kind === 'subject') return reading.subject;
  }
  return own?.subject;
}

/** A subject and whether it had to be taken from the words around rather than read. */
export interface SubjectFound {
  readonly subject: Subject | undefined;
  /** Why an editor should look at the label, when they should. */
  readonly doubt?: string | undefined;
  /** The clause named no subject of its own: it was taken from the clause before. */
  readonly borrowed?: boolean;
}

/** The subject of a number at `at` in `clause`, reading from `from`; borrowed where the clause names none. */
export function subjectFor(
  sc: Scan,
  clause: Clause,
  at: number,
  from = clause.start,
): SubjectFound {
  const reading = readSubject(sc.ctx, clause, at, from);
  if (reading.kind === 'subject') {
    return reading.subject.doubtful
      ? { subject: reading.subject, doubt: '标签可能不完整' }
      : { subject: reading.subject };
  }
  // 实现跨省直接结算，惠及5700多万人次: who benefited is the clause before, number or not.
  const before = subjectBefore(sc, at, reading.kind === 'none' && reading.verb === true);
  if (reading.kind === 'share') {
    return before
      ? { subject: joinSubjects(before, reading.subject) }
      : { subject: reading.subject, doubt: '未读出比重所属的主语' };
  }
  return before
    ? { subject: before, borrowed: true }
    : { subject: undefined, doubt: '未读出主语', borrowed: true };
}

/** A review note for a label that could not be read with confidence. */
export function labelReview(doubt: string | undefined): { review?: Review } {
  return doubt
    ? {
        review: {
          fields: ['label'],
          note: {
            zh: `${doubt}，请核对标签`,
            en: 'Check the label: the extractor could not read the subject with confidence',
          },
        },
      }
    : {};
}

/**
 * The label of a figure: its subject in the report's words; where none could be read, the words
 * around the number as they stand (flagged for review), never an invented name.
 */
export function labelFor(sc: Scan, found: SubjectFound, clause: Clause, number: Range) {
  if (found.subject) return { label: labelOf(found.subject), ...labelReview(found.doubt) };
  const ctx = sc.ctx;
  const before = words(ctx, clause.start, number.start).replace(/^[\s,;:、。]+|[\s,;:、。]+$/g, '');
  const after = words(ctx, number.end, clause.end).replace(/^[\s,;:、。]+|[\s,;:、。]+$/g, '');
  const zh = (before || after || words(ctx, number.start, number.end)).slice(0, 20);
  return { label: { zh }, ...labelReview(found.doubt ?? '未读出主语') };
}
