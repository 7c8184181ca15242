/**
 * The curation's programme: its title and roof, its pillars (each line read as
 * 以…为…，推动…（…、…） with the number that stands before it) and its foundation's commitments
 * (a title line and a detail line each).
 */
import type { Pillar, Programme, Provenance, Range } from '../../src/data/schema.js';
import { readPillarLine } from '../../src/extract/pillars.js';
import { chapterOf, type ChapterInfo } from './chapters.js';
import {
  account,
  corrected,
  locate,
  norm,
  original,
  provenance,
  show,
  span,
  type Ctx,
} from './context.js';
import type { Curation } from './curation.js';

type CuratedProgramme = NonNullable<Curation['programme']>;
type CuratedPillar = CuratedProgramme['pillars'][number];

function buildPillar(
  ctx: Ctx,
  c: CuratedPillar,
  at: string,
  number: { line: Provenance; index: number },
): Pillar | undefined {
  const { line } = number;
  const n = norm(ctx, line);
  const read = readPillarLine(ctx.norm.text, n.start, n.end);
  if (!read) {
    ctx.problems.push(
      `${at}: its line does not read as 以…为…，推动…（…、…）: ${show(line.quote)}`,
    );
    return undefined;
  }
  const actionTexts = read.actions.map((r) => original(ctx, r));
  if (actionTexts.length !== c.actions.length) {
    ctx.problems.push(
      `${at}.actions: the line has ${actionTexts.length} actions, the curation ${c.actions.length}`,
    );
    return undefined;
  }
  const block = ctx.seg.sentences.find((s) => s.start <= n.start && s.end > n.start)?.block;
  const marker = block === undefined ? undefined : ctx.seg.blocks[block]?.marker;
  if (marker?.value === undefined) {
    ctx.problems.push(`${at}: no number stands before its line`);
    return undefined;
  }
  account(ctx, original(ctx, marker), 'value', `programme.pillars[${number.index}].number`);
  const text = (r: Range) => ctx.source.slice(r.start, r.end);
  const words = (r: Range) => text(original(ctx, r));
  return {
    id: c.id,
    number: marker.value,
    name: { zh: words(read.name), en: c.name.en },
    driver: { zh: words(read.driver), en: c.driver.en },
    aim: { zh: words(read.aim), en: c.aim.en },
    actions: c.actions.map((a, k) => {
      const r = actionTexts[k] ?? line;
      return { id: a.id, text: { zh: text(r), en: a.en }, source: line, span: span(r) };
    }),
    source: line,
  };
}

function buildPillars(ctx: Ctx, p: CuratedProgramme, chapters: Map<string, ChapterInfo>): Pillar[] {
  const pillars: Pillar[] = [];
  p.pillars.forEach((c, i) => {
    const at = `programme.pillars[${i}] (${c.id})`;
    const anchor = locate(ctx, at, c);
    if (!anchor) return;
    const line = provenance(ctx, at, anchor);
    if (!line) return;
    chapterOf(ctx, at, chapters, p.chapter, line);
    const pillar = buildPillar(ctx, c, at, { line, index: pillars.length });
    if (pillar) pillars.push(pillar);
  });
  return pillars;
}

function buildFoundation(
  ctx: Ctx,
  f: NonNullable<CuratedProgramme['foundation']>,
  chapters: Map<string, ChapterInfo>,
): Programme['foundation'] {
  const at = 'programme.foundation';
  const r = locate(ctx, at, f);
  const fSource = r && provenance(ctx, at, r);
  if (!r || !fSource) return undefined;
  chapterOf(ctx, at, chapters, f.chapter, fSource);
  const commitments = f.commitments.flatMap((c, i) => {
    const w = `${at}.commitments[${i}] (${c.id})`;
    const cr = locate(ctx, w, c);
    const cs = cr && provenance(ctx, w, cr);
    if (!cr || !cs) return [];
    chapterOf(ctx, w, chapters, f.chapter, cs);
    const lines = cs.quote.split(/[ \t]*\n\s*/);
    if (lines.length !== 2) {
      ctx.problems.push(`${w}: expected a title line and a detail line, got ${lines.length} lines`);
      return [];
    }
    return [
      {
        id: c.id,
        title: { zh: lines[0] ?? '', en: c.title.en },
        detail: { zh: lines[1] ?? '', en: c.detail.en },
        source: cs,
      },
    ];
  });
  return {
    title: { zh: corrected(ctx, r), en: f.title.en },
    chapter: f.chapter,
    commitments,
    source: fSource,
  };
}

export function buildProgramme(
  ctx: Ctx,
  curation: Curation,
  chapters: Map<string, ChapterInfo>,
): Programme | undefined {
  const p = curation.programme;
  if (!p) return undefined;
  const where = 'programme';
  const titleAt = locate(ctx, `${where}.title`, p.title);
  const roofAt = locate(ctx, `${where}.roof`, p.roof);
  if (!titleAt || !roofAt) return undefined;
  const source = provenance(ctx, `${where}.title`, titleAt);
  const roofSource = provenance(ctx, `${where}.roof`, roofAt);
  if (!source || !roofSource) return undefined;
  chapterOf(ctx, where, chapters, p.chapter, source);
  const pillars = buildPillars(ctx, p, chapters);
  const foundation = p.foundation ? buildFoundation(ctx, p.foundation, chapters) : undefined;
  return {
    id: p.id,
    title: { zh: corrected(ctx, titleAt), en: p.title.en },
    chapter: p.chapter,
    roof: { text: { zh: corrected(ctx, roofAt), en: p.roof.en }, source: roofSource },
    pillars,
    ...(foundation ? { foundation } : {}),
    source,
  };
}
