/**
 * The shape of a report as `draftStory()` tells it: its top-level chapters as parts, each part's
 * chapters (the part's own, then its sub-chapters depth first) as sections, and every figure,
 * target, event and the programme in the section of its chapter, in report order.
 *
 * Items whose chapter is missing (or that name none) go, by their place in the report, to a
 * leading part before the first chapter or a trailing part after the last; a dataset without
 * chapters is one part without an opening.
 */
import type { Chapter, Dataset, Figure, Programme, ReportEvent, Target } from '../data/schema.js';

export interface Section {
  /** The chapter; undefined for the sections of the leading and trailing parts. */
  readonly chapter: Chapter | undefined;
  readonly figures: Figure[];
  readonly targets: Target[];
  readonly events: ReportEvent[];
  /** The programme, when its chapter is this one. */
  programme: Programme | undefined;
  /** True when the programme's foundation is this chapter (its steps go with the programme's). */
  foundation: boolean;
}

export interface Part {
  /** `chapter`: a top-level chapter; `lead` and `more`: items before and after the chapters. */
  readonly kind: 'chapter' | 'lead' | 'more';
  readonly chapter: Chapter | undefined;
  /** The part's own section first (for a chapter), then its sub-chapters, depth first. */
  readonly sections: Section[];
}

/** Where an item sits in the report, for ordering. */
export const position = (item: {
  readonly source: { readonly start: number };
  readonly span?: { readonly start: number } | undefined;
}): number => item.span?.start ?? item.source.start;

/** Where an item's sentence starts; items of one sentence share it. */
export const sentenceOf = (item: { readonly source: { start: number; end: number } }): string =>
  `${item.source.start}:${item.source.end}`;

/** Sorts by report position, then by the order in the dataset (stable and deterministic). */
export function inReportOrder<T extends Parameters<typeof position>[0]>(items: readonly T[]): T[] {
  return items
    .map((item, index) => ({ item, index, at: position(item) }))
    .sort((a, b) => a.at - b.at || a.index - b.index)
    .map(({ item }) => item);
}

function section(chapter: Chapter | undefined): Section {
  return { chapter, figures: [], targets: [], events: [], programme: undefined, foundation: false };
}

/** Whether a section has anything of its own to show. */
export function hasContent(s: Section): boolean {
  return (
    s.figures.length > 0 ||
    s.targets.length > 0 ||
    s.events.length > 0 ||
    s.programme !== undefined ||
    s.foundation
  );
}

export interface OutlineParts {
  readonly figures: boolean;
  readonly targets: boolean;
  readonly events: boolean;
  readonly programme: boolean;
}

/** The parts and sections of a dataset, with its items placed in them. */
export function outline(dataset: Dataset, include: OutlineParts): Part[] {
  const chapters = inReportOrder(dataset.chapters);
  const byId = new Map(chapters.map((c) => [c.id, c]));

  // A chapter's parent, unless it is missing or part of a cycle (then the chapter is a root).
  const parentOf = (chapter: Chapter): Chapter | undefined => {
    const seen = new Set([chapter.id]);
    let at = chapter;
    for (;;) {
      const up = at.parent === undefined ? undefined : byId.get(at.parent);
      if (!up) break;
      if (seen.has(up.id)) return undefined;
      seen.add(up.id);
      at = up;
    }
    return chapter.parent === undefined ? undefined : byId.get(chapter.parent);
  };
  const children = new Map<string, Chapter[]>();
  const roots: Chapter[] = [];
  for (const chapter of chapters) {
    const parent = parentOf(chapter);
    if (parent) children.set(parent.id, [...(children.get(parent.id) ?? []), chapter]);
    else roots.push(chapter);
  }

  const sections = new Map<string, Section>();
  const parts: Part[] = roots.map((root) => {
    const list: Section[] = [];
    const visit = (chapter: Chapter) => {
      if (sections.has(chapter.id)) return;
      const s = section(chapter);
      sections.set(chapter.id, s);
      list.push(s);
      for (const child of children.get(chapter.id) ?? []) visit(child);
    };
    visit(root);
    return { kind: 'chapter' as const, chapter: root, sections: list };
  });

  const first = roots[0] ? position(roots[0]) : Number.POSITIVE_INFINITY;
  const lead = section(undefined);
  const more = section(undefined);
  const home = (chapter: string | undefined, at: number): Section =>
    (chapter !== undefined ? sections.get(chapter) : undefined) ?? (at < first ? lead : more);

  if (include.figures) {
    for (const f of inReportOrder(dataset.figures)) home(f.chapter, position(f)).figures.push(f);
  }
  if (include.targets) {
    for (const t of inReportOrder(dataset.targets)) home(t.chapter, position(t)).targets.push(t);
  }
  if (include.events) {
    for (const e of inReportOrder(dataset.events)) home(e.chapter, position(e)).events.push(e);
  }
  const programme = dataset.programme;
  if (include.programme && programme) {
    home(programme.chapter, position(programme)).programme = programme;
    const foundation = programme.foundation?.chapter;
    const at = foundation === undefined ? undefined : sections.get(foundation);
    if (at && at.programme === undefined) at.foundation = true;
  }

  return [
    ...(hasContent(lead) ? [{ kind: 'lead' as const, chapter: undefined, sections: [lead] }] : []),
    ...parts,
    ...(hasContent(more) ? [{ kind: 'more' as const, chapter: undefined, sections: [more] }] : []),
  ];
}
