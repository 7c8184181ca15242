/**
 * The loader asks for an element's dataset at the same time as the element's chunks (issue 15: a
 * round trip less on a slow network than waiting for the chunks to ask), and the page still makes
 * one request per dataset URL: the core's fetch takes over the loader's preload. A dataset that
 * fails still shows its error in the element's place, naming the URL.
 *
 * The server holds the chunks back until the dataset has been asked for (or 10 s have passed): a
 * loader that asked for the dataset only once the chunks had arrived would show it as the dataset
 * asked for after the chunks were answered.
 */
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  builtEmbed,
  close,
  embedFiles,
  htmlPage,
  launch,
  LOADER_SCRIPT,
  openPage,
  serve,
  type Response,
} from './harness.js';

const DATA = '/data/gangzha-2019.json';
/** How long a chunk waits at most for the dataset to be asked for, ms. */
const HOLD = 10_000;
const LABEL = '地区生产总值：预计440亿元，同比增长6.5%';
/** Polls wait past the hold: on a busy machine, and to fail on the order rather than the wait. */
const WAIT = { timeout: 15_000 };

function page(body: string, head = '', script = LOADER_SCRIPT) {
  return htmlPage('preload', `${head}\n${script}`, body);
}

const COUNTER = `<report-counter id="counter" src="${DATA}" metric="gdp-2019" motion="reduce">
  <p>地区生产总值预计440亿元。</p>
</report-counter>`;

let server: Server | undefined;
let base = '';
let requests: string[] = [];
/** What the server saw, in order: `asked /path` and `answered /path` (chunks only). */
const events: string[] = [];
/** Resolves when a dataset (any path under /data/) is asked for; renewed for each page. */
let dataAsked: { promise: Promise<void>; resolve: () => void };
let browser: Browser;

function renew(): void {
  let resolve = () => {};
  const promise = new Promise<void>((done) => (resolve = done));
  dataAsked = { promise, resolve };
}

beforeAll(async () => {
  const files = embedFiles(builtEmbed());
  const routes: Record<string, Response> = {
    ...files,
    '/one-counter.html': page(COUNTER),
    '/shared.html': page(
      `<report-data src="${DATA}"><report-counter id="counter" metric="gdp-2019" motion="reduce"></report-counter></report-data>
<report-gauge id="gauge" src="${DATA}" goal="rd-share-2020" motion="reduce"></report-gauge>`,
    ),
    // The embed builder's snippet: its own preload line for the dataset, before the loader.
    '/snippet.html': page(
      COUNTER,
      `<link rel="modulepreload" href="/report-story.core.js"><link rel="modulepreload" href="/report-story.counter.js">
<link rel="preload" href="${DATA}" as="fetch" crossorigin>`,
    ),
    // The builder's snippet with the classic script: the dataset's preload line, then the script.
    '/classic.html': page(
      `<link rel="preload" href="${DATA}" as="fetch" crossorigin>
<script defer src="/report-story.classic.js"></script>
${COUNTER}`,
      '',
      '',
    ),
    // Two widgets of one dataset pasted from the builder: each comes with the dataset's preload line.
    '/two-snippets.html': page(
      `<link rel="preload" href="${DATA}" as="fetch" crossorigin>
${COUNTER}
<link rel="preload" href="${DATA}" as="fetch" crossorigin>
<report-gauge id="gauge" src="${DATA}" goal="rd-share-2020" motion="reduce"></report-gauge>`,
    ),
    '/broken.html': page(
      `<report-counter id="counter" src="/data/broken.json" metric="gdp-2019"></report-counter>`,
    ),
    '/missing.html': page(
      `<report-counter id="counter" src="/data/missing.json" metric="gdp-2019"></report-counter>`,
    ),
  };
  renew();
  ({
    server,
    url: base,
    requests,
  } = await serve((path) => {
    events.push(`asked ${path}`);
    if (path.startsWith('/data/')) dataAsked.resolve();
    const file = routes[path];
    if (!file || !/^\/report-story\.[a-z]+\.js$/.test(path)) return file;
    const held = Promise.race([
      dataAsked.promise,
      new Promise((done) => setTimeout(done, HOLD)),
    ]).then(() => events.push(`answered ${path}`));
    return { ...file, until: held };
  }));
  browser = await launch();
});

afterAll(async () => {
  await browser.close();
  await close(server);
});

async function open(path: string, prepare?: (page: Page) => Promise<unknown>) {
  requests.length = 0;
  events.length = 0;
  renew();
  return openPage(browser, base + path, prepare);
}

function counterLabel(page: Page) {
  return page.locator('#counter').getByRole('img').getAttribute('aria-label');
}

/** How many times the server was asked for `path`. */
function asked(path: string): number {
  return requests.filter((url) => url === path).length;
}

describe('the loader and a dataset', () => {
  it('asks for a counter’s dataset with its chunks, once, and the counter shows its value', async () => {
    const { page, errors, close } = await open('/one-counter.html');
    await expect.poll(() => counterLabel(page), WAIT).toBe(LABEL);
    expect(asked(DATA)).toBe(1);
    // Asked for before the chunks were answered: not after the counter's chunk had arrived.
    expect(events.indexOf(`asked ${DATA}`)).toBeGreaterThan(-1);
    expect(events.indexOf(`asked ${DATA}`)).toBeLessThan(
      events.indexOf('answered /report-story.core.js'),
    );
    expect(events.indexOf(`asked ${DATA}`)).toBeLessThan(
      events.indexOf('answered /report-story.counter.js'),
    );
    expect(errors).toEqual([]);
    await close();
  });

  it('asks once for a URL that <report-data> and a widget of its own both name', async () => {
    const { page, errors, close } = await open('/shared.html');
    await expect.poll(() => counterLabel(page), WAIT).toBe(LABEL);
    await expect
      .poll(() => page.locator('#gauge').getByRole('meter').getAttribute('aria-valuenow'), WAIT)
      .toBe('2.28');
    expect(asked(DATA)).toBe(1);
    expect(events.indexOf(`asked ${DATA}`)).toBeLessThan(
      events.indexOf('answered /report-story.core.js'),
    );
    expect(errors).toEqual([]);
    await close();
  });

  it('adds no preload of its own for a dataset the page already preloads', async () => {
    const { page, errors, close } = await open('/snippet.html');
    await expect.poll(() => counterLabel(page), WAIT).toBe(LABEL);
    expect(asked(DATA)).toBe(1);
    expect(await page.locator('link[rel="preload"]').count()).toBe(1);
    expect(errors).toEqual([]);
    await close();
  });

  it('asks once for a dataset two pasted snippets each preload', async () => {
    const { page, errors, close } = await open('/two-snippets.html');
    await expect.poll(() => counterLabel(page), WAIT).toBe(LABEL);
    await expect
      .poll(() => page.locator('#gauge').getByRole('meter').getAttribute('aria-valuenow'), WAIT)
      .toBe('2.28');
    expect(asked(DATA)).toBe(1);
    expect(errors).toEqual([]);
    await close();
  });

  it("lets the classic script's fetch take over the preload line of the builder's snippet", async () => {
    const { page, errors, close } = await open('/classic.html');
    await expect.poll(() => counterLabel(page), WAIT).toBe(LABEL);
    expect(asked(DATA)).toBe(1);
    expect(errors).toEqual([]);
    await close();
  });

  it('shows in place the error of a dataset that is not there, naming its URL', async () => {
    const { page, errors, close } = await open('/missing.html');
    const error = page.locator('#counter [part~="error"]');
    await expect.poll(() => error.textContent(), WAIT).toContain(`${base}/data/missing.json`);
    expect(await error.textContent()).toContain('HTTP 404');
    expect(asked('/data/missing.json')).toBe(1);
    expect(events.indexOf('asked /data/missing.json')).toBeLessThan(
      events.indexOf('answered /report-story.core.js'),
    );
    // The browser reports the failed request itself; nothing else goes wrong.
    expect(errors.filter((error) => !/Failed to load resource/.test(error))).toEqual([]);
    await close();
  });

  it('shows in place the error of a dataset whose request breaks off, naming its URL', async () => {
    const broken: string[] = [];
    const { page, close } = await open('/broken.html', async (page) => {
      page.on('request', (request) => {
        if (request.url().endsWith('/data/broken.json')) broken.push(request.resourceType());
      });
      await page.route('**/data/broken.json', (route) => {
        dataAsked.resolve();
        return route.abort();
      });
    });
    const error = page.locator('#counter [part~="error"]');
    await expect.poll(() => error.textContent(), WAIT).toContain(`${base}/data/broken.json`);
    expect(await error.textContent()).toContain('could not be fetched');
    // One request, the loader's preload: the core's fetch was handed its failure.
    expect(broken).toEqual(['other']);
    await close();
  });
});
