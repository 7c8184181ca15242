#!/usr/bin/env node
// @ts-check
/**
 * Screenshots of the built site for the README: `npm run build && npm run preview` in one shell,
 * then `node scripts/screenshots.mjs [base-url]` (default http://127.0.0.1:4173/). Writes
 * docs/screenshots/*.png at the sizes the project promises to look right at.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, requireChromium } from './chromium.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:4173/';
const out = new URL('../docs/screenshots/', import.meta.url);
mkdirSync(out, { recursive: true });

/** @type {{ name: string, path: string, width: number, height: number, step?: string }[]} */
const shots = [
  { name: 'story-390x844', path: 'index.html', width: 390, height: 844, step: 'economy' },
  { name: 'story-1280x800', path: 'index.html', width: 1280, height: 800, step: 'innovation' },
  {
    name: 'story-1920x1080',
    path: 'index.html?lang=en',
    width: 1920,
    height: 1080,
    step: 'targets',
  },
  { name: 'deck-1920x1080', path: 'deck.html#economy', width: 1920, height: 1080 },
  { name: 'speaker-1280x800', path: 'deck.html?view=speaker#innovation', width: 1280, height: 800 },
];

const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
try {
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height } });
    await page.goto(new URL(shot.path, base).href);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('report-scroller, report-deck')].some(
        (e) =>
          /** @type {{ steps?: unknown[], slides?: unknown[] }} */ (e).steps?.length ||
          /** @type {{ slides?: unknown[] }} */ (e).slides?.length,
      ),
    );
    if (shot.step) {
      await page.evaluate((id) => {
        const scroller = /** @type {HTMLElement & { scrollToStep(id: string): void }} */ (
          document.querySelector('report-scroller')
        );
        scroller.setAttribute('motion', 'reduce');
        scroller.scrollToStep(id);
      }, shot.step);
    }
    await page.waitForTimeout(800);
    await page.screenshot({ path: new URL(`${shot.name}.png`, out).pathname });
    console.log(`docs/screenshots/${shot.name}.png`);
    await page.close();
  }
} finally {
  await browser.close();
}
