/**
 * Results: the figures of a sentence that reports what was done. Read in this order, each step
 * claiming what it used so the next does not read it twice:
 *
 * 1. "respectively" lists (工业、服务业应税销售收入分别突破500亿元、900亿元), with the changes listed
 *    in the next clause (分别增长8%和9%);
 * 2. quantities (预计440亿元) with the change (同比增长6.5%) and the ranking (增幅全市第二) after them;
 * 3. streaks (连续22个月);
 * 4. rankings no quantity claimed: a rank figure (稳居市区第一) or an honour (全市领先);
 * 5. honours without a number (荣获…示范区).
 */
import type { Figure, Range } from '../data/schema.js';
import { LIMITS } from '../data/schema.js';
import type { Qualifier } from '../format/qualifiers.js';
import { clausesOf, provenance, span, uniqueId, words, type Clause, type Ctx } from './context.js';
import { changeField, rankField } from './fields.js';
import { findIndicator, scopeEnglish } from './glossary.js';
import { cleanLabel, figureId, labelAround, labelText, splitSubjects } from './labels.js';
import { listAfter, type ListedValue } from './lists.js';
import {
  readChanges,
  readQuantities,
  readRanks,
  readStreaks,
  type ChangePhrase,
  type QuantityPhrase,
  type RankPhrase,
  type StreakPhrase,
} from './phrases.js';
import type { Sentence } from './sentences.js';

/** One sentence being read: what the readers found in it, and what is claimed so far. */
interface Scan {
  readonly ctx: Ctx;
  readonly s: Sentence;
  readonly year: number | undefined;
  readonly chapter: string | undefined;
  readonly figures: Figure[];
  readonly source: Figure['source'];
  readonly clauses: readonly Clause[];
  readonly changes: readonly ChangePhrase[];
  readonly ranks: readonly RankPhrase[];
  readonly streaks: readonly StreakPhrase[];
  readonly quantities: readonly QuantityPhrase[];
  readonly claimedRanks: Set<RankPhrase>;
  readonly claimedChanges: Set<ChangePhrase>;
  readonly handled: Set<QuantityPhrase>;
}

const inside = (x: Range, ys: readonly Range[]) =>
  ys.some((y) => x.start >= y.start && x.end <= y.end);

function scan(
  ctx: Ctx,
  s: Sentence,
  year: number | undefined,
  chapter: string | undefined,
  figures: Figure[],
): Scan {
  const t = ctx.text;
  const changes = readChanges(t, s.start, s.end);
  const ranks = readRanks(t, s.start, s.end);
  const streaks = readStreaks(t, s.start, s.end);
  const quantities = readQuantities(t, s.start, s.end).filter(
    (q) =>
      !inside(q, changes) &&
      !inside(q, ranks) &&
      !inside(q, streaks) &&
      q.unit !== '年' &&
      q.unit !== '天' &&
      q.unit !== '个月',
  );
  return {
    ctx,
    s,
    year,
    chapter,
    figures,
    source: provenance(ctx, s),
    clauses: clausesOf(t, s),
    changes,
    ranks,
    streaks,
    quantities,
    claimedRanks: new Set(),
    claimedChanges: new Set(),
    handled: new Set(),
  };
}

function base(sc: Scan, label: { zh: string; en?: string }) {
  return { label, ...(sc.chapter ? { chapter: sc.chapter } : {}) };
}

function push(sc: Scan, f: Figure, used: Range[]): void {
  sc.figures.push(f);
  sc.ctx.used.push(...used);
}

function clauseAt(sc: Scan, at: number): Clause {
  return (
    sc.clauses.find((c) => at >= c.start && at < c.end) ?? { start: sc.s.start, end: sc.s.end }
  );
}

function nextId(sc: Scan, kind: string): string {
  return uniqueId(sc.ctx, `${kind}-${sc.figures.length + 1}`);
}

/** The changes listed in the clause after a respectively list (分别增长8%和9%), one per value. */
function listedChanges(sc: Scan, clause: Clause, count: number) {
  const t = sc.ctx.text;
  const next = sc.clauses.find((c) => c.start > clause.end);
  const list = next
    ? listAfter(
        t,
        next.start + (t.slice(next.start, next.end).match(/^(?:分别)?(?:同比)?/)?.[0].length ?? 0),
        next.end,
      )
    : undefined;
  const values =
    list &&
    /增长|提高/.test(list.before ?? '') &&
    list.values.length === count &&
    list.values.every((v) => v.unit === '%' || v.unit === '个百分点')
      ? list.values
      : undefined;
  return { next, list, values };
}

function respectivelyFigure(
  sc: Scan,
  name: string,
  v: ListedValue,
  qualifiers: Qualifier[],
  change: { cv: ListedValue | undefined; from: number },
): void {
  const { ctx, year } = sc;
  const indicator = findIndicator(name);
  const { cv } = change;
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
      ...(cv
        ? {
            change: {
              value: cv.value,
              unit: cv.unit as '%' | '个百分点',
              basis: /同比/.test(ctx.text.slice(change.from, cv.start)) ? 'year-on-year' : 'period',
              span: span(ctx, cv),
            },
          }
        : {}),
      source: sc.source,
      span: span(ctx, v),
    },
    [v, ...(cv ? [cv] : [])],
  );
}

/** 1. Respectively lists: one figure per listed value, named from the split subject. */
function respectivelyFigures(sc: Scan): void {
  const t = sc.ctx.text;
  for (const clause of sc.clauses) {
    const resp = t.indexOf('分别', clause.start);
    if (resp < 0 || resp >= clause.end) continue;
    const list = listAfter(t, resp + 2, clause.end);
    if (!list) continue;
    const subject = labelAround(sc.ctx, clause, { start: resp, end: resp });
    const names = subject
      ? splitSubjects(t.slice(subject.start, subject.end), list.values.length)
      : undefined;
    if (!names) continue;
    const changes = listedChanges(sc, clause, list.values.length);
    const qualifier = list.before && /突破|超过/.test(list.before) ? (['over'] as Qualifier[]) : [];
    const from = changes.next?.start ?? 0;
    list.values.forEach((v, k) => {
      respectivelyFigure(sc, names[k] ?? '', v, qualifier, { cv: changes.values?.[k], from });
    });
    for (const q of sc.quantities) if (q.start >= resp && q.end <= list.end) sc.handled.add(q);
    if (changes.values && changes.list) {
      const end = changes.list.end;
      for (const c of sc.changes) if (c.start >= from && c.end <= end) sc.claimedChanges.add(c);
      for (const q of sc.quantities) if (q.start >= from && q.end <= end) sc.handled.add(q);
    }
  }
}

/** A ranking (增幅全市第二) as the dataset carries it, in the report's own words. */
function rankOf(ctx: Ctx, r: RankPhrase): NonNullable<Figure['rank']> {
  const at = r.start + ctx.text.slice(r.start, r.end).indexOf(r.scope);
  const en = scopeEnglish(r.scope);
  return rankField(r, {
    scope: { zh: words(ctx, at, at + r.scope.length), ...(en ? { en } : {}) },
    text: { zh: words(ctx, r.start, r.end) },
    span: span(ctx, r),
  });
}

/** The change or rank after quantity `i`, before the next one, in its clause or opening its own. */
function after<T extends Range>(sc: Scan, i: number, found: readonly T[], claimed: Set<T>) {
  const q = sc.quantities[i];
  if (!q) return undefined;
  const until = sc.quantities[i + 1]?.start ?? sc.s.end;
  const t = sc.ctx.text;
  const belongs = (x: Range) => {
    const c = clauseAt(sc, x.start);
    return c === clauseAt(sc, q.start) || !t.slice(c.start, x.start).trim();
  };
  const hit = found.find(
    (x) => !claimed.has(x) && x.start >= q.end && x.start < until && belongs(x),
  );
  if (hit) claimed.add(hit);
  return hit;
}

/** 2. Quantities with the change and ranking after them. */
function quantityFigures(sc: Scan): void {
  const { ctx, year } = sc;
  const t = ctx.text;
  sc.quantities.forEach((q, i) => {
    if (sc.handled.has(q)) return;
    const clause = clauseAt(sc, q.start);
    const change = after(sc, i, sc.changes, sc.claimedChanges);
    const rank = after(sc, i, sc.ranks, sc.claimedRanks);
    const previous = sc.quantities[i - 1];
    const labelRange = labelAround(
      ctx,
      clause,
      q,
      previous && previous.end <= q.start ? previous.end : clause.start,
    );
    const estimated = /^预计/.test(t.slice(clause.start, q.start));
    const qualifiers: Qualifier[] = [
      ...(estimated && !q.qualifiers.includes('estimated') ? (['estimated'] as const) : []),
      ...q.qualifiers,
    ];
    const label = labelText(ctx, labelRange, words(ctx, clause.start, clause.end));
    push(
      sc,
      {
        id: figureId(
          ctx,
          t.slice(labelRange?.start ?? 0, labelRange?.end ?? 0),
          year,
          `figure-${sc.figures.length + 1}`,
        ),
        kind: 'quantity',
        ...base(sc, label),
        value: q.value,
        unit: q.unit,
        ...(qualifiers.length ? { qualifiers } : {}),
        ...(year ? { year } : {}),
        ...(change ? { change: changeField(change, span(ctx, change)) } : {}),
        ...(rank ? { rank: rankOf(ctx, rank) } : {}),
        source: sc.source,
        span: span(ctx, q),
      },
      [q, ...(change ? [change] : []), ...(rank ? [rank] : [])],
    );
  });
}

/** 3. Streaks (连续22个月成为…), labelled by what they keep up. */
function streakFigures(sc: Scan): void {
  const { ctx, year } = sc;
  for (const st of sc.streaks) {
    const clause = clauseAt(sc, st.start);
    const rest = ctx.text.slice(st.end, clause.end).replace(/^(?:成为|保持|实现|位居|居)/, '');
    const restStart = clause.end - rest.length;
    const labelZh =
      cleanLabel(rest ? words(ctx, restStart, clause.end) : words(ctx, clause.start, st.start)) ||
      words(ctx, st.start, st.end);
    push(
      sc,
      {
        id: nextId(sc, 'streak'),
        kind: 'streak',
        ...base(sc, { zh: labelZh.slice(0, 60) }),
        value: st.value,
        unit: st.unit,
        ...(year ? { year } : {}),
        source: sc.source,
        span: span(ctx, st),
      },
      [st],
    );
    for (const r of sc.ranks) if (r.start >= st.end && r.end <= clause.end) sc.claimedRanks.add(r);
  }
}

/** The subject of a ranking: the words before it, or 在…中 in the clause before. */
function rankSubject(sc: Scan, clause: Clause, r: RankPhrase): Range {
  const t = sc.ctx.text;
  const before = cleanLabel(
    t
      .slice(clause.start, r.start)
      .replace(/(?:等指标|等)$/, '')
      .replace(/^在/, ''),
  );
  if (before.length >= 2) {
    const at = t.indexOf(before, clause.start);
    return { start: at, end: at + before.length };
  }
  // 在发展指标月度评估中，稳居市区第一: the subject is the clause before.
  const prev = sc.clauses[sc.clauses.indexOf(clause) - 1];
  const m = prev ? /^在(.+?)中$/.exec(t.slice(prev.start, prev.end)) : undefined;
  if (prev && m?.[1]) return { start: prev.start + 1, end: prev.start + 1 + m[1].length };
  return { start: clause.start, end: clause.end };
}

/** 4. Rankings no quantity claimed: a rank figure with a position, else an honour. */
function rankFigures(sc: Scan): void {
  const { ctx, year } = sc;
  for (const r of sc.ranks) {
    if (sc.claimedRanks.has(r)) continue;
    const clause = clauseAt(sc, r.start);
    const labelRange = rankSubject(sc, clause, r);
    const label = {
      zh:
        cleanLabel(words(ctx, labelRange.start, labelRange.end)).slice(0, 60) ||
        words(ctx, r.start, r.end),
    };
    const common = { ...(year ? { year } : {}), rank: rankOf(ctx, r) };
    const figure: Figure =
      r.position !== undefined
        ? {
            id: nextId(sc, 'rank'),
            kind: 'rank',
            ...base(sc, label),
            value: r.position,
            unit: '位次',
            ...common,
            source: sc.source,
            span: span(ctx, r),
          }
        : {
            id: nextId(sc, 'honour'),
            kind: 'honour',
            ...base(sc, label),
            ...common,
            honour: { zh: cleanLabel(words(ctx, clause.start, clause.end)).slice(0, LIMITS.label) },
            source: sc.source,
            span: span(ctx, r),
          };
    push(sc, figure, [r]);
  }
}

const HONOUR =
  /(?:荣获|获评|获得|创成|被评为|被命名为|成功创建|入围|入选|获批|成功获批)(?<what>.+?(?:示范区|示范园区|示范城市|示范县|示范点|示范基地|园区|称号|奖|项目|企业|先进集体|先进单位|基地|试点))/;

/** 5. Honours without a number: 荣获…示范区, 创成…园区, 获评…, 被评为…, 入围… */
function honourFigures(sc: Scan): void {
  const { ctx, year } = sc;
  const t = ctx.text;
  const numbered = [...sc.quantities, ...sc.ranks, ...sc.streaks];
  for (const clause of sc.clauses) {
    if (numbered.some((x) => x.start >= clause.start && x.start < clause.end)) continue;
    const m = HONOUR.exec(t.slice(clause.start, clause.end));
    const what = m?.groups?.what ?? '';
    if (!m || cleanLabel(what).length < 4) continue;
    const whatStart = clause.start + m.index + m[0].length - what.length;
    push(
      sc,
      {
        id: nextId(sc, 'honour'),
        kind: 'honour',
        ...base(sc, { zh: cleanLabel(words(ctx, whatStart, clause.end)).slice(0, 60) }),
        ...(year ? { year } : {}),
        honour: { zh: cleanLabel(words(ctx, clause.start, clause.end)).slice(0, LIMITS.label) },
        source: sc.source,
        span: span(ctx, clause),
      },
      [],
    );
  }
}

/** The figures of one result sentence, appended to `figures`. */
export function extractResults(
  ctx: Ctx,
  s: Sentence,
  year: number | undefined,
  chapter: string | undefined,
  figures: Figure[],
): void {
  const sc = scan(ctx, s, year, chapter, figures);
  respectivelyFigures(sc);
  quantityFigures(sc);
  streakFigures(sc);
  rankFigures(sc);
  honourFigures(sc);
}
