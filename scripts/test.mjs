#!/usr/bin/env node
// @ts-check
/**
 * `npm test`: every test in one Vitest run — unit (Node), browser (Chromium) and the Storybook
 * stories — then one line `N passed, N failed` for CI. Extra arguments go to Vitest
 * (`npm test -- --project unit`, `npm test -- tests/unit/format.test.ts`).
 *
 * Before Vitest starts it makes sure there is a Chromium and the CJK fonts, getting what is missing
 * (scripts/chromium.mjs: apt-get on Debian/Ubuntu as root, else Playwright's download); it stops
 * with what it tried only when no browser can be had.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureBrowserOrExit } from './chromium.mjs';

const args = process.argv.slice(2);
const browserNeeded = !(
  args.includes('--project') && args[args.indexOf('--project') + 1] === 'unit'
);

if (browserNeeded) ensureBrowserOrExit();

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
