/**
 * The built scroll story in Chromium, served over HTTP: scrolling down then up activates every
 * step in order both ways; a reload mid-page and a deep link land on the step at the trigger line.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import type { Browser, BrowserContext, Page } from 'playwright';
import { buildSite, demoStory, launch, removeSite, serve, watchConsole } from './site.js';

let dir = '';
let browser: Browser;
let server: Server;
let base = '';
let context: BrowserContext;
let problems: string[] = [];
const ids = demoStory().steps.map((step) => step.id);

beforeAll(async () => {
  dir = buildSite();
  ({ server, url: base } = await serve(dir));
  browser = await launch();
});

afterEach(() => {
  expect(problems.splice(0), 'console warnings and errors').toEqual([]);
});

afterAll(async () => {
  await browser.close();
  server.close();
  removeSite(dir);
});

/** Opens the story and records every step event in `window.stepLog`. */
async function open(url: string, viewport = { width: 1280, height: 800 }): Promise<Page> {
  context = await browser.newContext({ viewport });
  problems = watchConsole(context);
  const page = await context.newPage();
  await page.addInitScript(() => {
    const log: string[] = [];
    Object.assign(window, { stepLog: log });
    for (const type of ['report-step-enter', 'report-step-exit']) {
      document.addEventListener(type, (event) => {
        log.push(`${type.slice(12)}:${(event as CustomEvent<{ index: number }>).detail.index}`);
      });
    }
  });
  await page.goto(url);
  await page.waitForFunction(() => document.querySelector('report-scroller')?.steps.length);
  return page;
}

/** The scroller's active step, and the step whose top edge has last passed the middle of the window. */
function state(page: Page) {
  return page.evaluate(() => {
    const scroller = document.querySelector('report-scroller')!;
    let atLine = -1;
    scroller.steps.forEach((step, i) => {
      if (step.getBoundingClientRect().top <= innerHeight / 2) atLine = i;
    });
    return { index: scroller.step.index, atLine };
  });
}

async function settled(page: Page) {
  await page.waitForFunction(() => {
    const scroller = document.querySelector('report-scroller')!;
    let atLine = -1;
    scroller.steps.forEach((step, i) => {
      if (step.getBoundingClientRect().top <= innerHeight / 2) atLine = i;
    });
    return scroller.step.index === atLine;
  });
  return state(page);
}

const log = (page: Page) =>
  page.evaluate(() => (window as unknown as { stepLog: string[] }).stepLog.splice(0));

describe('index.html, the scroll story', () => {
  it('activates every step in order scrolling down with the wheel, and in reverse scrolling up', async () => {
    const page = await open(`${base}index.html`);
    try {
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.mouse.move(640, 400);
      for (let y = 0; y < height; y += 200) {
        await page.mouse.wheel(0, 200);
        await page.waitForTimeout(60);
      }
      expect((await settled(page)).index).toBe(ids.length - 1);
      const down = await log(page);
      expect(down.filter((e) => e.startsWith('enter')).map((e) => Number(e.slice(6)))).toEqual(
        ids.map((_, i) => i),
      );
      for (let y = height; y > 0; y -= 200) {
        await page.mouse.wheel(0, -200);
        await page.waitForTimeout(60);
      }
      expect((await settled(page)).index).toBe(-1);
      const up = await log(page);
      expect(up.filter((e) => e.startsWith('enter')).map((e) => Number(e.slice(6)))).toEqual(
        ids.slice(0, -1).map((_, i) => ids.length - 2 - i),
      );
      expect(up.filter((e) => e.startsWith('exit')).map((e) => Number(e.slice(5)))).toEqual(
        ids.map((_, i) => ids.length - 1 - i),
      );
    } finally {
      await context.close();
    }
  });

  it('lands on the right step after a fling, and after a reload mid-page', async () => {
    const page = await open(`${base}index.html`);
    try {
      await page.evaluate(() => {
        const step = document.getElementById('livelihood')!;
        window.scrollTo({
          top: step.getBoundingClientRect().top + scrollY - innerHeight / 2 + 40,
          behavior: 'instant',
        });
      });
      expect(await settled(page)).toEqual({ index: 4, atLine: 4 });
      const before = await page.evaluate(() => scrollY);
      await page.reload();
      await page.waitForFunction(() => document.querySelector('report-scroller')?.steps.length);
      expect(await settled(page)).toEqual({ index: 4, atLine: 4 });
      expect(Math.abs((await page.evaluate(() => scrollY)) - before)).toBeLessThan(4);
      expect(await log(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('lands on the step a deep link names, on a phone and on a desktop', async () => {
    for (const viewport of [
      { width: 390, height: 844 },
      { width: 1920, height: 1080 },
    ]) {
      const page = await open(`${base}index.html#targets`, viewport);
      try {
        expect(await settled(page)).toEqual({ index: 5, atLine: 5 });
        expect(await log(page)).toEqual([]);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow).toBe(0);
      } finally {
        await context.close();
      }
    }
  });

  it('switches to English in place, keeping the reader’s step', async () => {
    const page = await open(`${base}index.html#revenue`);
    try {
      await settled(page);
      // A click where the reader is (the link may be scrolled out of view).
      await page
        .getByRole('link', { name: 'English' })
        .evaluate((link: HTMLElement) => link.click());
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      expect(page.url()).toContain('lang=en');
      expect(await page.locator('#revenue h2').textContent()).toBe(
        demoStory().steps[2]!.heading!.en,
      );
      expect((await settled(page)).index).toBe(2);
    } finally {
      await context.close();
    }
  });
});
