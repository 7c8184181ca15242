/**
 * The files of the module embed, which live side by side in one folder:
 *
 *   report-story.js            the loader: defines each element a page uses, when it appears
 *   report-story.core.js       what every element shares (Lit, the data loader, the formatter …)
 *   report-story.<name>.js     one element each (`counter`, `gauge`, … see EMBED_TAGS)
 *   report-story.<name>-export.js   an element's SVG export (`counter-export` …), loaded on first
 *                              use by `toSVG()`
 *   report-story.speaker.js    the deck's speaker view, loaded when a deck shows it
 *   report-story.classic.js    the classic script: every element in one file (it cannot import)
 *
 * The names carry no hash, so that a page (or the embed builder's snippet) can name the files it
 * needs in `<link rel="modulepreload">` lines, and a folder of them can be copied as it is. A new
 * release goes to a new folder (`…/report-story/0.2.0/`): files of two releases must not mix.
 * The embed build checks that it wrote exactly these names (vite.config.ts).
 */

/** The loader, the one file a page names in its script tag. */
export const EMBED_LOADER = 'report-story.js';

/** The classic-script embed: every element in one file. */
export const EMBED_CLASSIC = 'report-story.classic.js';

/** The chunk every element's chunk imports. */
export const EMBED_CORE = 'report-story.core.js';

/** The elements the loader defines; `report-<name>` is built from `components/<name>/define.ts`. */
export const EMBED_TAGS = [
  'report-data',
  'report-counter',
  'report-gauge',
  'report-timeline',
  'report-pillars',
  'report-scroller',
  'report-deck',
] as const;

export type EmbedTag = (typeof EMBED_TAGS)[number];

/** Whether `tag` is one of the elements the loader defines. */
export function isEmbedTag(tag: string): tag is EmbedTag {
  return (EMBED_TAGS as readonly string[]).includes(tag);
}

/** The chunk of an element: `report-counter` → `report-story.counter.js`. */
export function elementFile(tag: EmbedTag): string {
  return `report-story.${tag.slice('report-'.length)}.js`;
}

/** The deck's speaker view, loaded when a deck shows it. */
export const EMBED_SPEAKER = 'report-story.speaker.js';

/**
 * The code elements load on first use, by dynamic `import()`: the module imported (a path from the
 * project's root) and the file the embed builds it into. These files are never named in a page:
 * an element asks for its own when it needs it (they import the core, and an element's export file
 * its element's chunk, which a page has loaded already).
 */
export const EMBED_LAZY = {
  'src/counter/svg.ts': 'report-story.counter-export.js',
  'src/target/svg.ts': 'report-story.gauge-export.js',
  'src/timeline/svg.ts': 'report-story.timeline-export.js',
  'src/pillars/svg.ts': 'report-story.pillars-export.js',
  'src/deck/speaker.ts': EMBED_SPEAKER,
} as const;

/**
 * The files a page fetches for an element, in the order to name them in modulepreload lines:
 * the core, then the element's chunk (the loader asks for both at once).
 */
export function embedFilesFor(tag: EmbedTag): readonly [string, string] {
  return [EMBED_CORE, elementFile(tag)];
}

/**
 * Whether a file name belongs to the module embed (the loader, the core, an element, a chunk
 * loaded on first use), as opposed to the classic script or a source map.
 */
export function isModuleEmbedFile(name: string): boolean {
  return name !== EMBED_CLASSIC && /^report-story(\.[a-z][a-z0-9-]*)?\.js$/.test(name);
}
