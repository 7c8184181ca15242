/**
 * The web editor's page: only `dist/report-story.js` and two tags. Builds the module embed into a
 * temporary folder, serves it with the Gangzha dataset on 127.0.0.1, and opens the page in Chromium with the
 * reader's reduced-motion setting on: the counter shows 440 亿元 +6.5% and the gauge 2.3% against
 * 2.28%, final from their first frame, with no animation frame ever requested.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { isModuleEmbedFile } from '../../src/embed/files.js';

const PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="module" src="/report-story.js"></script></head>
<body>
  <report-counter src="/data/gangzha-2019.json" metric="gdp-2019"><p>地区生产总值440亿元</p></report-counter>
  <report-gauge src="/data/gangzha-2019.json" goal="rd-share-2020"></report-gauge>
</body></html>`;

// `npm run test:unit` may run where there is no browser; everywhere else (CI) this runs.
const chromiumPath = findChromium()?.path;

let dir: string;
let server: Server;
let base: string;
let browser: Browser;

beforeAll(async () => {
  if (!chromiumPath) return;
  dir = mkdtempSync(join(tmpdir(), 'report-story-embed-'));
  // A plain build environment: inside the test run, VITEST, NODE_ENV=test and STORYBOOK (set by
  // the stories project) would each make the config build something else.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => ['PATH', 'HOME', 'LANG', 'TMPDIR'].includes(key)),
  );
  const built = spawnSync(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'build',
      '--mode',
      'embed',
      '--outDir',
      dir,
      '--logLevel',
      'error',
    ],
    { env, encoding: 'utf8' },
  );
  if (built.status !== 0) throw new Error(`embed build failed:\n${built.stderr}`);
  const files: Record<string, [string, string | Buffer]> = {
    '/': ['text/html; charset=utf-8', PAGE],
    // The loader and the chunks it loads from beside itself.
    ...Object.fromEntries(
      readdirSync(dir)
        .filter(isModuleEmbedFile)
        .map((file) => [`/${file}`, ['text/javascript', readFileSync(join(dir, file))] as const]),
    ),
    '/data/gangzha-2019.json': ['application/json', readFileSync('data/gangzha-2019.json')],
  };
  server = createServer((request, response) => {
    const file = files[request.url ?? ''];
    response.writeHead(file ? 200 : 404, { 'content-type': file?.[0] ?? 'text/plain' });
    response.end(file?.[1] ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
}, 60_000);

afterAll(async () => {
  if (!chromiumPath) return;
  await browser.close();
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!chromiumPath)('a page that loads only dist/report-story.js', () => {
  it('shows GDP 440亿元 +6.5% and R&D 2.3% against 2.28%, final at once with reduced motion', async () => {
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    // Count the frames the page's own scripts request; the probe keeps the original for itself.
    await page.addInitScript(() => {
      const w = window as unknown as { __frames: number; __raf: typeof requestAnimationFrame };
      w.__frames = 0;
      w.__raf = window.requestAnimationFrame.bind(window);
      window.requestAnimationFrame = (callback) => {
        w.__frames++;
        return w.__raf(callback);
      };
    });
    await page.goto(base);

    // From the first frame in which the data has arrived, both show their final state.
    const first = await page.evaluate(
      () =>
        new Promise<{ counter: string; gauge: string }>((resolve) => {
          const w = window as unknown as { __raf: typeof requestAnimationFrame };
          const look = () => {
            const counter = document.querySelector('report-counter')?.shadowRoot;
            const gauge = document.querySelector('report-gauge')?.shadowRoot;
            const live = counter?.querySelector('.live')?.textContent;
            const meter = gauge?.querySelector('[role="meter"]');
            if (live && meter) {
              resolve({ counter: live, gauge: meter.getAttribute('aria-valuetext') ?? '' });
            } else w.__raf(look);
          };
          w.__raf(look);
        }),
    );
    expect(first.counter).toBe('440');
    expect(first.gauge).toBe('2019年2.28%，目标2.3%以上，距目标还差0.02个百分点');

    const counter = page.getByRole('img', { name: '地区生产总值：预计440亿元，同比增长6.5%' });
    await expect(counter.isVisible()).resolves.toBe(true);
    const counterText = await page.locator('report-counter [part~="base"]').innerText();
    expect(counterText.replace(/\s+/g, '')).toBe('地区生产总值预计440亿元▲同比+6.5%');

    const meter = page.getByRole('meter', { name: '全社会研发投入占比，2020年目标' });
    await expect(meter.getAttribute('aria-valuenow')).resolves.toBe('2.28');
    const legend = await page.locator('report-gauge [part~="legend"]').innerText();
    expect(legend).toContain('2.3%以上');
    expect(legend).toContain('2.28%');

    await page.waitForTimeout(300);
    const frames = await page.evaluate(() => (window as unknown as { __frames: number }).__frames);
    expect(frames).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('counts up when motion is allowed, and ends on the same final text', async () => {
    const context = await browser.newContext({ reducedMotion: 'no-preference' });
    const page = await context.newPage();
    await page.goto(base);
    const seen = await page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const texts: string[] = [];
          const counter = document.querySelector('report-counter')!;
          const look = () => {
            const live = counter.shadowRoot?.querySelector('.live')?.textContent;
            if (live && texts.at(-1) !== live) texts.push(live);
          };
          // The last number is written in the frame that ends the count: read what the reader
          // sees then, not only at the frames this loop happened to sample before it.
          counter.addEventListener(
            'report-count-end',
            () => {
              look();
              resolve(texts);
            },
            { once: true },
          );
          const loop = () => {
            look();
            requestAnimationFrame(loop);
          };
          loop();
        }),
    );
    expect(seen.length).toBeGreaterThan(3);
    expect(seen.at(-1)).toBe('440');
    await context.close();
  });
});
