/**
 * A widget's theme, three ways, in the built embed: from its `theme` attribute, from custom
 * properties the host page sets on an ancestor, and from the reader's system setting
 * (`theme="auto"`, or no theme and a page that follows `color-scheme`).
 */
import type { Server } from 'node:http';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtEmbed, close, embedFiles, launch, serve, type Response } from './harness.js';

const SRC = '/data/gangzha-2019.json';
const counter = (id: string, attributes = '') =>
  `<report-counter id="${id}" src="${SRC}" metric="gdp-2019" motion="reduce" ${attributes}></report-counter>`;

const PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<link rel="icon" href="/favicon.ico"><title>themes</title>
<style>
  .brand { --report-color-accent: rgb(0, 90, 160); }
  .follows { color-scheme: light dark; }
</style>
<script type="module" src="/report-story.js"></script></head><body>
${counter('light', 'theme="light"')}
${counter('dark', 'theme="dark"')}
${counter('plenary', 'theme="plenary"')}
${counter('auto', 'theme="auto"')}
<div class="brand">${counter('brand')}${counter('brand-dark', 'theme="dark"')}</div>
<div class="follows">${counter('page')}</div>
</body></html>`;

let dir = '';
let server: Server | undefined;
let base = '';
let browser: Browser;

beforeAll(async () => {
  dir = builtEmbed();
  const routes: Record<string, Response> = {
    ...embedFiles(dir),
    '/themes.html': { type: 'text/html; charset=utf-8', body: PAGE },
  };
  ({ server, url: base } = await serve((path) => routes[path]));
  browser = await launch();
});

afterAll(async () => {
  await browser.close();
  await close(server);
});

/** Background of each host, and colours of its number and label. */
async function colours(scheme: 'light' | 'dark') {
  const page = await browser.newPage({ colorScheme: scheme });
  await page.goto(`${base}/themes.html`);
  await page.waitForFunction(() =>
    [...document.querySelectorAll('report-counter')].every((el) =>
      el.shadowRoot?.querySelector('[part~="number"]'),
    ),
  );
  const result = await page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('report-counter')].map((el) => {
        const part = (name: string) =>
          getComputedStyle(el.shadowRoot!.querySelector(`[part~="${name}"]`)!).color;
        return [
          el.id,
          {
            background: getComputedStyle(el).backgroundColor,
            number: part('number'),
            label: part('label'),
          },
        ];
      }),
    ),
  );
  await page.close();
  return result;
}

const WHITE = 'rgb(255, 255, 255)';
const NIGHT = 'rgb(22, 25, 29)';
const RED = 'rgb(200, 22, 29)';
const PARTY_RED = 'rgb(163, 8, 12)';
const NONE = 'rgba(0, 0, 0, 0)';

describe('the theme of a widget', () => {
  it('comes from its theme attribute, whatever the system setting', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const c = await colours(scheme);
      expect(c.light!.background).toBe(WHITE);
      expect(c.light!.number).toBe(RED);
      expect(c.dark!.background).toBe(NIGHT);
      expect(c.dark!.number).toBe('rgb(255, 106, 95)');
      expect(c.plenary!.background).toBe(PARTY_RED);
      expect(c.plenary!.number).toBe('rgb(255, 210, 94)');
    }
  });

  it('follows the system setting with theme="auto", and with no theme on a page that does', async () => {
    const light = await colours('light');
    const dark = await colours('dark');
    expect(light.auto!.background).toBe(WHITE);
    expect(dark.auto!.background).toBe(NIGHT);
    // No theme: no background of its own, colours for the page's scheme.
    expect(light.page).toMatchObject({ background: NONE, number: RED });
    expect(dark.page).toMatchObject({ background: NONE, number: 'rgb(255, 106, 95)' });
  });

  it('takes the custom properties a host page sets on an ancestor, over any theme', async () => {
    const c = await colours('light');
    expect(c.brand).toMatchObject({ number: 'rgb(0, 90, 160)', background: NONE });
    expect(c['brand-dark']).toMatchObject({ number: 'rgb(0, 90, 160)', background: NIGHT });
  });
});
