/**
 * Every element under the strictest Content Security Policy a host page is likely to have: no
 * inline script or style, Trusted Types enforced with only Lit's policy allowed. The page is served
 * with the header, loads only the built embed (the module loader with its core and element chunks
 * — also preloaded as the embed builder's snippet does —, then the classic script) and the
 * dataset, and every
 * element is used: data loads, counters count, gauges fill, the timeline and the pillars open on a
 * click, the scroller steps on scroll, the deck turns on a key. Zero violations are reported
 * (`securitypolicyviolation`) and nothing is logged as an error.
 */
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtEmbed, close, embedFiles, launch, serve, type Response } from './harness.js';

/** The directives named in the README for host pages. */
export const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

const DATA = '/data/gangzha-2019.json';

const BODY = `
<report-data id="data" src="${DATA}">
  <report-counter id="counter" metric="gdp-2019" footnote><p>地区生产总值预计440亿元。</p></report-counter>
  <report-counter id="counter-attributes" value="45" unit="亿元" label="一般公共预算收入" change="7"></report-counter>
  <report-gauge id="gauge" goal="rd-share-2020"></report-gauge>
  <report-gauge id="gauge-bar" goal="gdp-growth-2020" form="bar" theme="dark"></report-gauge>
  <report-timeline id="timeline" highlight="plenary-2020"></report-timeline>
  <report-pillars id="pillars" theme="plenary"></report-pillars>
  <report-scroller id="scroller">
    <section id="step-economy"><h2>经济</h2><p>地区生产总值预计440亿元。</p></section>
    <section id="step-targets"><h2>目标</h2><p>2020年增长6.5%以上。</p></section>
    <report-counter slot="graphic" data-report-for="step-economy" metric="gdp-2019" start="step"></report-counter>
    <report-gauge slot="graphic" data-report-for="step-targets" goal="gdp-growth-2020" start="step"></report-gauge>
  </report-scroller>
  <report-deck id="deck" label="港闸区2019年工作回顾">
    <section id="slide-one"><h2>一</h2><report-counter metric="budget-revenue-2019" start="step"></report-counter></section>
    <section id="slide-two"><h2>二</h2><report-pillars reveal="2"></report-pillars></section>
  </report-deck>
</report-data>`;

function page(script: string): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>report-story under a strict CSP</title>
<link rel="icon" href="/favicon.ico">
${script}
</head><body>${BODY}</body></html>`;
}

let dir = '';
let server: Server | undefined;
let base = '';
let browser: Browser;

beforeAll(async () => {
  dir = builtEmbed();
  const html = (body: string, csp = STRICT_CSP): Response => ({
    type: 'text/html; charset=utf-8',
    body,
    headers: { 'content-security-policy': csp },
  });
  const files: Record<string, Response> = {
    ...embedFiles(dir),
    '/module.html': html(page('<script type="module" src="/report-story.js"></script>')),
    // The embed builder's snippet: the chunks named in modulepreload lines before the loader,
    // and the dataset's preload line.
    '/preloaded.html': html(
      page(
        [
          '<link rel="modulepreload" href="/report-story.core.js">',
          '<link rel="modulepreload" href="/report-story.counter.js">',
          '<link rel="preload" href="/data/gangzha-2019.json" as="fetch" crossorigin>',
          '<script type="module" src="/report-story.js"></script>',
        ].join('\n'),
      ),
    ),
    '/classic.html': html(page('<script defer src="/report-story.classic.js"></script>')),
    // Two copies (two URLs): Lit creates its policy twice, which the README's 'allow-duplicates'
    // permits; and no style-src at all, since the widgets need none.
    '/two-copies.html': html(
      page(
        '<script type="module" src="/report-story.js"></script>\n<script type="module" src="/report-story.js?copy=2"></script>',
      ),
      STRICT_CSP.replace("style-src 'self'", "style-src 'none'").replace(
        'trusted-types lit-html',
        "trusted-types lit-html 'allow-duplicates'",
      ),
    ),
    '/twice.html': html(
      page(
        '<script type="module" src="/report-story.js"></script>\n<script type="module" src="/report-story.js"></script>',
      ),
    ),
  };
  ({ server, url: base } = await serve((path) => files[path]));
  browser = await launch();
});

afterAll(async () => {
  await browser.close();
  await close(server);
});

interface Watch {
  readonly violations: () => Promise<string[]>;
  readonly errors: string[];
}

/** Opens a page, recording CSP violations (in the page) and errors (console and uncaught). */
async function open(path: string): Promise<{ page: Page; watch: Watch }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__violations', { value: seen });
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI} ${event.sample}`);
    });
  });
  await page.goto(base + path);
  return {
    page,
    watch: {
      errors,
      violations: () =>
        page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
    },
  };
}

/** The detail (its plain values) of the next event of `type` on the element `id` after `action`. */
async function eventAfter(
  page: Page,
  id: string,
  type: string,
  action: () => Promise<unknown>,
): Promise<unknown> {
  // The listener is in place before the action starts.
  await page.evaluate(
    ({ id, type }) => {
      const w = window as unknown as Record<string, Promise<unknown>>;
      w[`__next_${type}`] = new Promise((resolve) => {
        document.getElementById(id)!.addEventListener(
          type,
          (e) => {
            const detail = (e as CustomEvent<Record<string, unknown>>).detail;
            resolve(
              Object.fromEntries(Object.entries(detail).filter(([, v]) => typeof v !== 'object')),
            );
          },
          { once: true },
        );
      });
    },
    { id, type },
  );
  await action();
  return page.evaluate(
    (type) => (window as unknown as Record<string, Promise<unknown>>)[`__next_${type}`],
    type,
  );
}

async function useEveryElement(page: Page): Promise<void> {
  // Data loaded and every widget rendered its final content.
  await page.waitForFunction(() => {
    const data = document.getElementById('data') as HTMLElement & { state?: { status: string } };
    return data.state?.status === 'ready';
  });
  await expect
    .poll(() => page.locator('#counter').getByRole('img').getAttribute('aria-label'))
    .toBe('地区生产总值：预计440亿元，同比增长6.5%');
  await expect
    .poll(() => page.locator('#counter-attributes [part~="number"]').innerText())
    .toContain('45');
  await expect
    .poll(() => page.locator('#gauge').getByRole('meter').getAttribute('aria-valuenow'))
    .toBe('2.28');
  await expect.poll(() => page.locator('#gauge-bar').getByRole('meter').count()).toBe(1);

  // The counter counts and the gauge fills (animation frames, CSSOM) — both end.
  await page.waitForFunction(() =>
    [...document.querySelectorAll('#counter, #gauge')].every(
      (el) => !(el as HTMLElement & { counting?: boolean }).counting,
    ),
  );

  // Inline geometry set through CSSOM applies: the timeline's year bands have their widths.
  const bands = await page.evaluate(() =>
    [...document.getElementById('timeline')!.shadowRoot!.querySelectorAll('.band')].map((band) =>
      Math.round(band.getBoundingClientRect().width),
    ),
  );
  expect(bands.length).toBeGreaterThan(1);
  expect(bands.every((width) => width > 50)).toBe(true);

  // The timeline opens an event on a click and says so.
  const toggle = await eventAfter(page, 'timeline', 'report-event-toggle', () =>
    page
      .locator('#timeline')
      .getByRole('button', { name: /八届八次全会/ })
      .click(),
  );
  expect(toggle).toEqual({ id: 'plenary-2020', open: true });

  // The pillars open a pillar on a click.
  const select = await eventAfter(page, 'pillars', 'report-pillar-select', () =>
    page
      .locator('#pillars')
      .getByRole('button', { name: /产业提档/ })
      .click(),
  );
  expect(select).toMatchObject({ id: expect.any(String) });

  // The scroller steps on scroll.
  const step = await eventAfter(page, 'scroller', 'report-step-enter', () =>
    page.locator('#step-targets').evaluate((el) => el.scrollIntoView({ block: 'center' })),
  );
  expect(step).toMatchObject({ id: 'step-targets' });

  // The deck turns on a key.
  await page.locator('#deck').scrollIntoViewIfNeeded();
  await page.locator('#deck').focus();
  const slide = await eventAfter(page, 'deck', 'report-slide-change', () =>
    page.keyboard.press('PageDown'),
  );
  expect(slide).toMatchObject({ index: 1, previous: 0, id: 'slide-two' });
}

describe("a page with a strict CSP (style-src 'self', Trusted Types for lit-html)", () => {
  it('defines an element inserted after load from its chunk, without a violation', async () => {
    const { page, watch } = await open('/module.html');
    await useEveryElement(page);
    await page.evaluate(() => {
      const late = document.createElement('report-counter');
      late.id = 'late';
      late.setAttribute('value', '12');
      late.setAttribute('unit', '亿元');
      late.setAttribute('label', '后来插入');
      document.body.append(late);
    });
    await expect
      .poll(() => page.locator('#late').getByRole('img').getAttribute('aria-label'))
      .toContain('后来插入');
    expect(await watch.violations()).toEqual([]);
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  for (const [name, path] of [
    ['the module embed', '/module.html'],
    ['the module embed with preloaded chunks', '/preloaded.html'],
    ['the classic embed', '/classic.html'],
  ] as const) {
    it(`runs every element of ${name} without a violation`, async () => {
      const { page, watch } = await open(path);
      await useEveryElement(page);
      expect(await watch.violations()).toEqual([]);
      expect(watch.errors).toEqual([]);
      await page.close();
    });
  }

  it('is unharmed by the module embed loaded twice', async () => {
    const { page, watch } = await open('/twice.html');
    await useEveryElement(page);
    expect(await watch.violations()).toEqual([]);
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it("runs two copies with 'allow-duplicates' and style-src 'none'", async () => {
    const { page, watch } = await open('/two-copies.html');
    await useEveryElement(page);
    expect(await watch.violations()).toEqual([]);
    expect(watch.errors).toEqual([]);
    await page.close();
  });
});
