/**
 * The built scroll story in Chromium, served over HTTP: scrolling down then up activates every
 * step of the Gangzha story in order both ways; a reload mid-page and a deep link land on the step
 * at the trigger line; the second story renders through the same page; no console errors; no
 * horizontal overflow from 320 px up.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import type { Browser, BrowserContext, Page } from 'playwright';
import { axeViolations, builtSite, launch, serve, storyFile, watchConsole } from './site.js';

let dir = '';
let browser: Browser;
let server: Server;
let base = '';
let context: BrowserContext;
const story = storyFile();
const ids = story.steps.map((step) => step.id);
const index = (id: string) => ids.indexOf(id);

beforeAll(async () => {
  dir = builtSite();
  ({ server, url: base } = await serve(dir));
  browser = await launch();
});

afterEach(() => {
  expect(problems.splice(0), 'console warnings and errors').toEqual([]);
});

afterAll(async () => {
  await browser.close();
  server.close();
});

/** Console errors, warnings and uncaught exceptions of the current page. */
let problems: string[] = [];

/** Opens a page and records every step event in `window.stepLog`. */
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

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('index.html, the Gangzha story', () => {
  it('is the page’s default story: masthead, every step, and a colophon naming the dataset', async () => {
    const page = await open(`${base}index.html`);
    try {
      expect(await page.locator('h1').textContent()).toBe(story.title.zh);
      expect(await page.evaluate(() => document.title)).toBe(story.title.zh);
      expect(
        await page.evaluate(() =>
          document.querySelector('report-scroller')!.steps.map((step) => step.id),
        ),
      ).toEqual(ids);
      const colophon = page.locator('footer.colophon');
      expect(await colophon.locator('a[href$="gangzha-2019.json"]').count()).toBe(1);
      expect(await colophon.textContent()).toContain('SHA-256');
      // An editor with a report of their own is sent to the studio beside the page.
      const studio = colophon.getByRole('link', { name: '报告工作室' });
      const href = (await studio.getAttribute('href')) ?? '';
      expect(new URL(href).pathname).toBe('/studio.html');
      expect((await page.request.get(href)).status()).toBe(200);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('activates every step in order scrolling down with the wheel, and in reverse scrolling up', async () => {
    const page = await open(`${base}index.html`);
    try {
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.mouse.move(640, 400);
      for (let y = 0; y < height; y += 200) {
        await page.mouse.wheel(0, 200);
        await page.waitForTimeout(40);
      }
      expect((await settled(page)).index).toBe(ids.length - 1);
      const down = await log(page);
      expect(down.filter((e) => e.startsWith('enter')).map((e) => Number(e.slice(6)))).toEqual(
        ids.map((_, i) => i),
      );
      for (let y = height; y > 0; y -= 200) {
        await page.mouse.wheel(0, -200);
        await page.waitForTimeout(40);
      }
      expect((await settled(page)).index).toBe(-1);
      const up = await log(page);
      expect(up.filter((e) => e.startsWith('enter')).map((e) => Number(e.slice(6)))).toEqual(
        ids.slice(0, -1).map((_, i) => ids.length - 2 - i),
      );
      expect(up.filter((e) => e.startsWith('exit')).map((e) => Number(e.slice(5)))).toEqual(
        ids.map((_, i) => ids.length - 1 - i),
      );
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('lands on the right step after a fling, and after a reload mid-page', async () => {
    const page = await open(`${base}index.html`);
    const target = index('wellbeing');
    try {
      await page.evaluate(() => {
        const step = document.getElementById('wellbeing')!;
        window.scrollTo({
          top: step.getBoundingClientRect().top + scrollY - innerHeight / 2 + 40,
          behavior: 'instant',
        });
      });
      expect(await settled(page)).toEqual({ index: target, atLine: target });
      const before = await page.evaluate(() => scrollY);
      await page.reload();
      await page.waitForFunction(() => document.querySelector('report-scroller')?.steps.length);
      expect(await settled(page)).toEqual({ index: target, atLine: target });
      expect(Math.abs((await page.evaluate(() => scrollY)) - before)).toBeLessThan(4);
      expect(await log(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('lands on the step a deep link names, on a phone and on a desktop, and its graphic shows that step', async () => {
    for (const viewport of [
      { width: 390, height: 844 },
      { width: 1920, height: 1080 },
    ]) {
      const page = await open(`${base}index.html#upgrade-city`, viewport);
      try {
        const target = index('upgrade-city');
        expect(await settled(page)).toEqual({ index: target, atLine: target });
        expect(await log(page)).toEqual([]);
        // The programme stays on screen from step to step; at this step the third pillar is open.
        await page.waitForFunction(() => {
          const pillars = document.querySelector('[data-report-current] > report-pillars');
          return pillars?.shadowRoot?.querySelector('[aria-pressed="true"]')?.textContent;
        });
        const open = await page.evaluate(
          () =>
            document
              .querySelector('[data-report-current] > report-pillars')!
              .shadowRoot!.querySelector('[aria-pressed="true"]')!.textContent,
        );
        expect(open).toContain('城市提质');
        expect(await overflow(page)).toBe(0);
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    }
  });

  it('switches to English in place, keeping the reader’s step', async () => {
    const page = await open(`${base}index.html#strength`);
    try {
      await settled(page);
      // A click where the reader is (the link may be scrolled out of view).
      await page
        .getByRole('link', { name: 'English' })
        .evaluate((link: HTMLElement) => link.click());
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      expect(page.url()).toContain('lang=en');
      expect(await page.locator('#strength h2').textContent()).toBe(
        story.steps[index('strength')]!.heading!.en,
      );
      expect((await settled(page)).index).toBe(index('strength'));
      expect(await page.locator('h1').textContent()).toBe(story.title.en);
    } finally {
      await context.close();
    }
  });

  it('offers the report sentence of every figure a step shows', async () => {
    const page = await open(`${base}index.html#vitality`);
    try {
      const sources = page.locator('#vitality .report-sources');
      await sources.locator('summary').click();
      const text = await sources.textContent();
      expect(text).toContain('科技进步贡献率67.3%，全社会研发投入占比提高到2.28%');
      expect(await sources.locator('mark').allTextContents()).toEqual(
        expect.arrayContaining(['67.3%', '2.28%', '37.1件']),
      );
    } finally {
      await context.close();
    }
  });

  it('passes axe on a phone and on a desktop, in Chinese, in English and dark', async () => {
    for (const [url, viewport] of [
      ['index.html#strength', { width: 390, height: 844 }],
      ['index.html?lang=en&theme=dark#upgrade-city', { width: 1280, height: 800 }],
    ] as const) {
      const page = await open(`${base}${url}`, viewport);
      try {
        await settled(page);
        await page.locator('[data-report-current] .report-sources summary').first().click();
        expect(await axeViolations(page), url).toEqual([]);
      } finally {
        await context.close();
      }
    }
  });

  it('has no horizontal overflow at 320 px, from the masthead to the colophon', async () => {
    const page = await open(`${base}index.html`, { width: 320, height: 640 });
    try {
      for (const id of [...ids, 'end']) {
        await page.evaluate((id) => {
          const step = document.getElementById(id);
          scrollTo(0, step ? step.offsetTop : document.documentElement.scrollHeight);
        }, id);
        await page.waitForTimeout(30);
        expect(await overflow(page), id).toBe(0);
      }
      const wider = await page.evaluate(() =>
        [...document.querySelectorAll('body *')]
          .filter((element) => element.getBoundingClientRect().right > innerWidth + 0.5)
          .map((element) => element.localName + (element.className ? `.${element.className}` : '')),
      );
      expect(wider).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('index.html?story=…, another story file through the same page', () => {
  const short = storyFile('gangzha-2020.story');

  it('renders the short 2020 story, in its own order, without new code', async () => {
    const page = await open(`${base}index.html?story=gangzha-2020.story#targets-b`, {
      width: 390,
      height: 844,
    });
    try {
      expect(await page.locator('h1').textContent()).toBe(short.title.zh);
      expect(
        await page.evaluate(() =>
          document.querySelector('report-scroller')!.steps.map((step) => step.id),
        ),
      ).toEqual(short.steps.map((step) => step.id));
      const target = short.steps.findIndex((step) => step.id === 'targets-b');
      expect(await settled(page)).toEqual({ index: target, atLine: target });
      expect(await page.locator('[data-report-current] > report-gauge').count()).toBe(5);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('names the file when a story does not exist', async () => {
    context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(`${base}index.html?story=no-such-story`);
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toContain('data/no-such-story.json');
    } finally {
      await context.close();
    }
  });
});
