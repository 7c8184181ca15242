/**
 * The built pages and the one-file embed in Chromium, over real HTTP.
 *
 * - Reflow: the scroll story at 320 px scrolls no step sideways; the deck fits a phone.
 * - Zoom: the story at 200 % page zoom (a 1280 px window zoomed: 640 CSS px at 2 device pixels per
 *   px) and with its text at 200 % scrolls nothing sideways and no two pieces of text overlap.
 * - Data that does not come: widgets on a page that loads only `dist/report-story.js`, pointed at
 *   a server that answers 404, HTML instead of JSON, broken JSON, a body that never ends, nothing
 *   at all, or slowly — each says so in place, keeps the page author's fallback, and leaves its
 *   neighbours working.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { builtSite, launch, quiet, root, serve, storyFile, watchConsole } from './site.js';
import { builtEmbed } from '../embed/harness.js';
import { isModuleEmbedFile } from '../../src/embed/files.js';

let site = '';
let embed = '';
let browser: Browser;
let siteServer: Server;
let base = '';
let context: BrowserContext | undefined;
let problems: string[] = [];
const steps = storyFile().steps.map((step) => step.id);

beforeAll(async () => {
  site = builtSite();
  embed = builtEmbed();
  ({ server: siteServer, url: base } = await serve(site));
  browser = await launch();
});

afterEach(async () => {
  await context?.close();
  context = undefined;
  expect(problems.splice(0), 'console warnings and errors').toEqual([]);
});

afterAll(async () => {
  await browser.close();
  siteServer.close();
});

async function open(
  url: string,
  options: { width: number; height: number; scale?: number; textZoom?: boolean },
): Promise<Page> {
  context = await browser.newContext({
    viewport: { width: options.width, height: options.height },
    deviceScaleFactor: options.scale ?? 1,
  });
  problems = watchConsole(context);
  const page = await context.newPage();
  if (options.textZoom) {
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        document.documentElement.style.fontSize = '200%';
      });
    });
  }
  await page.goto(url);
  return page;
}

/** How far the page scrolls sideways (0 when it does not). */
const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/**
 * Pairs of text fragments on the page (through shadow roots) that overlap by more than half a
 * line: text drawn over text. On a narrow screen the scroll story's step cards pass over its
 * graphic by design — opaque cards, checked by `opaqueSteps()` — so a step's text is compared with
 * other text of the steps and of the page, and the graphic's text with the graphic's.
 */
function overlappingText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    /** Which layer a node is drawn in: a step card, the graphic, or the page. */
    const layer = (node: Node): string => {
      for (
        let n: Node | null = node;
        n;
        n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null)
      ) {
        if (n instanceof Element && n.hasAttribute('data-report-step')) return 'steps';
        if (n instanceof Element && n.getAttribute('slot') === 'graphic') return 'graphic';
      }
      return 'page';
    };
    const fragments: { node: Text; rect: DOMRect; layer: string }[] = [];
    const visit = (rootNode: Document | ShadowRoot) => {
      const walker = document.createTreeWalker(rootNode, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node as Text;
        const parent = text.parentElement;
        if (!parent || !text.data.trim()) continue;
        if (parent.closest('svg, style, script, noscript, .visually-hidden, .final, .reserve'))
          continue;
        // Hidden or faded out, here or by an ancestor (a graphic of another step).
        if (!parent.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
        // Text for screen readers only sits in a clipped 1 px box.
        const box = parent.getBoundingClientRect();
        if (box.width <= 1 || box.height <= 1) continue;
        const range = document.createRange();
        range.selectNodeContents(text);
        // Text cut off by an ancestor that clips its overflow (an ellipsis) is drawn only
        // inside that ancestor: measure what is drawn.
        const clips: DOMRect[] = [];
        for (
          let el: Element | null = parent;
          el;
          el = el.parentElement ?? (el.parentNode instanceof ShadowRoot ? el.parentNode.host : null)
        ) {
          if (getComputedStyle(el).overflowX !== 'visible') clips.push(el.getBoundingClientRect());
        }
        const drawn = (rect: DOMRect): DOMRect => {
          let { left, top, right, bottom } = rect;
          for (const clip of clips) {
            left = Math.max(left, clip.left);
            top = Math.max(top, clip.top);
            right = Math.min(right, clip.right);
            bottom = Math.min(bottom, clip.bottom);
          }
          return new DOMRect(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
        };
        for (const rect of [...range.getClientRects()].map(drawn)) {
          const onScreen = rect.bottom > 0 && rect.top < innerHeight;
          if (onScreen && rect.width > 0.5 && rect.height > 0.5) {
            fragments.push({ node: text, rect, layer: layer(text) });
          }
        }
      }
      for (const el of rootNode.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
    };
    visit(document);
    const found = new Set<string>();
    for (let i = 0; i < fragments.length; i++) {
      for (let j = i + 1; j < fragments.length; j++) {
        const a = fragments[i]!;
        const b = fragments[j]!;
        if (a.node === b.node) continue;
        if (new Set([a.layer, b.layer]).size === 2 && a.layer !== 'page' && b.layer !== 'page')
          continue;
        const w = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
        const h = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
        if (w > 2 && h > Math.min(a.rect.height, b.rect.height) / 2) {
          found.add(`"${a.node.data.trim().slice(0, 16)}" × "${b.node.data.trim().slice(0, 16)}"`);
        }
      }
    }
    return [...found];
  });
}

/** Step cards that are not opaque (the graphic would show through their text). */
function translucentSteps(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const scroller = document.querySelector('report-scroller')!;
    return scroller.steps
      .filter((step) => {
        const color = getComputedStyle(step).backgroundColor;
        const alpha = /rgba?\([^)]*,\s*([\d.]+)\)/.exec(color)?.[1];
        const layered = scroller.shadowRoot!.querySelector('[part="layout"]');
        // Only where the cards lie over the graphic (one column).
        const oneColumn = layered
          ? getComputedStyle(layered).gridTemplateColumns.split(' ').length < 2
          : true;
        return oneColumn && (color === 'transparent' || (alpha !== undefined && Number(alpha) < 1));
      })
      .map((step) => step.id);
  });
}

/** Brings each step of the story to the trigger line in turn and runs `check` there. */
async function atEveryStep(page: Page, check: (id: string) => Promise<void>): Promise<void> {
  await page.waitForFunction(() => document.querySelector('report-scroller')?.steps.length);
  for (const [i, id] of steps.entries()) {
    await page.evaluate((step) => (location.hash = `#${step}`), id);
    await page.waitForFunction(
      (index) => document.querySelector('report-scroller')?.step.index === index,
      i,
    );
    await quiet(page);
    await check(id);
  }
}

describe('reflow and zoom of the built pages', () => {
  it.each(['', '?lang=en'])('index.html%s at 320 px: no step scrolls sideways', async (query) => {
    const page = await open(`${base}index.html${query}`, { width: 320, height: 640 });
    const wide: string[] = [];
    await atEveryStep(page, async (id) => {
      const by = await sideways(page);
      if (by > 0) wide.push(`#${id}: ${by} px`);
    });
    expect(wide).toEqual([]);
  });

  it('deck.html on a 320 px phone: the stage fits, nothing scrolls sideways', async () => {
    const page = await open(`${base}deck.html`, { width: 320, height: 568 });
    await page.waitForFunction(() => document.querySelector('report-deck')?.slides.length);
    expect(await sideways(page)).toBe(0);
    const stage = await page.evaluate(
      () =>
        document
          .querySelector('report-deck')!
          .shadowRoot!.querySelector('[part="stage"]')!
          .getBoundingClientRect().width,
    );
    expect(stage).toBeLessThanOrEqual(320);
  });

  it.each([
    ['200 % page zoom', { width: 640, height: 400, scale: 2 }],
    ['text at 200 %', { width: 1280, height: 800, textZoom: true }],
  ])('index.html with %s: nothing sideways, no text over text, at any step', async (_, options) => {
    const page = await open(`${base}index.html`, options);
    const found: string[] = [];
    await atEveryStep(page, async (id) => {
      const by = await sideways(page);
      if (by > 0) found.push(`#${id}: scrolls ${by} px sideways`);
      for (const pair of await overlappingText(page)) found.push(`#${id}: ${pair}`);
      for (const step of await translucentSteps(page))
        found.push(`#${id}: step ${step} is see-through`);
    });
    expect(found).toEqual([]);
  });
});

/** The failing and working data the stub server answers with. */
const dataset = readFileSync(join(root, 'data/gangzha-2019.json'));
const pending = new Set<ServerResponse>();

function answer(url: string, response: ServerResponse): void {
  const json = { 'content-type': 'application/json' };
  if (isModuleEmbedFile(url.slice(1))) {
    // The loader and the chunks it loads from beside itself.
    response.writeHead(200, { 'content-type': 'text/javascript' });
    response.end(readFileSync(join(embed, url.slice(1))));
    return;
  }
  switch (url) {
    case '/ok.json':
      response.writeHead(200, json).end(dataset);
      return;
    case '/missing.json':
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    case '/login.json':
      response
        .writeHead(200, { 'content-type': 'text/html' })
        .end('<!doctype html><title>Sign in</title>');
      return;
    case '/broken.json':
      response.writeHead(200, json).end(dataset.subarray(0, 200));
      return;
    case '/trickle.json':
      response.writeHead(200, json);
      response.write(dataset.subarray(0, 100));
      pending.add(response);
      return;
    case '/hung.json':
      pending.add(response);
      return;
    case '/slow.json':
      setTimeout(() => response.writeHead(200, json).end(dataset), 2000);
      return;
    default:
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
  }
}

const FALLBACK = (what: string) => `<p class="fallback">${what}的数据暂时无法显示。</p>`;
const WIDGETS: readonly (readonly [file: string, says: RegExp])[] = [
  ['missing.json', /missing\.json answered HTTP 404/],
  ['login.json', /login\.json is text\/html, not JSON/],
  ['broken.json', /broken\.json is not valid JSON/],
  ['trickle.json', /trickle\.json did not finish within 15 s/],
  ['hung.json', /hung\.json did not answer within 15 s/],
];

const PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>embed</title><link rel="icon" href="data:,">
<script type="module" src="/report-story.js"></script></head>
<body><main>
${WIDGETS.map(
  ([file]) => `<section data-file="${file}">
  <report-counter src="/${file}" metric="gdp-2019">${FALLBACK('计数器')}</report-counter>
  <report-gauge src="/${file}" goal="rd-share-2020">${FALLBACK('目标')}</report-gauge>
  <report-timeline src="/${file}">${FALLBACK('时间线')}</report-timeline>
  <report-pillars src="/${file}">${FALLBACK('五提工程')}</report-pillars>
  <report-data src="/${file}"><report-counter metric="gdp-2019"></report-counter>${FALLBACK('数据')}</report-data>
</section>`,
).join('\n')}
<section data-file="slow.json"><report-counter src="/slow.json" metric="gdp-2019" motion="reduce"></report-counter></section>
<section data-file="ok.json"><report-counter src="/ok.json" metric="gdp-2019" motion="reduce"></report-counter>
<report-gauge src="/ok.json" goal="rd-share-2020" motion="reduce"></report-gauge></section>
</main></body></html>`;

describe('an embed page whose data does not come', () => {
  let server: Server;
  let url = '';

  beforeAll(async () => {
    server = createServer((request, response) => answer(request.url ?? '/', response));
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });

  afterAll(async () => {
    for (const response of pending) response.destroy();
    await new Promise((done) => server.close(done));
  });

  it('each widget says what went wrong, keeps its fallback, and its neighbours work', async () => {
    const page = await open(url, { width: 1280, height: 900 });
    // What each widget shows: its error message (or '' without one), and whether its fallback is on screen.
    const read = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('section')].flatMap((section) =>
          [...section.children].map((widget) => {
            const error = widget.shadowRoot?.querySelector('[part~="error"]')?.textContent ?? '';
            const fallback = widget.querySelector<HTMLElement>('.fallback');
            return {
              file: section.dataset.file!,
              tag: widget.localName,
              error: error.replace(/\s+/g, ' '),
              fallback: fallback ? fallback.getClientRects().length > 0 : null,
              number: widget.shadowRoot?.querySelector('.final')?.textContent ?? '',
            };
          }),
        ),
      );
    // The quick failures first, then the two that take the loader's 15 s timeout.
    await page.waitForFunction(
      () =>
        document.querySelectorAll('section[data-file="missing.json"] > *').length === 5 &&
        [...document.querySelectorAll('section[data-file="broken.json"] > *')].every((w) =>
          w.shadowRoot?.querySelector('[part~="error"]'),
        ),
    );
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('section[data-file="hung.json"] > *')].every((w) =>
          w.shadowRoot?.querySelector('[part~="error"]'),
        ),
      undefined,
      { timeout: 25_000 },
    );
    const widgets = await read();
    for (const [file, says] of WIDGETS) {
      const failing = widgets.filter((w) => w.file === file);
      expect(failing.map((w) => w.tag)).toEqual([
        'report-counter',
        'report-gauge',
        'report-timeline',
        'report-pillars',
        'report-data',
      ]);
      for (const w of failing) {
        expect(w.error, `${w.tag} on ${file}`).toMatch(says);
        expect(w.fallback, `${w.tag} on ${file}: fallback shown`).toBe(true);
      }
    }
    const working = widgets.filter((w) => w.file === 'ok.json' || w.file === 'slow.json');
    expect(working.map((w) => [w.file, w.tag, w.error])).toEqual([
      ['slow.json', 'report-counter', ''],
      ['ok.json', 'report-counter', ''],
      ['ok.json', 'report-gauge', ''],
    ]);
    expect(working.filter((w) => w.tag === 'report-counter').map((w) => w.number)).toEqual([
      '440',
      '440',
    ]);
    // The browser reports the 404 itself; nothing else may reach the console.
    const own = problems.filter((line) => !/Failed to load resource: .*404/.test(line));
    problems.length = 0;
    expect(own).toEqual([]);
  });
});
