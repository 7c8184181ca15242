// @ts-check
/**
 * Headless Chromium for the benchmark: the project's own browser and flags (scripts/chromium.mjs),
 * so the figures come from the same browser the tests use.
 */
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, requireChromium } from '../scripts/chromium.mjs';

export function launchBrowser() {
  return chromium.launch({
    executablePath: requireChromium(),
    args: CHROMIUM_ARGS,
    headless: true,
  });
}
