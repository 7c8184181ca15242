#!/usr/bin/env node
// @ts-check
/**
 * `npm test`: every test in one Vitest run — unit (Node), browser (Chromium) and the Storybook
 * stories — then one line `N passed, N failed` for CI. Extra arguments go to Vitest
 * (`npm test -- --project unit`, `npm test -- tests/unit/format.test.ts`).
 *
 * Without a Chromium it stops before Vitest starts and says how to get one.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { HOW_TO_GET_CHROMIUM, findChromium } from './chromium.mjs';

const args = process.argv.slice(2);
const browserNeeded = !(
  args.includes('--project') && args[args.indexOf('--project') + 1] === 'unit'
);

let chromium;
try {
  chromium = findChromium();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}
if (browserNeeded && !chromium) {
  console.error(HOW_TO_GET_CHROMIUM);
  process.exit(2);
}

const report = 'test-results/vitest.json';
mkdirSync('test-results', { recursive: true });
rmSync(report, { force: true });

const result = spawnSync(
  process.execPath,
  [
    'node_modules/vitest/vitest.mjs',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
    ...args,
  ],
  { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' } },
);

let summary = 'no test results were written (Vitest stopped before running tests)';
if (existsSync(report)) {
  const json =
    /** @type {{ numPassedTests: number, numFailedTests: number, numPendingTests: number, numTodoTests: number }} */ (
      JSON.parse(readFileSync(report, 'utf8'))
    );
  const skipped = json.numPendingTests + json.numTodoTests;
  summary = `${json.numPassedTests} passed, ${json.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`;
}
console.log(`\n${summary}`);
process.exit(result.status ?? 1);
