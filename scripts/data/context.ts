/**
 * What every step of the build shares: the source and its normalised form and segmentation, the
 * problems found so far, and how numbers are accounted for; and the helpers that find a curated
 * quote in the source (exactly once, or a problem naming the item) and cut provenance from it.
 */
import type { Provenance, Range } from '../../src/data/schema.js';
import { fromOriginalRange, toOriginal, type Normalized } from '../../src/extract/normalize.js';
import type { Found } from '../../src/extract/phrases.js';
import { provenanceOf, sentenceRangeOf, type JoinedBreak } from '../../src/extract/provenance.js';
import type { Segmentation } from '../../src/extract/sentences.js';

/** The build could not finish; `problems` names every item that is wrong and why. */
export class BuildError extends Error {
  override name = 'BuildError';
  constructor(readonly problems: readonly string[]) {
    super(`the dataset cannot be built:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Where in the curation an item is (`figures[3] (gdp-2019)`), for messages. */
export type Where = string;

export interface Ctx {
  readonly source: string;
  readonly norm: Normalized;
  seg: Segmentation;
  readonly problems: string[];
  readonly accounts: { start: number; end: number; how: 'value' | 'text'; by: string }[];
  /** Original offsets of the line breaks the curation joined. */
  readonly joinedBreaks: number[];
  readonly reads: { start: number; end: number; reads: string }[];
}

/** Every start of `words` in `text[from, to)`. */
export function occurrences(text: string, words: string, from = 0, to = text.length): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(words, from); i >= 0 && i + words.length <= to;) {
    found.push(i);
    i = text.indexOf(words, i + 1);
  }
  return found;
}

/** A quote shortened for a message. */
export function show(words: string): string {
  return JSON.stringify(words.length > 40 ? `${words.slice(0, 40)}…` : words);
}

/** Finds `at` (inside the unique `within`) in the whole source: exactly once, or a problem. */
export function locate(
  ctx: Ctx,
  where: Where,
  loc: { at: string; within?: string | undefined },
): Range | undefined {
  let from = 0;
  let to = ctx.source.length;
  if (loc.within !== undefined) {
    const outer = occurrences(ctx.source, loc.within);
    if (outer.length !== 1) {
      ctx.problems.push(
        outer.length === 0
          ? `${where}.within: ${show(loc.within)} is not in the source`
          : `${where}.within: ${show(loc.within)} occurs ${outer.length} times in the source; make it longer`,
      );
      return undefined;
    }
    from = outer[0] ?? 0;
    to = from + loc.within.length;
  }
  const hits = occurrences(ctx.source, loc.at, from, to);
  if (hits.length !== 1) {
    const scope = loc.within === undefined ? 'the source' : show(loc.within);
    ctx.problems.push(
      hits.length === 0
        ? `${where}.at: ${show(loc.at)} is not in ${scope}`
        : `${where}.at: ${show(loc.at)} occurs ${hits.length} times in ${scope}; add "within" to say which`,
    );
    return undefined;
  }
  const start = hits[0] ?? 0;
  return { start, end: start + loc.at.length };
}

/** Finds `words` inside `range` (from `after` on): the first occurrence, or a problem. */
export function findIn(
  ctx: Ctx,
  where: Where,
  words: string,
  range: Range,
  after = range.start,
): Range | undefined {
  const hit = occurrences(ctx.source, words, after, range.end)[0];
  if (hit === undefined) {
    ctx.problems.push(
      `${where}: ${show(words)} is not in its sentence ${show(ctx.source.slice(range.start, range.end))}`,
    );
    return undefined;
  }
  return { start: hit, end: hit + words.length };
}

/** The normalised range of an original range. */
export function norm(ctx: Ctx, r: Range): Range {
  return fromOriginalRange(ctx.norm, r.start, r.end);
}

/** The original range of a normalised range. */
export function original(ctx: Ctx, r: Range): Range {
  return toOriginal(ctx.norm, r.start, r.end);
}

/** Whether a reader's find covers exactly the normalised range. */
export function exact(found: Found | undefined, r: Range): boolean {
  return found !== undefined && found.start === r.start && found.end === r.end;
}

/** A range as the dataset writes it (no other fields). */
export const span = (r: Range): Range => ({ start: r.start, end: r.end });

/** The build's rule for line breaks in a quote: only the breaks the curation joined read as nothing. */
function curatedJoins(ctx: Ctx): JoinedBreak {
  return (start, end) => ctx.joinedBreaks.some((b) => b >= start && b < end);
}

/** The provenance of an original range: the sentence(s) it stands in. */
export function provenance(ctx: Ctx, where: Where, r: Range): Provenance | undefined {
  const sentences = sentenceRangeOf(ctx.seg, norm(ctx, r));
  if (!sentences) {
    ctx.problems.push(
      `${where}: ${show(ctx.source.slice(r.start, r.end))} is not inside a sentence`,
    );
    return undefined;
  }
  return provenanceOf(ctx.source, original(ctx, sentences), curatedJoins(ctx));
}

/** Records that the numbers inside `r` are accounted for, and by what. */
export function account(ctx: Ctx, r: Range | undefined, how: 'value' | 'text', by: string): void {
  if (r) ctx.accounts.push({ start: r.start, end: r.end, how, by });
}

/** Source words with the curation's `reads` corrections applied. */
export function corrected(ctx: Ctx, r: Range): string {
  let out = ctx.source.slice(r.start, r.end);
  for (const c of [...ctx.reads].reverse()) {
    if (c.start >= r.start && c.end <= r.end) {
      out = out.slice(0, c.start - r.start) + c.reads + out.slice(c.end - r.start);
    }
  }
  return out;
}

/**
 * Builds each curated item of a list, naming it in messages by its place in the curation
 * (`figures[3] (gdp-2019)`) and in paths by its place in the dataset; items that fail are left out
 * (their problems are recorded).
 */
export function buildEach<C extends { readonly id: string }, T>(
  list: string,
  items: readonly C[],
  build: (item: C, where: Where, path: string) => T | undefined,
): T[] {
  const built: T[] = [];
  items.forEach((item, i) => {
    const one = build(item, `${list}[${i}] (${item.id})`, `${list}[${built.length}]`);
    if (one !== undefined) built.push(one);
  });
  return built;
}
