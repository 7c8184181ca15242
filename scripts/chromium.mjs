#!/usr/bin/env node
// @ts-check
/**
 * One place that finds — and, when it is missing, gets — the Chromium every browser test,
 * screenshot and benchmark uses, with the CJK fonts that Chinese text needs.
 *
 * Finding: an explicit environment variable, then Debian's `/usr/bin/chromium`, then the browser
 * Playwright downloaded for itself. `requireChromium()` throws an error whose message says how to
 * get one — no stack trace soup.
 *
 * Getting (`ensureBrowser()`, run by `npm test` and by `.ci/run` as `node scripts/chromium.mjs
 * --ensure`): on Debian or Ubuntu, as root or with passwordless sudo, `apt-get install chromium
 * fonts-noto-cjk` (whichever is missing); otherwise, or when that fails, `playwright install
 * chromium` where the network allows. Only when neither works does it stop, saying what it tried
 * and why each failed. Every check and command goes through injectable probes, so the decision is
 * tested without installing anything (tests/unit/chromium.test.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** Environment variables consulted first, in order. */
export const CHROMIUM_ENV_VARS = ['REPORT_STORY_CHROMIUM', 'CHROMIUM_PATH', 'CHROME_PATH'];

/** Debian/Ubuntu package locations. */
const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Playwright's command line, as `npx playwright` runs it. */
const PLAYWRIGHT_CLI = fileURLToPath(new URL('../node_modules/playwright/cli.js', import.meta.url));

/** The Debian packages of the browser and of the fonts Chinese text is drawn with. */
export const APT_PACKAGES = { chromium: 'chromium', fonts: 'fonts-noto-cjk' };

/**
 * Flags that keep Chromium quiet and stable on a closed network and in containers.
 * `--no-sandbox` is needed when running as root (CI containers).
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--font-render-hinting=none',
];

/** @returns {{ path: string, from: string } | undefined} */
export function findChromium() {
  for (const name of CHROMIUM_ENV_VARS) {
    const value = process.env[name];
    if (value) {
      if (!existsSync(value)) {
        throw new Error(`${name} is set to ${value}, but no file exists there.`);
      }
      return { path: value, from: `$${name}` };
    }
  }
  for (const path of SYSTEM_PATHS) {
    if (existsSync(path)) return { path, from: 'system package' };
  }
  try {
    const require = createRequire(import.meta.url);
    const playwright = /** @type {{ chromium: { executablePath(): string } }} */ (
      require('playwright')
    );
    const path = playwright.chromium.executablePath();
    if (path && existsSync(path)) return { path, from: 'Playwright download' };
  } catch {
    // Playwright not installed or no browser downloaded: fall through.
  }
  return undefined;
}

/** How to get a browser by hand; the end of every "no Chromium" message. */
export const HOW_TO_GET_CHROMIUM = [
  'Get one in any of these ways, then run the command again:',
  '  • Debian/Ubuntu:   sudo apt-get install -y chromium fonts-noto-cjk',
  '  • with internet:   npx playwright install chromium',
  `  • an existing one: export REPORT_STORY_CHROMIUM=/path/to/chrome`,
  `Looked at: ${CHROMIUM_ENV_VARS.map((v) => '$' + v).join(', ')}, ${SYSTEM_PATHS.join(', ')}, and Playwright's own browser.`,
].join('\n');

/** @returns {string} the executable path, or throws an Error that explains how to get one. */
export function requireChromium() {
  const found = findChromium();
  if (!found)
    throw new Error(`No Chromium was found for the browser tests.\n${HOW_TO_GET_CHROMIUM}`);
  return found.path;
}

/**
 * @typedef {{ status: number | null, output: string }} RunResult
 *
 * @typedef {object} Probes What `ensureBrowser` asks of the machine.
 * @property {() => { path: string, from: string } | undefined} findChromium
 * @property {() => boolean} cjkFonts whether a font for Chinese text is installed
 * @property {() => boolean} debian Debian, Ubuntu or a derivative (apt-get present)
 * @property {() => 'root' | 'sudo' | undefined} admin root, passwordless sudo, or neither
 * @property {() => boolean} playwright whether Playwright (its command line) is installed
 * @property {(command: string, args: string[]) => RunResult} run runs a command to its end
 * @property {(line: string) => void} log progress, for the person waiting
 */

/**
 * @typedef {object} Attempt One way of getting what was missing, and how it went.
 * @property {string} what the command, as a person would type it
 * @property {boolean} ok
 * @property {string} [why] why it failed or was not possible
 */

/**
 * @typedef {object} BrowserSetup
 * @property {{ path: string, from: string } | undefined} chromium
 * @property {boolean} fonts
 * @property {Attempt[]} attempts in the order they were made
 */

/**
 * Why a command failed, from its output: its last error line (`E: …` from apt-get, `Error: …`
 * from Node), else its last line.
 * @param {string} output
 */
function reason(output) {
  const lines = output
    // Terminal colours.
    // eslint-disable-next-line no-control-regex
    .replace(/\x1b\[[0-9;]*m/g, '')
    .split('\n')
    .map((line) => line.trim());
  const errors = lines.filter((line) => /^(E:|error\b|fatal\b)/i.test(line));
  return errors.at(-1) ?? lines.filter(Boolean).at(-1) ?? 'no output';
}

/**
 * Gets what is missing of the browser and the CJK fonts: apt-get where it may (Debian/Ubuntu, as
 * root or with passwordless sudo), then Playwright's own Chromium (the fonts have no such second
 * way). Never throws; says what it found and what it tried.
 * @param {Probes} probes
 * @returns {BrowserSetup}
 */
export function ensureBrowser(probes) {
  /** @type {Attempt[]} */
  const attempts = [];
  let chromium = probes.findChromium();
  let fonts = probes.cjkFonts();
  if (chromium && fonts) return { chromium, fonts, attempts };

  const packages = [
    ...(chromium ? [] : [APT_PACKAGES.chromium]),
    ...(fonts ? [] : [APT_PACKAGES.fonts]),
  ];
  const what = `apt-get install ${packages.join(' ')}`;
  const debian = probes.debian();
  const admin = debian ? probes.admin() : undefined;
  if (!debian) {
    attempts.push({ what, ok: false, why: 'not possible: this is not Debian or Ubuntu' });
  } else if (!admin) {
    attempts.push({
      what,
      ok: false,
      why: 'not possible: not running as root, and sudo is missing or asks for a password',
    });
  } else {
    const sudo = admin === 'sudo' ? ['sudo', '-n'] : [];
    const [command, ...prefix] = [...sudo, 'apt-get'];
    probes.log(`Installing ${packages.join(' and ')} with apt-get …`);
    const update = probes.run(/** @type {string} */ (command), [...prefix, 'update', '-qq']);
    const install =
      update.status === 0
        ? probes.run(/** @type {string} */ (command), [
            ...prefix,
            'install',
            '-y',
            '-qq',
            '--no-install-recommends',
            ...packages,
          ])
        : update;
    chromium = probes.findChromium();
    fonts = probes.cjkFonts();
    const done = Boolean(chromium) && fonts;
    attempts.push({
      what: `${sudo.length ? 'sudo ' : ''}${what}`,
      ok: install.status === 0 && done,
      ...(install.status === 0 && done
        ? {}
        : {
            why:
              install.status !== 0
                ? `${update.status !== 0 ? 'apt-get update' : 'apt-get install'} failed (exit ${install.status}): ${reason(install.output)}`
                : `it finished, but ${chromium ? 'no CJK font' : 'no chromium'} is to be found`,
          }),
    });
  }

  if (!chromium) {
    const what = 'npx playwright install chromium';
    if (!probes.playwright()) {
      attempts.push({ what, ok: false, why: 'not possible: Playwright is not installed (npm ci)' });
    } else {
      probes.log("Downloading Playwright's Chromium …");
      const download = probes.run(process.execPath, [PLAYWRIGHT_CLI, 'install', 'chromium']);
      chromium = probes.findChromium();
      const ok = download.status === 0 && Boolean(chromium);
      attempts.push({
        what,
        ok,
        ...(ok
          ? {}
          : {
              why:
                download.status !== 0
                  ? `failed (${download.status === null ? 'did not finish' : `exit ${download.status}`}): ${reason(download.output)}`
                  : 'it finished, but Playwright reports no browser',
            }),
      });
    }
  }
  return { chromium, fonts, attempts };
}

/**
 * What to tell the person running the tests about a setup: nothing when all is there, a warning
 * when only the fonts are missing, the reason to stop when the browser is.
 * @param {BrowserSetup} setup
 * @returns {{ error?: string, warning?: string }}
 */
export function describeSetup(setup) {
  const tried = setup.attempts
    .filter((attempt) => !attempt.ok)
    .map((attempt) => `  • ${attempt.what}: ${attempt.why}`);
  const triedLines = tried.length ? ['Tried:', ...tried] : [];
  if (!setup.chromium) {
    return {
      error: [
        'No Chromium was found for the browser tests.',
        ...triedLines,
        HOW_TO_GET_CHROMIUM,
      ].join('\n'),
    };
  }
  if (!setup.fonts) {
    return {
      warning: [
        'No CJK font is installed: Chinese text draws as empty boxes, and the tests and screenshots that measure it will not match.',
        ...triedLines,
        `Install one (Debian/Ubuntu: sudo apt-get install -y ${APT_PACKAGES.fonts}), then run the command again.`,
      ].join('\n'),
    };
  }
  return {};
}

/**
 * Runs a command to its end (at most 15 minutes: a download that hangs on a closed network).
 * @param {string} command
 * @param {string[]} args
 * @returns {RunResult}
 */
function run(command, args) {
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    timeout: 15 * 60_000,
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}`;
  return { status: result.error ? null : result.status, output };
}

/** The probes of this machine. @returns {Probes} */
export function machineProbes() {
  return {
    findChromium,
    cjkFonts: () => {
      // macOS and Windows ship CJK fonts; fontconfig says for Linux.
      if (process.platform !== 'linux') return true;
      const list = run('fc-list', [':lang=zh', 'family']);
      return list.status === 0 && list.output.trim() !== '';
    },
    debian: () => {
      if (process.platform !== 'linux' || run('apt-get', ['--version']).status !== 0) return false;
      const release = existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '';
      return (
        existsSync('/etc/debian_version') || /^ID(_LIKE)?=.*\b(debian|ubuntu)\b/m.test(release)
      );
    },
    admin: () => {
      if (process.getuid?.() === 0) return 'root';
      return run('sudo', ['-n', 'true']).status === 0 ? 'sudo' : undefined;
    },
    playwright: () => existsSync(PLAYWRIGHT_CLI),
    run,
    log: (line) => console.error(line),
  };
}

/**
 * `ensureBrowser` on this machine for a command about to use the browser: prints what it could not
 * get and exits 2 when there is no browser (or, with `requireFonts`, no CJK font).
 * @param {{ requireFonts?: boolean }} [options]
 * @returns {{ path: string, from: string }} the browser
 */
export function ensureBrowserOrExit(options = {}) {
  let setup;
  try {
    setup = ensureBrowser(machineProbes());
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  }
  const { error, warning } = describeSetup(setup);
  if (error || !setup.chromium) {
    console.error(error);
    process.exit(2);
  }
  if (warning) {
    console.error(`${warning}\n`);
    if (options.requireFonts) process.exit(2);
  }
  return setup.chromium;
}

/** `node scripts/chromium.mjs --ensure [--require-fonts]`, as `.ci/run` calls it. */
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  if (!args.includes('--ensure')) {
    console.error('usage: node scripts/chromium.mjs --ensure [--require-fonts]');
    process.exit(64);
  }
  const chromium = ensureBrowserOrExit({ requireFonts: args.includes('--require-fonts') });
  console.log(`Chromium: ${chromium.path} (${chromium.from})`);
}
