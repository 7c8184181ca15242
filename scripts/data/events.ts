/**
 * Dates and events: a curated date is checked against the words that state it (2019年3月, 4日), and
 * whatever the words do not state needs a basis saying how it was worked out.
 */
import type { Range, ReportEvent } from '../../src/data/schema.js';
import { readDate } from '../../src/extract/phrases.js';
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
import type { CurationEvent } from './curation.js';

export interface WhenIn {
  readonly date: string;
  readonly precision: 'year' | 'month' | 'day';
  readonly at?: string | undefined;
  readonly basis?: { zh: string; en: string } | undefined;
}

/** How many parts of the date the words at `words` state, or `undefined` on a mismatch (a problem). */
function statedParts(
  ctx: Ctx,
  where: Where,
  w: WhenIn,
  words: Range,
  parts: readonly number[],
  need: number,
): number | undefined {
  const d = readDate(ctx.norm.text, norm(ctx, words).start, norm(ctx, words).end);
  if (!d || !exact(d, norm(ctx, words))) {
    ctx.problems.push(`${where}.when.at: ${show(w.at ?? '')} does not read as a date`);
    return undefined;
  }
  const given = [d.year, d.month, d.day];
  for (const [k, value] of given.entries()) {
    if (value === undefined) continue;
    if (value !== parts[k]) {
      ctx.problems.push(
        `${where}.when: the source says ${show(w.at ?? '')}, which does not match ${w.date}`,
      );
      return undefined;
    }
  }
  return given.slice(0, need).filter((x) => x !== undefined).length;
}

export function buildWhen(
  ctx: Ctx,
  where: Where,
  path: string,
  w: WhenIn,
  sentence: Range,
): ReportEvent['when'] | undefined {
  const parts = w.date.split('-').map(Number);
  const need = { year: 1, month: 2, day: 3 }[w.precision];
  if (parts.length !== need) {
    ctx.problems.push(`${where}.when: ${w.date} does not have ${w.precision} precision`);
    return undefined;
  }
  let stated = 0;
  let words: Range | undefined;
  if (w.at !== undefined) {
    words = findIn(ctx, `${where}.when.at`, w.at, sentence);
    if (!words) return undefined;
    const n = statedParts(ctx, where, w, words, parts, need);
    if (n === undefined) return undefined;
    stated = n;
    account(ctx, words, 'value', path);
  }
  const inferred = stated < need;
  if (inferred && !w.basis) {
    ctx.problems.push(
      `${where}.when.basis: the source does not state ${w.date} in full; say how it was worked out`,
    );
  }
  return {
    date: w.date,
    precision: w.precision,
    inferred,
    ...(w.basis ? { basis: w.basis } : {}),
    ...(words ? { span: span(words) } : {}),
  };
}

/** One curated event (for `buildPlaced`). */
export function buildEvent(ctx: Ctx, e: CurationEvent, place: Place): ReportEvent | undefined {
  const { where, path, anchor, source } = place;
  const sentence = { start: source.start, end: source.end };
  const when = buildWhen(ctx, where, `${path}.when`, e.when, sentence);
  if (!when) return undefined;
  let detail: ReportEvent['detail'];
  if (e.detail) {
    const r = findIn(ctx, `${where}.detail`, e.detail.at, sentence);
    if (r) detail = { zh: corrected(ctx, r), en: e.detail.en };
  }
  return {
    id: e.id,
    when,
    title: { zh: e.title.zh ?? corrected(ctx, anchor), en: e.title.en },
    ...(detail ? { detail } : {}),
    kind: e.kind,
    chapter: e.chapter,
    ...(e.figures ? { figures: e.figures } : {}),
    source,
  };
}
