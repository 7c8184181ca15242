/**
 * The review: the items of a project's draft with the editor's verdicts and edits laid over them,
 * the state of every number of the report text, the count an editor keeps in view, id checks, and
 * the reviewed dataset those decisions make. Pure functions of a {@link Project}.
 */
import type {
  Dataset,
  Figure,
  Provenance,
  Range,
  ReportEvent,
  Target,
  Text,
} from '../../src/data/schema.js';
import {
  itemKey,
  type Decision,
  type ItemEdit,
  type ItemKind,
  type Project,
  type ReportNumber,
} from './project.js';

/** An item's state in the review. */
export type ItemState = 'accepted' | 'review' | 'rejected';
/** A number's state in the text: its item's state, or unused. */
export type NumberState = ItemState | 'unused';

/** The extractor's flag on an item it could not read with confidence (an optional dataset field). */
export interface ReviewFlag {
  readonly fields: readonly string[];
  readonly note: Text;
}

/** One item as the review shows it. */
export interface ReviewItem {
  /** `kind:original-id`: where its decision and edits are kept. */
  readonly key: string;
  readonly kind: ItemKind;
  /** The id as the extractor wrote it. */
  readonly originalId: string;
  /** The id with the editor's edit. */
  readonly id: string;
  /** The label (an event's or programme's title) with the editor's edit. */
  readonly label: Text;
  readonly source: Provenance;
  /** The item's own words in the text (the number, its change, its rank, its date). */
  readonly spans: readonly Range[];
  readonly state: ItemState;
  /** Made by the editor from a number of the text. */
  readonly added: boolean;
  readonly flag?: ReviewFlag | undefined;
  /** The figure or target itself, for the value and unit shown beside it. */
  readonly figure?: Figure | undefined;
  readonly target?: Target | undefined;
  readonly event?: ReportEvent | undefined;
}

function flagOf(item: object): ReviewFlag | undefined {
  const flag = (item as { review?: unknown }).review;
  if (typeof flag !== 'object' || flag === null) return undefined;
  const { fields, note } = flag as { fields?: unknown; note?: unknown };
  if (!Array.isArray(fields) || typeof note !== 'object' || note === null) return undefined;
  return { fields: fields.filter((f): f is string => typeof f === 'string'), note: note as Text };
}

const stateOf = (decision: Decision | undefined): ItemState => decision ?? 'review';

/** Where an item's label is written in its sentence, if it is written there as it stands. */
function labelIn(source: Provenance, label: string): Range | undefined {
  const at = label ? source.quote.indexOf(label) : -1;
  return at < 0 ? undefined : { start: source.start + at, end: source.start + at + label.length };
}

function item(
  project: Project,
  kind: ItemKind,
  base: {
    readonly id: string;
    readonly label: Text;
    readonly source: Provenance;
    readonly spans: readonly (Range | undefined)[];
  },
  extra: Partial<ReviewItem> = {},
): ReviewItem {
  const key = itemKey(kind, base.id);
  const edit: ItemEdit = project.edits[key] ?? {};
  return {
    key,
    kind,
    originalId: base.id,
    id: edit.id ?? base.id,
    label: edit.label ?? base.label,
    source: base.source,
    // The item's own words: its numbers, then its label where its sentence writes it (万 of 万人).
    spans: [...base.spans, labelIn(base.source, base.label.zh)].filter(
      (s): s is Range => s !== undefined,
    ),
    state: stateOf(project.decisions[key]),
    added: false,
    ...extra,
  };
}

const figureItem = (project: Project, f: Figure, added: boolean) =>
  item(
    project,
    'figure',
    { id: f.id, label: f.label, source: f.source, spans: [f.span, f.change?.span, f.rank?.span] },
    { figure: f, added, flag: flagOf(f) },
  );

/** Every item of the project in report order within its kind: figures (with those added), targets, events, the programme. */
export function reviewItems(project: Project): ReviewItem[] {
  const d = project.extraction.dataset;
  const items: ReviewItem[] = [
    ...[...d.figures.map((f) => figureItem(project, f, false))],
    ...project.added.map((f) => figureItem(project, f, true)),
  ].sort(
    (a, b) =>
      a.source.start - b.source.start || (a.spans[0]?.start ?? 0) - (b.spans[0]?.start ?? 0),
  );
  for (const t of d.targets) {
    items.push(
      item(
        project,
        'target',
        { id: t.id, label: t.label, source: t.source, spans: [t.span] },
        { target: t, flag: flagOf(t) },
      ),
    );
  }
  for (const e of d.events) {
    items.push(
      item(
        project,
        'event',
        { id: e.id, label: e.title, source: e.source, spans: [e.when.span] },
        {
          event: e,
        },
      ),
    );
  }
  if (d.programme) {
    const p = d.programme;
    // The programme's name, wherever the report writes it (“五提工程”), holds its number.
    const spans = occurrences(project.report.text, p.title.zh);
    items.push(item(project, 'programme', { id: p.id, label: p.title, source: p.source, spans }));
  }
  return items;
}

/** Every place a phrase is written in a text. */
function occurrences(text: string, phrase: string): Range[] {
  const out: Range[] = [];
  if (!phrase) return out;
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length)) {
    out.push({ start: at, end: at + phrase.length });
  }
  return out;
}

/** The items as one list in the order of the text: what next and previous walk through. */
export function inTextOrder(items: readonly ReviewItem[]): ReviewItem[] {
  return [...items].sort(
    (a, b) =>
      a.source.start - b.source.start ||
      (a.spans[0]?.start ?? a.source.start) - (b.spans[0]?.start ?? b.source.start),
  );
}

/** A number of the text with its state and the item it belongs to. */
export interface MarkedNumber extends ReportNumber {
  readonly state: NumberState;
  /** The item whose own words hold it. */
  readonly item?: string | undefined;
}

/**
 * Every number of the text with its state: the state of the item whose own words hold it
 * (accepted wins over to review, to review over rejected, when two items share a number), or
 * unused. Numbers of headings and list markers belong to the report's structure and are left out.
 */
export function markNumbers(project: Project, items: readonly ReviewItem[]): MarkedNumber[] {
  const rank: Record<ItemState, number> = { accepted: 3, review: 2, rejected: 1 };
  const owners = items.flatMap((i) => i.spans.map((span) => ({ span, item: i })));
  owners.sort((a, b) => a.span.start - b.span.start);
  // A span holding a number starts at most this far before it: only those few are looked at.
  const longest = Math.max(0, ...owners.map(({ span }) => span.end - span.start));
  const out: MarkedNumber[] = [];
  for (const n of project.extraction.numbers) {
    if (n.structural) continue;
    let best: ReviewItem | undefined;
    // The last span starting at or before the number, then back while one could still hold it.
    let lo = 0;
    let hi = owners.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((owners[mid]?.span.start ?? 0) <= n.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0; i--) {
      const { span, item: owner } = owners[i] as (typeof owners)[number];
      if (span.start < n.start - longest) break;
      if (n.end <= span.end && (!best || rank[owner.state] > rank[best.state])) best = owner;
    }
    out.push(best ? { ...n, state: best.state, item: best.key } : { ...n, state: 'unused' });
  }
  return out;
}

export interface ReviewCounts {
  readonly accepted: number;
  readonly rejected: number;
  readonly review: number;
  /** Numbers of the text no item holds. */
  readonly unused: number;
}

export function countReview(
  items: readonly ReviewItem[],
  numbers: readonly MarkedNumber[],
): ReviewCounts {
  const counts = { accepted: 0, rejected: 0, review: 0, unused: 0 };
  for (const i of items) counts[i.state]++;
  for (const n of numbers) if (n.state === 'unused') counts.unused++;
  return counts;
}

/** A record without some of its keys. */
function without<V>(
  record: Readonly<Record<string, V>>,
  keys: readonly string[],
): Record<string, V> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)));
}

/** Sets (or, with `undefined`, clears) the verdict on items. */
export function decide(
  project: Project,
  keys: readonly string[],
  decision: Decision | undefined,
): Project {
  const decisions = decision
    ? { ...project.decisions, ...Object.fromEntries(keys.map((key) => [key, decision])) }
    : without(project.decisions, keys);
  return { ...project, decisions };
}

/** The pattern ids follow (the dataset schema's). */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const ID_MAX = 80;

export type IdProblem =
  | { readonly problem: 'empty' }
  | { readonly problem: 'pattern' }
  | { readonly problem: 'length' }
  | { readonly problem: 'taken'; readonly by: string };

/**
 * Why `id` cannot be the new id of the item `key`, or undefined when it can: it must have the
 * schema's form and be unique among every id of the dataset (items, chapters, the programme's
 * parts), since stories name any of them.
 */
export function checkId(project: Project, key: string, id: string): IdProblem | undefined {
  if (id === '') return { problem: 'empty' };
  if (id.length > ID_MAX) return { problem: 'length' };
  if (!ID_PATTERN.test(id)) return { problem: 'pattern' };
  for (const other of reviewItems(project)) {
    if (other.key !== key && (other.id === id || other.originalId === id)) {
      return { problem: 'taken', by: other.key };
    }
  }
  const d = project.extraction.dataset;
  const structural = [
    ...d.chapters.map((c) => c.id),
    ...(d.programme?.pillars.flatMap((p) => [p.id, ...p.actions.map((a) => a.id)]) ?? []),
    ...(d.programme?.foundation?.commitments.map((c) => c.id) ?? []),
  ];
  if (structural.includes(id)) return { problem: 'taken', by: `chapter:${id}` };
  return undefined;
}

/** Why an item's value cannot be edited: it is read from the report's words. */
export const VALUE_READ_ONLY = 'value-from-text';

/**
 * Changes an item's label or id. A label must have Chinese; an id must pass {@link checkId}.
 * @returns the project, or the problem with the id
 */
export function editItem(
  project: Project,
  key: string,
  edit: ItemEdit,
): Project | { readonly refused: IdProblem | 'label-empty' } {
  const current = reviewItems(project).find((i) => i.key === key);
  if (!current) return project;
  if (edit.id !== undefined && edit.id !== current.id) {
    const problem = checkId(project, key, edit.id);
    if (problem) return { refused: problem };
  }
  if (edit.label !== undefined && edit.label.zh.trim() === '') return { refused: 'label-empty' };
  const before = project.edits[key] ?? {};
  const label = edit.label && {
    zh: edit.label.zh.trim(),
    ...(edit.label.en?.trim() ? { en: edit.label.en.trim() } : {}),
  };
  const next: ItemEdit = {
    ...before,
    ...(edit.id !== undefined ? { id: edit.id } : {}),
    ...(label ? { label } : {}),
  };
  return { ...project, edits: { ...project.edits, [key]: next } };
}

/** Adds a figure the editor made from a number of the text: accepted, since the editor chose it. */
export function addFigure(project: Project, figure: Figure): Project {
  return {
    ...project,
    added: [...project.added, figure],
    decisions: { ...project.decisions, [itemKey('figure', figure.id)]: 'accepted' },
  };
}

/** Removes a figure the editor added (the number is unused again). */
export function removeAdded(project: Project, key: string): Project {
  const added = project.added.filter((f) => itemKey('figure', f.id) !== key);
  return {
    ...project,
    added,
    decisions: without(project.decisions, [key]),
    edits: without(project.edits, [key]),
  };
}

/** The ids an edited project gives its items: original → current, `undefined` for rejected ones. */
export function idMap(items: readonly ReviewItem[]): Map<string, string | undefined> {
  const map = new Map<string, string | undefined>();
  for (const i of items)
    map.set(`${i.kind}:${i.originalId}`, i.state === 'rejected' ? undefined : i.id);
  return map;
}

/**
 * The dataset the review makes: rejected items left out (and every reference to them), edited ids
 * and labels applied (references follow the id), added figures in. `draft` is set while anything is
 * still to review and cleared only when nothing is.
 */
export function reviewedDataset(project: Project): Dataset {
  const items = reviewItems(project);
  const ids = idMap(items);
  const byKey = new Map(items.map((i) => [i.key, i]));
  const d = project.extraction.dataset;
  const figureId = (id: string) => ids.get(`figure:${id}`);
  const targetId = (id: string) => ids.get(`target:${id}`);
  const kept = <T extends { id: string }>(kind: ItemKind, list: readonly T[]) =>
    list.filter((x) => byKey.get(`${kind}:${x.id}`)?.state !== 'rejected');
  const labelOf = (kind: ItemKind, id: string, fallback: Text) =>
    byKey.get(`${kind}:${id}`)?.label ?? fallback;

  // An accepted item has been checked: the extractor's review flag goes.
  const checked = <T extends object>(kind: ItemKind, x: T & { id: string }): T => {
    if (byKey.get(`${kind}:${x.id}`)?.state !== 'accepted' || !('review' in x)) return x;
    const { review: _review, ...rest } = x as T & { review?: unknown };
    return rest as T;
  };
  const figures = [...kept('figure', [...d.figures, ...project.added])]
    .sort((a, b) => a.source.start - b.source.start)
    .map((f) => ({
      ...checked('figure', f),
      id: figureId(f.id) ?? f.id,
      label: labelOf('figure', f.id, f.label),
    }));
  const targets = kept('target', d.targets).map((t) => {
    const { baseline, reference, ...rest } = checked('target', t);
    const base = baseline && figureId(baseline.figure);
    const ref = reference && targetId(reference);
    return {
      ...rest,
      id: targetId(t.id) ?? t.id,
      label: labelOf('target', t.id, t.label),
      ...(baseline && base ? { baseline: { ...baseline, figure: base } } : {}),
      ...(ref ? { reference: ref } : {}),
    };
  });
  const events = kept('event', d.events).map((e) => {
    const { figures: linked, ...rest } = e;
    const remapped = (linked ?? []).map(figureId).filter((id): id is string => id !== undefined);
    return {
      ...rest,
      id: ids.get(`event:${e.id}`) ?? e.id,
      title: labelOf('event', e.id, e.title),
      ...(remapped.length ? { figures: remapped } : {}),
    };
  });
  const programmeItem = d.programme && byKey.get(`programme:${d.programme.id}`);
  const programme =
    d.programme && programmeItem && programmeItem.state !== 'rejected'
      ? { ...d.programme, id: programmeItem.id, title: programmeItem.label }
      : undefined;
  const pending = items.some((i) => i.state === 'review');
  const { draft: _draft, programme: _programme, ...rest } = d;
  return {
    ...rest,
    ...(pending ? { draft: true } : {}),
    figures,
    targets,
    ...(programme ? { programme } : {}),
    events,
  };
}
