/**
 * The studio's project: one report and the editor's work on it — the text as read, the draft the
 * extractor made of it, every decision (accept, reject), every edit (labels, ids, figures made from
 * numbers of the text), and the story. Plain data, so it is saved to IndexedDB as it is and
 * exported as one file. Pure functions only: no DOM, no storage, tested in Node.
 */
import type { Dataset, Figure, Text } from '../../src/data/schema.js';
import type { Story } from '../../src/story/schema.js';

/** What the project file format is called, and its version. */
export const PROJECT_FORMAT = 'report-story-studio-project';
export const PROJECT_VERSION = 1;

/** The kinds of item an editor reviews. */
export type ItemKind = 'figure' | 'target' | 'event' | 'programme';

/** An editor's verdict on an item; an item without one is still to review. */
export type Decision = 'accepted' | 'rejected';

/** What an editor changed of an item: its id and its label (title, for events and programmes). */
export interface ItemEdit {
  readonly id?: string;
  readonly label?: Text;
}

/** A number of the report text, in the original text's code units. */
export interface ReportNumber {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** In a heading or a list marker: part of the report's structure, not a figure to make. */
  readonly structural: boolean;
}

/** The report as the studio read it. */
export interface ReportText {
  readonly text: string;
  /** The file name (or the URL's last part, or 粘贴文本 / pasted text). */
  readonly file: string;
  /** SHA-256 of the text's UTF-8 bytes, lowercase hex. */
  readonly sha256: string;
  /** How the bytes were read: utf-8, utf-16le, gb18030 … (`text` when pasted). */
  readonly encoding: string;
  /** Where it was fetched from, for `?report=`. */
  readonly url?: string | undefined;
}

/** What the extractor made of the report. */
export interface Extraction {
  readonly dataset: Dataset;
  readonly notes: readonly string[];
  readonly numbers: readonly ReportNumber[];
}

export interface Project {
  readonly format: typeof PROJECT_FORMAT;
  readonly version: typeof PROJECT_VERSION;
  /** A random id, stable for the life of the project. */
  readonly id: string;
  readonly created: string;
  readonly updated: string;
  /** Bumped at every save: two tabs on one project cannot overwrite each other unseen. */
  readonly revision: number;
  readonly report: ReportText;
  readonly extraction: Extraction;
  /** Figures the editor made from numbers the extractor left unused. */
  readonly added: readonly Figure[];
  /** `kind:original-id` → the verdict. */
  readonly decisions: Readonly<Record<string, Decision>>;
  /** `kind:original-id` → what was changed. */
  readonly edits: Readonly<Record<string, ItemEdit>>;
  /** The story, once drafted; edited in place. */
  readonly story?: Story | undefined;
  /** The address the exported folder will be published at (the widgets' dataset URL is under it). */
  readonly publish: string;
}

/** The key of an item in decisions and edits: its kind and its id as the extractor wrote it. */
export function itemKey(kind: ItemKind, id: string): string {
  return `${kind}:${id}`;
}

/** A new project of a report the extractor has read. */
export function newProject(
  report: ReportText,
  extraction: Extraction,
  options: { readonly id: string; readonly now: string; readonly publish?: string },
): Project {
  return {
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    id: options.id,
    created: options.now,
    updated: options.now,
    revision: 0,
    report,
    extraction,
    added: [],
    decisions: {},
    edits: {},
    publish: options.publish ?? '',
  };
}

/** A short name for a project in lists: the report's title, else its file. */
export function projectTitle(project: Project): string {
  return project.extraction.dataset.title.zh || project.report.file;
}

/**
 * Which saved project a report opens: the one with the same text (SHA-256) — the editor goes on
 * where they stopped — or none. A project of the same file or URL whose text differs is named in
 * `changed`, so the page can say that the text changed and this is a new project: old decisions are
 * never laid over another text.
 */
export function matchProject<
  P extends { readonly report: Pick<ReportText, 'sha256' | 'file' | 'url'> },
>(
  saved: readonly P[],
  report: Pick<ReportText, 'sha256' | 'file' | 'url'>,
): { readonly same?: P | undefined; readonly changed?: P | undefined } {
  const same = saved.find((p) => p.report.sha256 === report.sha256);
  if (same) return { same };
  const changed = saved.find(
    (p) =>
      (report.url !== undefined && p.report.url === report.url) ||
      (report.url === undefined && p.report.url === undefined && p.report.file === report.file),
  );
  return { changed };
}

/** Why a save cannot go ahead: another tab saved a newer revision of the same project. */
export interface RevisionConflict {
  readonly conflict: true;
  /** The revision this tab's work started from. */
  readonly mine: number;
  /** The revision now stored. */
  readonly stored: number;
}

/**
 * The next revision of `project` to store over `stored` (what storage holds now), or a conflict when
 * storage moved on since this tab loaded or last saved it. Never overwrites another tab's work.
 */
export function nextRevision(
  project: Project,
  stored: Pick<Project, 'revision'> | undefined,
  now: string,
): Project | RevisionConflict {
  if (stored && stored.revision !== project.revision) {
    return { conflict: true, mine: project.revision, stored: stored.revision };
  }
  return { ...project, revision: project.revision + 1, updated: now };
}

export function isConflict(value: Project | RevisionConflict): value is RevisionConflict {
  return 'conflict' in value;
}
