/**
 * Where a page gets its story and dataset: fetched beside the page, or — for a deck opened from a
 * folder, where `file://` forbids `fetch` — carried inline in the page as
 * `<script type="application/json" data-report-src="data/story.json">…</script>`.
 */
import { primeDataset } from '../data/loader.js';
import type { Story } from './schema.js';
import { parseStory, StoryError } from './validate.js';

const stories = new Map<string, Promise<Story>>();

function resolve(src: string, base?: string): string {
  return new URL(src, base ?? document.baseURI).href;
}

/**
 * Loads and validates the story at `src` (resolved against the page). Repeated calls share one
 * request; a failed load is forgotten so that a later call tries again.
 * @returns a promise that rejects with a StoryError naming the URL and the problem
 */
export function loadStory(
  src: string,
  options: { readonly fetch?: typeof fetch; readonly base?: string } = {},
): Promise<Story> {
  const url = resolve(src, options.base);
  let pending = stories.get(url);
  if (!pending) {
    pending = fetchStory(url, options.fetch ?? globalThis.fetch.bind(globalThis));
    stories.set(url, pending);
    pending.catch(() => {
      if (stories.get(url) === pending) stories.delete(url);
    });
  }
  return pending;
}

async function fetchStory(url: string, doFetch: typeof fetch): Promise<Story> {
  let response: Response;
  try {
    response = await doFetch(url, { credentials: 'same-origin' });
  } catch (cause) {
    throw new StoryError(`${url} could not be fetched (${String(cause)})`);
  }
  if (!response.ok) {
    throw new StoryError(
      `${url} answered HTTP ${`${response.status} ${response.statusText}`.trim()}`,
    );
  }
  const type = response.headers.get('content-type') ?? '';
  if (/\b(html|xml|javascript|css|image)\b/i.test(type)) {
    // A server's "not found" page served with 200, most often.
    throw new StoryError(`${url} is ${type.split(';')[0] ?? type}, not JSON`);
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch (cause) {
    throw new StoryError(
      `${url} is not valid JSON: ${cause instanceof Error ? cause.message : String(cause)}`,
    );
  }
  return parseStory(json, url);
}

/**
 * Puts a story in the cache under a URL without fetching it.
 * @throws StoryError when the data is not a valid story
 */
export function primeStory(
  src: string,
  data: unknown,
  options: { readonly base?: string } = {},
): Story {
  const url = resolve(src, options.base);
  const story = parseStory(data, url);
  stories.set(url, Promise.resolve(story));
  return story;
}

/** Forgets cached stories. */
export function clearStoryCache(): void {
  stories.clear();
}

/** The URL of a story's dataset: its `dataset` field, resolved against the story file. */
export function datasetUrl(story: Story, storySrc: string, base?: string): string {
  return new URL(story.dataset, resolve(storySrc, base)).href;
}

/**
 * Primes the story and dataset caches from the inline JSON a page carries
 * (`<script type="application/json" data-report-src="…">`), so that loading them makes no request.
 * A script whose JSON has `steps` is a story; any other is a dataset.
 * @returns the URLs primed
 * @throws StoryError or DatasetLoadError when an inline file does not validate
 */
export function primeInlineData(root: ParentNode = document): string[] {
  const primed: string[] = [];
  for (const script of root.querySelectorAll<HTMLScriptElement>(
    'script[type="application/json"][data-report-src]',
  )) {
    const src = script.dataset.reportSrc ?? '';
    let data: unknown;
    try {
      data = JSON.parse(script.textContent);
    } catch (cause) {
      throw new StoryError(
        `the inline copy of ${src} is not valid JSON: ${cause instanceof Error ? cause.message : String(cause)}`,
      );
    }
    if (typeof data === 'object' && data !== null && 'steps' in data) primeStory(src, data);
    else primeDataset(src, data);
    primed.push(resolve(src));
  }
  return primed;
}
