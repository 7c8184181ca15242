/**
 * The built deck as a presenter uses it: `dist/site/deck.html` opened from a folder with the network
 * off, walked by keys and by the URL, reloaded, and followed by its speaker view — over a
 * BroadcastChannel and, where that is missing, over postMessage between the two windows.
 */
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright';
import { builtSite, launch, serve, storyFile, watchConsole } from './site.js';

let dir = '';
let browser: Browser;
const story = storyFile();
const headings = story.steps.map((step) => step.heading?.zh);
const ids = story.steps.map((step) => step.id);

beforeAll(async () => {
  dir = builtSite();
  browser = await launch();
});

afterAll(async () => {
  await browser.close();
});

/** Console warnings and errors of every context a test opened a deck in. */
const watched = new WeakMap<BrowserContext, string[]>();
const problems: string[][] = [];

afterEach(() => {
  expect(
    problems.flatMap((list) => list.splice(0)),
    'console warnings and errors',
  ).toEqual([]);
});

/** The current slide's index and heading, and the page's fragment. */
function current(page: Page) {
  return page.evaluate(() => {
    const deck = document.querySelector('report-deck');
    return {
      index: deck?.index,
      heading: deck?.querySelector('[data-report-current] h2')?.textContent,
      hash: location.hash,
    };
  });
}

async function openDeck(context: BrowserContext, url: string): Promise<Page> {
  if (!watched.has(context)) {
    const list = watchConsole(context);
    watched.set(context, list);
    problems.push(list);
  }
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => document.querySelector('report-deck')?.slides.length);
  await page.waitForFunction(() => document.activeElement?.localName === 'report-deck');
  return page;
}

describe.each([
  ['with BroadcastChannel', false],
  ['over postMessage only', true],
])('the offline deck (file://, no network) %s', (_, withoutBroadcast) => {
  let context: BrowserContext;
  const requests: string[] = [];

  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 720 }, offline: true });
    if (withoutBroadcast) {
      await context.addInitScript(() => {
        delete (window as { BroadcastChannel?: unknown }).BroadcastChannel;
      });
    }
    context.on('request', (request) => requests.push(request.url()));
  });

  afterAll(async () => {
    await context.close();
  });

  it('walks every slide by keys and by the URL, returns on reload, and the speaker view follows both ways', async () => {
    const url = pathToFileURL(join(dir, 'deck.html')).href;
    const page = await openDeck(context, url);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));

    const seen = [(await current(page)).heading];
    for (let i = 1; i < headings.length; i++) {
      await page.keyboard.press(i % 2 ? 'PageDown' : 'ArrowRight');
      const now = await current(page);
      expect(now.hash).toBe(`#${ids[i]}`);
      seen.push(now.heading);
    }
    expect(seen).toEqual(headings);
    for (let i = headings.length - 2; i >= 0; i--) {
      await page.keyboard.press(i % 2 ? 'PageUp' : 'ArrowLeft');
      expect((await current(page)).index).toBe(i);
    }

    await page.evaluate(() => (location.hash = '#targets-a'));
    await page.waitForFunction(
      (target) => document.querySelector('report-deck')?.index === target,
      ids.indexOf('targets-a'),
    );
    await page.keyboard.press('3');
    await page.keyboard.press('Enter');
    expect(await current(page)).toMatchObject({ index: 2, heading: headings[2] });

    await page.reload();
    await page.waitForFunction(() => document.querySelector('report-deck')?.slides.length);
    expect(await current(page)).toMatchObject({ index: 2, hash: `#${ids[2]}` });

    await page.waitForFunction(() => document.activeElement?.localName === 'report-deck');
    const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    await speaker.waitForFunction(() => document.querySelector('report-deck')?.view === 'speaker');
    await speaker.waitForFunction(() => document.querySelector('report-deck')?.index === 2);
    await page.keyboard.press('PageDown');
    await speaker.waitForFunction(() => document.querySelector('report-deck')?.index === 3);
    const notes = await speaker.evaluate(
      () =>
        document.querySelector('report-deck')?.shadowRoot?.querySelector('[part="notes"]')
          ?.textContent ?? '',
    );
    // Slide 4 shows GDP and revenue: the notes quote the sentence both come from.
    expect(notes).toContain('预计完成地区生产总值440亿元，同比增长6.5%');
    await speaker.waitForFunction(() => document.activeElement?.localName === 'report-deck');
    await speaker.keyboard.press('End');
    await page.waitForFunction(
      (last) => document.querySelector('report-deck')?.index === last,
      headings.length - 1,
    );
    await speaker.keyboard.press('b');
    await page.waitForFunction(() => document.querySelector('report-deck')?.blank === true);
    await speaker.close();

    expect(errors).toEqual([]);
    expect(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'))).toEqual([]);
  });
});

describe('the deck over HTTP', () => {
  it.each([
    ['a 4:3 projector at 125 %', 1024, 768, 1.25, { width: 1024, height: 576 }],
    ['a 32:9 wall at 150 %', 1600, 450, 1.5, { width: 800, height: 450 }],
  ])(
    'lays the stage out for %s, sized by layout (no transform), 1em = stage/60',
    async (_, width, height, scale, stage) => {
      const { server, url } = await serve(dir);
      const context = await browser.newContext({
        viewport: { width, height },
        deviceScaleFactor: scale,
      });
      try {
        const page = await openDeck(context, `${url}deck.html`);
        const measured = await page.evaluate(() => {
          const element = document
            .querySelector('report-deck')!
            .shadowRoot!.querySelector('[part="stage"]')!;
          const box = element.getBoundingClientRect();
          const style = getComputedStyle(element);
          return {
            width: box.width,
            height: box.height,
            transform: style.transform,
            font: parseFloat(style.fontSize),
            dpr: devicePixelRatio,
          };
        });
        expect(measured).toMatchObject({ ...stage, transform: 'none', dpr: scale });
        expect(measured.font).toBeCloseTo(stage.width / 60, 3);
      } finally {
        await context.close();
        server.close();
      }
    },
  );

  it('shows another story file with ?story=, in the plenary theme with ?theme=plenary', async () => {
    const { server, url } = await serve(dir);
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const short = storyFile('gangzha-2020.story');
    try {
      const page = await openDeck(
        context,
        `${url}deck.html?story=gangzha-2020.story&theme=plenary`,
      );
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (error) => errors.push(error.message));
      const seen = [(await current(page)).heading];
      for (let i = 1; i < short.steps.length; i++) {
        await page.keyboard.press('Space');
        seen.push((await current(page)).heading);
      }
      expect(seen).toEqual(short.steps.map((step) => step.heading?.zh));
      await page.keyboard.press('Home');
      expect((await current(page)).index).toBe(0);
      const themes = await page.evaluate(() => {
        const deck = document.querySelector('report-deck')!;
        return [
          deck.getAttribute('theme'),
          ...[...deck.querySelectorAll('.report-graphic > *')].map((e) => e.getAttribute('theme')),
        ];
      });
      expect(new Set(themes)).toEqual(new Set(['plenary']));
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      server.close();
    }
  });

  it('renders the same slides, in English with ?lang=en, and starts at the slide the URL names', async () => {
    const { server, url } = await serve(dir);
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    try {
      const page = await openDeck(context, `${url}deck.html?lang=en#/4`);
      const english = story.steps.map((step) => step.heading?.en);
      expect(await current(page)).toMatchObject({ index: 3, heading: english[3] });
      const stage = await page.evaluate(() => {
        const box = document
          .querySelector('report-deck')!
          .shadowRoot!.querySelector('[part="stage"]')!
          .getBoundingClientRect();
        return [box.width, box.height];
      });
      expect(stage).toEqual([1920, 1080]);
    } finally {
      await context.close();
      server.close();
    }
  });
});

/**
 * The presenter's clicker on the built deck: whatever was clicked on the stage, PageDown and
 * PageUp keep moving the slides — after fullscreen and back, after the speaker view, after the
 * window lost and regained focus — and focus never falls to the page's body.
 */
describe('the clicker, whatever was clicked on the stage', () => {
  const kinds = {
    timeline: ids.indexOf('plenary'),
    quotation: ids.indexOf('call'),
    divider: ids.indexOf('review-2019'),
    counters: ids.indexOf('strength'),
    gauges: ids.indexOf('targets-a'),
    programme: ids.indexOf('upgrade-industry'),
  };
  let server: Awaited<ReturnType<typeof serve>>['server'];
  let url = '';
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ server, url } = await serve(dir));
    context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    page = await openDeck(context, `${url}deck.html`);
  });

  afterAll(async () => {
    await context.close();
    server.close();
  });

  it('covers every kind of slide the story has', () => {
    expect(Object.values(kinds).every((index) => index >= 0)).toBe(true);
  });

  /** Goes to a slide by its link, as a presenter's bookmark would. */
  async function go(index: number): Promise<void> {
    await page.evaluate((id) => (location.hash = id), ids[index]!);
    await page.waitForFunction((i) => document.querySelector('report-deck')?.index === i, index);
  }

  /**
   * Marks the visible interactive elements of the current slide (through shadow roots) with
   * `data-clicker-test="n"` and returns how many there are.
   */
  function markInteractive(): Promise<number> {
    return page.evaluate(() => {
      const all = (root: ParentNode): Element[] =>
        [...root.querySelectorAll('*')].flatMap((element) => [
          element,
          ...(element.shadowRoot ? all(element.shadowRoot) : []),
        ]);
      for (const element of all(document)) element.removeAttribute('data-clicker-test');
      const slide = document.querySelector('report-deck [data-report-current]');
      const found = (slide ? all(slide) : []).filter(
        (element) =>
          element.matches('button, a[href], summary, input, select, textarea, [tabindex]') &&
          element.getAttribute('tabindex') !== '-1' &&
          !element.closest('[inert]') &&
          element.getClientRects().length > 0,
      );
      found.forEach((element, n) => element.setAttribute('data-clicker-test', String(n)));
      return found.length;
    });
  }

  /**
   * Presses PageDown five times and PageUp five times (or the other way round near the end) and
   * returns the slide index after each press, and what had focus at the end.
   */
  async function tenMoves(): Promise<{ indices: number[]; expected: number[]; focus: string }> {
    const start = (await current(page)).index ?? 0;
    const forward = start + 5 <= ids.length - 1;
    const [there, back] = forward ? ['PageDown', 'PageUp'] : ['PageUp', 'PageDown'];
    const keys: string[] = [...Array<string>(5).fill(there), ...Array<string>(5).fill(back)];
    const indices: number[] = [];
    const expected: number[] = [];
    let at = start;
    for (const key of keys) {
      at += key === 'PageDown' ? 1 : -1;
      expected.push(at);
      await page.keyboard.press(key);
      indices.push((await current(page)).index ?? -1);
    }
    const focus = await page.evaluate(() => document.activeElement?.localName ?? 'none');
    return { indices, expected, focus };
  }

  for (const [kind, index] of Object.entries(kinds)) {
    it(`moves ten slides after any click on a ${kind} slide`, async () => {
      await go(index);
      const count = await markInteractive();
      // A click on the stage that is not on a control changes nothing, and leaves the keys working.
      await page
        .locator('report-deck [data-report-current] .report-slide-text')
        .click({ position: { x: 5, y: 5 } });
      expect((await current(page)).index).toBe(index);
      const plain = await tenMoves();
      expect(plain.indices).toEqual(plain.expected);
      for (let n = 0; n < count; n++) {
        await go(index);
        await markInteractive();
        await page.locator(`[data-clicker-test="${n}"]`).click();
        const moves = await tenMoves();
        expect(moves.indices, `after clicking interactive element ${n}`).toEqual(moves.expected);
        expect(moves.focus).not.toBe('body');
      }
    });
  }

  /** Clicks the first interactive element of a slide of each kind (or its text), then ten moves. */
  async function afterClicks(label: string, between: () => Promise<void>): Promise<void> {
    for (const [kind, index] of Object.entries(kinds)) {
      await go(index);
      const count = await markInteractive();
      await page
        .locator(count ? '[data-clicker-test="0"]' : 'report-deck [data-report-current] h2')
        .first()
        .click();
      await between();
      const moves = await tenMoves();
      expect(moves.indices, `${kind} slide, ${label}`).toEqual(moves.expected);
      expect(moves.focus, `${kind} slide, ${label}`).not.toBe('body');
    }
  }

  it('moves ten slides after f and Esc', async () => {
    await afterClicks('after f and Esc', async () => {
      await page.keyboard.press('f');
      await page.waitForFunction(() => document.fullscreenElement?.localName === 'report-deck');
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => document.fullscreenElement === null);
    });
  });

  it('moves ten slides after s opened the speaker view and it was closed', async () => {
    await afterClicks('after the speaker view', async () => {
      const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
      await speaker.waitForFunction(
        () => document.querySelector('report-deck')?.view === 'speaker',
      );
      await speaker.close();
      await page.bringToFront();
    });
  });

  it('moves ten slides after the window lost focus to another and got it back', async () => {
    const other = await context.newPage();
    try {
      await afterClicks('after a blur and focus of the window', async () => {
        await other.bringToFront();
        await page.evaluate(() => window.dispatchEvent(new FocusEvent('blur')));
        await page.bringToFront();
        await page.evaluate(() => window.dispatchEvent(new FocusEvent('focus')));
      });
    } finally {
      await other.close();
    }
  });
});
