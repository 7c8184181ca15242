// @ts-check
/**
 * What the bench's command-line scripts (`bench/run.mjs`, `bench/trace-counters.mjs`) share: the
 * repository they measure, and the options both take — `--runs N`, the repetitions of each
 * measurement, `--no-build`, to use dist/ as it is, and `--help`.
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** The repository's folder. */
export const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * `--runs` with the script's default and `--no-build`, for `parseArgs` beside the script's own.
 * @param {number} runs the script's default number of runs
 */
export function benchOptions(runs) {
  return {
    runs: { type: /** @type {const} */ ('string'), default: String(runs) },
    'no-build': { type: /** @type {const} */ ('boolean'), default: false },
    help: { type: /** @type {const} */ ('boolean'), default: false },
  };
}

/**
 * A count from the command line (`--runs 3`, `--top 20`): a whole number, at least 1; `fallback`
 * when the words are not a number (or are 0).
 * @param {string} text
 * @param {number} fallback
 */
export function countOption(text, fallback) {
  return Math.max(1, Number.parseInt(text, 10) || fallback);
}

/**
 * The script's command line: `benchOptions(runs)` and its own `options`, parsed. `--help` prints
 * `usage` and exits 0; an unknown option or a missing value prints what is wrong and `usage`, and
 * exits 2.
 * @template {NonNullable<import('node:util').ParseArgsConfig['options']>} O
 * @param {string} usage the script's usage lines
 * @param {number} runs the script's default number of runs
 * @param {O} options the script's own options
 * @returns {ReturnType<typeof parseArgs<{ options: ReturnType<typeof benchOptions> & O }>>['values']}
 */
export function parseBenchArgs(usage, runs, options) {
  try {
    const { values } = parseArgs({ options: { ...benchOptions(runs), ...options } });
    if (/** @type {{ help?: boolean }} */ (values).help) {
      process.stdout.write(`${usage}\n`);
      process.exit(0);
    }
    // The values of the options given: what the declared return type says.
    return /** @type {any} */ (values);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${usage}\n`);
    process.exit(2);
  }
}
