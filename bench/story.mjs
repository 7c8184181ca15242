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
 * @property {number} longTasksNearStepEntry long tasks during the scroll that began within 100 ms of a step entering
 */

/**
 * @typedef {object} StoryResults
 * @property {string} setup
 * @property {StoryRun[]} runs
 * @property {StoryRun} median
 * @property {Record<keyof StoryRun, import('./stats.mjs').Spread>} spread
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
    /** @type {{ longTasks: { start: number, duration: number }[], shifts: { start: number, value: number, recent: boolean }[], entered: number[] }} */
    const record = await page.evaluate(
      () =>
        /** @type {{ __bench: { longTasks: { start: number, duration: number }[], shifts: { start: number, value: number, recent: boolean }[], entered: number[] } }} */ (
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
      longTasksNearStepEntry: during.filter((task) =>
        record.entered.some((t) => task.start >= t - 100 && task.start <= t + 100),
      ).length,
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
  const keys = /** @type {(keyof StoryRun)[]} */ (Object.keys(measured[0] ?? {}));
  const middle = /** @type {StoryRun} */ (
    Object.fromEntries(keys.map((key) => [key, median(measured.map((run) => run[key]))]))
  );
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
    why: {
      frames:
        `a 5-second skim enters ${middle.stepsEntered} steps, a new one every ` +
        `${Math.round(SCROLL_MS / Math.max(1, middle.stepsEntered))} ms: each starts its counters ` +
        'and gauges (a render per element per frame while they run) and re-renders the timelines, ' +
        "and the scroller reads the steps' boxes in each frame; frames that take these on miss a " +
        `vsync (median ${middle.frameMedian.toFixed(1)} ms is 60 Hz) on this shared 2-core machine ` +
        `(load average ${load.toFixed(1)} at the end)`,
      longTasks:
        `${middle.longTasksNearStepEntry} of ${middle.longTasks} began within 100 ms of a step ` +
        `entering (longest ${middle.longestTask.toFixed(0)} ms): the step's elements starting ` +
        'and the graphic changing; none on a quiet scroll between steps',
      cls: 'layout shifts inside the elements while they load (see the JSON for each run)',
    },
  };
}
