/**
 * The one door through which a dataset enters a page: fetch, check, validate, cache.
 *
 * - Many widgets on one page share one request and one parse per URL.
 * - Every failure becomes a `DatasetLoadError` whose message says what went wrong and where
 *   (the URL, the HTTP status, the JSON position, or the path of an invalid value).
 * - A hung request gives up after a timeout instead of leaving a widget loading forever.
 * - It never throws synchronously; callers get a promise that may reject with a DatasetLoadError.
 */
import type { Dataset } from './schema.js';
import { describeIssues, validateDataset, type DatasetIssue } from './validate.js';

export type DatasetLoadErrorKind =
  'network' | 'http' | 'timeout' | 'content-type' | 'too-large' | 'json' | 'invalid';

export class DatasetLoadError extends Error {
  override name = 'DatasetLoadError';
  constructor(
    message: string,
    /** What kind of failure: lets a caller decide to retry (network, timeout) or not. */
    readonly kind: DatasetLoadErrorKind,
    /** The URL as resolved against the page. */
    readonly url: string,
    /** For invalid data: every problem with its path. */
    readonly issues: readonly DatasetIssue[] = [],
  ) {
    super(message);
  }
}

export interface LoadOptions {
  /** Milliseconds before a request that has not answered is abandoned. Default 15 000. */
  readonly timeout?: number;
  /** Largest accepted body, in characters. Default 5 MB. */
  readonly maxLength?: number;
  /** For tests and non-browser hosts. */
  readonly fetch?: typeof fetch;
  /** Resolves relative URLs. Default: the document's base URI. */
  readonly base?: string;
}

const cache = new Map<string, Promise<Dataset>>();

function resolveUrl(src: string, base?: string): string {
  const from = base ?? (typeof document !== 'undefined' ? document.baseURI : undefined);
  try {
    return new URL(src, from).href;
  } catch {
    return src;
  }
}

/** Validates parsed JSON (or an object from code) and names the first problems and their paths. */
export function parseDataset(input: unknown, url = 'dataset'): Dataset {
  const result = validateDataset(input);
  if (result.ok) return result.dataset;
  throw new DatasetLoadError(
    `${url} is not a valid dataset:\n${describeIssues(result.issues)}`,
    'invalid',
    url,
    result.issues,
  );
}

async function fetchDataset(url: string, options: LoadOptions): Promise<Dataset> {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const timeout = options.timeout ?? 15_000;
  const maxLength = options.maxLength ?? 5_000_000;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeout);
  // Settles when the time is up, even if a fetch (a custom one, a service worker) ignores the
  // signal and would leave the request or its body pending forever.
  const timedOut = new Promise<never>((_, reject) => {
    controller.signal.addEventListener('abort', () => reject(new Error('timed out')), {
      once: true,
    });
  });
  timedOut.catch(() => undefined);
  let text: string;
  try {
    let response: Response;
    try {
      response = await Promise.race([
        doFetch(url, { signal: controller.signal, credentials: 'same-origin' }),
        timedOut,
      ]);
    } catch (cause) {
      if (controller.signal.aborted) {
        throw new DatasetLoadError(
          `${url} did not answer within ${timeout / 1000} s`,
          'timeout',
          url,
        );
      }
      throw new DatasetLoadError(`${url} could not be fetched (${String(cause)})`, 'network', url);
    }
    if (!response.ok) {
      const status = `${response.status} ${response.statusText}`.trim();
      throw new DatasetLoadError(`${url} answered HTTP ${status}`, 'http', url);
    }
    const type = response.headers.get('content-type') ?? '';
    if (/\b(html|xml|javascript|css|image|video|audio)\b/i.test(type)) {
      throw new DatasetLoadError(`${url} is ${type.split(';')[0]}, not JSON`, 'content-type', url);
    }
    const declared = Number(response.headers.get('content-length'));
    if (declared > maxLength * 4) {
      throw new DatasetLoadError(`${url} is too large (${declared} bytes)`, 'too-large', url);
    }
    try {
      text = await Promise.race([response.text(), timedOut]);
    } catch {
      throw controller.signal.aborted
        ? new DatasetLoadError(`${url} did not finish within ${timeout / 1000} s`, 'timeout', url)
        : new DatasetLoadError(`${url} broke off while loading`, 'network', url);
    }
  } finally {
    clearTimeout(timer);
  }
  if (text.length > maxLength) {
    throw new DatasetLoadError(`${url} is too large (${text.length} characters)`, 'too-large', url);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    throw new DatasetLoadError(`${url} is not valid JSON: ${detail}`, 'json', url);
  }
  return parseDataset(json, url);
}

/**
 * Loads and validates the dataset at `src`. Concurrent and later calls for the same URL share one
 * request; a failed load is forgotten once it settles, so a later call tries again.
 */
export function loadDataset(src: string, options: LoadOptions = {}): Promise<Dataset> {
  const url = resolveUrl(src, options.base);
  let pending = cache.get(url);
  if (!pending) {
    pending = fetchDataset(url, options);
    cache.set(url, pending);
    pending.catch(() => {
      if (cache.get(url) === pending) cache.delete(url);
    });
  }
  return pending;
}

/**
 * Puts a dataset in the cache under a URL without fetching it — for pages that carry their data
 * inline (a deck opened from a folder, where `fetch` of a local file is not allowed).
 * @throws DatasetLoadError when the data is invalid
 */
export function primeDataset(
  src: string,
  data: unknown,
  options: Pick<LoadOptions, 'base'> = {},
): Dataset {
  const url = resolveUrl(src, options.base);
  const dataset = parseDataset(data, url);
  cache.set(url, Promise.resolve(dataset));
  return dataset;
}

/** Forgets cached datasets: one URL, or all. */
export function clearDatasetCache(src?: string, options: Pick<LoadOptions, 'base'> = {}): void {
  if (src === undefined) cache.clear();
  else cache.delete(resolveUrl(src, options.base));
}
