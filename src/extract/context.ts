/**
 * What every step of the extractor shares while it reads one report: the normalised text and its
 * segmentation, the ranges it has used, its notes, the ids it gave, and the small helpers that turn
 * a normalised range into the report's own words, a span or a provenance.
 */
import type { Provenance, Range } from '../data/schema.js';
import { LIMITS } from '../data/schema.js';
import type { Normalized } from './normalize.js';
import {
  blankLineJoined,
  originalSpan,
  originalWords,
  provenanceOfNormalized,
} from './provenance.js';
import type { Segmentation, Sentence } from './sentences.js';

export interface Ctx {
  readonly norm: Normalized;
  readonly seg: Segmentation;
  /** The normalised text (`norm.text`). */
  readonly text: string;
  /** Normalised ranges an item carries: numbers inside them are used. */
  readonly used: Range[];
  readonly notes: string[];
  readonly ids: Set<string>;
  /**
   * The year of targets whose sentence states none: the caller's, else the latest year the report
   * states, else the current year (`given`: the caller said it, so it needs no review).
   */
  readonly assumedYear: { readonly year: number; readonly given: boolean };
}

/** A stretch of a sentence between clause breaks (, ; :). */
export interface Clause {
  readonly start: number;
  readonly end: number;
}

const CLAUSE_BREAK = /[,;:]/;

/** Longest stretch of normalised text one item quotes (the original may be longer by dropped CRs). */
const MAX_QUOTE = Math.floor(LIMITS.quote / 2);

/** A sentence longer than a quote may be, cut at clause breaks into pieces that fit. */
export function bounded(text: string, s: Sentence): Sentence[] {
  if (s.end - s.start <= MAX_QUOTE) return [s];
  const pieces: Sentence[] = [];
  for (let from = s.start; from < s.end;) {
    let to = Math.min(s.end, from + MAX_QUOTE);
    if (to < s.end) {
      const cut = Math.max(...[',', ';', '、', ':', ' '].map((c) => text.lastIndexOf(c, to - 1)));
      if (cut > from) to = cut + 1;
    }
    pieces.push({ ...s, start: from, end: to, text: text.slice(from, to) });
    from = to;
  }
  return pieces;
}

/** The clauses of a sentence: cut at , ; : outside brackets and quotation marks. */
export function clausesOf(text: string, s: Range): Clause[] {
  const out: Clause[] = [];
  let from = s.start;
  let depth = 0;
  for (let i = s.start; i < s.end; i++) {
    const c = text[i] ?? '';
    if (c === '(' || c === '“') depth++;
    else if ((c === ')' || c === '”') && depth > 0) depth--;
    else if (depth === 0 && CLAUSE_BREAK.test(c)) {
      out.push({ start: from, end: i });
      from = i + 1;
    }
  }
  out.push({ start: from, end: s.end });
  return out.filter((c) => c.end > c.start);
}

/** An id made of `wanted`'s letters, digits and dashes, numbered when it is taken. */
export function uniqueId(ctx: Ctx, wanted: string): string {
  const base = wanted.replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'item';
  let id = base;
  for (let n = 2; ctx.ids.has(id); n++) id = `${base}-${n}`;
  ctx.ids.add(id);
  return id;
}

/** The provenance of a sentence (a normalised range), with the extractor's rule for line breaks. */
export function provenance(ctx: Ctx, s: Range): Provenance {
  return provenanceOfNormalized(ctx.norm, s, blankLineJoined);
}

/** The original range of a normalised range. */
export function span(ctx: Ctx, r: Range): Range {
  return originalSpan(ctx.norm, r);
}

/** The original words of a normalised range (labels keep the report's own script). */
export function words(ctx: Ctx, start: number, end: number): string {
  return originalWords(ctx.norm, { start, end });
}
