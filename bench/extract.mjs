// @ts-check
/**
 * The extractor's speed, in Node (the engine the studio's Web Worker runs it in): milliseconds per
 * 10,000 characters over the corpus of real reports (`tests/fixtures/reports/`), and the time to
 * read a report of 20,000 characters — the corpus's reports one after another, cut at the first
 * paragraph end after 20,000 characters, since no single report in it is that long. Each run reads
 * every text once; the first, cold read (OpenCC's tables loading) is measured apart.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { tsImport } from 'tsx/esm/api';
import { spread } from './stats.mjs';

/**
 * @typedef {object} ExtractResults
 * @property {string} setup
 * @property {{ reports: number, characters: number, msPer10k: import('./stats.mjs').Spread }} corpus
 * @property {{ characters: number, ms: import('./stats.mjs').Spread, figures: number }} long
 * @property {number} coldMs the first read of the long report, tables loading included
 */

/** @param {string} text */
const characters = (text) => Array.from(text).length;

/**
 * The corpus's reports one after another (blank lines between), cut at the first paragraph end
 * from `size` characters on.
 * @param {string[]} texts @param {number} size
 */
function longReport(texts, size) {
  let out = '';
  for (let i = 0; characters(out) < size + 2000; i++) out += `${texts[i % texts.length] ?? ''}\n\n`;
  const head = Array.from(out).slice(0, size).join('');
  const end = out.indexOf('\n', head.length);
  return end < 0 ? out : out.slice(0, end + 1);
}

/**
 * @param {string} root the repository
 * @param {number} runs
 * @param {(message: string) => void} log
 * @returns {Promise<ExtractResults>}
 */
export async function measureExtract(root, runs, log) {
  /** @type {{ extractDraft: (text: string, options?: { file?: string }) => { dataset: { figures: unknown[] } } }} */
  const { extractDraft } = await tsImport('../src/extract/extract.ts', import.meta.url);
  const dir = `${root}tests/fixtures/reports/`;
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(`${dir}${f}`, 'utf8'));
  const total = texts.reduce((n, t) => n + characters(t), 0);
  const long = longReport(texts, 20000);
  log(
    `extract: ${texts.length} corpus reports (${total} characters), a ${characters(long)}-character report`,
  );

  let start = performance.now();
  const figures = extractDraft(long, { file: 'long.txt' }).dataset.figures.length;
  const coldMs = performance.now() - start;
  /** @type {number[]} */
  const per10k = [];
  /** @type {number[]} */
  const longMs = [];
  for (let run = 0; run < runs; run++) {
    start = performance.now();
    for (const text of texts) extractDraft(text);
    per10k.push(((performance.now() - start) / total) * 10000);
    start = performance.now();
    extractDraft(long, { file: 'long.txt' });
    longMs.push(performance.now() - start);
  }
  return {
    setup: `Node ${process.version}, ${runs} runs after one cold read`,
    corpus: { reports: texts.length, characters: total, msPer10k: spread(per10k) },
    long: { characters: characters(long), ms: spread(longMs), figures },
    coldMs,
  };
}
