/**
 * axe-core on the built pages — the scroll story at every step, the deck on every slide and in its
 * speaker view, and the embed page when the project has one — in light and dark (the reader's
 * system setting, emulated, and `?theme=dark`), in Chinese and English: no violation of WCAG 2.0,
 * 2.1 and 2.2 A/AA rules or of axe's best practices. No console warning or error on the way.
 */
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  builtSite,
  launch,
  quiet,
  root,
  serve,
  storyFile,
  watchConsole,
} from './site.js';

let dir = '';
let browser: Browser;
let server: Server;
let base = '';
let context: BrowserContext | undefined;
let problems: string[] = [];
const steps = storyFile().steps.map((step) => step.id);

beforeAll(async () => {
  dir = builtSite();
  ({ server, url: base } = await serve(dir));
  browser = await launch();
});

afterEach(async () => {
  await context?.close();
  context = undefined;
  expect(problems.splice(0), 'console warnings and errors').toEqual([]);
});

afterAll(async () => {
  await browser.close();
  server.close();
});

type Scheme = 'light' | 'dark';

async function open(
  path: string,
  scheme: Scheme,
  viewport = { width: 1280, height: 800 },
): Promise<Page> {
  context = await browser.newContext({ viewport, colorScheme: scheme });
  problems = watchConsole(context);
  const page = await context.newPage();
  await page.goto(`${base}${path}`);
  return page;
}

const VARIANTS: readonly (readonly [query: string, scheme: Scheme])[] = [
  ['', 'light'],
  ['', 'dark'],
  ['?theme=dark', 'light'],
  ['?lang=en', 'light'],
  ['?lang=en&theme=dark', 'dark'],
];

/**
 * The steps audited in a variant: all of them for the page's own palette, light and dark (and
 * the deck's plenary hall); every third step otherwise — the same palettes reached another way
 * or another language, where every kind of graphic still comes up.
 */
function stepsFor(query: string, scheme: Scheme, full = ['', '?lang=en&theme=dark']) {
  const all = full.includes(query) && (query !== '' || scheme === 'light');
  return [...steps.entries()].filter(([i]) => all || i % 3 === 0);
}

/**
 * A full audit runs axe once per step (about 25 runs of a second or two each): its time grows with
 * the story, so it gets more than the project's per-test limit, which is meant for one page load.
 */
const AUDIT_TIMEOUT = 240_000;

describe('index.html, the scroll story', () => {
  it.each(VARIANTS)(
    'index.html%s (%s system setting): no violation, step by step',
    async (query, scheme) => {
      const page = await open(`index.html${query}`, scheme);
      await page.waitForFunction(() => document.querySelector('report-scroller')?.steps.length);
      await quiet(page);
      const found = await axeViolations(page, 'top');
      for (const [i, id] of stepsFor(query, scheme)) {
        await page.evaluate((step) => (location.hash = `#${step}`), id);
        await page.waitForFunction(
          (index) => document.querySelector('report-scroller')?.step.index === index,
          i,
        );
        await quiet(page);
        found.push(...(await axeViolations(page, `#${id}`)));
      }
      expect(found).toEqual([]);
    },
    AUDIT_TIMEOUT,
  );
});

describe('deck.html, the presenter', () => {
  it.each([...VARIANTS, ['?theme=plenary', 'light'] as const])(
    'deck.html%s (%s system setting): no violation, slide by slide',
    async (query, scheme) => {
      const page = await open(`deck.html${query}`, scheme, { width: 1280, height: 720 });
      await page.waitForFunction(() => document.querySelector('report-deck')?.slides.length);
      await quiet(page);
      const found: string[] = [];
      for (const [i, id] of stepsFor(query, scheme, ['', '?theme=plenary'])) {
        await page.evaluate((index) => (document.querySelector('report-deck')!.index = index), i);
        await page.waitForFunction(
          (index) => document.querySelector('report-deck')?.step.index === index,
          i,
        );
        await quiet(page);
        found.push(...(await axeViolations(page, `slide ${id}`)));
      }
      expect(found).toEqual([]);
    },
    AUDIT_TIMEOUT,
  );

  it.each(['light', 'dark'] as const)('the speaker view (%s): no violation', async (scheme) => {
    const page = await open('deck.html?view=speaker', scheme, { width: 1280, height: 800 });
    await page.waitForFunction(() => document.querySelector('report-deck')?.view === 'speaker');
    await quiet(page);
    const found = await axeViolations(page, 'speaker view');
    await page.keyboard.press('End');
    await quiet(page);
    found.push(...(await axeViolations(page, 'speaker view, last slide')));
    expect(found).toEqual([]);
  });
});

// The embed page arrives on its own branch: it is audited wherever the project has one.
const embedPage = existsSync(join(root, 'embed.html'));

describe.runIf(embedPage)('embed.html, the widget gallery', () => {
  it.each(VARIANTS)('embed.html%s (%s system setting): no violation', async (query, scheme) => {
    const page = await open(`embed.html${query}`, scheme);
    await page.waitForFunction(() =>
      [...(document.getElementById('app')?.children ?? [])].some(
        (el) => el.localName !== 'noscript',
      ),
    );
    await quiet(page);
    expect(await axeViolations(page, 'embed.html')).toEqual([]);
  });
});

describe('the audit itself', () => {
  it('finds a violation when there is one', async () => {
    const page = await open('index.html', 'light');
    await page.waitForFunction(() => document.querySelector('report-scroller')?.steps.length);
    await page.evaluate(() => {
      const image = document.createElement('img');
      image.src = 'data:,';
      document.querySelector('main')!.append(image);
      document.querySelector('h1')!.style.color = '#eee';
    });
    const found = await axeViolations(page, 'sabotaged');
    expect(found.some((line) => line.includes('image-alt'))).toBe(true);
    expect(found.some((line) => line.includes('color-contrast'))).toBe(true);
  });
});
