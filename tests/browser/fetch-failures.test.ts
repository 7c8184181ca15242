/**
 * What each element does when its dataset does not arrive through `src`: a 404, a body that is not
 * JSON, an HTML page served instead (a CMS login or error page), a network failure, a server that
 * never answers, an answer whose body never ends, a slow answer, and valid JSON that is not a
 * dataset. Every failure is a message in place that names the URL and what went wrong; the page
 * author's fallback content stays visible; nothing is thrown into the page.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../../src/all.js';
import { clearDatasetCache } from '../../src/data/loader.js';
import { fixtureDataset } from '../fixtures/dataset.js';
import { cleanup, mount, until, updated } from './helpers.js';
import { deepElements, watchPage } from './inspect.js';

const BASE = 'https://data.example.org/';

/** How the stub server answers each file. */
const ANSWERS: Record<string, () => Promise<Response>> = {
  'missing.json': () =>
    Promise.resolve(new Response('not found', { status: 404, statusText: 'Not Found' })),
  'broken.json': () =>
    Promise.resolve(
      new Response('{"schemaVersion": 1, "id": ', {
        headers: { 'content-type': 'application/json' },
      }),
    ),
  'login.json': () =>
    Promise.resolve(
      new Response('<!doctype html><title>Sign in</title><form></form>', {
        headers: { 'content-type': 'text/html; charset=utf-8' },
      }),
    ),
  'offline.json': () => Promise.reject(new TypeError('Failed to fetch')),
  'hung.json': () => new Promise<Response>(() => undefined),
  'trickle.json': () =>
    Promise.resolve(
      new Response(
        new ReadableStream({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"schemaVersion": 1,'));
            // …and never another byte.
          },
        }),
        { headers: { 'content-type': 'application/json' } },
      ),
    ),
  'not-a-dataset.json': () =>
    Promise.resolve(Response.json({ ...fixtureDataset(), figures: [{ id: 'gdp' }] })),
  'slow.json': () =>
    new Promise((resolve) => setTimeout(() => resolve(Response.json(fixtureDataset())), 600)),
};

/** What the message must say for each failing file. */
const FAILURES: readonly (readonly [file: string, says: RegExp])[] = [
  ['missing.json', /missing\.json answered HTTP 404 Not Found/],
  ['broken.json', /broken\.json is not valid JSON/],
  ['login.json', /login\.json is text\/html, not JSON/],
  ['offline.json', /offline\.json could not be fetched/],
  ['not-a-dataset.json', /not-a-dataset\.json is not a valid dataset:\s*figures\[0\]\.kind/],
];

/** Failures that take the loader's whole timeout (15 s) to show, run under fake timers. */
const TIMEOUTS: readonly (readonly [file: string, says: RegExp])[] = [
  ['hung.json', /hung\.json did not answer within 15 s/],
  ['trickle.json', /trickle\.json did not finish within 15 s/],
];

const FALLBACK = '<p class="fallback">港闸区2019年地区生产总值440亿元。</p>';

/** Each element that loads a dataset through `src`, with what it needs besides. */
const ELEMENTS: Record<string, (src: string) => string> = {
  'report-data': (src) =>
    `<report-data src="${src}"><report-counter metric="gdp-2019"></report-counter>${FALLBACK}</report-data>`,
  'report-counter': (src) =>
    `<report-counter src="${src}" metric="gdp-2019">${FALLBACK}</report-counter>`,
  'report-gauge': (src) =>
    `<report-gauge src="${src}" goal="rd-share-2020">${FALLBACK}</report-gauge>`,
  'report-timeline': (src) => `<report-timeline src="${src}">${FALLBACK}</report-timeline>`,
  'report-pillars': (src) => `<report-pillars src="${src}">${FALLBACK}</report-pillars>`,
  'report-deck': (src) =>
    `<report-deck src="${src}" view="speaker" channel="fetch-${Math.random()}" style="width:960px;height:540px">
      <section><h2>经济</h2>${FALLBACK}<div data-report-cite="gdp-2019"></div></section>
    </report-deck>`,
};

let watch: ReturnType<typeof watchPage>;
let requests: string[];

beforeEach(() => {
  watch = watchPage();
  requests = [];
  document.documentElement.lang = 'en';
  vi.spyOn(globalThis, 'fetch').mockImplementation((input) => {
    const url = input instanceof Request ? input.url : String(input);
    requests.push(url);
    const answer = ANSWERS[url.slice(BASE.length)];
    return answer ? answer() : Promise.resolve(new Response('', { status: 500 }));
  });
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  watch.stop();
  cleanup();
  clearDatasetCache();
});

function place(tag: string, file: string): HTMLElement {
  const container = mount(ELEMENTS[tag]!(`${BASE}${file}`), 960);
  return container.querySelector<HTMLElement>(tag)!;
}

/** The message the element shows about its dataset, wherever it shows it. */
function message(element: HTMLElement): string {
  const root = element.shadowRoot!;
  return (
    root.querySelector('[part~="error"]')?.textContent ??
    root.querySelector('[part~="notes"]')?.textContent ??
    ''
  ).replace(/\s+/g, ' ');
}

/** The fallback paragraph is on the page, laid out and unchanged. */
function fallbackShown(element: HTMLElement): boolean {
  const fallback = element.querySelector<HTMLElement>('.fallback');
  return (
    fallback !== null &&
    fallback.getClientRects().length > 0 &&
    fallback.textContent === '港闸区2019年地区生产总值440亿元。'
  );
}

describe.each(Object.keys(ELEMENTS))('<%s src> when the dataset fails', (tag) => {
  it.each(FAILURES)(
    '%s: says so in place, names the URL, keeps the fallback',
    async (file, says) => {
      const element = place(tag, file);
      await until(
        () => says.test(message(element)),
        `${tag} to report ${file}: ${message(element)}`,
      );
      if (tag !== 'report-deck') {
        const error = element.shadowRoot!.querySelector('[part~="error"]')!;
        expect(error.getAttribute('role')).toBe('alert');
        expect(error.getClientRects().length).toBeGreaterThan(0);
      }
      expect(fallbackShown(element)).toBe(true);
      expect(requests).toEqual([`${BASE}${file}`]);
      expect(watch.errors).toEqual([]);
    },
  );

  it.each(TIMEOUTS)(
    '%s: gives up after 15 s with a message, keeps the fallback',
    async (file, says) => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const element = place(tag, file);
      await updated(element);
      await vi.advanceTimersByTimeAsync(14_000);
      expect(message(element)).not.toMatch(says);
      await vi.advanceTimersByTimeAsync(1_500);
      vi.useRealTimers();
      await until(
        () => says.test(message(element)),
        `${tag} to give up on ${file}: ${message(element)}`,
      );
      expect(fallbackShown(element)).toBe(true);
      expect(watch.errors).toEqual([]);
    },
  );

  it('slow.json: shows that it is loading, then the content, with no error', async () => {
    const element = place(tag, 'slow.json');
    await updated(element);
    if (tag !== 'report-data' && tag !== 'report-deck') {
      const busy = deepElements(element.shadowRoot!).some(
        (el) => el.getAttribute('aria-busy') === 'true' || /loading/i.test(el.textContent),
      );
      expect(busy, 'a loading state').toBe(true);
    }
    await until(() => contentShown(tag, element), 'the content');
    expect(deepElements(element).filter((el) => el.getAttribute('part') === 'error')).toEqual([]);
    expect(watch.errors).toEqual([]);
  });
});

/** Whether the element shows what the dataset holds. */
function contentShown(tag: string, element: HTMLElement): boolean {
  const root = element.shadowRoot!;
  switch (tag) {
    case 'report-data':
      return Boolean(element.querySelector('report-counter')?.shadowRoot?.querySelector('.final'));
    case 'report-deck':
      return message(element).includes('预计完成地区生产总值440亿元');
    default:
      return Boolean(
        root.querySelector('[role="img"], [role="meter"], [part~="timeline"], [part~="programme"]'),
      );
  }
}

describe('one failing dataset among working ones', () => {
  it('fails only the widgets that use it', async () => {
    const container = mount(
      `<report-counter src="${BASE}missing.json" metric="gdp-2019"></report-counter>
       <report-counter class="good" metric="gdp-2019" motion="reduce"></report-counter>
       <report-gauge src="${BASE}login.json" goal="rd-share-2020"></report-gauge>`,
    );
    container.querySelector<HTMLElement & { data: unknown }>('.good')!.data = fixtureDataset();
    const [bad, good, gauge] = [...container.children] as HTMLElement[];
    await until(() => /HTTP 404/.test(message(bad!)), 'the 404');
    await until(() => /text\/html/.test(message(gauge!)), 'the HTML page');
    expect(message(good!)).toBe('');
    expect(good!.shadowRoot!.querySelector('.final')!.textContent).toBe('44'); // 44 billion yuan
  });
});
