/**
 * axe-core on the built pages — the scroll story at every step, the deck on every slide and in its
 * speaker view, and the embed page when the project has one — in light and dark (the reader's
 * system setting, emulated, and `?theme=dark`), in Chinese and English: no violation of WCAG 2.0,
 * 2.1 and 2.2 A/AA rules or of axe's best practices. No console warning or error on the way.
 */
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, demoStory, launch, removeSite, root, serve, watchConsole } from './site.js';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

let dir = '';
let browser: Browser;
let server: Server;
let base = '';
let context: BrowserContext | undefined;
let problems: string[] = [];
const steps = demoStory().steps.map((step) => step.id);

beforeAll(async () => {
  dir = buildSite();
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
  removeSite(dir);
});

interface Violation {
  readonly id: string;
  readonly impact: string | null | undefined;
  readonly help: string;
  readonly nodes: string[];
}

/** Runs axe on the page as it is now; returns its violations, each with up to five nodes. */
async function audit(page: Page, where: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async (tags) => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<{
            violations: {
              id: string;
              impact?: string | null;
              help: string;
              nodes: { target: unknown[] }[];
            }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)),
    }));
  }, TAGS);
  return (violations as Violation[]).map(
    (v) => `${where}: ${v.id} (${v.impact ?? '?'}) ${v.help} — ${v.nodes.join(', ')}`,
  );
}

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

/** Waits until every report-story element on the page has rendered (and finished animating). */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const all = (root: ParentNode): Element[] =>
      [...root.querySelectorAll('*')].flatMap((el) => [
        el,
        ...(el.shadowRoot ? all(el.shadowRoot) : []),
      ]);
    const elements = all(document).filter((el) => el.localName.startsWith('report-'));
    return (
      elements.length > 0 &&
      elements.every((el) => (el as unknown as { hasUpdated?: boolean }).hasUpdated !== false) &&
      !elements.some((el) => el.shadowRoot?.querySelector('[aria-busy="true"]'))
    );
  });
  await page.evaluate(() =>
    Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))),
  );
  await page.waitForTimeout(50);
}

const VARIANTS: readonly (readonly [query: string, scheme: Scheme])[] = [
  ['', 'light'],
  ['', 'dark'],
  ['?theme=dark', 'light'],
  ['?lang=en', 'light'],
  ['?lang=en&theme=dark', 'dark'],
];

describe('index.html, the scroll story', () => {
  it.each(VARIANTS)(
    'index.html%s (%s system setting): no violation at any step',
    async (query, scheme) => {
      const page = await open(`index.html${query}`, scheme);
      await page.waitForFunction(() => document.querySelector('report-scroller')?.steps.length);
      await settled(page);
      const found = await audit(page, 'top');
      for (const [i, id] of steps.entries()) {
        await page.evaluate((step) => (location.hash = `#${step}`), id);
        await page.waitForFunction(
          (index) => document.querySelector('report-scroller')?.step.index === index,
          i,
        );
        await settled(page);
        found.push(...(await audit(page, `#${id}`)));
      }
      expect(found).toEqual([]);
    },
  );
});

describe('deck.html, the presenter', () => {
  it.each([...VARIANTS, ['?theme=light', 'light'] as const])(
    'deck.html%s (%s system setting): no violation on any slide',
    async (query, scheme) => {
      const page = await open(`deck.html${query}`, scheme, { width: 1280, height: 720 });
      await page.waitForFunction(() => document.querySelector('report-deck')?.slides.length);
      await settled(page);
      const found: string[] = [];
      for (const [i, id] of steps.entries()) {
        await page.evaluate((index) => (document.querySelector('report-deck')!.index = index), i);
        await page.waitForFunction(
          (index) => document.querySelector('report-deck')?.step.index === index,
          i,
        );
        await settled(page);
        found.push(...(await audit(page, `slide ${id}`)));
      }
      expect(found).toEqual([]);
    },
  );

  it.each(['light', 'dark'] as const)('the speaker view (%s): no violation', async (scheme) => {
    const page = await open('deck.html?view=speaker', scheme, { width: 1280, height: 800 });
    await page.waitForFunction(() => document.querySelector('report-deck')?.view === 'speaker');
    await settled(page);
    const found = await audit(page, 'speaker view');
    await page.keyboard.press('End');
    await settled(page);
    found.push(...(await audit(page, 'speaker view, last slide')));
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
    await settled(page);
    expect(await audit(page, 'embed.html')).toEqual([]);
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
    const found = await audit(page, 'sabotaged');
    expect(found.some((line) => line.includes('image-alt'))).toBe(true);
    expect(found.some((line) => line.includes('color-contrast'))).toBe(true);
  });
});
