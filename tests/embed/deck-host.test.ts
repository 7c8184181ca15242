/**
 * A deck embedded in a host page that has keys of its own (a page scrolled by PageDown, a gallery
 * moved by the arrows, a search field): the host's keys stay the host's, and the deck's are the
 * deck's as soon as the deck or anything on its slides has focus — including after a slide change
 * took away the element that had it.
 */
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEmbed, close, embedFiles, launch, removeDir, serve } from './harness.js';

const HOST = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<link rel="icon" href="/favicon.ico"><title>host page with its own keys</title></head>
<body>
  <button id="host-button">host control</button>
  <input id="host-field" aria-label="search">
  <report-data src="/data/gangzha-2019.json">
    <report-deck id="deck" style="width:960px;height:540px" label="embedded deck">
      <section id="one"><h2>Timeline</h2><report-timeline></report-timeline></section>
      <section id="two"><h2>Programme</h2><report-pillars></report-pillars></section>
      <section id="three"><h2>Three</h2><p>text</p></section>
      <section id="four"><h2>Four</h2><p>text</p></section>
    </report-deck>
  </report-data>
  <script>
    // The host page's own key handlers, as a gallery or a page script would have them.
    window.hostKeys = [];
    document.addEventListener('keydown', (event) => window.hostKeys.push(event.key));
  </script>
  <script type="module" src="/report-story.js"></script>
</body></html>`;

let dir = '';
let server: Server | undefined;
let base = '';
let browser: Browser;
let page: Page;

const index = () => page.evaluate(() => document.querySelector('report-deck')!.index);
const hostKeys = () =>
  page.evaluate(() => (window as unknown as { hostKeys: string[] }).hostKeys.splice(0));

beforeAll(async () => {
  dir = buildEmbed();
  ({ server, url: base } = await serve((path) => {
    if (path === '/host.html') return { type: 'text/html; charset=utf-8', body: HOST };
    return embedFiles(dir)[path];
  }));
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${base}/host.html`);
  await page.waitForFunction(() => document.querySelector('report-deck')?.slides.length === 4);
  await page.locator('report-timeline button').first().waitFor({ state: 'visible' });
});

afterAll(async () => {
  await browser.close();
  await close(server);
  removeDir(dir);
});

describe('a deck embedded in a host page with its own keys', () => {
  it('leaves the host its keys while focus is on the host page', async () => {
    await page.locator('#host-button').focus();
    for (const key of ['PageDown', 'ArrowRight', 'End', 'b', 'Space'])
      await page.keyboard.press(key);
    expect(await index()).toBe(0);
    expect(await hostKeys()).toEqual(['PageDown', 'ArrowRight', 'End', 'b', ' ']);
    await page.locator('#host-field').focus();
    await page.keyboard.type('b.');
    expect(await page.locator('#host-field').inputValue()).toBe('b.');
    expect(await index()).toBe(0);
    await hostKeys();
  });

  it('takes the clicker keys once an element on a slide has focus, and keeps them after that slide leaves', async () => {
    await page.locator('report-timeline button').first().click();
    await page.keyboard.press('PageDown');
    expect(await index()).toBe(1);
    // The timeline's slide left the stage with its focused button: the deck holds focus now.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('deck');
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    expect(await index()).toBe(3);
    await page.keyboard.press('PageUp');
    await page.keyboard.press('PageUp');
    await page.locator('report-pillars button').first().click();
    await page.keyboard.press('PageUp');
    expect(await index()).toBe(0);
    // Keys the deck took are not the host's.
    expect(await hostKeys()).not.toContain('PageDown');
  });

  it('gives the keys back to the host as soon as focus returns to the host page', async () => {
    await page.locator('#host-button').focus();
    await page.keyboard.press('PageDown');
    expect(await index()).toBe(0);
    expect(await hostKeys()).toEqual(['PageDown']);
  });
});
