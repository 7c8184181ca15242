/**
 * The bench's command line (`npm run bench`, `bench/trace-counters.mjs`): `--help` says what it
 * takes, and a mistyped option or part stops it at once with what is wrong — before it builds or
 * launches a browser.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

function bench(script: string, ...args: string[]) {
  const run = spawnSync(process.execPath, [`bench/${script}`, ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('the bench command line', () => {
  it('prints its usage for --help and exits 0', () => {
    const run = bench('run.mjs', '--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('--only sizes,embed,counters,story,extract');
    expect(run.stdout).toContain('--no-build');
    expect(bench('trace-counters.mjs', '--help').stdout).toContain('--lib ours|countup');
  });

  it('names an unknown option, shows the usage and exits 2', () => {
    const run = bench('run.mjs', '--bogus');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/Unknown option '--bogus'/);
    expect(run.stderr).toContain('--runs N');
    expect(bench('trace-counters.mjs', '--nope').status).toBe(2);
  });

  it('names a part --only does not know instead of measuring nothing', () => {
    const run = bench('run.mjs', '--only', 'sizes,counter');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--only: no part named counter');
  });
});
