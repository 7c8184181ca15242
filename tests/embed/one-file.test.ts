/**
 * The module embed as a web editor uses it: one script tag (the loader) and the elements. It adds
 * nothing to `window` but the custom elements the page uses, requests nothing but itself, the core
 * and the chunks of the elements on the page, and the dataset URL it is given, is harmless when
 * loaded twice (the same URL, another URL, the classic build beside the module), and its fallback
 * content is what readers without JavaScript see.
 */
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtEmbed, close, embedFiles, launch, serve, type Response } from './harness.js';

/** The elements WIDGETS uses, and those it does not. */
const USED = ['report-counter', 'report-gauge', 'report-timeline', 'report-pillars'];
const UNUSED = ['report-data', 'report-scroller', 'report-deck'];

const WIDGETS = `
  <report-counter id="counter" src="/data/gangzha-2019.json?v=2" metric="gdp-2019">
    <p id="counter-fallback">地区生产总值预计440亿元，同比增长6.5%。</p>
  </report-counter>
  <report-gauge id="gauge" src="/data/gangzha-2019.json?v=2" goal="rd-share-2020">
    <table id="gauge-fallback"><tr><th>2019年</th><td>2.28%</td></tr><tr><th>2020年目标</th><td>2.3%以上</td></tr></table>
  </report-gauge>
  <report-timeline id="timeline" src="/data/gangzha-2019.json?v=2"></report-timeline>
  <report-pillars id="pillars" src="/data/gangzha-2019.json?v=2"></report-pillars>`;

function page(scripts: string[]): Response {
  return {
    type: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<link rel="icon" href="/favicon.ico"><title>embed</title></head>
<body>${WIDGETS}
${scripts.join('\n')}
</body></html>`,
  };
}

const MODULE = '<script type="module" src="/report-story.js"></script>';

let dir = '';
let server: Server | undefined;
let base = '';
let requests: string[] = [];
let browser: Browser;

beforeAll(async () => {
  dir = builtEmbed();
  const files: Record<string, Response> = {
    ...embedFiles(dir),
    '/once.html': page([MODULE]),
    '/same-url-twice.html': page([MODULE, MODULE]),
    '/other-url-twice.html': page([
      MODULE,
      '<script type="module" src="/report-story.js?copy=2"></script>',
    ]),
    '/classic-twice.html': page([
      '<script src="/report-story.classic.js"></script>',
      '<script src="/report-story.classic.js"></script>',
    ]),
    '/classic-and-module.html': page(['<script src="/report-story.classic.js"></script>', MODULE]),
  };
  ({ server, url: base, requests } = await serve((path) => files[path]));
  browser = await launch();
});

afterAll(async () => {
  await browser.close();
  await close(server);
});

/** Opens a page and waits until every widget shows its final state; returns page errors. */
async function open(path: string, javaScriptEnabled = true) {
  const context = await browser.newContext({ javaScriptEnabled, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
  });
  await page.addInitScript(() => {
    Object.defineProperty(window, '__keysBefore', { value: Object.getOwnPropertyNames(window) });
  });
  await page.goto(base + path);
  if (javaScriptEnabled) await ready(page);
  return { page, errors, close: () => context.close() };
}

function ready(page: Page) {
  return page.waitForFunction(() =>
    ['counter', 'gauge', 'timeline', 'pillars'].every((id) => {
      const root = document.getElementById(id)?.shadowRoot;
      return root?.children.length && !root.querySelector('[aria-busy="true"], [role="alert"]');
    }),
  );
}

async function widgetsWork(page: Page): Promise<void> {
  await expect
    .poll(() => page.locator('#counter').getByRole('img').getAttribute('aria-label'))
    .toBe('地区生产总值：预计440亿元，同比增长6.5%');
  await expect
    .poll(() => page.locator('#gauge').getByRole('meter').getAttribute('aria-valuenow'))
    .toBe('2.28');
  await expect.poll(() => page.locator('#timeline').getByRole('button').count()).toBe(15);
  await expect.poll(() => page.locator('#pillars [part~="pillar"]').count()).toBe(5);
}

describe('the module embed', () => {
  it('adds no global to window, and defines the elements the page uses and no other', async () => {
    const { page, errors, close } = await open('/once.html');
    await widgetsWork(page);
    const added = await page.evaluate(() => {
      const before = (window as unknown as { __keysBefore: string[] }).__keysBefore;
      return Object.getOwnPropertyNames(window).filter(
        (key) => key !== '__keysBefore' && !before.includes(key),
      );
    });
    expect(added).toEqual([]);
    const defined = await page.evaluate(
      (tags) => tags.filter((tag) => customElements.get(tag)),
      [...USED, ...UNUSED],
    );
    expect(defined).toEqual(USED);
    expect(errors).toEqual([]);
    await close();
  });

  it('requests itself, the core, the chunks of the elements used and the dataset URL (once for four widgets)', async () => {
    requests.length = 0;
    const { page, close } = await open('/once.html');
    await widgetsWork(page);
    const seen = requests.filter((url) => url !== '/favicon.ico');
    expect(seen.slice(0, 2)).toEqual(['/once.html', '/report-story.js']);
    expect(seen.slice(2).sort()).toEqual(
      [
        '/data/gangzha-2019.json?v=2',
        '/report-story.core.js',
        '/report-story.counter.js',
        '/report-story.gauge.js',
        '/report-story.pillars.js',
        '/report-story.timeline.js',
      ].sort(),
    );
    await close();
  });

  for (const path of [
    '/same-url-twice.html',
    '/other-url-twice.html',
    '/classic-twice.html',
    '/classic-and-module.html',
  ]) {
    it(`is harmless loaded twice (${path.slice(1, -5).replace(/-/g, ' ')})`, async () => {
      const { page, errors, close } = await open(path);
      await widgetsWork(page);
      expect(errors).toEqual([]);
      await close();
    });
  }

  it('shows the fallback content to readers without JavaScript, and only it', async () => {
    const { page, close } = await open('/once.html', false);
    await expect(page.locator('#counter-fallback').isVisible()).resolves.toBe(true);
    await expect(page.locator('#counter-fallback').innerText()).resolves.toBe(
      '地区生产总值预计440亿元，同比增长6.5%。',
    );
    await expect(page.locator('#gauge-fallback').isVisible()).resolves.toBe(true);
    const box = await page.locator('#gauge-fallback').boundingBox();
    expect(box?.height).toBeGreaterThan(20);
    await expect(page.evaluate(() => document.getElementById('counter')!.shadowRoot)).resolves.toBe(
      null,
    );
    await close();
  });

  it('shows the fallback until the element upgrades, and the widget instead of it after', async () => {
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    // Hold the embed back so the page is seen before it arrives.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/report-story.js', async (route) => {
      await held;
      await route.continue();
    });
    // A module script delays DOMContentLoaded: wait for the fallback to be painted instead.
    await page.goto(base + '/once.html', { waitUntil: 'commit' });
    await page.locator('#counter-fallback').waitFor({ state: 'visible' });
    await page.waitForTimeout(100);
    await expect(page.locator('#counter-fallback').isVisible()).resolves.toBe(true);
    await expect(
      page.evaluate(() => customElements.get('report-counter') === undefined),
    ).resolves.toBe(true);
    release();
    await ready(page);
    await widgetsWork(page);
    await expect(page.locator('#counter-fallback').isVisible()).resolves.toBe(false);
    await context.close();
  });
});
