/**
 * The curation's figures: each located by its quote, its value, streak, change and ranking READ
 * from the words the curation points at (never typed), its qualifiers checked against the sentence.
 */
import type { Figure, Range } from '../../src/data/schema.js';
import { QUALIFIERS, type Qualifier } from '../../src/format/qualifiers.js';
import { changeField, rankField } from '../../src/extract/fields.js';
import { scopeEnglish, SCOPES } from '../../src/extract/glossary.js';
import { readChange, readQuantity, readStreak } from '../../src/extract/phrases.js';
import { readRank } from '../../src/extract/ranks.js';
import type { Place } from './chapters.js';
import {
  account,
  corrected,
  exact,
  findIn,
  norm,
  show,
  span,
  type Ctx,
  type Where,
} from './context.js';
import type { Curation } from './curation.js';

type CuratedFigure = Curation['figures'][number];

/** What the figure's words read as so far. */
interface Reading {
  value?: number | undefined;
  unit?: Figure['unit'];
  figureSpan?: Range | undefined;
  readonly qualifiers: Qualifier[];
  /** Where the words after the value begin (a change is looked for from there). */
  after: number;
}

/** One curated figure being built. */
interface Item {
  readonly ctx: Ctx;
  readonly f: CuratedFigure;
  readonly where: Where;
  readonly path: string;
  readonly anchor: Range;
  readonly sentence: Range;
  readonly quote: string;
}

function readValue(it: Item, r: Reading, value: string): void {
  const { ctx, where, path } = it;
  const words = findIn(ctx, `${where}.value`, value, it.anchor);
  if (!words) return;
  const q = readQuantity(ctx.norm.text, norm(ctx, words).start, norm(ctx, words).end);
  if (!exact(q, norm(ctx, words)) || !q) {
    ctx.problems.push(`${where}.value: ${show(value)} does not read as a number with a known unit`);
    return;
  }
  r.value = q.value;
  r.unit = q.unit;
  r.qualifiers.push(...q.qualifiers);
  r.figureSpan = words;
  r.after = words.end;
  account(ctx, words, 'value', `${path}.value`);
}

function readStreakWords(it: Item, r: Reading, streak: string): void {
  const { ctx, where, path } = it;
  const words = findIn(ctx, `${where}.streak`, streak, it.sentence);
  if (!words) return;
  const s = readStreak(ctx.norm.text, norm(ctx, words).start, norm(ctx, words).end);
  if (!s || !exact(s, norm(ctx, words))) {
    ctx.problems.push(`${where}.streak: ${show(streak)} does not read as a streak (连续…个月)`);
    return;
  }
  r.value = s.value;
  r.unit = s.unit;
  r.figureSpan = words;
  account(ctx, words, 'value', `${path}.value`);
}

function qualifierWordsIn(sentence: string, key: Qualifier): boolean {
  const info: { zh: string; zhAlso?: readonly string[] } = QUALIFIERS[key];
  return [info.zh, ...(info.zhAlso ?? [])].some((w) => sentence.includes(w));
}

function checkQualifiers(it: Item, r: Reading): void {
  for (const [j, q] of (it.f.qualifiers ?? []).entries()) {
    const key = typeof q === 'string' ? q : q.key;
    const ok = typeof q === 'string' ? qualifierWordsIn(it.quote, key) : it.quote.includes(q.word);
    if (!ok) {
      it.ctx.problems.push(`${it.where}.qualifiers[${j}]: the sentence has no word for "${key}"`);
    } else if (!r.qualifiers.includes(key)) r.qualifiers.push(key);
  }
}

function readChangeWords(it: Item, r: Reading, change: string): Figure['change'] {
  const { ctx, where, path } = it;
  const words = findIn(ctx, `${where}.change`, change, it.sentence, r.after);
  if (!words) return undefined;
  const c = readChange(ctx.norm.text, norm(ctx, words).start, norm(ctx, words).end);
  if (!c || !exact(c, norm(ctx, words))) {
    ctx.problems.push(`${where}.change: ${show(change)} does not read as a change (同比增长…%)`);
    return undefined;
  }
  account(ctx, words, 'value', `${path}.change.value`);
  return changeField(c, span(words));
}

function readRankWords(
  it: Item,
  r: Reading,
  rank: NonNullable<CuratedFigure['rank']>,
): Figure['rank'] {
  const { ctx, where, path, f } = it;
  const at = Math.min(r.after, it.anchor.start);
  const words = findIn(ctx, `${where}.rank`, rank.at, it.sentence, at);
  if (!words) return undefined;
  const p = readRank(ctx.norm.text, norm(ctx, words).start, norm(ctx, words).end);
  if (!p || !exact(p, norm(ctx, words))) {
    ctx.problems.push(
      `${where}.rank: ${show(rank.at)} does not read as a ranking (全市第二, 市区第一 …)`,
    );
    return undefined;
  }
  const scopeEn = rank.scope ?? SCOPES[p.scope] ?? scopeEnglish(p.scope);
  if (!scopeEn)
    ctx.problems.push(`${where}.rank.scope: no English for the scope "${p.scope}"; give one`);
  account(ctx, words, 'value', `${path}.rank`);
  if (f.kind === 'rank') {
    if (p.position === undefined) {
      ctx.problems.push(
        `${where}: a rank figure needs a position (第…); use kind "honour" for 领先/靠前`,
      );
    }
    r.value = p.position;
    r.unit = '位次';
    r.figureSpan = words;
  }
  return rankField(p, {
    scope: { zh: p.scope, en: scopeEn ?? p.scope },
    text: { zh: ctx.source.slice(words.start, words.end), en: rank.en },
    span: span(words),
  });
}

/** The honour's words, and the problems of a kind without the words it needs. */
function checkKind(it: Item, r: Reading): Figure['honour'] {
  const { ctx, where, f } = it;
  let honour: Figure['honour'];
  if (f.kind === 'honour') {
    if (!f.honour) ctx.problems.push(`${where}.honour: an honour needs its English`);
    else honour = { zh: f.honour.zh ?? corrected(ctx, it.anchor), en: f.honour.en };
    r.figureSpan ??= it.anchor;
  } else if (f.honour) {
    ctx.problems.push(`${where}.honour: only honours have one`);
  }
  if (f.kind === 'quantity' && f.value === undefined)
    ctx.problems.push(`${where}.value: a quantity needs its value words`);
  if (f.kind === 'streak' && f.streak === undefined)
    ctx.problems.push(`${where}.streak: a streak needs its words (连续…)`);
  if (f.kind === 'rank' && f.rank === undefined)
    ctx.problems.push(`${where}.rank: a rank figure needs its ranking words`);
  return honour;
}

/** One curated figure (for `buildPlaced`). */
export function buildFigure(ctx: Ctx, f: CuratedFigure, place: Place): Figure | undefined {
  const { where, path, anchor, source, info } = place;
  const it: Item = {
    ctx,
    f,
    where,
    path,
    anchor,
    sentence: { start: source.start, end: source.end },
    quote: source.quote,
  };
  const r: Reading = { qualifiers: [], after: anchor.start };
  if (f.value !== undefined) readValue(it, r, f.value);
  if (f.streak !== undefined) readStreakWords(it, r, f.streak);
  checkQualifiers(it, r);
  const change = f.change !== undefined ? readChangeWords(it, r, f.change) : undefined;
  const rank = f.rank !== undefined ? readRankWords(it, r, f.rank) : undefined;
  const honour = checkKind(it, r);
  const year = f.year ?? info?.year;
  return {
    id: f.id,
    kind: f.kind,
    label: f.label,
    chapter: f.chapter,
    ...(r.value !== undefined ? { value: r.value } : {}),
    ...(r.unit !== undefined ? { unit: r.unit } : {}),
    ...(r.qualifiers.length ? { qualifiers: r.qualifiers } : {}),
    ...(year !== undefined ? { year } : {}),
    ...(change ? { change } : {}),
    ...(rank ? { rank } : {}),
    ...(honour ? { honour } : {}),
    ...(f.note ? { note: f.note } : {}),
    source,
    ...(r.figureSpan ? { span: span(r.figureSpan) } : {}),
  };
}
