/**
 * `siteFiles()`: the static folder of one story — what `report-story site` writes to disk and what
 * the studio zips in the browser. Pure: given the dataset, the story and the site kit's files, it
 * returns every file of the folder with its path and contents; writing them is the caller's part.
 *
 *   index.html                  the scroll story
 *   deck.html                   the deck (also runs opened from a folder: data inline, classic script)
 *   data/<id>.json              the dataset
 *   data/<id>.story.json        the story
 *   assets/story-page.js, assets/story.css      the pages' script and styles (from the kit)
 *   report-story.js, report-story.*.js          the module embed (loader, core, element chunks),
 *   report-story.classic.js                     and the classic script, for widgets elsewhere
 *
 * Nothing in the folder is fetched from elsewhere; it serves from any static host.
 */
import type { Dataset } from '../data/schema.js';
import { describeIssues, validateDataset } from '../data/validate.js';
import type { ReportLocale } from '../format/format.js';
import type { Story } from '../story/schema.js';
import { checkStoryReferences, validateStory } from '../story/validate.js';
import { pageHtml } from './html.js';
import { parseKitManifest, SITE_KIT, SiteError, type SiteFile } from './kit.js';

export { SITE_KIT, SiteError, type SiteFile } from './kit.js';

/** The languages a site's pages can open in. */
export const SITE_LANGUAGES = ['zh', 'en'] as const;
export type SiteLanguage = (typeof SITE_LANGUAGES)[number];

export interface SiteOptions {
  /** The dataset (validated here). */
  readonly dataset: Dataset;
  /** The story of it (validated here; its `dataset` is pointed at the folder's copy). */
  readonly story: Story;
  /** The site kit's files, its `kit.json` among them (see `SITE_KIT`). */
  readonly assets: readonly SiteFile[];
  /** The language the pages open in; `en` needs a story with English. Default `zh`. */
  readonly lang?: SiteLanguage | undefined;
}

const text = (file: SiteFile | undefined): string =>
  file === undefined
    ? ''
    : typeof file.contents === 'string'
      ? file.contents
      : new TextDecoder().decode(file.contents);

/**
 * The files of a story's static folder, sorted by path.
 * @throws SiteError for a dataset or story that does not validate, a story naming items its dataset
 *   lacks, English asked of a story without it, or an incomplete kit
 */
export function siteFiles(options: SiteOptions): SiteFile[] {
  const lang = options.lang ?? 'zh';
  if (!(SITE_LANGUAGES as readonly string[]).includes(lang)) {
    throw new SiteError(`lang must be "zh" or "en", got ${JSON.stringify(lang)}`);
  }
  const data = validateDataset(options.dataset);
  if (!data.ok) throw new SiteError(`the dataset is not valid:\n${describeIssues(data.issues)}`);
  const dataset = data.dataset;
  const datasetPath = `data/${dataset.id}.json`;
  const storyPath = `data/${dataset.id}.story.json`;
  // The story sits beside its dataset in data/.
  const checked = validateStory({ ...options.story, dataset: `${dataset.id}.json` });
  if (!checked.ok)
    throw new SiteError(`the story is not valid:\n${describeIssues(checked.issues)}`);
  const story = checked.story;
  const missing = checkStoryReferences(story, dataset);
  if (missing.length > 0) {
    throw new SiteError(`the story names items its dataset lacks:\n${describeIssues(missing)}`);
  }
  if (lang === 'en' && story.title.en === undefined) {
    throw new SiteError('lang "en": the story has no English (its dataset has none); use "zh"');
  }

  const byPath = new Map(options.assets.map((file) => [file.path, file]));
  const manifestFile = byPath.get(SITE_KIT.manifest);
  if (!manifestFile) throw new SiteError(`the site kit has no ${SITE_KIT.manifest}`);
  let manifestJson: unknown;
  try {
    manifestJson = JSON.parse(text(manifestFile));
  } catch (cause) {
    throw new SiteError(`the site kit's ${SITE_KIT.manifest} is not JSON (${String(cause)})`);
  }
  const manifest = parseKitManifest(manifestJson, `the site kit's ${SITE_KIT.manifest}`);
  const locale: ReportLocale = lang === 'en' ? 'en' : 'zh-CN';
  const page = (kind: 'scroll' | 'deck') =>
    pageHtml({ kind, story, dataset, storyPath, datasetPath, locale, version: manifest.version });
  const written: SiteFile[] = [
    { path: 'index.html', contents: page('scroll') },
    { path: 'deck.html', contents: page('deck') },
    { path: datasetPath, contents: `${JSON.stringify(dataset, null, 2)}\n` },
    { path: storyPath, contents: `${JSON.stringify(story, null, 2)}\n` },
  ];
  const taken = new Set(written.map((f) => f.path));
  for (const path of manifest.files) {
    const file = byPath.get(path);
    if (!file) throw new SiteError(`the site kit lists ${path} but it was not given`);
    if (taken.has(path) || path.startsWith('data/')) {
      throw new SiteError(`the site kit's ${path} would overwrite a file of the site`);
    }
    written.push({ path, contents: file.contents });
    taken.add(path);
  }
  return written.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
