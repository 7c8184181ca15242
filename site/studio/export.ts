/**
 * What the studio exports: the reviewed dataset (validated against the schema; a draft while
 * anything is to review), the story (naming only what the dataset has), and the static site folder
 * `report-story site` writes — the same `siteFiles()` — as a zip built with fflate. The site kit (the
 * pages' script and styles, the embeds) is fetched from beside the studio (`site-kit/`).
 */
import { zipSync, strToU8 } from 'fflate';
import type { Dataset } from '../../src/data/schema.js';
import { validateDataset, type DatasetIssue } from '../../src/data/validate.js';
import { siteFiles, type SiteFile } from '../../src/site/files.js';
import { SITE_KIT, parseKitManifest } from '../../src/site/kit.js';
import type { Story } from '../../src/story/schema.js';
import { reviewedDataset } from './model.js';
import type { Project } from './project.js';
import { download as offer } from '../builder/image.js';
import { storyForDataset } from './story-edit.js';

export interface DatasetExport {
  readonly dataset: Dataset;
  readonly json: string;
  /** Schema problems (none for a dataset the review made; shown if there are). */
  readonly issues: readonly DatasetIssue[];
}

export function exportDataset(project: Project): DatasetExport {
  const dataset = reviewedDataset(project);
  const checked = validateDataset(dataset);
  return {
    dataset,
    json: `${JSON.stringify(dataset, null, 2)}\n`,
    issues: checked.ok ? [] : checked.issues,
  };
}

/** The story as it goes beside the dataset: it names the dataset file and only what it has. */
export function exportStory(project: Project, dataset: Dataset): Story | undefined {
  if (!project.story) return undefined;
  return { ...storyForDataset(project.story, dataset), dataset: `${dataset.id}.json` };
}

/** Fetches the site kit the studio was built with (`site-kit/` beside the page). */
export async function fetchKit(base: string, doFetch: typeof fetch = fetch): Promise<SiteFile[]> {
  const root = new URL('site-kit/', base);
  const get = async (path: string) => {
    const url = new URL(path, root).href;
    const response = await doFetch(url);
    if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  };
  const manifestBytes = await get(SITE_KIT.manifest);
  const manifest = parseKitManifest(
    JSON.parse(new TextDecoder().decode(manifestBytes)),
    `${root.href}${SITE_KIT.manifest}`,
  );
  const files = await Promise.all(
    manifest.files.map(async (path) => ({ path, contents: await get(path) })),
  );
  return [{ path: SITE_KIT.manifest, contents: manifestBytes }, ...files];
}

/** The site folder as a zip, its files under `<dataset id>/`. */
export function siteZip(
  dataset: Dataset,
  story: Story,
  kit: readonly SiteFile[],
  lang: 'zh' | 'en' = 'zh',
): Uint8Array {
  const files = siteFiles({ dataset, story, assets: kit, lang });
  const entries: Record<string, Uint8Array> = {};
  for (const file of files) {
    entries[`${dataset.id}/${file.path}`] =
      typeof file.contents === 'string' ? strToU8(file.contents) : file.contents;
  }
  return zipSync(entries, { level: 6, mtime: new Date('2020-01-01T00:00:00Z') });
}

/** Offers bytes or text as a download (through the embed builder's download). */
export function download(name: string, contents: string | Uint8Array, type: string): void {
  offer(new Blob([contents as BlobPart], { type }), name);
}
