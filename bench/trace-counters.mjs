#!/usr/bin/env node
// @ts-check
/**
 * Where the 1000-counter mount spends its time, from a Chromium performance trace: the page of
 * `bench/counters.mjs` is loaded (a warm-up load first), a trace is recorded around
 * `bench.mount()` — from the start of mounting to the end of the first painted frame — and the
 * renderer main thread's time is summed by trace event (self time: an event's own time, its
 * children's taken out) and by kind (script, style, layout, paint …).
 *
 *   node bench/trace-counters.mjs [--lib ours|countup] [--runs 3] [--top 20] [--no-build]
 *
 * Prints medians over the runs. Not part of `npm run bench`: it explains the bench's figure.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { launchBrowser } from './browser.mjs';
import { bundle } from './bundle.mjs';
import { countOption, parseBenchArgs, root } from './cli.mjs';
import { serve } from './serve.mjs';
import { median } from './stats.mjs';

const USAGE =
  'node bench/trace-counters.mjs [--lib ours|countup] [--runs 3] [--top 20] [--profile] [--save NAME] [--variants NAME,...] [--no-build]';

const options = parseBenchArgs(USAGE, 3, {
  lib: { type: 'string', default: 'ours' },
  top: { type: 'string', default: '20' },
  profile: { type: 'boolean', default: false },
  save: { type: 'string' },
  variants: { type: 'string' },
});
const lib = options.lib === 'countup' ? 'countup' : 'ours';
const runs = countOption(options.runs, 3);
const top = countOption(options.top, 20);

/** What each trace event is counted as. */
const KINDS = /** @type {const} */ ([
  ['garbage collection', /GC|^V8\.GC|^MinorGC|^MajorGC/],
  ['script: the mounting task', /^(FunctionCall|EvaluateScript|EventDispatch|v8\.|V8\.)/],
  ['script: microtasks (first renders)', /^RunMicrotasks/],
  ['script: animation frame callbacks', /^FireAnimationFrame/],
  [
    'style',
    /^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|ScheduleStyleRecalculation)/,
  ],
  ['layout', /^(Layout|UpdateLayout|IntersectionObserverController|ComputeIntersections)/],
  ['paint and compositing', /^(PrePaint|Paint|PaintImage|Layerize|UpdateLayer|Commit|Composite)/],
]);

/** @param {string} name */
function kindOf(name) {
  for (const [kind, pattern] of KINDS) if (pattern.test(name)) return kind;
  return 'other';
}

/**
 * @typedef {{ name: string, ph: string, ts: number, dur?: number, tdur?: number, pid: number, tid: number, args?: any, cat?: string }} TraceEvent
 */

/**
 * Self time of each complete event on the renderer main thread between the two time stamps, in
 * wall-clock time and in the thread's CPU time (which a loaded machine stretches far less: the
 * thread waiting for a core is not counted).
 * @param {TraceEvent[]} events
 */
function attribute(events) {
  const main = events.find(
    (e) =>
      e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid > 0,
  );
  if (!main) throw new Error('trace: no renderer main thread');
  const mark = (/** @type {string} */ name) => {
    const found = events.find(
      (e) =>
        e.name === 'TimeStamp' &&
        (e.args?.data?.message ?? e.args?.data?.name) === name &&
        e.pid === main.pid,
    );
    if (!found) throw new Error(`trace: no time stamp ${name}`);
    return found.ts;
  };
  const start = mark('counters-mount-start');
  const end = mark('counters-painted');
  const slices = events
    .filter(
      (e) =>
        e.pid === main.pid &&
        e.tid === main.tid &&
        e.ph === 'X' &&
        typeof e.dur === 'number' &&
        e.ts + (e.dur ?? 0) > start &&
        e.ts < end,
    )
    .map((e) => {
      const begin = Math.max(e.ts, start);
      const finish = Math.min(e.ts + (e.dur ?? 0), end);
      // An event cut by the window keeps the same share of its CPU time.
      const share = e.dur ? (finish - begin) / e.dur : 1;
      return { name: e.name, begin, finish, cpu: (e.tdur ?? 0) * share };
    })
    .sort((a, b) => a.begin - b.begin || b.finish - a.finish);
  /** @type {Map<string, { wall: number, cpu: number }>} */
  const self = new Map();
  /** @type {{ name: string, begin: number, finish: number, cpu: number, wallIn: number, cpuIn: number }[]} */
  const stack = [];
  const close = (/** @type {number} */ until) => {
    while (stack.length && (stack.at(-1)?.finish ?? 0) <= until) {
      const done = /** @type {(typeof stack)[number]} */ (stack.pop());
      const sum = self.get(done.name) ?? { wall: 0, cpu: 0 };
      sum.wall += done.finish - done.begin - done.wallIn;
      sum.cpu += Math.max(0, done.cpu - done.cpuIn);
      self.set(done.name, sum);
      const parent = stack.at(-1);
      if (parent) {
        parent.wallIn += done.finish - done.begin;
        parent.cpuIn += done.cpu;
      }
    }
  };
  for (const slice of slices) {
    close(slice.begin);
    stack.push({ ...slice, wallIn: 0, cpuIn: 0 });
  }
  close(Infinity);
  return { total: (end - start) / 1000, self };
}

/**
 * A fresh page of `url` with the bench loaded, a CDP session on it, closed after `use`.
 * @template T
 * @param {import('playwright').Browser} browser
 * @param {string} url
 * @param {(page: import('playwright').Page, cdp: import('playwright').CDPSession) => Promise<T>} use
 */
async function withPage(browser, url, use) {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => 'bench' in window);
    return await use(page, await context.newCDPSession(page));
  } finally {
    await context.close();
  }
}

/**
 * @param {import('playwright').Browser} browser
 * @param {string} url
 */
async function traceOnce(browser, url) {
  return withPage(browser, url, async (page, cdp) => {
    /** @type {TraceEvent[]} */
    const events = [];
    cdp.on('Tracing.dataCollected', (data) => events.push(.../** @type {any} */ (data).value));
    const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
    await cdp.send('Tracing.start', {
      traceConfig: {
        includedCategories: ['devtools.timeline', 'v8.execute'],
      },
    });
    await page.evaluate(async () => {
      console.timeStamp('counters-mount-start');
      const bench = /** @type {{ bench: { mount(): Promise<unknown> } }} */ (
        /** @type {unknown} */ (window)
      ).bench;
      await bench.mount();
      console.timeStamp('counters-painted');
    });
    await cdp.send('Tracing.end');
    await complete;
    return attribute(events);
  });
}

/**
 * Self time of the page's JavaScript by function (a sampled CPU profile of the same span).
 * @param {import('playwright').Browser} browser
 * @param {string} url
 */
async function profileOnce(browser, url) {
  return withPage(browser, url, async (page, cdp) => {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    // Started and stopped inside the page, so that the profile ends with the first painted frame
    // (the counts that start after it are not in it).
    const finished = new Promise((done) => cdp.once('Profiler.consoleProfileFinished', done));
    await page.evaluate(async () => {
      const bench = /** @type {{ bench: { mount(): Promise<unknown> } }} */ (
        /** @type {unknown} */ (window)
      ).bench;
      console.profile('mount');
      const mounted = bench.mount();
      // Ended as the bench's "painted" is taken: in a task posted from the first frame.
      await new Promise((painted) =>
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = painted;
          channel.port2.postMessage(undefined);
        }),
      );
      console.profileEnd('mount');
      await mounted;
    });
    const { profile } = /** @type {{ profile: any }} */ (await finished);
    if (process.env.PROFILE_OUT) writeFileSync(process.env.PROFILE_OUT, JSON.stringify(profile));
    /** @type {Map<number, any>} */
    const nodes = new Map(profile.nodes.map((/** @type {any} */ node) => [node.id, node]));
    /** @type {Map<string, number>} */
    const self = new Map();
    const deltas = profile.timeDeltas ?? [];
    (profile.samples ?? []).forEach((/** @type {number} */ id, /** @type {number} */ i) => {
      const frame = nodes.get(id)?.callFrame;
      const file = String(frame?.url ?? '')
        .split('/')
        .pop();
      const key = `${frame?.functionName || '(anonymous)'} ${file}:${(frame?.lineNumber ?? 0) + 1}`;
      self.set(key, (self.get(key) ?? 0) + (deltas[i] ?? 0) / 1000);
    });
    return self;
  });
}

/** @param {string} name a variant's folder under dist/bench/variants, or the bench's own */
const folder = (name) =>
  name === 'current' ? resolve(root, 'dist/bench') : resolve(root, 'dist/bench/variants', name);

/** Bundles the working tree's counter (and CountUp.js) into `dir`. */
async function build(/** @type {string} */ dir) {
  mkdirSync(dir, { recursive: true });
  const ours = await bundle(root, 'components/counter/define.ts', {
    ours: true,
    minify: !options.profile,
  });
  writeFileSync(resolve(dir, 'report-counter.js'), ours.js);
  const countup = await bundle(root, 'bench/entries/countup.js', { ours: false });
  writeFileSync(resolve(dir, 'countup.js'), countup.js);
}

if (options.save) {
  await build(folder(options.save));
  console.log(`saved the working tree's counter as variant ${options.save}`);
  process.exit(0);
}
const variants = options.variants ? options.variants.split(',') : ['current'];
if (!options['no-build'] && !options.variants) await build(folder('current'));

const servers = await Promise.all(
  variants.map((name) =>
    serve({ '/bench/': resolve(root, 'bench/pages'), '/bundles/': folder(name) }),
  ),
);
const browser = await launchBrowser();
const load = loadavg().map((n) => n.toFixed(2));
try {
  const urls = servers.map(
    (server) => `${server.origin}/bench/counters.html?lib=${lib}&n=1000&duration=2000`,
  );
  for (const url of urls) await traceOnce(browser, url).catch(() => undefined);
  if (options.profile) {
    const self = await profileOnce(browser, urls[0] ?? '');
    const rows = [...self].sort((a, b) => b[1] - a[1]).slice(0, top);
    console.log(
      `${lib}: JavaScript self time by function, one profiled run; load ${load.join(' ')}`,
    );
    for (const [name, ms] of rows)
      console.log(`  ${name.padEnd(60)}${ms.toFixed(1).padStart(8)} ms`);
    process.exit(0);
  }
  /** @type {Awaited<ReturnType<typeof traceOnce>>[][]} */
  const results = variants.map(() => []);
  // Round-robin, so that a change of the machine's load falls on every variant alike.
  for (let i = 0; i < runs; i++) {
    for (const [v, url] of urls.entries()) {
      // The trace now and then misses its time stamps (a lost buffer chunk): traced again.
      results[v]?.push(await traceOnce(browser, url).catch(() => traceOnce(browser, url)));
    }
  }
  /** @param {(r: Awaited<ReturnType<typeof traceOnce>>) => number} pick */
  const mids = (pick) => results.map((rs) => median(rs.map(pick)));
  /** @param {(name: string) => boolean} which @param {'wall' | 'cpu'} clock */
  const sum = (which, clock) =>
    mids(
      (r) =>
        [...r.self].filter(([name]) => which(name)).reduce((a, [, t]) => a + t[clock], 0) / 1000,
    );
  const cell = (/** @type {number} */ ms) => `${ms.toFixed(1)} ms`.padStart(12);
  const line = (/** @type {string} */ label, /** @type {number[]} */ values) =>
    `  ${label.padEnd(40)}${values.map(cell).join('')}`;
  console.log(
    `${lib}: start of mount to the first painted frame, medians of ${runs} traced runs; ` +
      `load average ${load.join(' ')} at the start, ` +
      `${loadavg()
        .map((n) => n.toFixed(2))
        .join(' ')} at the end`,
  );
  console.log(
    `  ${'renderer main thread'.padEnd(40)}${variants.map((v) => v.padStart(12)).join('')}`,
  );
  console.log(
    line(
      'span (wall clock)',
      mids((r) => r.total),
    ),
  );
  console.log(
    line(
      'busy (wall clock)',
      sum(() => true, 'wall'),
    ),
  );
  console.log(
    line(
      'busy (CPU time)',
      sum(() => true, 'cpu'),
    ),
  );
  for (const [kind] of [...KINDS, ['other']]) {
    console.log(
      line(
        `  ${kind}`,
        sum((name) => kindOf(name) === kind, 'cpu'),
      ),
    );
  }
  const names = [...new Set(results.flat().flatMap((r) => [...r.self.keys()]))];
  const perName = names
    .map((name) => ({ name, cpu: mids((r) => (r.self.get(name)?.cpu ?? 0) / 1000) }))
    .sort((a, b) => (b.cpu[0] ?? 0) - (a.cpu[0] ?? 0));
  console.log('by event, CPU self time:');
  for (const { name, cpu } of perName.slice(0, top)) console.log(line(name, cpu));
} finally {
  await browser.close();
  await Promise.all(servers.map((server) => server.close()));
}
