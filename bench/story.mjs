// @ts-check
/**
 * The story page as built (`npm run build:site` → dist/site/index.html), in headless Chromium:
 *
 * - a synthetic 5-second scroll from the top of the page to its end, driven by
 *   requestAnimationFrame (each frame sets the scroll position on a constant-speed line), so the
 *   reader skims every step; frame times are the deltas between those frames;
 * - long tasks (PerformanceObserver `longtask`) while loading and during the scroll;
 * - cumulative layout shift (the largest session window of `layout-shift` entries without recent
 *   input, as Web Vitals define CLS) over loading and scrolling;
 * - time until the first step is active: a separate load of `index.html#<first step>` (a deep link
 *   lands on it), from navigation start to the step being marked `data-report-current`.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { serve } from './serve.mjs';
import { median, quantile, spread } from './stats.mjs';

/**
 * @typedef {object} StoryRun
 * @property {number} frameMedian ms
 * @property {number} frameP95 ms
 * @property {number} over33 frames longer than 33 ms
 * @property {number} frames
 * @property {number} longTasks during the scroll
 * @property {number} longestTask ms, during the scroll (0 when none)
 * @property {number} loadLongTasks while loading, before the scroll
 * @property {number} cls
 * @property {number} firstStep ms from navigation start to the first step being active
 * @property {number} stepsEntered report-step-enter events during the scroll
 * @property {number} busy ms of the long animation frames (over 50 ms) during the scroll
 * @property {number} busyRendering ms of those spent rendering (style, layout, paint) after scripts
 * @property {number} busyScript ms of script in those frames
 * @property {number} busyLayout ms of those forced by scripts reading layout
 * @property {Record<string, number>} scripts ms of script in those frames by what ran it (Long Animation Frames API)
 */

/** @typedef {Exclude<keyof StoryRun, 'scripts'>} NumericKey */

/**
 * @typedef {object} StoryResults
 * @property {string} setup
 * @property {StoryRun[]} runs
 * @property {Record<NumericKey, number>} median
 * @property {Record<NumericKey, import('./stats.mjs').Spread>} spread
 * @property {Record<string, number>} scripts ms of script in long frames by invoker, mean per run
 * @property {{ frames: string, longTasks: string, cls: string }} why
 */

const VIEWPORT = { width: 1280, height: 800 };
const SCROLL_MS = 5000;

/** Installed before the page's own scripts: records what the page does from its first byte. */
function probe() {
  const record = {
    /** @type {{ start: number, duration: number }[]} */
    longTasks: [],
    /** @type {{ start: number, value: number, recent: boolean }[]} */
    shifts: [],
    /** @type {number[]} */
    entered: [],
    firstCurrent: -1,
    /** @type {{ start: number, duration: number, rendering: number, scripts: { invoker: string, duration: number, layout: number }[] }[]} */
    frames: [],
  };
  Object.assign(window, { __bench: record });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      record.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of /** @type {(PerformanceEntry & { value: number, hadRecentInput: boolean })[]} */ (
      list.getEntries()
    )) {
      record.shifts.push({
        start: entry.startTime,
        value: entry.value,
        recent: entry.hadRecentInput,
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  document.addEventListener('report-step-enter', () => record.entered.push(performance.now()));
  // Long animation frames (over 50 ms), with the scripts that ran in them and what invoked each.
  try {
    new PerformanceObserver((list) => {
      for (const entry of /** @type {(PerformanceEntry & { renderStart: number, scripts: { invoker: string, sourceURL: string, duration: number, forcedStyleAndLayoutDuration: number }[] })[]} */ (
        list.getEntries()
      )) {
        record.frames.push({
          start: entry.startTime,
          duration: entry.duration,
          rendering:
            entry.renderStart > 0 ? entry.startTime + entry.duration - entry.renderStart : 0,
          scripts: entry.scripts.map((script) => ({
            // Which file ran: the site's bundle, or this benchmark's own scroll driver.
            invoker: `${script.invoker} in ${script.sourceURL.split('/').pop() || 'the benchmark'}`,
            duration: script.duration,
            layout: script.forcedStyleAndLayoutDuration,
          })),
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // A browser without the Long Animation Frames API: no attribution.
  }
  new MutationObserver((_, observer) => {
    if (record.firstCurrent < 0 && document.querySelector('[data-report-current]')) {
      record.firstCurrent = performance.now();
      observer.disconnect();
    }
  }).observe(document, {
    subtree: true,
    attributes: true,
    attributeFilter: ['data-report-current'],
  });
}

/**
 * Runs in the page: scrolls from the top to the end in `duration` ms, one position per frame.
 * @param {number} duration
 * @returns {Promise<{ frames: number[], start: number, end: number }>}
 */
function scrollThrough(duration) {
  return new Promise((done) => {
    const distance = document.documentElement.scrollHeight - innerHeight;
    /** @type {number[]} */
    const frames = [];
    let start = -1;
    /** @param {number} now */
    const frame = (now) => {
      if (start < 0) start = now;
      frames.push(now);
      const t = Math.min(1, (now - start) / duration);
      scrollTo(0, distance * t);
      if (t < 1) requestAnimationFrame(frame);
      else done({ frames, start, end: now });
    };
    requestAnimationFrame(frame);
  });
}

/**
 * CLS as Web Vitals define it: shifts without recent input grouped into session windows (a gap
 * under 1 s, at most 5 s long); the largest window's sum.
 * @param {{ start: number, value: number, recent: boolean }[]} shifts
 */
export function cumulativeLayoutShift(shifts) {
  let largest = 0;
  let current = 0;
  let windowStart = -Infinity;
  let last = -Infinity;
  for (const shift of shifts.filter((s) => !s.recent).sort((a, b) => a.start - b.start)) {
    if (shift.start - last >= 1000 || shift.start - windowStart >= 5000) {
      current = 0;
      windowStart = shift.start;
    }
    current += shift.value;
    last = shift.start;
    largest = Math.max(largest, current);
  }
  return largest;
}

/**
 * Script time in long animation frames, in total and by invoker with the element or file names
 * folded (`FrameRequestCallback`, `IntersectionObserver.callback`, `Document.onscroll` …).
 * @param {{ duration: number, rendering: number, scripts: { invoker: string, duration: number, layout: number }[] }[]} frames
 */
function scriptsOf(frames) {
  const busy = frames.reduce((sum, frame) => sum + frame.duration, 0);
  const busyRendering = frames.reduce((sum, frame) => sum + frame.rendering, 0);
  /** @type {Record<string, number>} */
  const scripts = {};
  let busyScript = 0;
  let busyLayout = 0;
  for (const script of frames.flatMap((frame) => frame.scripts)) {
    const invoker = script.invoker.replace(/https?:\/\/\S+/g, '<url>');
    scripts[invoker] = Math.round((scripts[invoker] ?? 0) + script.duration);
    busyScript += script.duration;
    busyLayout += script.layout;
  }
  return {
    busy: Math.round(busy),
    busyRendering: Math.round(busyRendering),
    busyScript: Math.round(busyScript),
    busyLayout: Math.round(busyLayout),
    scripts,
  };
}

/**
 * @param {import('playwright').Browser} browser
 * @param {string} url
 * @param {string} firstStepId
 * @returns {Promise<StoryRun>}
 */
async function runOnce(browser, url, firstStepId) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  /** @type {string[]} */
  const problems = [];
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(error.message));
    await context.addInitScript(probe);

    // Time until the first step is active: a deep link to it.
    await page.goto(`${url}#${firstStepId}`, { waitUntil: 'load' });
    const firstStep = await page.waitForFunction(() => {
      const value = /** @type {{ __bench: { firstCurrent: number } }} */ (
        /** @type {unknown} */ (window)
      ).__bench.firstCurrent;
      return value >= 0 ? value : undefined;
    });
    const firstStepMs = /** @type {number} */ (await firstStep.jsonValue());

    // The scroll: a fresh load at the top, once the page is quiet.
    await page.goto('about:blank');
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 1000))),
    );
    const scroll = await page.evaluate(scrollThrough, SCROLL_MS);
    // Let the last frames' long tasks and shifts be reported.
    await page.evaluate(() => new Promise((done) => setTimeout(done, 300)));
    /** @type {{ longTasks: { start: number, duration: number }[], shifts: { start: number, value: number, recent: boolean }[], entered: number[], frames: { start: number, duration: number, rendering: number, scripts: { invoker: string, duration: number, layout: number }[] }[] }} */
    const record = await page.evaluate(
      () =>
        /** @type {{ __bench: { longTasks: { start: number, duration: number }[], shifts: { start: number, value: number, recent: boolean }[], entered: number[], frames: { start: number, duration: number, rendering: number, scripts: { invoker: string, duration: number, layout: number }[] }[] } }} */ (
          /** @type {unknown} */ (window)
        ).__bench,
    );
    if (problems.length) throw new Error(`story page: ${problems.join('; ')}`);

    const deltas = scroll.frames.slice(1).map((ts, i) => ts - (scroll.frames[i] ?? ts));
    const during = record.longTasks.filter(
      (task) => task.start + task.duration >= scroll.start && task.start <= scroll.end,
    );
    return {
      frameMedian: median(deltas),
      frameP95: quantile(deltas, 0.95),
      over33: deltas.filter((delta) => delta > 33).length,
      frames: deltas.length,
      longTasks: during.length,
      longestTask: Math.max(0, ...during.map((task) => task.duration)),
      loadLongTasks: record.longTasks.filter((task) => task.start < scroll.start).length,
      cls: cumulativeLayoutShift(record.shifts),
      firstStep: firstStepMs,
      stepsEntered: record.entered.filter((t) => t >= scroll.start && t <= scroll.end).length,
      ...scriptsOf(record.frames.filter((f) => f.start >= scroll.start && f.start <= scroll.end)),
    };
  } finally {
    await context.close();
  }
}

/**
 * @param {string} root
 * @param {import('playwright').Browser} browser
 * @param {number} runs
 * @param {(message: string) => void} log
 * @returns {Promise<StoryResults>}
 */
export async function measureStory(root, browser, runs, log) {
  const server = await serve({ '/': resolve(root, 'dist/site') });
  const story = /** @type {{ steps: { id: string }[] }} */ (
    JSON.parse(readFileSync(resolve(root, 'dist/site/data/gangzha-2019.story.json'), 'utf8'))
  );
  const firstStepId = story.steps[0]?.id;
  if (!firstStepId) throw new Error('story: the story has no steps');
  const url = `${server.origin}/index.html`;
  /** @type {StoryRun[]} */
  const measured = [];
  try {
    log('story: warming up');
    await runOnce(browser, url, firstStepId);
    for (let i = 0; i < runs; i++) {
      log(`story: run ${i + 1} of ${runs}`);
      measured.push(await runOnce(browser, url, firstStepId));
    }
  } finally {
    await server.close();
  }
  const keys = /** @type {NumericKey[]} */ (
    Object.keys(measured[0] ?? {}).filter((key) => key !== 'scripts')
  );
  const middle = /** @type {Record<NumericKey, number>} */ (
    Object.fromEntries(keys.map((key) => [key, median(measured.map((run) => run[key]))]))
  );
  // Script time in long frames by invoker, per run on average, largest first.
  /** @type {Record<string, number>} */
  const scripts = {};
  for (const run of measured) {
    for (const [invoker, ms] of Object.entries(run.scripts)) {
      scripts[invoker] = (scripts[invoker] ?? 0) + ms / measured.length;
    }
  }
  const top = Object.entries(scripts)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([invoker, ms]) => `${invoker} ${ms.toFixed(0)} ms`)
    .join(', ');
  const load = loadavg()[0] ?? 0;
  return {
    setup:
      `dist/site/index.html at ${VIEWPORT.width}×${VIEWPORT.height}, top to end in ` +
      `${SCROLL_MS / 1000} s by requestAnimationFrame; first step by the deep link #${firstStepId}`,
    runs: measured,
    median: middle,
    spread: /** @type {StoryResults['spread']} */ (
      Object.fromEntries(keys.map((key) => [key, spread(measured.map((run) => run[key]))]))
    ),
    scripts,
    why: {
      frames:
        `the skim enters ${middle.stepsEntered} steps in 5 s; each starts its counters and gauges ` +
        '(a render per element per frame while they run) and re-renders the timelines. Frames ' +
        `over 50 ms took ${middle.busy.toFixed(0)} ms per run: ${middle.busyRendering.toFixed(0)} ms ` +
        `rendering (style, layout, paint), ${middle.busyScript.toFixed(0)} ms script ` +
        `(${middle.busyLayout.toFixed(0)} ms of it layout forced by reads), by invoker: ${top}; on this shared 2-core machine ` +
        `(load average ${load.toFixed(1)}) the same work misses a vsync more often (median ` +
        `${middle.frameMedian.toFixed(1)} ms is 60 Hz; spread between runs above)`,
      longTasks:
        `the same work as the slow frames (longest ${middle.longestTask.toFixed(0)} ms); ` +
        `the number varies with the machine's load (${String(measured.map((run) => run.longTasks).join(', '))} in these runs)`,
      cls: 'layout shifts inside the elements while they load (see the JSON for each run)',
    },
  };
}
