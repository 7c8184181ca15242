/**
 * The curation's chapters: each located by its title, in the order of the source, with the span of
 * its whole section (to the next chapter at its level or above) and the year its title states.
 */
import type { Chapter, Provenance, Range } from '../../src/data/schema.js';
import { buildEach, corrected, locate, provenance, type Ctx, type Where } from './context.js';
import type { Curation, CurationEvent } from './curation.js';

export interface ChapterInfo {
  readonly chapter: Chapter;
  readonly depth: number;
  readonly year?: number | undefined;
  readonly sectionStart: number;
}

const YEAR_IN_TITLE = /((?:19|20|21)\d\d)年/;

/** Each section runs to the start of the line of the next chapter at the same or a higher level. */
function setSpans(ctx: Ctx, list: readonly ChapterInfo[]): void {
  list.forEach((info, i) => {
    const next = list.slice(i + 1).find((o) => o.depth <= info.depth);
    let end = ctx.source.length;
    if (next) end = ctx.source.lastIndexOf('\n', next.sectionStart - 1) + 1 || next.sectionStart;
    while (end > info.sectionStart && /\s/.test(ctx.source[end - 1] ?? '')) end--;
    (info.chapter as { span?: Range }).span = { start: info.sectionStart, end };
  });
}

export function buildChapters(ctx: Ctx, curation: Curation): Map<string, ChapterInfo> {
  const infos = new Map<string, ChapterInfo>();
  const list: ChapterInfo[] = [];
  curation.chapters.forEach((c, i) => {
    const where = `chapters[${i}] (${c.id})`;
    const r = locate(ctx, where, c);
    if (!r) return;
    const source = provenance(ctx, where, r);
    if (!source) return;
    const parent = c.parent === undefined ? undefined : infos.get(c.parent);
    if (c.parent !== undefined && !parent) {
      ctx.problems.push(`${where}.parent: no chapter "${c.parent}" comes before it`);
    }
    let sectionStart = source.start;
    if (c.section !== undefined) {
      const s = locate(ctx, `${where}.section`, { at: c.section });
      if (s) sectionStart = s.start;
    }
    const title = c.title.zh ?? corrected(ctx, r);
    const year = Number(YEAR_IN_TITLE.exec(title)?.[1]) || parent?.year;
    const chapter: Chapter = {
      id: c.id,
      kind: c.kind,
      title: { zh: title, en: c.title.en },
      ...(c.parent !== undefined ? { parent: c.parent } : {}),
      source,
    };
    const info: ChapterInfo = { chapter, depth: parent ? parent.depth + 1 : 0, year, sectionStart };
    const prev = list.at(-1);
    if (prev && prev.sectionStart >= sectionStart) {
      ctx.problems.push(
        `${where}: chapters must be listed in the order of the source (it starts before "${prev.chapter.id}")`,
      );
    }
    list.push(info);
    infos.set(c.id, info);
  });
  setSpans(ctx, list);
  return infos;
}

/** The chapter an item names, checked to hold the item's sentence. */
export function chapterOf(
  ctx: Ctx,
  where: Where,
  chapters: Map<string, ChapterInfo>,
  id: string,
  source: Provenance | undefined,
): ChapterInfo | undefined {
  const info = chapters.get(id);
  if (!info) {
    ctx.problems.push(`${where}.chapter: no chapter has the id "${id}"`);
    return undefined;
  }
  const s = info.chapter.span;
  if (source && s && (source.start < s.start || source.end > s.end)) {
    ctx.problems.push(`${where}: its sentence is outside chapter "${id}" (${s.start}–${s.end})`);
  }
  return info;
}

/** What `buildPlaced` reads of a curated item: its id, its chapter and its quote (`at`, `within`). */
type PlacedItem = Pick<CurationEvent, 'id' | 'chapter' | 'at' | 'within'>;

/**
 * Where a curated item stands: in the curation (`where`, for messages), in the dataset (`path`),
 * in the source (its quote's range and the sentence it stands in) and among the chapters (its
 * chapter, checked to hold the sentence).
 */
export interface Place {
  readonly where: Where;
  readonly path: string;
  readonly anchor: Range;
  readonly source: Provenance;
  readonly info: ChapterInfo | undefined;
}

/**
 * Builds each curated item of a list (see `buildEach`) from its place in the source; an item whose
 * quote or sentence is not found is left out (its problem is recorded).
 */
export function buildPlaced<C extends PlacedItem, T>(
  ctx: Ctx,
  list: string,
  items: readonly C[],
  chapters: Map<string, ChapterInfo>,
  build: (ctx: Ctx, item: C, place: Place) => T | undefined,
): T[] {
  return buildEach(list, items, (item, where, path) => {
    const anchor = locate(ctx, where, item);
    if (!anchor) return undefined;
    const source = provenance(ctx, where, anchor);
    if (!source) return undefined;
    const info = chapterOf(ctx, where, chapters, item.chapter, source);
    return build(ctx, item, { where, path, anchor, source, info });
  });
}
