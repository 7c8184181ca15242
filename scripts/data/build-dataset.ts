/**
 * Builds a dataset from a report and its curation, as a pure function (the CLI is `build.ts`).
 *
 * - Every curated item is found in the source by its quote; its provenance is the whole sentence
 *   (or sentences) the quote stands in, cut from the ORIGINAL text with its exact range.
 * - Values, units, qualifiers, changes, ranks, streaks, target comparators, pillar parts and
 *   stated dates are READ from the source words with the extractor's readers; the curation never
 *   types a number.
 * - Every number in the source is accounted for: as a value the dataset carries, as part of a
 *   text it carries verbatim, or by the curation's `numbers` list with a reason. Anything else
 *   stops the build, and so does any quote that is missing or ambiguous.
 *
 * One module per part: `chapters.ts`, `figures.ts`, `targets.ts`, `programme.ts`, `events.ts`,
 * `numbers.ts`; `context.ts` locates quotes and cuts provenance (with `src/extract/provenance.ts`).
 */
import { createHash } from 'node:crypto';
import type { Dataset } from '../../src/data/schema.js';
import { DatasetSchema, SCHEMA_VERSION } from '../../src/data/schema.js';
import { describeIssues, validateDataset } from '../../src/data/validate.js';
import { fromOriginalRange, normalizeText } from '../../src/extract/normalize.js';
import { segment } from '../../src/extract/sentences.js';
import { toSimplified } from '../../src/extract/simplify.js';
import { buildChapters, buildPlaced } from './chapters.js';
import { account, BuildError, corrected, locate, show, type Ctx } from './context.js';
import type { Curation } from './curation.js';
import { buildEvent, buildWhen } from './events.js';
import { buildFigure } from './figures.js';
import { accountNumbers, type NumberAccount } from './numbers.js';
import { buildProgramme } from './programme.js';
import { buildTarget } from './targets.js';

export { BuildError, type NumberAccount };

export interface BuildResult {
  readonly dataset: Dataset;
  /** The dataset as written: 2-space JSON and a final newline. */
  readonly json: string;
  readonly numbers: readonly NumberAccount[];
}

export interface BuildOptions {
  /** `$schema` of the dataset. */
  readonly schemaRef?: string;
}

/** Corrections: breaks inside sentences to join, and words that read differently in derived texts. */
function applyCorrections(ctx: Ctx, curation: Curation): void {
  const joins: number[] = [];
  (curation.corrections ?? []).forEach((c, i) => {
    const where = `corrections[${i}]`;
    const r = locate(ctx, where, c);
    if (!r) return;
    if (c.join) {
      const br = ctx.source.indexOf('\n', r.start);
      if (br < 0 || br >= r.end)
        ctx.problems.push(`${where}: ${show(c.at)} holds no line break to join`);
      else {
        joins.push(fromOriginalRange(ctx.norm, br, br + 1).start);
        ctx.joinedBreaks.push(br);
      }
    }
    if (c.reads !== undefined) ctx.reads.push({ start: r.start, end: r.end, reads: c.reads });
    if (!c.join && c.reads === undefined)
      ctx.problems.push(`${where}: says neither "join" nor "reads"`);
  });
  ctx.seg = segment(ctx.norm.text, { joins });
  for (const j of joins) {
    if (!ctx.seg.joins.some((k) => k === j)) {
      ctx.problems.push(`a join correction at ${j} does not join two paragraphs`);
    }
  }
}

/** The dataset's own fields from the curation's `dataset` part: title, subtitle, body, date. */
function datasetHeader(ctx: Ctx, curation: Curation) {
  const meta = curation.dataset;
  const titleAt = locate(ctx, 'dataset.title', meta.title);
  const subtitleAt = meta.subtitle && locate(ctx, 'dataset.subtitle', meta.subtitle);
  const bodyAt = meta.body && locate(ctx, 'dataset.body', meta.body);
  let when: Dataset['when'];
  if (meta.when) {
    const at = locate(ctx, 'dataset.when', meta.when);
    if (at) when = buildWhen(ctx, 'dataset', 'when', { ...meta.when, at: meta.when.at }, at);
  }
  for (const r of [titleAt, subtitleAt, bodyAt]) account(ctx, r, 'text', 'dataset');
  return { titleAt, subtitleAt, bodyAt, when };
}

/** Builds the dataset from the report text and its curation. Throws a BuildError naming every problem. */
export function buildDataset(
  source: string,
  curation: Curation,
  options: BuildOptions = {},
): BuildResult {
  const simplified = curation.dataset.language === 'zh-Hant' ? toSimplified : undefined;
  const normalized = normalizeText(source, { toSimplified: simplified });
  const ctx: Ctx = {
    source,
    norm: normalized,
    seg: segment(normalized.text, { joins: 'none' }),
    problems: [],
    accounts: [],
    joinedBreaks: [],
    reads: [],
  };
  applyCorrections(ctx, curation);

  const meta = curation.dataset;
  const { titleAt, subtitleAt, bodyAt, when } = datasetHeader(ctx, curation);
  const chapters = buildChapters(ctx, curation);
  const figures = buildPlaced(ctx, 'figures', curation.figures, chapters, buildFigure);
  const targets = buildPlaced(ctx, 'targets', curation.targets, chapters, buildTarget);
  const programme = buildProgramme(ctx, curation, chapters);
  const events = buildPlaced(ctx, 'events', curation.events, chapters, buildEvent);

  if (!titleAt) throw new BuildError(ctx.problems);
  const dataset: Dataset = {
    $schema: options.schemaRef ?? './report-story.schema.json',
    schemaVersion: SCHEMA_VERSION,
    id: meta.id,
    title: { zh: corrected(ctx, titleAt), en: meta.title.en },
    ...(meta.subtitle && subtitleAt
      ? { subtitle: { zh: meta.subtitle.zh ?? corrected(ctx, subtitleAt), en: meta.subtitle.en } }
      : {}),
    region: meta.region,
    ...(meta.body && bodyAt ? { body: { zh: corrected(ctx, bodyAt), en: meta.body.en } } : {}),
    ...(when ? { when } : {}),
    language: meta.language,
    source: {
      file: curation.sourceFile,
      length: source.length,
      sha256: createHash('sha256').update(source, 'utf8').digest('hex'),
      ...(meta.url ? { url: meta.url } : {}),
    },
    chapters: [...chapters.values()].map((c) => c.chapter),
    figures,
    targets,
    ...(programme ? { programme } : {}),
    events,
  };

  const numbers = accountNumbers(ctx, curation, dataset);
  const checked = validateDataset(JSON.parse(JSON.stringify(dataset)));
  if (!checked.ok)
    ctx.problems.push(`the built dataset does not validate:\n${describeIssues(checked.issues)}`);
  if (ctx.problems.length) throw new BuildError(ctx.problems);
  return { dataset, json: `${JSON.stringify(dataset, null, 2)}\n`, numbers };
}

/** The schema the dataset is checked against (re-exported for the CLI's JSON Schema). */
export { DatasetSchema };
