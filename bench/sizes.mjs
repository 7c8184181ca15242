// @ts-check
/**
 * Sizes, minified then compressed (gzip level 9, brotli quality 11, node:zlib), of the embed's
 * loader, core and classic script, of each element alone and of each peer, all bundled by one
 * pipeline (bench/bundle.mjs). Where the core's bytes come from is attributed by source folder.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { attribute } from './attribution.mjs';
import { bundle } from './bundle.mjs';

/**
 * @typedef {object} Size
 * @property {number} minified bytes
 * @property {number} gzip bytes
 * @property {number} brotli bytes
 */

/**
 * @typedef {object} SizeRow
 * @property {string} name
 * @property {string} what how it was measured
 * @property {Size} size JavaScript and CSS together
 * @property {Size} [js]
 * @property {Size} [css]
 * @property {string} [peerOf] for a peer: the element it is compared with
 */

/** @param {string | Buffer} text @returns {Size} */
export function sizeOf(text) {
  const bytes = typeof text === 'string' ? Buffer.from(text) : text;
  return {
    minified: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }).length,
  };
}

/** JavaScript and CSS are separate files: compressed separately, sizes added. */
function jsAndCss(/** @type {string | Buffer} */ js, /** @type {string | Buffer} */ css) {
  const jsSize = sizeOf(js);
  if (!css.length) return { size: jsSize, js: jsSize };
  const cssSize = sizeOf(css);
  return {
    size: {
      minified: jsSize.minified + cssSize.minified,
      gzip: jsSize.gzip + cssSize.gzip,
      brotli: jsSize.brotli + cssSize.brotli,
    },
    js: jsSize,
    css: cssSize,
  };
}

/** Our elements, each bundled alone from its registering module. */
export const ELEMENTS = ['counter', 'gauge', 'timeline', 'pillars', 'scroller', 'deck', 'data'];

/** Peers: entry (bundled) or shipped files (measured as they are), and the element they face. */
const PEERS = /** @type {const} */ ([
  { name: 'countup.js', peerOf: 'counter', entry: 'bench/entries/countup.js' },
  { name: 'echarts (gauge only)', peerOf: 'gauge', entry: 'bench/entries/echarts-gauge.js' },
  {
    name: '@knight-lab/timelinejs',
    peerOf: 'timeline',
    shipped: {
      js: 'node_modules/@knight-lab/timelinejs/dist/js/timeline.js',
      css: 'node_modules/@knight-lab/timelinejs/dist/css/timeline.css',
    },
  },
  { name: 'scrollama', peerOf: 'scroller', entry: 'bench/entries/scrollama.js' },
  { name: 'reveal.js', peerOf: 'deck', entry: 'bench/entries/reveal.js' },
]);

/** @param {string} root */
function packageVersion(root, /** @type {string} */ name) {
  const file = resolve(root, 'node_modules', name.split(' ')[0] ?? name, 'package.json');
  return /** @type {{ version: string }} */ (JSON.parse(readFileSync(file, 'utf8'))).version;
}

/**
 * @param {string} root the project folder (the embed must be built in dist/)
 * @param {(message: string) => void} log
 */
export async function measureSizes(root, log) {
  /** @type {SizeRow[]} */
  const rows = [];
  rows.push({
    name: 'report-story.js',
    what: 'dist/report-story.js (npm run build:embed), the loader',
    size: sizeOf(readFileSync(resolve(root, 'dist/report-story.js'))),
  });
  const coreFile = resolve(root, 'dist/report-story.core.js');
  const core = readFileSync(coreFile);
  rows.push({
    name: 'report-story.core.js',
    what: 'dist/report-story.core.js, what every element chunk imports',
    size: sizeOf(core),
  });
  rows.push({
    name: 'report-story.classic.js',
    what: 'dist/report-story.classic.js, the classic-script embed (every element, one file)',
    size: sizeOf(readFileSync(resolve(root, 'dist/report-story.classic.js'))),
  });
  const coreMap = JSON.parse(readFileSync(`${coreFile}.map`, 'utf8'));
  const attribution = attribute(core.toString('utf8'), coreMap);

  /** @type {Record<string, ReturnType<typeof attribute>>} */
  const elementAttribution = {};
  for (const name of ELEMENTS) {
    log(`bundling report-${name} alone`);
    const built = await bundle(root, `components/${name}/define.ts`, { ours: true });
    rows.push({
      name: `report-${name}`,
      what: `components/${name}/define.ts alone (Lit included)`,
      ...jsAndCss(built.js, built.css),
    });
    if (built.map) elementAttribution[name] = attribute(built.js, built.map);
  }

  for (const peer of PEERS) {
    log(`bundling ${peer.name}`);
    const version = packageVersion(root, peer.name);
    if ('entry' in peer) {
      const built = await bundle(root, peer.entry, { ours: false });
      rows.push({
        name: `${peer.name} ${version}`,
        what: `${peer.entry} bundled${built.css ? ' (JS + CSS)' : ''}`,
        peerOf: `report-${peer.peerOf}`,
        ...jsAndCss(built.js, built.css),
      });
    } else {
      rows.push({
        name: `${peer.name} ${version}`,
        what: 'shipped JS + CSS, as its embed loads them',
        peerOf: `report-${peer.peerOf}`,
        ...jsAndCss(
          readFileSync(resolve(root, peer.shipped.js)),
          readFileSync(resolve(root, peer.shipped.css)),
        ),
      });
    }
  }
  return { rows, attribution, elementAttribution };
}
