// @ts-check
/**
 * 1000 report-counters against 1000 CountUp.js instances in the same page setup
 * (bench/pages/counters.*): mount to first paint, JS heap, frames per second while all count.
 * Each run is a fresh page; runs alternate between the two libraries; medians are compared.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { bundle } from './bundle.mjs';
import { serve } from './serve.mjs';
import { median, spread } from './stats.mjs';

/**
 * @typedef {object} CounterRun
 * @property {number} mountToPaint ms from the start of mounting to the end of the first frame showing them
 * @property {number} contentfulPaint ms from the start of mounting to first-contentful-paint
 * @property {number} script ms of the mounting task (creating, appending, starting the 1000)
 * @property {number} render ms until the elements' first renders were done (microtasks after it)
 * @property {number} heap bytes of JS heap used after mount, after a full garbage collection
 * @property {number} heapPerCounter bytes the 1000 added to the heap (after mount − before mount)
 * @property {number} fps frames per second from the first counting frame to the last
 * @property {number} frames frames in that span
 * @property {number} longestFrame ms, the longest frame in that span
 */

/**
 * @typedef {object} CounterSide
 * @property {CounterRun[]} runs
 * @property {CounterRun} median
 * @property {Record<keyof CounterRun, import('./stats.mjs').Spread>} spread
 */

/**
 * @typedef {object} CounterResults
 * @property {string} setup
 * @property {CounterSide} ours
 * @property {CounterSide} countup
 * @property {Record<'mountToPaint' | 'heap' | 'heapPerCounter' | 'fps', number>} ratios ours / CountUp
 * @property {{ mount: string, fps: string }} why
 */

const COUNT = 1000;
const DURATION = 2000;
const VIEWPORT = { width: 1920, height: 1080 };

/**
 * Frames per second over the counting span: from the frame in which the first count ran to the
 * frame in which the last ended, counted in whole frame intervals.
 * @param {number[]} frames rAF timestamps
 * @param {number} start @param {number} end performance.now() inside those frames
 */
export function framesPerSecond(frames, start, end) {
  const first = frames.findLastIndex((ts) => ts <= start);
  const last = frames.findLastIndex((ts) => ts <= end);
  if (first < 0 || last <= first) throw new Error('counters: no frames while counting');
  const span = frames.slice(first, last + 1);
  const intervals = span.slice(1).map((ts, i) => ts - (span[i] ?? ts));
  const elapsed = (span.at(-1) ?? 0) - (span[0] ?? 0);
  return {
    fps: ((span.length - 1) / elapsed) * 1000,
    frames: span.length - 1,
    longestFrame: Math.max(...intervals),
  };
}

/**
 * @param {import('playwright').Browser} browser
 * @param {string} url
 * @returns {Promise<CounterRun>}
 */
async function runOnce(browser, url) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  /** @type {string[]} */
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => 'bench' in window);
    const cdp = await context.newCDPSession(page);
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const usage = await cdp.send('Runtime.getHeapUsage');
      return usage.usedSize;
    };
    const before = await heap();
    /** @type {{ mountToPaint: number, contentfulPaint: number, script: number, render: number }} */
    const mounted = await page.evaluate(() =>
      /** @type {{ bench: { mount(): Promise<{ mountToPaint: number, contentfulPaint: number, script: number, render: number }> } }} */ (
        /** @type {unknown} */ (window)
      ).bench.mount(),
    );
    /** @type {{ frames: number[], start: number, end: number }} */
    const animation = await page.evaluate(
      () =>
        /** @type {{ bench: { animation: Promise<{ frames: number[], start: number, end: number }> } }} */ (
          /** @type {unknown} */ (window)
        ).bench.animation,
    );
    // Measured after the counts end, not during them, so that collecting garbage does not disturb
    // the frames being counted; the counters are all still mounted.
    const after = await heap();
    if (problems.length) throw new Error(`counters page: ${problems.join('; ')}`);
    return {
      mountToPaint: mounted.mountToPaint,
      contentfulPaint: mounted.contentfulPaint,
      script: mounted.script,
      render: mounted.render,
      heap: after,
      heapPerCounter: after - before,
      ...framesPerSecond(animation.frames, animation.start, animation.end),
    };
  } finally {
    await context.close();
  }
}

/** @param {CounterRun[]} runs @returns {CounterSide} */
function summarise(runs) {
  const keys = /** @type {(keyof CounterRun)[]} */ (Object.keys(runs[0] ?? {}));
  return {
    runs,
    median: /** @type {CounterRun} */ (
      Object.fromEntries(keys.map((key) => [key, median(runs.map((run) => run[key]))]))
    ),
    spread: /** @type {CounterSide['spread']} */ (
      Object.fromEntries(keys.map((key) => [key, spread(runs.map((run) => run[key]))]))
    ),
  };
}

/**
 * @param {string} root
 * @param {import('playwright').Browser} browser
 * @param {number} runs
 * @param {(message: string) => void} log
 * @returns {Promise<CounterResults>}
 */
export async function measureCounters(root, browser, runs, log) {
  const out = resolve(root, 'dist/bench');
  mkdirSync(out, { recursive: true });
  log('bundling the counter pages');
  const ours = await bundle(root, 'components/counter/define.ts', { ours: true });
  writeFileSync(resolve(out, 'report-counter.js'), ours.js);
  const countup = await bundle(root, 'bench/entries/countup.js', { ours: false });
  writeFileSync(resolve(out, 'countup.js'), countup.js);

  const server = await serve({
    '/bench/': resolve(root, 'bench/pages'),
    '/bundles/': out,
  });
  /** @type {{ ours: CounterRun[], countup: CounterRun[] }} */
  const measured = { ours: [], countup: [] };
  try {
    // A first load of each page warms the browser's caches of code and fonts; it is not counted.
    for (const lib of /** @type {const} */ (['ours', 'countup'])) {
      await runOnce(browser, pageUrl(server.origin, lib));
    }
    for (let i = 0; i < runs; i++) {
      /** @type {('ours' | 'countup')[]} */
      const order = i % 2 ? ['countup', 'ours'] : ['ours', 'countup'];
      for (const lib of order) {
        log(`counters: ${lib}, run ${i + 1} of ${runs}`);
        measured[lib].push(await runOnce(browser, pageUrl(server.origin, lib)));
      }
    }
  } finally {
    await server.close();
  }
  const oursSide = summarise(measured.ours);
  const countupSide = summarise(measured.countup);
  /** @param {'mountToPaint' | 'heap' | 'heapPerCounter' | 'fps'} key */
  const ratio = (key) => oursSide.median[key] / countupSide.median[key];
  return {
    setup:
      `${COUNT} in a 25×40 grid, all in a ${VIEWPORT.width}×${VIEWPORT.height} viewport, ` +
      `${DURATION} ms counts; CountUp.js started by start(), report-counter by coming into view`,
    ours: oursSide,
    countup: countupSide,
    ratios: {
      mountToPaint: ratio('mountToPaint'),
      heap: ratio('heap'),
      heapPerCounter: ratio('heapPerCounter'),
      fps: ratio('fps'),
    },
    why: {
      mount:
        `report-counter makes 1000 custom elements, each with a shadow root, its controllers and ` +
        `a Lit template: the mounting task took ${oursSide.median.script.toFixed(0)} ms (CountUp.js: ` +
        `${countupSide.median.script.toFixed(0)} ms) and their first renders ` +
        `${(oursSide.median.render - oursSide.median.script).toFixed(0)} ms more before the frame ` +
        'could start, where CountUp.js writes text into spans the page made',
      fps:
        'each tick re-renders the counter through Lit (one text part changes) and lays out its ' +
        'number line, where CountUp.js writes one string',
    },
  };
}

/** @param {string} origin @param {'ours' | 'countup'} lib */
function pageUrl(origin, lib) {
  return `${origin}/bench/counters.html?lib=${lib}&n=${COUNT}&duration=${DURATION}`;
}
