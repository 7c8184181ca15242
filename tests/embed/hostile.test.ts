/**
 * The built embed in a page styled by Bootstrap plus hostile resets (`tests/embed/pages/hostile.css`:
 * a 40 px root font size, `box-sizing: content-box !important` on everything, inherited typography
 * forced with `!important`, `!important` rules on div/span/p/svg/button/li/h1–h6, `all: unset`
 * on anything unknown) looks and measures as it does in a clean page: every widget's box, the box
 * of every element inside it, and its screenshot.
 *
 * `EMBED_SCREENSHOTS=<folder>` keeps the screenshots of both pages for a look.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  builtEmbed,
  close,
  embedFiles,
  launch,
  pixelDifference,
  serve,
  type Response,
} from './harness.js';
import { HOST_FILES, WIDGET_IDS } from './pages.js';

let dir = '';
let server: Server | undefined;
let base = '';
let browser: Browser;
const keep = process.env.EMBED_SCREENSHOTS;

beforeAll(async () => {
  dir = builtEmbed();
  const files: Record<string, Response> = { ...embedFiles(dir), ...HOST_FILES };
  ({ server, url: base } = await serve((path) => files[path]));
  browser = await launch();
});

afterAll(async () => {
  await browser.close();
  await close(server);
});

interface Geometry {
  readonly host: { width: number; height: number };
  /** Every element in the shadow root: its tag, class and box relative to the host. */
  readonly inside: string[];
}

/** Opens a host page and waits until every widget shows its final state. */
async function open(path: string, width = 1024): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, reducedMotion: 'reduce' });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(base + path);
  await page.waitForFunction(
    (ids) =>
      ids.every((id) => {
        const root = document.getElementById(id)?.shadowRoot;
        return (
          root && !root.querySelector('[aria-busy="true"], [role="alert"]') && root.children.length
        );
      }),
    [...WIDGET_IDS],
  );
  await page.evaluate(() => document.fonts.ready);
  expect(errors).toEqual([]);
  return page;
}

function geometry(page: Page, id: string): Promise<Geometry> {
  return page.evaluate((id) => {
    const host = document.getElementById(id)!;
    const origin = host.getBoundingClientRect();
    const inside = [...host.shadowRoot!.querySelectorAll('*')]
      .filter((element) => !['STYLE', 'SLOT'].includes(element.tagName))
      .flatMap((element) => {
        const box = element.getBoundingClientRect();
        // Not rendered (display: none): its box says nothing.
        if (box.width === 0 && box.height === 0) return [];
        const r = (n: number) => Math.round(n);
        return [
          `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''} ${r(box.x - origin.x)},${r(box.y - origin.y)} ${r(box.width)}×${r(box.height)}`,
        ];
      });
    return { host: { width: Math.round(origin.width), height: Math.round(origin.height) }, inside };
  }, id);
}

describe('a page styled by Bootstrap and hostile resets', () => {
  it('leaves every widget with the boxes it has on a clean page', async () => {
    const clean = await open('/clean.html');
    const hostile = await open('/hostile.html');
    for (const id of WIDGET_IDS) {
      const a = await geometry(clean, id);
      const b = await geometry(hostile, id);
      expect.soft(b.host, `${id}: host box`).toEqual(a.host);
      expect.soft(b.inside, `${id}: boxes inside`).toEqual(a.inside);
    }
    await clean.close();
    await hostile.close();
  });

  it('leaves every widget looking as it does on a clean page', async () => {
    const clean = await open('/clean.html');
    const hostile = await open('/hostile.html');
    if (keep) mkdirSync(keep, { recursive: true });
    // The pages above the widgets differ in height by fractions of a pixel, which would draw the
    // same text at other sub-pixel offsets: nudge every widget onto whole pixels on both pages.
    for (const page of [clean, hostile]) {
      await page.evaluate(
        (ids) => {
          for (const id of ids) {
            const host = document.getElementById(id)!;
            const box = host.getBoundingClientRect();
            host.style.position = 'relative';
            host.style.top = `${Math.round(box.top) - box.top}px`;
            host.style.left = `${Math.round(box.left) - box.left}px`;
          }
        },
        [...WIDGET_IDS],
      );
    }
    for (const id of WIDGET_IDS) {
      const a = await clean.locator(`#${id}`).screenshot({ animations: 'disabled' });
      const b = await hostile.locator(`#${id}`).screenshot({ animations: 'disabled' });
      if (keep) {
        writeFileSync(join(keep, `${id}-clean.png`), a);
        writeFileSync(join(keep, `${id}-hostile.png`), b);
      }
      const difference = await pixelDifference(clean, a, b);
      expect.soft(difference, `${id}: share of pixels that differ`).toBeLessThanOrEqual(0.001);
    }
    if (keep) {
      writeFileSync(join(keep, 'page-clean.png'), await clean.screenshot({ fullPage: true }));
      writeFileSync(join(keep, 'page-hostile.png'), await hostile.screenshot({ fullPage: true }));
    }
    await clean.close();
    await hostile.close();
  });
});
