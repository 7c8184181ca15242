/**
 * The site kit: the prebuilt files every site `report-story site` writes carries — the pages' one
 * script and stylesheet, and the embeds for widgets on other pages. `npm run build` makes
 * it in `dist/site-kit/` (`vite build --mode site-kit`), with a manifest listing its files; the
 * npm package ships it. The Node command reads it from disk; a browser (the studio) fetches the
 * same files; either hands them to `siteFiles()`.
 */

/** Where each part of the kit lives, inside the kit and inside a written site (the same path). */
export const SITE_KIT = {
  /** The manifest: `{ format, version, files }`. Not copied into sites. */
  manifest: 'kit.json',
  /** The story and deck pages' script: a classic script, so pages also run from `file://`. */
  script: 'assets/story-page.js',
  /** The pages' stylesheet. */
  style: 'assets/story.css',
  /**
   * The embeds' scripts, for widgets pasted into other pages: the module embed's loader and the
   * classic script. The loader's chunks (src/embed/files.ts) come beside them in the kit.
   */
  embeds: ['report-story.js', 'report-story.classic.js'],
} as const;

/** The `<meta name>` a page names its story file with (a URL relative to the page). */
export const STORY_META = 'report-story:story';

/** Bumped when a kit's layout changes in a way an older `siteFiles()` would misread. */
export const SITE_KIT_FORMAT = 1;

/** `kit.json`. */
export interface SiteKitManifest {
  readonly format: number;
  /** The report-story version that built it. */
  readonly version: string;
  /** Every file of the kit, as paths relative to the kit (the manifest excluded). */
  readonly files: readonly string[];
}

/** A file of a site or a kit: its path (forward slashes, relative) and its contents. */
export interface SiteFile {
  readonly path: string;
  readonly contents: string | Uint8Array;
}

/** Thrown for a kit, a dataset or a story a site cannot be made from. */
export class SiteError extends Error {
  override name = 'SiteError';
}

/** A relative path that stays inside its folder: words joined by single slashes, no `..`. */
export function isInsidePath(path: string): boolean {
  return (
    /^[A-Za-z0-9._-]+(?:\/[A-Za-z0-9._-]+)*$/.test(path) &&
    path.split('/').every((part) => part !== '.' && part !== '..')
  );
}

/**
 * Checks a parsed `kit.json`.
 * @throws SiteError naming what is wrong
 */
export function parseKitManifest(input: unknown, where = 'kit.json'): SiteKitManifest {
  const manifest = input as Partial<SiteKitManifest> | null;
  if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest)) {
    throw new SiteError(`${where} is not a site kit manifest (expected an object)`);
  }
  if (manifest.format !== SITE_KIT_FORMAT) {
    throw new SiteError(
      `${where} has format ${String(manifest.format)}; this report-story reads format ${SITE_KIT_FORMAT} (rebuild the kit with npm run build)`,
    );
  }
  const files = manifest.files;
  if (!Array.isArray(files) || !files.every((f) => typeof f === 'string' && isInsidePath(f))) {
    throw new SiteError(`${where}: files must be a list of relative paths inside the kit`);
  }
  for (const needed of [SITE_KIT.script, SITE_KIT.style]) {
    if (!files.includes(needed)) throw new SiteError(`${where} does not list ${needed}`);
  }
  return {
    format: SITE_KIT_FORMAT,
    version: typeof manifest.version === 'string' ? manifest.version : 'unknown',
    files,
  };
}
