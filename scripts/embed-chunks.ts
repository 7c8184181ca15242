/**
 * Lays out and checks the module embed's build (`vite build --mode embed`) against what the loader and the
 * embed builder's snippet count on (src/embed/files.ts), and stops the build when it differs:
 *
 * - every file has its fixed name (`report-story.<name>.js`, no hash);
 * - the loader imports nothing at start (its chunk imports are URLs it makes at run time);
 * - each element's chunk imports the core and nothing else, so a page fetches two files per
 *   element, both at once;
 * - code loaded on first use (an element's export, the speaker view) is in the file
 *   `EMBED_LAZY` names, and no element's chunk imports it statically;
 * - the core and every element's chunk exist.
 *
 * The layout (`chunkOf`, given to the bundler's code splitting) is decided on the module graph:
 * a module that two elements' chunks reach by static imports goes into the core — unless the
 * counter does not use it: then each element that does gets a copy of its own (`embedCopies`), so
 * that the core holds only what a one-counter page needs (the copies are small: a controller, a
 * directive, words; they cost the page with every widget about 1 KiB gzip); one that a single
 * element reaches stays in its chunk; one that no element reaches statically belongs to
 * the first-use file of the dynamic import that reaches it (`EMBED_LAZY`; what several of those
 * need is copied into each, as above).
 *
 * A change of the bundler's chunking (or a module the loader starts sharing with the elements)
 * then fails here, not in a reader's browser. Before it writes, it removes the module embed's files
 * of an earlier build from the output folder (which holds other builds too), so that a chunk that
 * no longer exists is not copied into sites and kits.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import {
  elementFile,
  EMBED_CORE,
  EMBED_LAZY,
  EMBED_LOADER,
  EMBED_TAGS,
  isModuleEmbedFile,
} from '../src/embed/files.js';

export interface EmbedChunks {
  plugin: Plugin;
  /**
   * The chunk a module goes into, as the bundler's group name (`core`, `counter-export` …), or
   * null for the chunk of the one element that uses it. Known once the module graph is built.
   */
  chunkOf(id: string): string | null;
  /** The file of a chunk loaded on first use, by the module it is built from (`EMBED_LAZY`). */
  lazyFile(id: string | null): string | undefined;
}

/** `report-story.core.js` → `core`: the name a chunk is given for `report-story.[name].js`. */
const groupName = (file: string) => file.replace(/^report-story\.|\.js$/g, '');

/** The module graph as the bundler's plugin context gives it. */
interface Graph {
  getModuleIds(): IterableIterator<string>;
  getModuleInfo(id: string): {
    isEntry: boolean;
    importedIds: readonly string[];
    dynamicallyImportedIds: readonly string[];
  } | null;
}

/** Module ids without a query, with `/` separators, relative to `root`. */
function relative(root: string, id: string): string {
  const path = id.replace(/\?.*$/, '').split('\\').join('/');
  const base = root.split('\\').join('/').replace(/\/?$/, '/');
  return path.startsWith(base) ? path.slice(base.length) : path;
}

/** The modules `start` reaches by static imports (`imports` gives a module's), itself included. */
function reach(start: string, imports: (id: string) => readonly string[]): Set<string> {
  const seen = new Set<string>();
  const todo = [start];
  for (let id = todo.pop(); id !== undefined; id = todo.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    todo.push(...imports(id));
  }
  return seen;
}

/** Adds `value` to the set `map` holds for `id`. */
function add(map: Map<string, Set<string>>, id: string, value: string): void {
  map.set(id, (map.get(id) ?? new Set()).add(value));
}

/** Where each module goes (see the file's comment); `problems` lists what has no place. */
export function layout(
  graph: Graph,
  root: string,
): { chunks: Map<string, string>; problems: string[] } {
  const info = (id: string) => graph.getModuleInfo(id);
  const imports = (id: string) => info(id)?.importedIds ?? [];
  const ids = [...graph.getModuleIds()];
  /** The entries (the loader, the elements) that reach a module by static imports. */
  const users = new Map<string, Set<string>>();
  for (const entry of ids.filter((id) => info(id)?.isEntry)) {
    for (const id of reach(entry, imports)) add(users, id, entry);
  }
  const lazy: Record<string, string> = EMBED_LAZY;
  /** The entries whose first-use code reaches a module. */
  const lazyUsers = new Map<string, Set<string>>();
  const problems: string[] = [];
  for (const importer of ids) {
    for (const target of info(importer)?.dynamicallyImportedIds ?? []) {
      const file = lazy[relative(root, target)];
      if (!file) {
        problems.push(
          `${relative(root, target)} is imported on first use, but EMBED_LAZY names no file for it`,
        );
        continue;
      }
      for (const id of reach(target, imports)) {
        for (const entry of users.get(importer) ?? []) add(lazyUsers, id, entry);
      }
    }
  }
  const chunks = new Map<string, string>();
  for (const id of ids) {
    const owners = users.get(id);
    if (owners) {
      // Two entries share it, or one has it and another's first-use code needs it (which must
      // not fetch that entry's chunk for it): the core.
      const others = [...(lazyUsers.get(id) ?? [])].some((entry) => !owners.has(entry));
      if (owners.size >= 2 || others) chunks.set(id, groupName(EMBED_CORE));
    }
  }
  return { chunks, problems };
}

/**
 * What the first pass of the embed build learns of the module graph: for each module, where it is
 * reached from by static imports — the entries (the loader, the elements) and the modules loaded
 * on first use (`EMBED_LAZY`) — and for each of the latter, the entries that load it.
 */
export interface GraphSummary {
  users: Map<string, Set<string>>;
  lazyOwners: Map<string, Set<string>>;
}

/** Captures the graph into `summary` (a plugin for the first pass). */
export function graphSummary(summary: GraphSummary): Plugin {
  return {
    name: 'report-story:embed-graph',
    apply: 'build',
    buildEnd() {
      const ids = [...this.getModuleIds()];
      const imports = (id: string) => this.getModuleInfo(id)?.importedIds ?? [];
      const entries = ids.filter((id) => this.getModuleInfo(id)?.isEntry);
      for (const entry of entries) {
        for (const id of reach(entry, imports)) add(summary.users, id, entry);
      }
      for (const importer of ids) {
        for (const root of this.getModuleInfo(importer)?.dynamicallyImportedIds ?? []) {
          for (const entry of summary.users.get(importer) ?? [])
            add(summary.lazyOwners, root, entry);
        }
      }
      for (const root of summary.lazyOwners.keys()) {
        for (const id of reach(root, imports)) add(summary.users, id, root);
      }
    },
  };
}

/**
 * The places a module is needed in: the entries and first-use modules that reach it, where a
 * first-use module of one element counts as that element when the element needs the module too
 * (its chunk, loaded already, serves both).
 */
function placesOf(graph: GraphSummary, id: string): Set<string> {
  const by = graph.users.get(id) ?? new Set<string>();
  const places = new Set<string>();
  for (const start of by) {
    const owners = [...(graph.lazyOwners.get(start) ?? [])];
    const owner = owners.length === 1 ? owners[0] : undefined;
    places.add(owner !== undefined && by.has(owner) ? owner : start);
  }
  return places;
}

/** The query that marks an element's own copy of a module: `…/hash-controller.ts?embed-copy=deck`. */
const COPY = '?embed-copy=';

/**
 * Copies the modules that two or more places need (elements, or code loaded on first use) but the
 * counter does not into each of those places, instead of sharing them in the core: the core is
 * what the lightest and commonest page, one counter, needs. An import of such a module from a
 * module of one place (or from another copy) resolves to that place's copy of it; `name` gives a
 * place's name for the query (`deck`, `speaker` …).
 */
export function embedCopies(
  graph: GraphSummary,
  counter: string,
  name: (place: string) => string,
): Plugin {
  const copied = new Set<string>();
  for (const id of graph.users.keys()) {
    const places = placesOf(graph, id);
    if (places.size >= 2 && !graph.users.get(id)?.has(counter)) copied.add(id);
  }
  return {
    name: 'report-story:embed-copies',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer) return null;
      const at = importer.indexOf(COPY);
      const base = at < 0 ? importer : importer.slice(0, at);
      const places = at < 0 ? [...placesOf(graph, base)] : [];
      const place =
        at >= 0
          ? importer.slice(at + COPY.length)
          : places.length === 1
            ? name(places[0] ?? '')
            : '';
      if (!place) return null;
      const resolved = await this.resolve(source, base, { ...options, skipSelf: true });
      if (!resolved || resolved.external || !copied.has(resolved.id)) return resolved;
      return { ...resolved, id: `${resolved.id}${COPY}${place}` };
    },
  };
}

/** A place's name for a copy's query: an element's (`deck`), or its first-use file's (`speaker`). */
export function placeName(root: string, place: string): string {
  const element = /components[\\/](\w+)[\\/]define\.ts$/.exec(place)?.[1];
  if (element) return element;
  const file = (EMBED_LAZY as Record<string, string>)[relative(root, place)];
  return file ? groupName(file) : '';
}

export function embedChunks(root: string): EmbedChunks {
  let chunks = new Map<string, string>();
  let layoutProblems: string[] = [];
  const plugin: Plugin = {
    name: 'report-story:embed-chunks',
    apply: 'build',
    buildEnd() {
      ({ chunks, problems: layoutProblems } = layout(this, root));
    },
    renderStart(options) {
      const dir = options.dir;
      if (!dir || !existsSync(dir)) return;
      for (const file of readdirSync(dir)) {
        const name = file.replace(/\.map$/, '');
        if (isModuleEmbedFile(name)) rmSync(resolve(dir, file));
      }
    },
    generateBundle(_, bundle) {
      const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
      const problems = [...layoutProblems];
      for (const chunk of chunks) {
        if (!isModuleEmbedFile(chunk.fileName)) {
          problems.push(`${chunk.fileName} is not named report-story.<name>.js`);
        }
      }
      const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const loader = byName.get(EMBED_LOADER);
      if (!loader) problems.push(`no ${EMBED_LOADER}`);
      else if (loader.imports.length || loader.dynamicImports.length) {
        problems.push(
          `${EMBED_LOADER} imports ${[...loader.imports, ...loader.dynamicImports].join(', ')}: the loader must share no module with the elements`,
        );
      }
      if (!byName.has(EMBED_CORE)) problems.push(`no ${EMBED_CORE}`);
      for (const file of EMBED_TAGS.map(elementFile)) {
        const chunk = byName.get(file);
        if (!chunk) {
          problems.push(`no ${file}`);
          continue;
        }
        const others = chunk.imports.filter((name) => name !== EMBED_CORE);
        if (others.length) {
          problems.push(`${file} imports ${others.join(', ')} besides ${EMBED_CORE}`);
        }
      }
      const elements = new Set<string>(EMBED_TAGS.map(elementFile));
      const known = new Set<string>([
        EMBED_LOADER,
        EMBED_CORE,
        ...elements,
        ...Object.values(EMBED_LAZY),
      ]);
      for (const chunk of chunks) {
        if (!known.has(chunk.fileName)) {
          problems.push(
            `${chunk.fileName} is neither an element's chunk, the core nor a file EMBED_LAZY names`,
          );
        }
      }
      if (problems.length) this.error(`the module embed's files:\n- ${problems.join('\n- ')}`);
    },
  };
  return {
    plugin,
    // The bundler's own helpers (for dynamic imports) are shared like the core.
    chunkOf: (id) => chunks.get(id) ?? null,
    lazyFile: (id) => (id ? (EMBED_LAZY as Record<string, string>)[relative(root, id)] : undefined),
  };
}
