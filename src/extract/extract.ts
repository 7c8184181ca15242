/// <reference types="node" />
/**
 * The extractor: any Chinese work report (plain text or Markdown, simplified or traditional
 * characters, half- or full-width punctuation and digits) → a draft dataset that validates against
 * the schema, every item with the exact quote and range of its sentence in the ORIGINAL text.
 *
 * What it finds, sentence by sentence (each concept in its own module):
 * - results (`results.ts`): quantities with their unit, qualifiers, change and ranking; standalone
 *   rankings and honours; streaks; "respectively" lists;
 * - targets (`targets.ts`) in sentences that set them, with their comparators, linked to a baseline;
 * - chapters from the headings (`outline.ts`); events from dates with a month (`events.ts`);
 * - the programme — a named one with its parts, or a numbered work list (`programme.ts`).
 *
 * It is a head start, not a verdict: it says on stderr (the `notes`) which numbers it left unused.
 */
import { sha256 } from '../data/sha256.js';
import type { Dataset, Figure, ReportEvent, Target } from '../data/schema.js';
import { LIMITS, SCHEMA_VERSION } from '../data/schema.js';
import { describeIssues, validateDataset } from '../data/validate.js';
import { bounded, type Ctx } from './context.js';
import { extractEvents } from './events.js';
import { normalizeText, toOriginal } from './normalize.js';
import { findNumbers } from './numerals.js';
import { outlineOf } from './outline.js';
import { findProgramme } from './programme.js';
import { extractResults } from './results.js';
import { segment } from './sentences.js';
import { toSimplified, traditionalShare } from './simplify.js';
import { extractTargets, isTargetSentence, linkBaselines } from './targets.js';
import { latestYear, yearOf } from './years.js';

export interface ExtractOptions {
  /** The file name recorded in `source.file`. */
  readonly file?: string;
  /** The dataset id; default from the file name, else `draft`. */
  readonly id?: string;
  /** Force the script; default: detected. */
  readonly language?: 'zh-Hans' | 'zh-Hant';
  /**
   * The year the report's targets are for, where no sentence or heading states it; default: the
   * latest year the report states, else the current year — flagged for review either way.
   */
  readonly year?: number;
}

export interface ExtractResult {
  readonly dataset: Dataset;
  /** What the extractor could not place (numbers left unused, targets it could not type). */
  readonly notes: readonly string[];
}

/** The extractor produced something the schema rejects: a bug, reported with the paths. */
export class ExtractError extends Error {
  override name = 'ExtractError';
}

function slug(file: string | undefined): string | undefined {
  const base = file
    ?.split(/[\\/]/)
    .pop()
    ?.replace(/\.[^.]+$/, '')
    .toLowerCase();
  const s = base?.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return s ? s.slice(0, 80) : undefined;
}

/** Keeps each list within the schema's limit, saying what it left out. */
function capLists(ctx: Ctx, lists: Record<string, unknown[]>): void {
  for (const [name, list] of Object.entries(lists)) {
    if (list.length > LIMITS.items) {
      ctx.notes.push(
        `${list.length - LIMITS.items} ${name} beyond the schema's limit of ${LIMITS.items} left out`,
      );
      list.length = LIMITS.items;
    }
  }
}

/**
 * Numbers nothing used: said, not silently skipped. What covers a number: an item's words, a
 * heading (chapter titles), a list marker.
 */
function noteUnused(ctx: Ctx): void {
  const { norm, seg } = ctx;
  const covered = new Uint8Array(norm.text.length + 1);
  const cover = (r: { start: number; end: number }) => covered.fill(1, r.start, r.end);
  ctx.used.forEach(cover);
  for (const b of seg.blocks) {
    if (b.kind === 'heading') cover(b);
    if (b.marker) cover(b.marker);
  }
  const unused = findNumbers(norm.text).filter((n) => covered.subarray(n.start, n.end).includes(0));
  for (const n of unused) {
    const o = toOriginal(norm, n.start, n.end);
    const context = norm.original.slice(Math.max(0, o.start - 10), o.end + 10).replace(/\s+/g, ' ');
    ctx.notes.push(
      `number "${norm.original.slice(o.start, o.end)}" at ${o.start} not used: …${context}…`,
    );
  }
}

/** Reads every sentence outside the headings into figures, targets and events. */
function readSentences(ctx: Ctx, chapterOfBlock: ReadonlyMap<number, string>) {
  const figures: Figure[] = [];
  const targets: Target[] = [];
  const events: ReportEvent[] = [];
  for (const s of ctx.seg.sentences.flatMap((whole) => bounded(ctx.text, whole))) {
    const block = ctx.seg.blocks[s.block];
    if (!block || block.kind === 'heading') continue;
    const chapter = block.heading === undefined ? undefined : chapterOfBlock.get(block.heading);
    const isTarget = isTargetSentence(ctx, s);
    const year = yearOf(ctx, s, isTarget);
    if (isTarget) extractTargets(ctx, s, year, chapter, targets);
    else extractResults(ctx, s, year, chapter, figures);
    extractEvents(ctx, s, year, chapter, events);
  }
  linkBaselines(targets, figures);
  return { figures, targets, events };
}

/** Extracts a draft dataset from a report's text. Pure apart from the SHA-256 of the text. */
export function extractDraft(original: string, options: ExtractOptions = {}): ExtractResult {
  const language = options.language ?? (traditionalShare(original) > 0.04 ? 'zh-Hant' : 'zh-Hans');
  const norm = normalizeText(original, {
    toSimplified: language === 'zh-Hant' ? toSimplified : undefined,
  });
  const ctx: Ctx = {
    norm,
    seg: segment(norm.text),
    text: norm.text,
    used: [],
    notes: [],
    ids: new Set(),
    assumedYear:
      options.year !== undefined
        ? { year: options.year, given: true }
        : { year: latestYear(norm.text) ?? new Date().getFullYear(), given: false },
  };
  const outline = outlineOf(ctx);
  const { chapters } = outline;
  const { figures, targets, events } = readSentences(ctx, outline.chapterOfBlock);
  const programme = findProgramme(ctx, outline.chapterOfBlock);
  capLists(ctx, { chapters, figures, targets, events });
  noteUnused(ctx);

  const dataset: Dataset = {
    schemaVersion: SCHEMA_VERSION,
    id: options.id ?? slug(options.file) ?? 'draft',
    draft: true,
    title: { zh: (outline.title || '未命名报告').slice(0, 400) },
    ...(outline.subtitle ? { subtitle: { zh: outline.subtitle.slice(0, 400) } } : {}),
    region: { zh: (outline.region || '未知').slice(0, 400) },
    language,
    source: {
      file: options.file ?? 'report.md',
      length: original.length,
      sha256: sha256(original),
    },
    chapters,
    figures,
    targets,
    ...(programme ? { programme } : {}),
    events,
  };
  const checked = validateDataset(JSON.parse(JSON.stringify(dataset)));
  if (!checked.ok) {
    throw new ExtractError(
      `the draft does not validate (a bug in the extractor):\n${describeIssues(checked.issues)}`,
    );
  }
  return { dataset, notes: ctx.notes };
}
