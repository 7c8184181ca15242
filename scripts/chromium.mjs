// @ts-check
/**
 * One place that finds the Chromium every browser test, screenshot and benchmark uses.
 *
 * Order: an explicit environment variable, then Debian's `/usr/bin/chromium`, then the browser
 * Playwright downloaded for itself (on machines with internet access). When none is found,
 * `requireChromium()` throws an error whose message says how to get one — no stack trace soup.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Environment variables consulted first, in order. */
export const CHROMIUM_ENV_VARS = ['REPORT_STORY_CHROMIUM', 'CHROMIUM_PATH', 'CHROME_PATH'];

/** Debian/Ubuntu package locations. */
const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

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

export const HOW_TO_GET_CHROMIUM = [
  'No Chromium was found for the browser tests.',
  'Get one in any of these ways, then run the command again:',
  '  • Debian/Ubuntu:   sudo apt-get install -y chromium fonts-noto-cjk',
  '  • with internet:   npx playwright install chromium',
  `  • an existing one: export REPORT_STORY_CHROMIUM=/path/to/chrome`,
  `Looked at: ${CHROMIUM_ENV_VARS.map((v) => '$' + v).join(', ')}, ${SYSTEM_PATHS.join(', ')}, and Playwright's own browser.`,
].join('\n');

/** @returns {string} the executable path, or throws an Error that explains how to get one. */
export function requireChromium() {
  const found = findChromium();
  if (!found) throw new Error(HOW_TO_GET_CHROMIUM);
  return found.path;
}
