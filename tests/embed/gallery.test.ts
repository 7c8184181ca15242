/**
 * `embed.html`, the editors' tool, built and served with the one-file embed beside it: it loads a
 * dataset, previews the chosen widget live, gives the exact snippet (which, pasted into a page,
 * shows that widget), copies it, offers SVG, PNG and long-image downloads, and passes axe in light
 * and dark.
 */
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { extname, join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, builtSite } from '../site/site.js';
import { builtEmbed, close, embedFiles, launch, serve, type Response } from './harness.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

let embedDir = '';
let siteDir = '';
let server: Server | undefined;
let base = '';
let browser: Browser;
const pasted: Record<string, Response> = {};
let requests: string[] = [];

beforeAll(async () => {
  embedDir = builtEmbed();
  siteDir = builtSite();
  const embed = embedFiles(embedDir);
  ({
    server,
    url: base,
    requests,
  } = await serve((path) => {
    if (pasted[path]) return pasted[path];
    if (embed[path]) return embed[path];
    try {
      const file = join(siteDir, path === '/' ? 'index.html' : path);
      if (!file.startsWith(siteDir)) return undefined;
      return { type: TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) };
    } catch {
      return undefined;
    }
  }));
  browser = await launch();
}, 120_000);

afterAll(async () => {
  await browser.close();
  await close(server);
});

async function open(
  options: { colorScheme?: 'light' | 'dark'; query?: string } = {},
): Promise<{ page: Page; context: BrowserContext; errors: string[] }> {
  const context = await browser.newContext({
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${base}/embed.html${options.query ?? ''}`);
  await codeContains(page, '</report-counter>');
  return { page, context, errors };
}

function code(page: Page): Promise<string> {
  return page.locator('pre.code code').first().innerText();
}

async function codeContains(page: Page, text: string): Promise<string> {
  await expect.poll(() => code(page), { timeout: 10_000 }).toContain(text);
  return code(page);
}

describe('embed.html', () => {
  it('gives the snippet of the figure shown, with its fallback, and the snippet works pasted', async () => {
    const { page, context, errors } = await open();
    const snippet = await codeContains(page, '地区生产总值：预计440亿元，同比增长6.5%');
    expect(snippet).toBe(
      [
        `<link rel="modulepreload" href="${base}/report-story.core.js">`,
        `<link rel="modulepreload" href="${base}/report-story.counter.js">`,
        `<link rel="preload" href="${base}/data/gangzha-2019.json" as="fetch" crossorigin>`,
        `<script type="module" src="${base}/report-story.js"></script>`,
        `<report-counter src="${base}/data/gangzha-2019.json" metric="gdp-2019">`,
        '  <p>地区生产总值：预计440亿元，同比增长6.5%</p>',
        '</report-counter>',
      ].join('\n'),
    );
    const preview = page.locator('.frame report-counter');
    await expect
      .poll(() => preview.getByRole('img').getAttribute('aria-label'))
      .toBe('地区生产总值：预计440亿元，同比增长6.5%');

    // An editor pastes it into an article.
    pasted['/article.html'] = {
      type: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>article</title></head><body><p>正文</p>${snippet}</body></html>`,
    };
    const article = await context.newPage();
    requests.length = 0;
    await article.goto(`${base}/article.html`);
    await expect
      .poll(() => article.locator('report-counter').getByRole('img').getAttribute('aria-label'))
      .toBe('地区生产总值：预计440亿元，同比增长6.5%');
    // The element's fetch took over the snippet's preload of its dataset: one request.
    expect(requests.filter((url) => url === '/data/gangzha-2019.json')).toHaveLength(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('follows every choice: widget, item, theme, language, form, highlight range', async () => {
    const { page, context } = await open();
    await page.getByRole('radio', { name: /目标/ }).check();
    await page.getByLabel('目标', { exact: true }).selectOption('rd-share-2020');
    await page.getByLabel('主题').selectOption('dark');
    await page.getByLabel('组件语言').selectOption('en');
    await page.getByLabel('样式').selectOption('bar');
    let snippet = await codeContains(page, 'goal="rd-share-2020"');
    expect(snippet).toContain(
      `<report-gauge src="${base}/data/gangzha-2019.json" goal="rd-share-2020" form="bar" theme="dark" locale="en">`,
    );
    await codeContains(page, 'R&amp;D');
    const gauge = page.locator('.frame report-gauge');
    await expect.poll(() => gauge.getAttribute('theme')).toBe('dark');
    await expect.poll(() => gauge.getAttribute('form')).toBe('bar');
    await expect.poll(() => gauge.getByRole('meter').getAttribute('aria-valuenow')).toBe('2.28');

    await page.getByRole('radio', { name: /时间线/ }).check();
    await page.getByLabel('组件语言').selectOption('zh-CN');
    await page.getByLabel('突出显示：从').selectOption('ip-park-2019');
    await page.getByLabel('到', { exact: true }).selectOption('plenary-2020');
    snippet = await codeContains(page, 'highlight="ip-park-2019..plenary-2020"');
    expect(snippet).toContain('<ul>');
    expect(snippet).toMatch(/<li>2020年1月4日 中共港闸区委八届八次全会<\/li>/);
    await expect
      .poll(() => page.locator('.frame report-timeline').getAttribute('highlight'))
      .toBe('ip-park-2019..plenary-2020');

    // The classic script for CMSs that strip type="module".
    await page.getByLabel(/传统脚本/).check();
    await codeContains(page, `<script defer src="${base}/report-story.classic.js"></script>`);
    await context.close();
  });

  it('copies the snippet to the clipboard', async () => {
    const { page, context } = await open();
    await codeContains(page, '<p>地区生产总值');
    await page.getByRole('button', { name: '复制代码' }).click();
    await expect.poll(() => page.getByRole('status').innerText()).toBe('代码已复制。');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await code(page));
    await context.close();
  });

  it('downloads the widget as SVG and PNG, and the whole dataset as one long PNG', async () => {
    const { page, context } = await open();
    await codeContains(page, '<p>地区生产总值');
    const save = async (name: RegExp) => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name }).click(),
      ]);
      const path = await download.path();
      return { name: download.suggestedFilename(), bytes: readFileSync(path) };
    };
    const svg = await save(/SVG/);
    expect(svg.name).toBe('report-counter-gdp-2019.svg');
    const text = svg.bytes.toString('utf8');
    expect(text).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(text).toContain('440');

    const png = await save(/PNG/);
    expect(png.name).toBe('report-counter-gdp-2019.png');
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    const size = (bytes: Buffer) => ({
      width: bytes.readUInt32BE(16),
      height: bytes.readUInt32BE(20),
    });
    expect(size(png.bytes).width).toBeGreaterThan(200);

    const long = await save(/长图/);
    expect(long.name).toBe('gangzha-2019-long.png');
    // Every figure, every target, the timeline and the programme, one under the other.
    expect(size(long.bytes).height).toBeGreaterThan(size(png.bytes).height * 20);
    await context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`passes axe (WCAG 2.2 AA and best practice) in ${colorScheme}`, async () => {
      const { page, context } = await open({ colorScheme });
      await codeContains(page, '<p>地区生产总值');
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('radio', { name: /工程图/ }).check();
      await codeContains(page, '</report-pillars>');
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });
  }

  it('sends an editor who has a report, not a dataset, to the studio', async () => {
    const { page, context } = await open();
    const href =
      (await page.getByRole('link', { name: '用报告工作室' }).getAttribute('href')) ?? '';
    expect(new URL(href).pathname).toBe('/studio.html');
    expect((await page.request.get(href)).status()).toBe(200);
    await context.close();
  });

  it('speaks English with ?lang=en', async () => {
    const { page, context } = await open({ query: '?lang=en' });
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Embed builder');
    expect(
      await page.getByRole('link', { name: 'Open it in the studio' }).getAttribute('href'),
    ).toMatch(/\/studio\.html\?lang=en$/);
    await codeContains(page, '<p>GDP: est. 44\u00a0billion yuan, +6.5% year on year</p>');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await context.close();
  });
});
