/**
 * What the studio's worker does with a report: extract the draft, find every number of the text
 * (those of headings and list markers marked as structure), hash the text — and, for the editor,
 * read a figure at a number. Plain functions, so Node tests run them without a worker.
 */
import { sha256 } from '../../src/data/sha256.js';
import type { Dataset, Figure, Range } from '../../src/data/schema.js';
import { figureAt, type FigureAtProblem } from '../../src/extract/figure-at.js';
import {
  extractDraft,
  findNumbers,
  normalizeText,
  segment,
  toOriginal,
  toSimplified,
} from '../../src/extract/index.js';
import type { Extraction, ReportNumber } from './project.js';

/** The stages a read goes through, in order (for the progress the page shows). */
export const READ_STAGES = ['hash', 'extract', 'numbers', 'done'] as const;
export type ReadStage = (typeof READ_STAGES)[number];

export interface ReadResult {
  readonly sha256: string;
  readonly extraction: Extraction;
}

/** Every number of the text in original offsets; those in headings and list markers are structure. */
export function reportNumbers(original: string, language: Dataset['language']): ReportNumber[] {
  const norm = normalizeText(original, {
    toSimplified: language === 'zh-Hant' ? toSimplified : undefined,
  });
  const seg = segment(norm.text);
  const structure = new Uint8Array(norm.text.length + 1);
  for (const b of seg.blocks) {
    if (b.kind === 'heading') structure.fill(1, b.start, b.end);
    if (b.marker) structure.fill(1, b.marker.start, b.marker.end);
  }
  return findNumbers(norm.text).map((n) => {
    const o = toOriginal(norm, n.start, n.end);
    return {
      start: o.start,
      end: o.end,
      text: original.slice(o.start, o.end),
      structural: structure.subarray(n.start, n.end).includes(1),
    };
  });
}

/** Reads a report: its hash, the extractor's draft and every number. */
export function readReport(
  text: string,
  file: string,
  progress: (stage: ReadStage) => void = () => undefined,
): ReadResult {
  progress('hash');
  const hash = sha256(text);
  progress('extract');
  const { dataset, notes } = extractDraft(text, { file });
  progress('numbers');
  const numbers = reportNumbers(text, dataset.language);
  progress('done');
  return { sha256: hash, extraction: { dataset, notes, numbers } };
}

/** The figure at a number of the text, its id unique among `taken`. */
export function readFigure(
  text: string,
  range: Range,
  language: Dataset['language'],
  taken: readonly string[],
): Figure | { readonly problem: FigureAtProblem } {
  return figureAt(text, range, { language, taken: new Set(taken) });
}
