/**
 * How `npm test` and CI get their browser: the decision of scripts/chromium.mjs, on a machine made
 * of injected probes (nothing is installed, nothing downloaded).
 */
import { describe, expect, it } from 'vitest';
import {
  describeSetup,
  ensureBrowser,
  type Probes,
  type RunResult,
} from '../../scripts/chromium.mjs';

interface Machine {
  chromium: boolean;
  fonts: boolean;
  debian: boolean;
  admin: 'root' | 'sudo' | undefined;
  playwright: boolean;
  /** What each command does: its result, and what it installs. */
  answers: Partial<Record<'update' | 'install' | 'playwright', RunResult & { installs?: boolean }>>;
}

const OK: RunResult = { status: 0, output: '' };

/** A machine to run `ensureBrowser` on; `commands` records every command it ran. */
function machine(overrides: Partial<Machine> = {}) {
  const state: Machine = {
    chromium: true,
    fonts: true,
    debian: true,
    admin: 'root',
    playwright: true,
    answers: {},
    ...overrides,
  };
  const commands: string[] = [];
  const logged: string[] = [];
  const probes: Probes = {
    findChromium: () =>
      state.chromium ? { path: '/usr/bin/chromium', from: 'system package' } : undefined,
    cjkFonts: () => state.fonts,
    debian: () => state.debian,
    admin: () => state.admin,
    playwright: () => state.playwright,
    run: (command, args) => {
      const line = [command.endsWith('node') ? 'node' : command, ...args]
        .join(' ')
        .replace(/\S*playwright\/cli\.js/, 'playwright');
      commands.push(line);
      const kind = args.includes('update')
        ? 'update'
        : args.includes('install') && line.includes('apt-get')
          ? 'install'
          : 'playwright';
      const answer = state.answers[kind] ?? { ...OK, installs: true };
      if (answer.status === 0 && answer.installs !== false) {
        if (kind === 'install') {
          if (args.includes('chromium')) state.chromium = true;
          if (args.includes('fonts-noto-cjk')) state.fonts = true;
        }
        if (kind === 'playwright') state.chromium = true;
      }
      return { status: answer.status, output: answer.output };
    },
    log: (line) => logged.push(line),
  };
  return { probes, commands, logged, state };
}

describe('getting a browser for the tests', () => {
  it('does nothing when Chromium and a CJK font are there', () => {
    const { probes, commands } = machine();
    const setup = ensureBrowser(probes);
    expect(setup).toEqual({
      chromium: { path: '/usr/bin/chromium', from: 'system package' },
      fonts: true,
      attempts: [],
    });
    expect(commands).toEqual([]);
    expect(describeSetup(setup)).toEqual({});
  });

  it('installs what is missing with apt-get as root on Debian, and nothing else', () => {
    const { probes, commands, logged } = machine({ chromium: false, fonts: false });
    const setup = ensureBrowser(probes);
    expect(commands).toEqual([
      'apt-get update -qq',
      'apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk',
    ]);
    expect(setup.chromium?.path).toBe('/usr/bin/chromium');
    expect(setup.fonts).toBe(true);
    expect(setup.attempts).toEqual([{ what: 'apt-get install chromium fonts-noto-cjk', ok: true }]);
    expect(logged).toEqual(['Installing chromium and fonts-noto-cjk with apt-get …']);
  });

  it('asks apt-get for the fonts alone when only they are missing', () => {
    const { probes, commands } = machine({ fonts: false });
    ensureBrowser(probes);
    expect(commands).toEqual([
      'apt-get update -qq',
      'apt-get install -y -qq --no-install-recommends fonts-noto-cjk',
    ]);
  });

  it('goes through passwordless sudo when not root', () => {
    const { probes, commands } = machine({ chromium: false, admin: 'sudo' });
    const setup = ensureBrowser(probes);
    expect(commands).toEqual([
      'sudo -n apt-get update -qq',
      'sudo -n apt-get install -y -qq --no-install-recommends chromium',
    ]);
    expect(setup.attempts[0]).toEqual({ what: 'sudo apt-get install chromium', ok: true });
  });

  it('downloads Playwright’s Chromium where apt-get may not be used', () => {
    for (const [overrides, why] of [
      [{ debian: false }, 'not possible: this is not Debian or Ubuntu'],
      [
        { admin: undefined },
        'not possible: not running as root, and sudo is missing or asks for a password',
      ],
    ] as const) {
      const { probes, commands } = machine({ chromium: false, ...overrides });
      const setup = ensureBrowser(probes);
      expect(commands).toEqual(['node playwright install chromium']);
      expect(setup.chromium).toBeDefined();
      expect(setup.attempts).toEqual([
        { what: 'apt-get install chromium', ok: false, why },
        { what: 'npx playwright install chromium', ok: true },
      ]);
      expect(describeSetup(setup)).toEqual({});
    }
  });

  it('falls back to Playwright when apt-get fails, saying why it failed', () => {
    const { probes, commands } = machine({
      chromium: false,
      answers: {
        update: {
          status: 100,
          output: 'Reading package lists...\nE: Could not resolve deb.debian.org',
        },
      },
    });
    const setup = ensureBrowser(probes);
    expect(commands).toEqual(['apt-get update -qq', 'node playwright install chromium']);
    expect(setup.attempts[0]).toEqual({
      what: 'apt-get install chromium',
      ok: false,
      why: 'apt-get update failed (exit 100): E: Could not resolve deb.debian.org',
    });
    expect(setup.chromium).toBeDefined();
  });

  it('does not take an install that leaves no browser behind for success', () => {
    const { probes } = machine({
      chromium: false,
      answers: { install: { ...OK, installs: false } },
    });
    const setup = ensureBrowser(probes);
    expect(setup.attempts[0]).toMatchObject({
      ok: false,
      why: 'it finished, but no chromium is to be found',
    });
    expect(setup.attempts[1]).toEqual({ what: 'npx playwright install chromium', ok: true });
  });

  it('stops only when neither works, naming each attempt and why it failed', () => {
    const { probes } = machine({
      chromium: false,
      admin: undefined,
      answers: {
        playwright: {
          status: 1,
          output:
            'Downloading Chromium…\nError: getaddrinfo ENOTFOUND cdn.playwright.dev\n    at GetAddrInfoReqWrap.onlookupall\n}',
        },
      },
    });
    const setup = ensureBrowser(probes);
    expect(setup.chromium).toBeUndefined();
    const { error, warning } = describeSetup(setup);
    expect(warning).toBeUndefined();
    expect(error).toContain('No Chromium was found for the browser tests.');
    expect(error).toContain(
      '  • apt-get install chromium: not possible: not running as root, and sudo is missing or asks for a password',
    );
    expect(error).toContain(
      '  • npx playwright install chromium: failed (exit 1): Error: getaddrinfo ENOTFOUND cdn.playwright.dev',
    );
    expect(error).toContain('export REPORT_STORY_CHROMIUM=/path/to/chrome');
  });

  it('says when Playwright is not installed, or its download never finished', () => {
    const missing = machine({ chromium: false, debian: false, playwright: false });
    const setup = ensureBrowser(missing.probes);
    expect(missing.commands).toEqual([]);
    expect(setup.attempts[1]).toEqual({
      what: 'npx playwright install chromium',
      ok: false,
      why: 'not possible: Playwright is not installed (npm ci)',
    });
    const hung = machine({
      chromium: false,
      debian: false,
      answers: { playwright: { status: null, output: '' } },
    });
    expect(ensureBrowser(hung.probes).attempts[1]?.why).toBe('failed (did not finish): no output');
  });

  it('warns, without stopping, when only the CJK fonts cannot be had', () => {
    const { probes, commands } = machine({ fonts: false, debian: false });
    const setup = ensureBrowser(probes);
    // Playwright has no fonts to offer: nothing is downloaded for them.
    expect(commands).toEqual([]);
    const { error, warning } = describeSetup(setup);
    expect(error).toBeUndefined();
    expect(warning).toContain('No CJK font is installed');
    expect(warning).toContain(
      '  • apt-get install fonts-noto-cjk: not possible: this is not Debian or Ubuntu',
    );
  });
});
