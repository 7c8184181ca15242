// @ts-check
/**
 * The module embed as a page gets it (issue 15): what a one-counter page and an all-widget page
 * download, how many scripts one counter costs, and how long a counter takes to show its final
 * value on a slow phone network — the loader against the one file the embed was before (every
 * element in one module, bundled from src/embed-classic.ts by the same pipeline in this run).
 *
 * Sizes are of the built files in dist/ (npm run build:embed), each compressed alone as a server
 * sends it. The timing loads a page with one counter (`src` + `metric`, reduced motion, so the
 * final value is its first full render) in a fresh browser context under Chromium DevTools'
 * "Fast 3G" conditions (562.5 ms round trip, 1.44 Mbit/s down, 675 kbit/s up), the files served
 * gzip-compressed, and measures from navigation start to the frame that shows the final number:
 * with the loader's script tag alone, with the embed builder's snippet (modulepreload lines for
 * the core and the counter's chunk, a preload line for the dataset), and with the one file. Each
 * page load also counts its requests for the dataset URL: one, whichever way the page asks.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { bundle } from './bundle.mjs';
import { serve } from './serve.mjs';
import { sizeOf } from './sizes.mjs';
import { spread } from './stats.mjs';

/** @typedef {import('./sizes.mjs').Size} Size */

/**
 * @typedef {object} EmbedResults
 * @property {Size} loader report-story.js alone
 * @property {Size} oneCounter loader + core + counter chunk, each compressed alone
 * @property {Size} allWidgets loader + core + every element's chunk
 * @property {Size} oneFile today's one file (every element in one module)
 * @property {string[]} oneCounterScripts the scripts a one-counter page requested
 * @property {Record<Kind, number>} datasetRequests most requests for the dataset URL in one load
 * @property {Record<Kind, import('./stats.mjs').Spread>} fast3g ms to the final value
 * @property {string} setup
 */

/**
 * The pages timed: the loader's script tag alone; the embed builder's snippet (the core and the
 * counter's chunk named in modulepreload lines, the dataset in a preload line, before the loader);
 * the one file before.
 * @typedef {'loader' | 'snippet' | 'oneFile'} Kind
 */
/** @type {Kind[]} */
const KINDS = ['loader', 'snippet', 'oneFile'];

/** Chromium DevTools' "Fast 3G" preset. */
const FAST_3G = {
  offline: false,
  latency: 150 * 3.75,
  downloadThroughput: ((1.6 * 1000 * 1000) / 8) * 0.9,
  uploadThroughput: ((750 * 1000) / 8) * 0.9,
};

/** The dataset the counter shows. */
const DATA = '/data/gangzha-2019.json';

/** @param {Size[]} sizes */
function sum(sizes) {
  return sizes.reduce(
    (acc, size) => ({
      minified: acc.minified + size.minified,
      gzip: acc.gzip + size.gzip,
      brotli: acc.brotli + size.brotli,
    }),
    { minified: 0, gzip: 0, brotli: 0 },
  );
}

/** @param {string} script the page's script tag */
function counterPage(script) {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<title>one counter</title>${script}</head><body><main>
<p>An article paragraph.</p>
<report-counter src="${DATA}" metric="gdp-2019" motion="reduce"><p>地区生产总值预计440亿元。</p></report-counter>
</main></body></html>`;
}

/**
 * Records, from the first byte, when the counter first shows its final number.
 * (Runs in the page, before its scripts.)
 */
function probe() {
  const done = (/** @type {number} */ at) =>
    Object.defineProperty(window, '__final', { value: at, configurable: true });
  const check = () => {
    const number = document
      .querySelector('report-counter')
      ?.shadowRoot?.querySelector('[part~="number"]');
    if (number?.textContent?.includes('440')) done(performance.now());
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

/**
 * @param {import('playwright').Browser} browser
 * @param {string} url
 * @returns {Promise<{ ms: number, scripts: string[], datasetRequests: number }>}
 */
async function loadOnce(browser, url) {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  /** @type {string[]} */
  const scripts = [];
  let datasetRequests = 0;
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (request.resourceType() === 'script') scripts.push(path);
    if (path === DATA) datasetRequests++;
  });
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', FAST_3G);
    await page.addInitScript(probe);
    await page.goto(url, { waitUntil: 'commit' });
    const handle = await page.waitForFunction(() => '__final' in window && window.__final, null, {
      timeout: 60_000,
    });
    return { ms: /** @type {number} */ (await handle.jsonValue()), scripts, datasetRequests };
  } finally {
    await context.close();
  }
}

/**
 * @param {string} root
 * @param {import('playwright').Browser} browser
 * @param {number} runs
 * @param {(message: string) => void} log
 * @returns {Promise<EmbedResults>}
 */
export async function measureEmbed(root, browser, runs, log) {
  /** @type {typeof import('../src/embed/files.js')} */
  const files = await tsImport('../src/embed/files.ts', import.meta.url);
  const dist = resolve(root, 'dist');
  const size = (/** @type {string} */ file) => sizeOf(readFileSync(resolve(dist, file)));
  const loader = size(files.EMBED_LOADER);
  const core = size(files.EMBED_CORE);
  const elements = files.EMBED_TAGS.map((tag) => size(files.elementFile(tag)));

  log('bundling the one-file embed (every element in one module) as the peer');
  const out = resolve(root, 'dist/bench');
  mkdirSync(out, { recursive: true });
  const oneFile = await bundle(root, 'src/embed-classic.ts', { ours: true });
  writeFileSync(resolve(out, 'one-file.js'), oneFile.js);
  writeFileSync(
    resolve(out, 'loader.html'),
    counterPage(`<script type="module" src="/embed/${files.EMBED_LOADER}"></script>`),
  );
  writeFileSync(
    resolve(out, 'snippet.html'),
    counterPage(
      [
        ...files
          .embedFilesFor('report-counter')
          .map((file) => `<link rel="modulepreload" href="/embed/${file}">`),
        `<link rel="preload" href="${DATA}" as="fetch" crossorigin>`,
        `<script type="module" src="/embed/${files.EMBED_LOADER}"></script>`,
      ].join(''),
    ),
  );
  writeFileSync(
    resolve(out, 'one-file.html'),
    counterPage('<script type="module" src="/bundles/one-file.js"></script>'),
  );

  const server = await serve({
    '/embed/': dist,
    '/bundles/': out,
    '/data/': resolve(root, 'data'),
  });
  /** @type {Record<Kind, number[]>} */
  const times = { loader: [], snippet: [], oneFile: [] };
  /** @type {Record<Kind, number>} */
  const datasetRequests = { loader: 0, snippet: 0, oneFile: 0 };
  const PAGES = { loader: 'loader.html', snippet: 'snippet.html', oneFile: 'one-file.html' };
  /** @type {string[]} */
  let oneCounterScripts = [];
  try {
    for (let i = 0; i < runs; i++) {
      // A different order each run, so that no page always comes first.
      const order = KINDS.map((_, k) => KINDS[(k + i) % KINDS.length] ?? 'loader');
      for (const kind of order) {
        log(`Fast 3G, one counter: ${PAGES[kind]}, run ${i + 1} of ${runs}`);
        const run = await loadOnce(browser, `${server.origin}/bundles/${PAGES[kind]}`);
        times[kind].push(run.ms);
        datasetRequests[kind] = Math.max(datasetRequests[kind], run.datasetRequests);
        if (kind === 'loader') oneCounterScripts = run.scripts;
      }
    }
  } finally {
    await server.close();
  }
  const counter = elements[files.EMBED_TAGS.indexOf('report-counter')];
  if (!counter) throw new Error('embed: no report-counter chunk');
  return {
    loader,
    oneCounter: sum([loader, core, counter]),
    allWidgets: sum([loader, core, ...elements]),
    oneFile: sizeOf(oneFile.js),
    oneCounterScripts,
    datasetRequests,
    fast3g: {
      loader: spread(times.loader),
      snippet: spread(times.snippet),
      oneFile: spread(times.oneFile),
    },
    setup:
      'one counter (src + metric, reduced motion) in a fresh context under Chromium "Fast 3G" ' +
      '(562.5 ms RTT, 1.44 Mbit/s down), files gzip -9; navigation start to the final number painted',
  };
}
