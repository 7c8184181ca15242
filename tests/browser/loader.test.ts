/**
 * The browser loader: one request per URL however many widgets ask, errors that say what went
 * wrong and where, a timeout for a request that hangs, and never an exception into the page.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import '../../components/data/define.js';
import type { ReportData } from '../../components/data/data.js';
import { clearDatasetCache, DatasetLoadError, loadDataset } from '../../src/data/loader.js';
import type { Dataset } from '../../src/data/schema.js';
import { fixtureDataset } from '../fixtures/dataset.js';
import { cleanup, mount, until } from './helpers.js';

const URL_ = 'https://data.example.test/gangzha-2019.json';

/** A fetch that answers from a function and counts its calls. */
function fakeFetch(answer: (url: string, init: RequestInit) => Response | Promise<Response>) {
  const calls: string[] = [];
  const fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    calls.push(url);
    return Promise.resolve().then(() => answer(url, init ?? {}));
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

const json = (body: unknown, init: ResponseInit = {}) =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    headers: { 'content-type': 'application/json' },
    ...init,
  });

async function failure(promise: Promise<unknown>): Promise<DatasetLoadError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetLoadError);
    return error as DatasetLoadError;
  }
  throw new Error('expected the load to fail');
}

let uncaught: unknown[] = [];
const onError = (e: ErrorEvent) => uncaught.push(e.error ?? e.message);
const onRejection = (e: PromiseRejectionEvent) => uncaught.push(e.reason);

beforeEach(() => {
  uncaught = [];
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
});

afterEach(async () => {
  // Give stray rejections a chance to surface before checking there were none.
  await new Promise((r) => setTimeout(r, 30));
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
  cleanup();
  clearDatasetCache();
  expect(uncaught).toEqual([]);
});

describe('loadDataset', () => {
  it('makes one request and one parse for many concurrent loads of one URL', async () => {
    const { fetch, calls } = fakeFetch(() => json(fixtureDataset()));
    const loads = Array.from({ length: 12 }, () => loadDataset(URL_, { fetch }));
    const datasets = await Promise.all(loads);
    expect(calls).toEqual([URL_]);
    expect(new Set(datasets).size).toBe(1);
    expect(datasets[0]?.id).toBe('fixture-district');
    // Later loads are served from the cache as well.
    await loadDataset(URL_, { fetch });
    expect(calls).toHaveLength(1);
  });

  it('shares the request between relative and absolute spellings of one URL', async () => {
    const { fetch, calls } = fakeFetch(() => json(fixtureDataset()));
    const base = 'https://data.example.test/stories/';
    await Promise.all([
      loadDataset('../gangzha-2019.json', { fetch, base }),
      loadDataset(URL_, { fetch }),
    ]);
    expect(calls).toEqual([URL_]);
  });

  it('names the URL and the status of a 404, and tries again on the next load', async () => {
    let status = 404;
    const { fetch, calls } = fakeFetch(() =>
      status === 404
        ? new Response('gone', { status: 404, statusText: 'Not Found' })
        : json(fixtureDataset()),
    );
    const error = await failure(loadDataset(URL_, { fetch }));
    expect([error.kind, error.message, error.url]).toEqual([
      'http',
      `${URL_} answered HTTP 404 Not Found`,
      URL_,
    ]);
    status = 200;
    await expect(loadDataset(URL_, { fetch })).resolves.toMatchObject({ id: 'fixture-district' });
    expect(calls).toHaveLength(2);
  });

  it('says where invalid JSON breaks', async () => {
    const { fetch } = fakeFetch(() => json('{"schemaVersion": 1, "id": '));
    const error = await failure(loadDataset(URL_, { fetch }));
    expect(error.kind).toBe('json');
    expect(error.message).toMatch(
      new RegExp(`^${URL_.replace(/\./g, '\\.')} is not valid JSON: .+`),
    );
  });

  it('gives up on a request that never answers, with a timeout message', async () => {
    const { fetch } = fakeFetch(
      (_url, init) =>
        new Promise<Response>((_, reject) => {
          init.signal?.addEventListener('abort', () =>
            reject(new DOMException('aborted', 'AbortError')),
          );
        }),
    );
    const error = await failure(loadDataset(URL_, { fetch, timeout: 60 }));
    expect([error.kind, error.message]).toEqual([
      'timeout',
      `${URL_} did not answer within 0.06 s`,
    ]);
  });

  it('gives up on a request that ignores the abort signal, and on a body that never ends', async () => {
    const deaf = fakeFetch(() => new Promise<Response>(() => undefined));
    const error = await failure(loadDataset(URL_, { fetch: deaf.fetch, timeout: 50 }));
    expect(error.kind).toBe('timeout');

    clearDatasetCache();
    const endless = fakeFetch(
      () =>
        new Response(
          new ReadableStream({ start: (c) => c.enqueue(new TextEncoder().encode('{"sche')) }),
          {
            headers: { 'content-type': 'application/json' },
          },
        ),
    );
    const stalled = await failure(loadDataset(URL_, { fetch: endless.fetch, timeout: 50 }));
    expect([stalled.kind, stalled.message]).toEqual([
      'timeout',
      `${URL_} did not finish within 0.05 s`,
    ]);
  });

  it('refuses a page served instead of JSON (text/html)', async () => {
    const { fetch } = fakeFetch(
      () =>
        new Response('<!doctype html><title>Login</title>', {
          headers: { 'content-type': 'text/html; charset=utf-8' },
        }),
    );
    const error = await failure(loadDataset(URL_, { fetch }));
    expect([error.kind, error.message]).toEqual(['content-type', `${URL_} is text/html, not JSON`]);
  });

  it('refuses a body larger than the limit', async () => {
    const { fetch } = fakeFetch(() => json(fixtureDataset()));
    const error = await failure(loadDataset(URL_, { fetch, maxLength: 1000 }));
    expect(error.kind).toBe('too-large');
    expect(error.message).toMatch(/is too large \(\d+ characters\)$/);
  });

  it('names the path and the value of invalid data', async () => {
    const bad = fixtureDataset() as unknown as { targets: { value: unknown }[] };
    bad.targets[1]!.value = '6.5%';
    const { fetch } = fakeFetch(() => json(bad));
    const error = await failure(loadDataset(URL_, { fetch }));
    expect(error.kind).toBe('invalid');
    expect(error.issues).toEqual([
      { path: 'targets[1].value', message: 'expected a number, got "6.5%"' },
    ]);
    expect(error.message).toBe(
      `${URL_} is not a valid dataset:\ntargets[1].value: expected a number, got "6.5%"`,
    );
  });

  it('reports a network failure and a fetch that throws, without throwing itself', async () => {
    const thrower = (() => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    let returned: Promise<Dataset> | undefined;
    expect(() => (returned = loadDataset(URL_, { fetch: thrower }))).not.toThrow();
    const error = await failure(returned!);
    expect([error.kind, error.message]).toEqual([
      'network',
      `${URL_} could not be fetched (TypeError: Failed to fetch)`,
    ]);
  });

  it('loads the real Gangzha dataset over the network and validates it', async () => {
    const data = await loadDataset('/data/gangzha-2019.json').catch(() => undefined);
    // The dev server serves the project root; the dataset file is there in every checkout.
    expect(data?.id).toBe('gangzha-2019');
    expect(data?.figures.length).toBeGreaterThan(20);
  });

  it('never lets a failure escape into the page when elements use it', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    const { fetch, calls } = fakeFetch(async () => {
      await gate;
      return new Response('nope', { status: 500, statusText: 'Server Error' });
    });
    // One failing request in flight; the elements mounted meanwhile share it.
    const pending = loadDataset(URL_, { fetch });
    const container = mount(
      `<report-data src="${URL_}"></report-data><report-data src="${URL_}"></report-data>`,
    );
    const elements = [...container.querySelectorAll('report-data')] as ReportData[];
    await Promise.all(elements.map((e) => e.updateComplete));
    expect(elements.map((e) => e.state.status)).toEqual(['loading', 'loading']);
    release();
    await failure(pending);
    for (const element of elements) {
      const alert = await until(
        () => element.shadowRoot?.querySelector('[role="alert"]'),
        'error shown',
      );
      expect(alert.textContent).toContain('answered HTTP 500 Server Error');
    }
    expect(calls).toEqual([URL_]);
  });
});
