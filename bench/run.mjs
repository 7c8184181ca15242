#!/usr/bin/env node
// @ts-check
/**
 * `npm run bench`: report-story against its peers, in one run, in headless Chromium.
 *
 *   1. sizes: the embed, each element alone and each peer, minified + gzip / brotli;
 *      the module embed as a page gets it: a one-counter page, all widgets, the loader alone, the
 *      scripts one counter requests, and the time to a counter's final value under "Fast 3G"
 *      against the one file the embed was before (bench/embed.mjs);
 *   2. 1000 counters against 1000 CountUp.js: mount to first paint, heap, frames per second;
 *   3. the story page: frame times during a 5-second synthetic scroll, long tasks, layout shift,
 *      time until the first step is active;
 *   4. the extractor, in Node: ms per 10,000 characters over the corpus of real reports, and a
 *      20,000-character report (`--only extract` runs this step alone, without a build).
 *
 * Prints a table with each target met or missed (and why), writes the figures to
 * bench/results/<date>.json and bench/results/latest.json. Not a test: it never fails on a
 * missed target; it exits non-zero only when it cannot measure.
 *
 * Options: --runs N (repetitions of each measurement, default 5), --only sizes,embed,counters,story,extract,
 * --no-build (use dist/ as it is), --help.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { countOption, parseBenchArgs, root } from './cli.mjs';
import { measureSizes } from './sizes.mjs';
import { evaluateTargets, formatReport } from './report.mjs';

const PARTS = ['sizes', 'embed', 'counters', 'story', 'extract'];
const USAGE = `npm run bench -- [--runs N] [--only ${PARTS.join(',')}] [--no-build]

  --runs N     repetitions of each measurement (default 5)
  --only ...   the parts to measure, comma-separated (default: all)
  --no-build   measure dist/ as it is`;

const options = parseBenchArgs(USAGE, 5, {
  only: { type: 'string', default: PARTS.join(',') },
});
const runs = countOption(options.runs, 5);
const parts = new Set(options.only.split(',').map((part) => part.trim()));
const unknown = [...parts].filter((part) => !PARTS.includes(part));
if (unknown.length > 0) {
  process.stderr.write(`--only: no part named ${unknown.join(', ')}\n\n${USAGE}\n`);
  process.exit(2);
}
const build = !options['no-build'];

/** @param {string} message */
const log = (message) => process.stderr.write(`· ${message}\n`);

/** @param {string} script */
function npmRun(script) {
  log(`npm run ${script}`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['run', script, '--silent'], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error(`npm run ${script} failed (exit ${result.status})`);
  }
}

if (build && ['sizes', 'embed', 'counters', 'story'].some((part) => parts.has(part))) {
  npmRun('build:embed');
  if (parts.has('story')) npmRun('build:site');
}

/** @type {import('./report.mjs').Results} */
const results = {
  date: new Date().toISOString(),
  machine: {
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: `${cpus().length} × ${cpus()[0]?.model ?? '?'}`,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    loadAverageAtStart: loadavg().map((n) => Number(n.toFixed(2))),
  },
  runs,
};

if (parts.has('sizes')) results.sizes = await measureSizes(root, log);

if (parts.has('embed') || parts.has('counters') || parts.has('story')) {
  const { launchBrowser } = await import('./browser.mjs');
  const browser = await launchBrowser();
  results.machine.chromium = browser.version();
  try {
    if (parts.has('embed')) {
      const { measureEmbed } = await import('./embed.mjs');
      results.embed = await measureEmbed(root, browser, runs, log);
    }
    if (parts.has('counters')) {
      const { measureCounters } = await import('./counters.mjs');
      results.counters = await measureCounters(root, browser, runs, log);
    }
    if (parts.has('story')) {
      const { measureStory } = await import('./story.mjs');
      results.story = await measureStory(root, browser, runs, log);
    }
  } finally {
    await browser.close();
  }
}

if (parts.has('extract')) {
  const { measureExtract } = await import('./extract.mjs');
  results.extract = await measureExtract(root, runs, log);
}

results.machine.loadAverageAtEnd = loadavg().map((n) => Number(n.toFixed(2)));
results.targets = evaluateTargets(results);
process.stdout.write(formatReport(results));

const dir = fileURLToPath(new URL('results/', import.meta.url));
mkdirSync(dir, { recursive: true });
const json = `${JSON.stringify(results, null, 2)}\n`;
const stamp = results.date.replace(/[:]/g, '-').replace(/\.\d+Z$/, 'Z');
writeFileSync(`${dir}${stamp}.json`, json);
writeFileSync(`${dir}latest.json`, json);
log(`wrote bench/results/${stamp}.json and bench/results/latest.json`);
