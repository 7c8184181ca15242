/**
 * Results: the figures of a sentence that reports what was done. Read in this order, each step
 * claiming what it used so the next does not read it twice:
 *
 * 1. "respectively" lists (`respectively.ts`);
 * 2. quantities (预计440亿元) with the change (同比增长6.5%, 比上年减少862公顷) and the ranking
 *    (增幅全市第二) after them; a value a sentence moved from (由9.8%降至7.4%) is read as where it
 *    started, not as a figure;
 * 3. changes no quantity claimed: a figure of their own whose number is the change (一般公共预算
 *    收入增长4.2%, 削减3013吨), with its direction;
 * 4. moves along a ranking (前进两个位次), streaks (连续22个月), rankings no quantity claimed (稳居
 *    市区第一 → a rank figure; 全市领先 → an honour), honours without a number (荣获…示范区).
 */
import type { Figure, Range, Review } from '../data/schema.js';
import { LIMITS } from '../data/schema.js';
import type { Qualifier } from '../format/qualifiers.js';
import { unitInfo } from '../format/units.js';
import { span, uniqueId, words, type Clause, type Ctx } from './context.js';
import { changeField, rankField } from './fields.js';
import { scopeEnglish } from './glossary.js';
import { cleanLabel, figureId, indicatorOf, nounAfter, readSubject } from './labels.js';
import type { ChangePhrase, QuantityPhrase } from './phrases.js';
import type { RankPhrase } from './ranks.js';
import { distributeChanges, respectivelyFigures } from './respectively.js';
import {
  base,
  clauseAt,
  labelFor,
  labelReview,
  nextId,
  push,
  scan,
  subjectBefore,
  subjectFor,
  type Scan,
  type SubjectFound,
} from './scan.js';
import type { Sentence } from './sentences.js';

/** A ranking (增幅全市第二) as the dataset carries it, in the report's own words. */
function rankOf(ctx: Ctx, r: RankPhrase): NonNullable<Figure['rank']> {
  const at = r.scope ? r.start + ctx.text.slice(r.start, r.end).indexOf(r.scope) : -1;
  const en = scopeEnglish(r.scope);
  const scope = at >= 0 ? words(ctx, at, at + r.scope.length) : words(ctx, r.start, r.end);
  return rankField(r, {
    scope: { zh: scope, ...(en ? { en } : {}) },
    text: { zh: words(ctx, r.start, r.end) },
    span: span(ctx, r),
  });
}

/**
 * The change or rank after `x` (a quantity or a change), before the next quantity, in its clause
 * or opening its own.
 */
function after<T extends Range>(sc: Scan, x: Range, found: readonly T[], claimed: Set<T>) {
  const until = sc.quantities.find((q) => q.start >= x.end)?.start ?? sc.s.end;
  const t = sc.ctx.text;
  const own = clauseAt(sc, x.start);
  const belongs = (y: Range) => {
    const c = clauseAt(sc, y.start);
    return c === own || !t.slice(c.start, y.start).trim();
  };
  const hit = found.find(
    (y) => !claimed.has(y) && y.start >= x.end && y.start < until && belongs(y),
  );
  if (hit) claimed.add(hit);
  return hit;
}

/** A change standing alone in the clause before (按年上升0.04晚，为1.54晚): the value's own change. */
function changeBefore(sc: Scan, clause: Clause): ChangePhrase | undefined {
  const prev = sc.clauses[sc.clauses.indexOf(clause) - 1];
  if (!prev || sc.quantities.some((q) => q.start >= prev.start && q.start < prev.end)) {
    return undefined;
  }
  const hit = sc.changes.filter(
    (c) => !sc.claimedChanges.has(c) && c.start >= prev.start && c.end <= prev.end,
  );
  const one = hit.length === 1 ? hit[0] : undefined;
  if (one) sc.claimedChanges.add(one);
  return one;
}

/** The subject of quantity `i`: where a move ended, the noun a count is written before, or the words before it. */
function quantitySubject(sc: Scan, i: number, clause: Clause): SubjectFound & { from: number } {
  const q = sc.quantities[i] as QuantityPhrase;
  const moved = sc.transitions.find((tr) => tr.to <= q.start && tr.at >= clause.start);
  if (moved) return { ...subjectFor(sc, clause, moved.at), from: clause.start };
  const kind = unitInfo(q.unit).kind;
  if (kind === 'count' || kind === 'scaled-count') {
    const noun = nounAfter(sc.ctx, clause, q.end);
    if (noun) return { subject: noun, from: q.end };
  }
  // 所有市州和98%的县市区建成…: a share of the noun after 的.
  if (kind === 'percent' && sc.ctx.text[q.end] === '的') {
    const noun = nounAfter(sc.ctx, clause, q.end + 1);
    if (noun) return { subject: noun, from: q.end };
  }
  const ends = [...sc.quantities.slice(0, i), ...sc.attributives]
    .filter((x) => x.end <= q.start && x.start >= clause.start)
    .map((x) => x.end);
  const from = ends.length ? Math.max(...ends) : clause.start;
  return { ...subjectFor(sc, clause, q.start, from), from };
}

/** A subject that names a rate of growth (实质增幅, 增长率): its value is a change, the rate's owner the subject. */
const RATE_NOUN = /(?:的)?(?:实质|实际|名义)?(?:增幅|增速|增长率|增长速度|涨幅)$/;

function rateOwner(sc: Scan, found: SubjectFound, at: number): SubjectFound | undefined {
  const subject = found.subject;
  const m = subject ? RATE_NOUN.exec(subject.key) : undefined;
  if (!subject || !m) return undefined;
  const key = subject.key.slice(0, m.index);
  if (key.length >= 2) {
    return {
      subject: { ...subject, key, zh: subject.zh.slice(0, subject.zh.length - m[0].length) },
    };
  }
  const before = subjectBefore(sc, at);
  return before ? { subject: before } : undefined;
}

/** 2. Quantities with the change and ranking after them. */
function quantityFigures(sc: Scan): Figure[] {
  const { ctx, year } = sc;
  const t = ctx.text;
  const made: Figure[] = [];
  sc.quantities.forEach((q, i) => {
    if (sc.handled.has(q)) return;
    if (sc.transitions.some((tr) => q.start > tr.at && q.end <= tr.to)) {
      ctx.used.push(q);
      return;
    }
    const clause = clauseAt(sc, q.start);
    const read = quantitySubject(sc, i, clause);
    // A number no subject can be read for stays unused: the notes list it for an editor.
    if (!read.subject) return;
    const rate = q.unit === '%' ? rateOwner(sc, read, q.start) : undefined;
    const found = rate ?? read;
    const change =
      after(sc, q, sc.changes, sc.claimedChanges) ??
      (read.borrowed && read.from === clause.start ? changeBefore(sc, clause) : undefined);
    const rank = after(sc, change ?? q, sc.ranks, sc.claimedRanks);
    const estimated = /^预计/.test(t.slice(clause.start, q.start));
    const qualifiers: Qualifier[] = [
      ...(estimated && !q.qualifiers.includes('estimated') ? (['estimated'] as const) : []),
      ...q.qualifiers,
    ];
    const { label, review } = labelFor(sc, found, clause, q);
    const unitReview: Review | undefined = sc.unitsFromChanges.has(q)
      ? {
          fields: ['unit'],
          note: {
            zh: `原文此数未写单位，取自其后的变化（${q.unit}）`,
            en: 'The report prints this number without a unit; it is taken from the change after it',
          },
        }
      : undefined;
    const figure: Figure = {
      id: figureId(ctx, found.subject?.key ?? '', year, `figure-${sc.figures.length + 1}`),
      kind: 'quantity',
      ...base(sc, label),
      value: q.value,
      unit: q.unit,
      ...(qualifiers.length ? { qualifiers } : {}),
      ...(year ? { year } : {}),
      ...(change ? { change: changeField(change, span(ctx, change)) } : {}),
      ...(rank ? { rank: rankOf(ctx, rank) } : {}),
      ...(rate ? { direction: 'rise' as const } : {}),
      ...((review ?? unitReview) ? { review: review ?? unitReview } : {}),
      source: sc.source,
      span: span(ctx, q),
    };
    made.push(figure);
    push(
      sc,
      figure,
      [q, ...(change ? [change] : []), ...(rank ? [rank] : [])],
      found.subject ? { at: q.start, subject: found.subject } : undefined,
    );
  });
  return made;
}

/** The end of the last number-bearing phrase before `at` in its clause (else the clause start). */
function previousEnd(sc: Scan, clause: Clause, at: number): number {
  const ends = [...sc.quantities, ...sc.changes, ...sc.ranks]
    .filter((x) => x.end <= at && x.start >= clause.start)
    .map((x) => x.end);
  return ends.length ? Math.max(...ends) : clause.start;
}

/** 3. Changes no quantity claimed: figures whose number is the change, with their direction. */
function changeFigures(sc: Scan): void {
  const { ctx, year } = sc;
  for (const c of sc.changes) {
    if (sc.claimedChanges.has(c)) continue;
    const clause = clauseAt(sc, c.start);
    const found = subjectFor(sc, clause, c.start, previousEnd(sc, clause, c.start));
    if (!found.subject) continue;
    sc.claimedChanges.add(c);
    const rank = after(sc, c, sc.ranks, sc.claimedRanks);
    const { label, review } = labelFor(sc, found, clause, c);
    const stem = indicatorOf(found.subject.key)?.id;
    push(
      sc,
      {
        id: stem ? uniqueId(ctx, `${stem}-growth${year ? `-${year}` : ''}`) : nextId(sc, 'figure'),
        kind: 'quantity',
        ...base(sc, label),
        value: Math.abs(c.value),
        unit: c.unit,
        ...(c.qualifiers.length ? { qualifiers: [...c.qualifiers] } : {}),
        ...(year ? { year } : {}),
        direction: c.value < 0 ? 'fall' : 'rise',
        ...(rank ? { rank: rankOf(ctx, rank) } : {}),
        ...(review ? { review } : {}),
        source: sc.source,
        span: span(ctx, c),
      },
      [c, ...(rank ? [rank] : [])],
      { at: c.start, subject: found.subject },
    );
  }
}

/** 4a. Moves along a ranking (前进两个位次): a figure of places moved, with its direction. */
function moveFigures(sc: Scan): void {
  const { ctx, year } = sc;
  for (const m of sc.moves) {
    const clause = clauseAt(sc, m.start);
    const found = subjectFor(sc, clause, m.start, previousEnd(sc, clause, m.start));
    const { label, review } = labelFor(sc, found, clause, m);
    push(
      sc,
      {
        id: nextId(sc, 'rank-move'),
        kind: 'quantity',
        ...base(sc, label),
        value: m.value,
        unit: '位次',
        ...(year ? { year } : {}),
        direction: m.direction,
        ...(review ? { review } : {}),
        source: sc.source,
        span: span(ctx, m),
      },
      [m],
    );
  }
}

/**
 * The words after a streak or a leading rank, as a label: what was kept up or done first
 * (连续22个月成为全市进出口总额唯一正增长的区域 → 全市进出口总额唯一正增长的区域), up to the next
 * number or list mark; doubtful when it runs over twenty characters.
 */
function wordsAfter(
  sc: Scan,
  from: number,
  clause: Clause,
): { zh: string; doubt?: string } | undefined {
  const t = sc.ctx.text;
  const rest = t.slice(from, clause.end);
  const lead = /^(?:成为|保持|实现|位居|居|出台|率先)*/.exec(rest)?.[0].length ?? 0;
  const stop = rest.slice(lead).search(/[、\d]/);
  const end = from + lead + (stop < 0 ? rest.length - lead : stop);
  const zh = cleanLabel(words(sc.ctx, from + lead, end));
  if (zh.length < 2) return undefined;
  return Array.from(zh).length > 20 ? { zh, doubt: '标签可能不完整' } : { zh };
}

/** 4b. Streaks (连续22个月成为…), labelled by their subject or by what they keep up. */
function streakFigures(sc: Scan): void {
  const { ctx, year } = sc;
  for (const st of sc.streaks) {
    const clause = clauseAt(sc, st.start);
    const reading = readSubject(ctx, clause, st.start);
    const label =
      reading.kind === 'subject'
        ? { zh: reading.subject.zh }
        : (wordsAfter(sc, st.end, clause) ?? { zh: words(ctx, st.start, st.end) });
    push(
      sc,
      {
        id: nextId(sc, 'streak'),
        kind: 'streak',
        ...base(sc, { zh: label.zh }),
        value: st.value,
        unit: st.unit,
        ...(year ? { year } : {}),
        ...labelReview('doubt' in label ? label.doubt : undefined),
        source: sc.source,
        span: span(ctx, st),
      },
      [st],
    );
    for (const r of sc.ranks) if (r.start >= st.end && r.end <= clause.end) sc.claimedRanks.add(r);
  }
}

/**
 * The label of a ranking: its subject before it (服务业税收、五大行业营收等指标增量、增幅全市靠前 →
 * 服务业税收、五大行业营收), 在…中 in the clause before, the ranking's own words (在全国百强区中的
 * 排名), or what was done first (在全市率先出台构建亲清政商关系意见 → 构建亲清政商关系意见).
 */
function rankLabel(sc: Scan, clause: Clause, r: RankPhrase): { zh: string; doubt?: string } {
  const t = sc.ctx.text;
  // A ranking of a list names itself (位居全国百强县投资潜力第3、绿色发展第5).
  if (r.name) return { zh: words(sc.ctx, r.name.start, r.name.end) };
  const end = r.start - (/(?:等指标|等)$/.exec(t.slice(clause.start, r.start))?.[0].length ?? 0);
  const reading = readSubject(sc.ctx, clause, end);
  if (reading.kind !== 'none') {
    const doubt = reading.subject.doubtful ? '标签可能不完整' : undefined;
    return doubt ? { zh: reading.subject.zh, doubt } : { zh: reading.subject.zh };
  }
  // 在发展指标月度评估中，稳居市区第一: the subject is the clause before.
  const prev = sc.clauses[sc.clauses.indexOf(clause) - 1];
  const m = prev ? /^在(.+?)中$/.exec(t.slice(prev.start, prev.end)) : undefined;
  if (prev && m?.[1]) return { zh: words(sc.ctx, prev.start + 1, prev.start + 1 + m[1].length) };
  // 在全国百强区中的排名由第58位上升到第41位: the ranking's own words name it.
  const named = /^在(.+?排名)/.exec(t.slice(r.start, r.end));
  if (named?.[1]) return { zh: words(sc.ctx, r.start + 1, r.start + 1 + named[1].length) };
  return (
    wordsAfter(sc, r.end, clause) ?? {
      zh: cleanLabel(words(sc.ctx, clause.start, clause.end)).slice(0, 60),
      doubt: '未读出主语',
    }
  );
}

/** 4c. Rankings no quantity claimed: a rank figure with a position, else an honour. */
function rankFigures(sc: Scan): void {
  const { ctx, year } = sc;
  for (const r of sc.ranks) {
    if (sc.claimedRanks.has(r)) continue;
    const clause = clauseAt(sc, r.start);
    const found = rankLabel(sc, clause, r);
    const label = { zh: found.zh || words(ctx, r.start, r.end) };
    const common = {
      ...(year ? { year } : {}),
      rank: rankOf(ctx, r),
      ...labelReview(found.doubt),
    };
    const figure: Figure =
      r.position !== undefined
        ? {
            id: nextId(sc, 'rank'),
            kind: 'rank',
            ...base(sc, label),
            value: r.position,
            unit: r.unit ?? '位',
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

/** 4d. Honours without a number: 荣获…示范区, 创成…园区, 获评…, 被评为…, 入围… */
function honourFigures(sc: Scan): void {
  const { ctx, year } = sc;
  const t = ctx.text;
  const numbered = [...sc.quantities, ...sc.ranks, ...sc.streaks, ...sc.changes];
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
  const first = figures.length;
  const sc = scan(ctx, s, year, chapter, figures);
  const pending = respectivelyFigures(sc);
  const made = quantityFigures(sc);
  distributeChanges(sc, pending, made);
  changeFigures(sc);
  moveFigures(sc);
  streakFigures(sc);
  rankFigures(sc);
  honourFigures(sc);
  // In the order the sentence says them.
  const mine = figures.splice(first).sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0));
  figures.push(...mine);
}
