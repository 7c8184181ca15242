#!/usr/bin/env node
// @ts-check
/**
 * Screenshots of the built site for the README: `npm run build && npm run preview` in one shell,
 * then `node scripts/screenshots.mjs [base-url]` (default http://127.0.0.1:4173/). Writes
 * docs/screenshots/*.webp at the sizes the project promises to look right at.
 *
 * Pages are shot with reduced motion, so every counter, gauge and pillar shows its final state.
 * Chromium encodes the WebP itself (a canvas), so no image tool is needed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, requireChromium } from './chromium.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:4173/';
const out = new URL('../docs/screenshots/', import.meta.url);
mkdirSync(out, { recursive: true });

/** @type {{ name: string, path: string, width: number, height: number, step?: string}[]} */
const shots = [
  { name: 'hero-1280x800', path: 'index.html', width: 1280, height: 800, step: 'upgrade-city' },
  { name: 'story-390x844', path: 'index.html', width: 390, height: 844 },
  { name: 'story-390x844-step', path: 'index.html', width: 390, height: 844, step: 'strength' },
  { name: 'story-1280x800', path: 'index.html', width: 1280, height: 800, step: 'vitality' },
  { name: 'story-1920x1080-en', path: 'index.html?lang=en', width: 1920, height: 1080 },
  { name: 'deck-1920x1080', path: 'deck.html#strength', width: 1920, height: 1080 },
  {
    name: 'deck-plenary-1920x1080',
    path: 'deck.html?theme=plenary#foundation',
    width: 1920,
    height: 1080,
  },
  { name: 'speaker-1280x800', path: 'deck.html?view=speaker#vitality', width: 1280, height: 800 },
];

const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
try {
  const encoder = await browser.newPage();
  for (const shot of shots) {
    const page = await browser.newPage({
      viewport: { width: shot.width, height: shot.height },
      reducedMotion: 'reduce',
    });
    await page.goto(new URL(shot.path, base).href);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('report-scroller, report-deck')].some(
        (e) =>
          /** @type {{ steps?: unknown[] }} */ (e).steps?.length ||
          /** @type {{ slides?: unknown[] }} */ (e).slides?.length,
      ),
    );
    if (shot.step) {
      await page.evaluate((id) => {
        const scroller = /** @type {HTMLElement & { scrollToStep(id: string): void }} */ (
          document.querySelector('report-scroller')
        );
        scroller.scrollToStep(id);
      }, shot.step);
    }
    // Fonts, the dataset and the elements' first frames.
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(700);
    const png = await page.screenshot();
    const webp = await encoder.evaluate(async (data) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      canvas.getContext('2d')?.drawImage(image, 0, 0);
      return canvas.toDataURL('image/webp', 0.9).split(',')[1] ?? '';
    }, png.toString('base64'));
    const file = new URL(`${shot.name}.webp`, out);
    writeFileSync(file, Buffer.from(webp, 'base64'));
    console.log(`docs/screenshots/${shot.name}.webp`);
    await page.close();
  }
} finally {
  await browser.close();
}
