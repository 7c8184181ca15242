/**
 * Provenance: where an item stands in the ORIGINAL report text. Both writers of datasets use this
 * one module — the build (`scripts/data/`, curated and exact) and the extractor (drafts) — each
 * passing its own rule for the one thing they decide differently: which line breaks inside a quote
 * were joined (a paragraph break inside a word reads as nothing, any other break as one space).
 *
 * Ranges found in the normalised text (`normalize.ts`) map back to the original here, so a quote
 * is always `original.slice(start, end)`, whatever full-width forms, traditional characters or CRs
 * the original holds.
 */
import type { Provenance, Range } from '../data/schema.js';
import { toOriginal, type Normalized } from './normalize.js';
import type { Segmentation } from './sentences.js';

/**
 * Whether a whitespace run holding a line break, `original.slice(start, end)`, was joined (a break
 * inside a sentence or a word): it then reads as nothing, otherwise as one space.
 */
export type JoinedBreak = (start: number, end: number, run: string) => boolean;

/** The extractor's rule: a blank line inside a quote is a paragraph break the segmenter joined. */
export const blankLineJoined: JoinedBreak = (_start, _end, run) => /\n\s*\n/.test(run);

/** The original range of a normalised range. */
export function originalSpan(norm: Normalized, r: Range): Range {
  const o = toOriginal(norm, r.start, r.end);
  return { start: o.start, end: o.end };
}

/** The original words of a normalised range (labels keep the report's own script and widths). */
export function originalWords(norm: Normalized, r: Range): string {
  const o = toOriginal(norm, r.start, r.end);
  return norm.original.slice(o.start, o.end);
}

/**
 * The display form of `original[start, end)` when it holds a line break (otherwise `undefined`):
 * each whitespace run holding a break reads as nothing where `joined` says so, as one space elsewhere.
 */
export function displayText(
  original: string,
  start: number,
  end: number,
  joined: JoinedBreak,
): string | undefined {
  const quote = original.slice(start, end);
  if (!quote.includes('\n')) return undefined;
  return quote.replace(/\s*\n\s*/g, (run, at: number) =>
    joined(start + at, start + at + run.length, run) ? '' : ' ',
  );
}

/** The provenance of an ORIGINAL range: its quote, its offsets and, where needed, its display form. */
export function provenanceOf(original: string, r: Range, joined: JoinedBreak): Provenance {
  const quote = original.slice(r.start, r.end);
  const text = displayText(original, r.start, r.end, joined);
  return text === undefined
    ? { quote, start: r.start, end: r.end }
    : { quote, start: r.start, end: r.end, text };
}

/** The provenance of a NORMALISED range (a sentence the extractor read). */
export function provenanceOfNormalized(
  norm: Normalized,
  r: Range,
  joined: JoinedBreak,
): Provenance {
  return provenanceOf(norm.original, originalSpan(norm, r), joined);
}

/**
 * The normalised range of the whole sentence(s) a normalised range stands in (an empty range
 * counts as the character at its start), or `undefined` when it stands in none.
 */
export function sentenceRangeOf(seg: Segmentation, r: Range): Range | undefined {
  const hit = seg.sentences.filter(
    (s) => s.end > r.start && s.start < Math.max(r.end, r.start + 1),
  );
  const first = hit[0];
  const last = hit.at(-1);
  return first && last ? { start: first.start, end: last.end } : undefined;
}
