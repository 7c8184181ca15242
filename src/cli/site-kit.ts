/// <reference types="node" />
/**
 * Finds and reads the site kit from disk for `report-story site`: `$REPORT_STORY_SITE_KIT`, else
 * the kit `npm run build` makes beside the code (`dist/site-kit/`, from `src/cli/` in the
 * repository or from `dist/src/cli/` in the package).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseKitManifest, SITE_KIT, SiteError, type SiteFile } from '../site/kit.js';

/** The folders a kit is looked for in, in order. */
export function siteKitPlaces(env: Readonly<Record<string, string | undefined>>): string[] {
  const own = env.REPORT_STORY_SITE_KIT;
  if (own) return [resolve(own)];
  return [
    fileURLToPath(new URL('../../dist/site-kit/', import.meta.url)),
    fileURLToPath(new URL('../../site-kit/', import.meta.url)),
  ];
}

/**
 * Reads the kit's manifest and every file it lists.
 * @throws SiteError saying where it looked and how to make a kit
 */
export function readSiteKit(places: readonly string[]): SiteFile[] {
  const dir = places.find((place) => existsSync(join(place, SITE_KIT.manifest)));
  if (!dir) {
    throw new SiteError(
      `the site kit is missing (no ${SITE_KIT.manifest} in ${places.join(' or ')}): run npm run build first`,
    );
  }
  const manifestText = readFileSync(join(dir, SITE_KIT.manifest), 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(manifestText);
  } catch (cause) {
    throw new SiteError(`${join(dir, SITE_KIT.manifest)} is not JSON (${String(cause)})`);
  }
  const manifest = parseKitManifest(json, join(dir, SITE_KIT.manifest));
  return [
    { path: SITE_KIT.manifest, contents: manifestText },
    ...manifest.files.map((path) => {
      const file = join(dir, path);
      if (!existsSync(file)) {
        throw new SiteError(
          `the site kit in ${dir} lists ${path} but has no such file: run npm run build`,
        );
      }
      return { path, contents: new Uint8Array(readFileSync(file)) };
    }),
  ];
}
