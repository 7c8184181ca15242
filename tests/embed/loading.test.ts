/**
 * No layout shift while loading. A counter or gauge waiting for its dataset already takes the box
 * of its final state (the same rows, with blank placeholders), in Chinese and English, wide and
 * narrow. And a page on a slow network — the script and the dataset both late — that reserves its
 * widgets' heights as the README shows (`min-height` in its own stylesheet, the height embed.html
 * measures) has no layout shift at all while the fallback, the loading state and the final state
 * follow each other.
 */
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtEmbed, close, embedFiles, launch, serve, type Response } from './harness.js';

const SRC = '/data/gangzha-2019.json';

interface Widget {
  readonly tag: string;
  readonly attributes: string;
  /** Width of the column it stands in, px. */
  readonly width: number;
}

const WIDGETS: Readonly<Record<string, Widget>> = {
  'counter-zh': { tag: 'report-counter', attributes: 'metric="gdp-2019"', width: 700 },
  'counter-en': { tag: 'report-counter', attributes: 'metric="gdp-2019" locale="en"', width: 700 },
  'counter-narrow': {
    tag: 'report-counter',
    attributes: 'metric="budget-revenue-2019"',
    width: 260,
  },
  'gauge-zh': { tag: 'report-gauge', attributes: 'goal="rd-share-2020"', width: 700 },
  'gauge-en': { tag: 'report-gauge', attributes: 'goal="rd-share-2020" locale="en"', width: 700 },
  'gauge-bar': { tag: 'report-gauge', attributes: 'goal="gdp-growth-2020" form="bar"', width: 700 },
  'gauge-narrow': { tag: 'report-gauge', attributes: 'goal="rd-share-2020"', width: 260 },
  timeline: { tag: 'report-timeline', attributes: '', width: 700 },
  pillars: { tag: 'report-pillars', attributes: '', width: 700 },
};
const IDS = Object.keys(WIDGETS);
/** The widgets whose loading state knows its final size without the data. */
const SELF_SIZED = IDS.filter((id) => !['timeline', 'pillars'].includes(id));

/** A page of the widgets, each with a fallback sentence, in columns separated by paragraphs. */
function page(script: string, src: string, css = ''): Response {
  const body = Object.entries(WIDGETS)
    .map(
      ([id, { tag, attributes, width }]) =>
        `<p>Before ${id}.</p><div style="width:${width}px"><${tag} id="${id}" src="${src}" ${attributes}><p>Fallback of ${id}.</p></${tag}></div>`,
    )
    .join('\n');
  return {
    type: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<link rel="icon" href="/favicon.ico"><title>loading</title>
<style>body { margin: 0; font: 16px/1.5 sans-serif; } p { margin: 0; } ${css}</style>
<script type="module" src="${script}"></script>
</head><body>${body}<p>After the widgets.</p></body></html>`,
  };
}

let dir = '';
let server: Server | undefined;
let base = '';
let browser: Browser;
const routes: Record<string, Response> = {};

beforeAll(async () => {
  dir = builtEmbed();
  const files = embedFiles(dir);
  // The late loader finds its chunks beside itself, in /late/.
  const late = Object.entries(files).map(([path, file]) => [`/late${path}`, file] as const);
  Object.assign(routes, files, Object.fromEntries(late), {
    '/late/report-story.js': { ...files['/report-story.js']!, delay: 600 },
    '/late/data.json': { ...files[SRC]!, delay: 1200 },
    '/fast.html': page('/report-story.js', SRC),
    '/slow-data.html': page('/report-story.js', '/late/data.json'),
  });
  ({ server, url: base } = await serve((path) => routes[path]));
  browser = await launch();
});

afterAll(async () => {
  await browser.close();
  await close(server);
});

/** The heights of `ids` once every one of them is in `state`. */
async function heights(page: Page, ids: string[], state: 'loading' | 'final'): Promise<number[]> {
  const handle = await page.waitForFunction(
    ({ ids, state }) => {
      const hosts = ids.map((id) => document.getElementById(id));
      const there = hosts.every((host) => {
        const root = host?.shadowRoot;
        const busy = root?.querySelector('[aria-busy="true"], [role="status"]');
        return root?.children.length && (state === 'loading' ? busy : !busy);
      });
      return there && hosts.map((host) => host!.getBoundingClientRect().height);
    },
    { ids, state },
  );
  return handle.jsonValue() as Promise<number[]>;
}

describe('a widget waiting for its dataset', () => {
  it('already takes the box of its final state (counter, gauge)', async () => {
    const page = await browser.newPage({ reducedMotion: 'reduce' });
    await page.goto(`${base}/slow-data.html`, { waitUntil: 'commit' });
    const loading = await heights(page, SELF_SIZED, 'loading');
    const final = await heights(page, SELF_SIZED, 'final');
    for (const [i, id] of SELF_SIZED.entries()) {
      const [a, b] = [loading[i]!, final[i]!];
      expect.soft(Math.abs(a - b), `${id}: loading ${a} px, final ${b} px`).toBeLessThanOrEqual(1);
    }
    await page.close();
  });

  it('moves nothing on a slow page that reserves the heights in its stylesheet', async () => {
    // The heights embed.html would show for these widgets at these widths.
    const measure = await browser.newPage({ reducedMotion: 'reduce' });
    await measure.goto(`${base}/fast.html`);
    const final = await heights(measure, IDS, 'final');
    await measure.close();
    const css = IDS.map((id, i) => `#${id} { display: block; min-height: ${final[i]! / 16}em; }`);
    routes['/reserved.html'] = page('/late/report-story.js', '/late/data.json', css.join('\n'));

    const page_ = await browser.newPage({ reducedMotion: 'reduce' });
    await page_.addInitScript(() => {
      const shifts: number[] = [];
      Object.defineProperty(window, '__shifts', { value: shifts });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          shifts.push((entry as unknown as { value: number }).value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page_.goto(`${base}/reserved.html`, { waitUntil: 'commit' });
    // The fallback is painted first, then the loading state, then the final one; the layout-shift
    // observer, there from the first frame, sees them all (waiting to see each would race the
    // network delays on a busy machine).
    const after = await heights(page_, IDS, 'final');
    expect(after.map(Math.round)).toEqual(final.map(Math.round));
    await page_.waitForTimeout(200);
    const shifts = await page_.evaluate(
      () => (window as unknown as { __shifts: number[] }).__shifts,
    );
    expect(shifts.reduce((sum, value) => sum + value, 0)).toBe(0);
    await page_.close();
  });
});
