/**
 * Where projects are kept: {@link ProjectStore}, a small interface the studio saves through —
 * `indexedDbStore()` in the browser, `memoryStore()` for tests. A save is a compare-and-set on the
 * project's revision ({@link nextRevision}): a tab whose copy is older than what is stored gets a
 * conflict back, never overwrites.
 */
import {
  isConflict,
  nextRevision,
  projectTitle,
  type Project,
  type RevisionConflict,
} from './project.js';

/** What a list of earlier projects shows. */
export interface ProjectSummary {
  readonly id: string;
  readonly title: string;
  readonly file: string;
  readonly updated: string;
  readonly revision: number;
  /** The report's SHA-256, file name and URL: what a report reopened is matched by. */
  readonly report: Pick<Project['report'], 'sha256' | 'file' | 'url'>;
}

export interface ProjectStore {
  /** Every project, the most recently changed first. */
  list(): Promise<ProjectSummary[]>;
  get(id: string): Promise<Project | undefined>;
  /** Stores the next revision of `project`, or answers the conflict. */
  save(project: Project, now?: string): Promise<Project | RevisionConflict>;
  remove(id: string): Promise<void>;
  /** The project opened last (what a reload restores). */
  last(): Promise<string | undefined>;
  setLast(id: string | undefined): Promise<void>;
}

export function summary(p: Project): ProjectSummary {
  return {
    id: p.id,
    title: projectTitle(p),
    file: p.report.file,
    updated: p.updated,
    revision: p.revision,
    report: { sha256: p.report.sha256, file: p.report.file, url: p.report.url },
  };
}

const newestFirst = (a: ProjectSummary, b: ProjectSummary) =>
  a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : 0;

/** A store in memory (tests; a browser without IndexedDB). */
export function memoryStore(): ProjectStore {
  const projects = new Map<string, Project>();
  let lastId: string | undefined;
  return {
    list: () => Promise.resolve([...projects.values()].map(summary).sort(newestFirst)),
    get: (id) => Promise.resolve(projects.get(id)),
    save(project, now = new Date().toISOString()) {
      const next = nextRevision(project, projects.get(project.id), now);
      if (!isConflict(next)) projects.set(next.id, next);
      return Promise.resolve(next);
    },
    remove(id) {
      projects.delete(id);
      return Promise.resolve();
    },
    last: () => Promise.resolve(lastId),
    setLast(id) {
      lastId = id;
      return Promise.resolve();
    },
  };
}

const DB = 'report-story-studio';
const PROJECTS = 'projects';
const META = 'meta';

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

/** Projects in the browser's IndexedDB (database `report-story-studio`). */
export async function indexedDbStore(factory: IDBFactory = indexedDB): Promise<ProjectStore> {
  const open = factory.open(DB, 1);
  open.onupgradeneeded = () => {
    const db = open.result;
    if (!db.objectStoreNames.contains(PROJECTS)) db.createObjectStore(PROJECTS, { keyPath: 'id' });
    if (!db.objectStoreNames.contains(META)) db.createObjectStore(META);
  };
  const db = await request(open);
  // Another tab upgrading the database: let it, this tab reopens on its next load.
  db.onversionchange = () => db.close();
  return {
    async list() {
      const tx = db.transaction(PROJECTS, 'readonly');
      const all = (await request(tx.objectStore(PROJECTS).getAll())) as Project[];
      return all.map(summary).sort(newestFirst);
    },
    async get(id) {
      const tx = db.transaction(PROJECTS, 'readonly');
      return (await request(tx.objectStore(PROJECTS).get(id))) as Project | undefined;
    },
    async save(project, now = new Date().toISOString()) {
      // Read and write in one transaction: no other tab's save can come in between.
      const tx = db.transaction(PROJECTS, 'readwrite');
      const store = tx.objectStore(PROJECTS);
      const stored = (await request(store.get(project.id))) as Project | undefined;
      const next = nextRevision(project, stored, now);
      if (!isConflict(next)) store.put(next);
      await done(tx);
      return next;
    },
    async remove(id) {
      const tx = db.transaction(PROJECTS, 'readwrite');
      tx.objectStore(PROJECTS).delete(id);
      await done(tx);
    },
    async last() {
      const tx = db.transaction(META, 'readonly');
      return (await request(tx.objectStore(META).get('last'))) as string | undefined;
    },
    async setLast(id) {
      const tx = db.transaction(META, 'readwrite');
      if (id === undefined) tx.objectStore(META).delete('last');
      else tx.objectStore(META).put(id, 'last');
      await done(tx);
    },
  };
}
