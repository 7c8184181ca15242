/**
 * The studio's working session: the project open in this tab, and the doors it goes through —
 * the extractor (a worker), the store (IndexedDB) and the channel to other tabs. Every change is a
 * pure function of the project ({@link Session.update}); the session saves it at once, in order,
 * and stops saving (and says so) when another tab stored a newer revision, offering to reload.
 * No DOM here: the page draws from {@link Session.state}.
 */
import type { TabChannel } from './channel.js';
import type { Extractor } from './extractor.js';
import type { ReportInput } from './input.js';
import { isConflict, matchProject, newProject, type Project, type ReportText } from './project.js';
import type { ReadStage } from './read-report.js';
import type { ProjectStore, ProjectSummary } from './store.js';

export type SaveState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved'; readonly at: string }
  | { readonly kind: 'failed'; readonly message: string }
  /** Another tab stored a newer revision: this tab no longer saves until it reloads. */
  | { readonly kind: 'conflict'; readonly stored: number };

/** How a report came to be the open project. */
export type Opened =
  | { readonly kind: 'new' }
  | { readonly kind: 'same'; readonly title: string }
  | { readonly kind: 'changed'; readonly title: string };

export interface SessionState {
  readonly project: Project | undefined;
  readonly projects: readonly ProjectSummary[];
  readonly save: SaveState;
  /** Another tab announced a newer revision of the open project. */
  readonly newer: boolean;
  /** The read under way, and its stage. */
  readonly reading: { readonly file: string; readonly stage: ReadStage | 'read' } | undefined;
}

export interface SessionOptions {
  readonly store: ProjectStore;
  readonly extractor: Extractor;
  /** Made with the session's own notice handler (see {@link Session.heard}). */
  readonly channel?: TabChannel | undefined;
  readonly onChange: () => void;
  readonly newId?: () => string;
  readonly now?: () => string;
  /** The publishing address a new project starts with. */
  readonly publish?: (project: Project) => string;
}

/** A report had no numbers: nothing to review (the open project stays). */
export class NoNumbersError extends Error {
  override name = 'NoNumbersError';
  constructor(readonly file: string) {
    super(`no numbers in ${file}`);
  }
}

export class Session {
  #state: SessionState = {
    project: undefined,
    projects: [],
    save: { kind: 'idle' },
    newer: false,
    reading: undefined,
  };
  #queue: Promise<void> = Promise.resolve();
  /** A save is queued and has not started: later changes ride on it. */
  #queued = false;
  channel: TabChannel | undefined;
  readonly #o: SessionOptions;

  constructor(options: SessionOptions) {
    this.#o = options;
    this.channel = options.channel;
  }

  get state(): SessionState {
    return this.#state;
  }

  #set(changes: Partial<SessionState>): void {
    this.#state = { ...this.#state, ...changes };
    this.#o.onChange();
  }

  #now(): string {
    return (this.#o.now ?? (() => new Date().toISOString()))();
  }

  /** Loads the list of projects, and the last one opened. */
  async restore(): Promise<Project | undefined> {
    const projects = await this.#o.store.list();
    const lastId = await this.#o.store.last();
    const project = lastId ? await this.#o.store.get(lastId) : undefined;
    this.#set({ projects, project, newer: false, save: { kind: 'idle' } });
    return project;
  }

  async #refreshList(): Promise<void> {
    this.#set({ projects: await this.#o.store.list() });
  }

  /**
   * Reads a report into a project: the saved project of the same text if there is one, else a new
   * one (said, when a saved project of the same file or URL had another text). The open project is
   * replaced only once the read succeeded.
   * @throws NoNumbersError, or the extractor's error
   */
  async open(input: ReportInput): Promise<Opened> {
    this.#set({ reading: { file: input.file, stage: 'read' } });
    try {
      const result = await this.#o.extractor.read(input.text, input.file, (stage) =>
        this.#set({ reading: { file: input.file, stage } }),
      );
      if (!result.extraction.numbers.some((n) => !n.structural))
        throw new NoNumbersError(input.file);
      const report: ReportText = {
        text: input.text,
        file: input.file,
        sha256: result.sha256,
        encoding: input.encoding,
        ...(input.url ? { url: input.url } : {}),
      };
      // Matched by the saved projects' summaries: only the match is read whole.
      const match = matchProject(await this.#o.store.list(), report);
      const same = match.same && (await this.#o.store.get(match.same.id));
      if (same) {
        await this.#show(same);
        return { kind: 'same', title: same.extraction.dataset.title.zh };
      }
      const id = (this.#o.newId ?? (() => crypto.randomUUID()))();
      const fresh = newProject(report, result.extraction, { id, now: this.#now() });
      const project = { ...fresh, publish: this.#o.publish?.(fresh) ?? '' };
      this.#set({ project, newer: false, save: { kind: 'idle' } });
      await this.#store(project);
      return match.changed ? { kind: 'changed', title: match.changed.title } : { kind: 'new' };
    } finally {
      this.#set({ reading: undefined });
    }
  }

  async #show(project: Project): Promise<void> {
    this.#set({ project, newer: false, save: { kind: 'idle' } });
    await this.#o.store.setLast(project.id);
  }

  /** Opens a saved project. */
  async openSaved(id: string): Promise<Project | undefined> {
    const project = await this.#o.store.get(id);
    if (project) await this.#show(project);
    return project;
  }

  /** Opens a project from a file (stored first, under a new id if its id is taken). */
  async openImported(project: Project): Promise<void> {
    const taken = await this.#o.store.get(project.id);
    const own = taken
      ? { ...project, id: (this.#o.newId ?? (() => crypto.randomUUID()))(), revision: 0 }
      : { ...project, revision: 0 };
    this.#set({ project: own, newer: false, save: { kind: 'idle' } });
    await this.#store(own);
  }

  async remove(id: string): Promise<void> {
    await this.#o.store.remove(id);
    if (this.#state.project?.id === id) {
      await this.#o.store.setLast(undefined);
      this.#set({ project: undefined });
    }
    await this.#refreshList();
  }

  /** Reloads the open project from storage (after another tab saved it). */
  async reload(): Promise<void> {
    const id = this.#state.project?.id;
    if (!id) return;
    const project = await this.#o.store.get(id);
    this.#set({ project, newer: false, save: { kind: 'idle' } });
  }

  /** Another tab saved a project: if it is this one and newer, say so. */
  heard(notice: { readonly project: string; readonly revision: number }): void {
    const project = this.#state.project;
    if (project && notice.project === project.id && notice.revision > project.revision) {
      this.#set({ newer: true });
    }
    void this.#refreshList();
  }

  /** Changes the open project and saves it. */
  update(change: (project: Project) => Project): void {
    const project = this.#state.project;
    if (!project) return;
    const next = change(project);
    if (next === project) return;
    this.#set({ project: next });
    void this.#store(next);
  }

  /** Waits for the saves queued so far. */
  settled(): Promise<void> {
    return this.#queue;
  }

  #store(project: Project): Promise<void> {
    if (this.#queued) return this.#queue;
    this.#queued = true;
    this.#queue = this.#queue.then(async () => {
      this.#queued = false;
      if (this.#state.save.kind === 'conflict') return;
      // Save what is newest when this turn comes, with the revision last stored.
      const current = this.#state.project?.id === project.id ? this.#state.project : project;
      this.#set({ save: { kind: 'saving' } });
      try {
        const saved = await this.#o.store.save(current, this.#now());
        if (isConflict(saved)) {
          this.#set({ save: { kind: 'conflict', stored: saved.stored }, newer: true });
          return;
        }
        if (this.#state.project?.id === saved.id) {
          // Keep edits made while saving; take the stored revision.
          this.#set({
            project: { ...this.#state.project, revision: saved.revision, updated: saved.updated },
          });
        }
        await this.#o.store.setLast(saved.id);
        this.channel?.announce({ project: saved.id, revision: saved.revision });
        this.#set({ save: { kind: 'saved', at: saved.updated } });
        await this.#refreshList();
      } catch (error) {
        this.#set({
          save: { kind: 'failed', message: error instanceof Error ? error.message : String(error) },
        });
      }
    });
    return this.#queue;
  }
}
