/**
 * The curation's targets: each located by its quote, its value and comparator READ from its words
 * (6.5%以上, 6%左右, 保持增长 …); a comparator the words do not say needs a note saying why.
 */
import type { Target } from '../../src/data/schema.js';
import { readTargetPhrase, type TargetPhrase } from '../../src/extract/phrases.js';
import type { Place } from './chapters.js';
import { account, findIn, norm, show, span, type Ctx, type Where } from './context.js';
import type { Curation } from './curation.js';

type CuratedTarget = Curation['targets'][number];

/** The comparator the words say, or the curation's with its note; `undefined` is a problem. */
function comparatorOf(
  ctx: Ctx,
  where: Where,
  t: CuratedTarget,
  phrase: TargetPhrase,
): Target['comparator'] | undefined {
  let comparator = phrase.comparator;
  if (t.comparator !== undefined) {
    if (comparator !== undefined) {
      ctx.problems.push(`${where}.comparator: the words already say "${comparator}"; remove it`);
    } else if (!t.note) {
      ctx.problems.push(`${where}.note: a comparator the words do not say needs a note saying why`);
    }
    comparator ??= t.comparator;
  }
  if (comparator === undefined) {
    ctx.problems.push(
      `${where}: ${show(t.value)} has no comparator word (以上, 以内, 左右 …); give "comparator" and a note`,
    );
  }
  return comparator;
}

/** One curated target (for `buildPlaced`). */
export function buildTarget(ctx: Ctx, t: CuratedTarget, place: Place): Target | undefined {
  const { where, path, anchor, source, info } = place;
  const words = findIn(ctx, `${where}.value`, t.value, anchor);
  if (!words) return undefined;
  const w = norm(ctx, words);
  const phrase = readTargetPhrase(ctx.norm.text, w.start, w.end);
  if (!phrase || phrase.start !== w.start || phrase.end !== w.end) {
    ctx.problems.push(
      `${where}.value: ${show(t.value)} does not read as a target (6.5%以上, 6%左右, 保持增长 …)`,
    );
    return undefined;
  }
  const comparator = comparatorOf(ctx, where, t, phrase);
  if (comparator === undefined) return undefined;
  const before = ctx.source.slice(anchor.start, words.start);
  const growth = /增长|增幅|增速|提高|提升/.test(before) || phrase.comparator === 'keep-growing';
  const measure =
    t.measure ?? (growth ? 'growth' : /占比|比重|比例/.test(t.label.zh) ? 'share' : 'level');
  const block = ctx.seg.sentences.find((s) => s.start <= w.start && s.end > w.start)?.block;
  const marker = block === undefined ? undefined : ctx.seg.blocks[block]?.marker;
  const year = t.year ?? info?.year;
  if (year === undefined) {
    ctx.problems.push(`${where}.year: neither the target nor its chapter gives a year`);
    return undefined;
  }
  if (phrase.value !== undefined) account(ctx, words, 'value', `${path}.value`);
  return {
    id: t.id,
    ...(marker?.kind === 'letter' ? { group: marker.text } : {}),
    label: t.label,
    chapter: t.chapter,
    year,
    measure,
    comparator,
    ...(phrase.value !== undefined ? { value: phrase.value } : {}),
    ...(phrase.unit !== undefined ? { unit: phrase.unit } : {}),
    ...(t.tolerance !== undefined ? { tolerance: t.tolerance } : {}),
    ...(t.reference !== undefined ? { reference: t.reference } : {}),
    ...(phrase.qualifiers.length ? { qualifiers: [...phrase.qualifiers] } : {}),
    ...(t.baseline ? { baseline: t.baseline } : {}),
    ...(t.note ? { note: t.note } : {}),
    source,
    span: span(words),
  };
}
