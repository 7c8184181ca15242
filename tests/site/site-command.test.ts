/**
 * `report-story site` end to end, on a report that is not Gangzha's (a made-up county report, in
 * GB18030): the site kit of the test run (built as `npm run build` builds it), the command run
 * as a user runs it, the folder it writes served by a plain static server and opened from disk. In Chromium, the
 * scroll story and the deck show every step; every counter reaches its value, every gauge fills,
 * the timeline draws its events; no console error, and no request leaves the folder.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/data/schema.js';
import type { Story } from '../../src/story/schema.js';
import { graphicsOf } from '../../src/story/validate.js';
import { removeDir } from '../embed/harness.js';
import { axeViolations, builtKit, launch, quiet, root, serve, watchConsole } from './site.js';

const REPORT = fileURLToPath(
  new URL('../fixtures/site/xihe-2023-work-report.gb18030.txt', import.meta.url),
);

/** A build environment without the test run's variables (they change the Vite config). */
function plainEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const keep = ['PATH', 'HOME', 'LANG', 'TMPDIR'];
  return {
    ...Object.fromEntries(Object.entries(process.env).filter(([key]) => keep.includes(key))),
    ...extra,
  };
}

function node(args: string[], env: NodeJS.ProcessEnv) {
  const result = spawnSync(process.execPath, args, { cwd: root, env, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`${args.join(' ')} exited ${String(result.status)}:\n${result.stderr}`);
  }
  return result;
}

let scratch = '';
let site = '';
let dataset: Dataset;
let story: Story;
let browser: Browser;
let server: Server;
let base = '';

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'report-story-site-command-'));
  site = join(scratch, 'site');
  node(
    [
      join(root, 'node_modules/tsx/dist/cli.mjs'),
      'src/cli/report-story.ts',
      'site',
      REPORT,
      '--out',
      site,
      '--id',
      'xihe-2023',
    ],
    plainEnv({ REPORT_STORY_SITE_KIT: builtKit() }),
  );
  dataset = JSON.parse(readFileSync(join(site, 'data/xihe-2023.json'), 'utf8')) as Dataset;
  story = JSON.parse(readFileSync(join(site, 'data/xihe-2023.story.json'), 'utf8')) as Story;
  ({ server, url: base } = await serve(site));
  browser = await launch();
});

afterAll(async () => {
  await browser.close();
  server.close();
  removeDir(scratch);
});

/** Whether a target has a baseline figure (then its gauge fills to that reading). */
const baseline = (id: string) => dataset.targets.some((t) => t.id === id && t.baseline);

/** The ids a story's steps show through one attribute of one element. */
const shown = (element: string, attribute: string) =>
  story.steps.flatMap((step) =>
    step.kind === 'chapter'
      ? []
      : graphicsOf(step.graphic)
          .filter((g) => g.element === element)
          .map((g) => String(g.attributes?.[attribute])),
  );

interface Opened {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly problems: string[];
  readonly requests: string[];
}

/** Opens a page of the site, recording console problems, requests, counts and fills. */
async function open(url: string, viewport = { width: 1280, height: 800 }): Promise<Opened> {
  const context = await browser.newContext({ viewport });
  const problems = watchConsole(context);
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const page = await context.newPage();
  await page.addInitScript(() => {
    const seen = { counts: {} as Record<string, number>, fills: {} as Record<string, string> };
    Object.assign(window, { seen });
    document.addEventListener('report-count-end', (event) => {
      // At the document, the event's target is the counter itself (retargeted out of its shadow root).
      const counter = event.target as Element;
      seen.counts[counter.getAttribute('metric') ?? ''] = (
        event as CustomEvent<{ value: number }>
      ).detail.value;
    });
    document.addEventListener('report-fill-end', (event) => {
      const { goal, status } = (event as CustomEvent<{ goal: string; status: string }>).detail;
      seen.fills[goal] = status;
    });
  });
  await page.goto(url);
  return { context, page, problems, requests };
}

const seen = (page: Page) =>
  page.evaluate(
    () =>
      (
        window as unknown as {
          seen: { counts: Record<string, number>; fills: Record<string, string> };
        }
      ).seen,
  );

/** Every request stays inside the folder (or is a data: URL). */
function expectInside(requests: readonly string[], prefix: string) {
  const outside = requests.filter((url) => !url.startsWith(prefix) && !url.startsWith('data:'));
  expect(outside, 'requests outside the folder').toEqual([]);
}

describe('report-story site on a report that is not Gangzha’s', () => {
  it('drafted a story with counters, gauges and a timeline from the GB18030 report', () => {
    expect(dataset.source.file).toBe('xihe-2023-work-report.gb18030.txt');
    expect(shown('report-counter', 'metric').length).toBeGreaterThan(10);
    expect(shown('report-gauge', 'goal')).toHaveLength(dataset.targets.length);
    expect(
      story.steps.some((s) => graphicsOf(s.graphic).some((g) => g.element === 'report-timeline')),
    ).toBe(true);
  });

  it('serves index.html: every step, every counter reaching its value, every gauge drawn (filled where it has a baseline), the timeline and any programme drawn', async () => {
    const { context, page, problems, requests } = await open(`${base}index.html`);
    try {
      await page.waitForFunction(() => document.querySelector('report-scroller')?.steps.length);
      expect(await page.locator('h1').textContent()).toBe(story.title.zh);
      const ids = await page.evaluate(() =>
        document.querySelector('report-scroller')!.steps.map((step) => step.id),
      );
      expect(ids).toEqual(story.steps.map((s) => s.id));
      // The folder holds no studio: its pages do not link to one.
      expect(await page.locator('a[href*="studio.html"]').count()).toBe(0);
      for (const step of story.steps) {
        await page.evaluate(
          (id) => document.querySelector('report-scroller')!.scrollToStep(id),
          step.id,
        );
        const metrics = graphicsOf(step.graphic).flatMap((g) =>
          g.element === 'report-counter' ? [String(g.attributes?.metric)] : [],
        );
        // A gauge fills when it has a reading to fill to (its baseline); the others draw the target.
        const goals = graphicsOf(step.graphic).flatMap((g) =>
          g.element === 'report-gauge' && baseline(String(g.attributes?.goal))
            ? [String(g.attributes?.goal)]
            : [],
        );
        await page.waitForFunction(
          ([m, g]) => {
            const s = (
              window as unknown as {
                seen: { counts: Record<string, number>; fills: Record<string, string> };
              }
            ).seen;
            return m.every((id) => id in s.counts) && g.every((id) => id in s.fills);
          },
          [metrics, goals] as const,
        );
      }
      await quiet(page);
      const { counts, fills } = await seen(page);
      for (const id of shown('report-counter', 'metric')) {
        expect(counts[id], id).toBe(dataset.figures.find((f) => f.id === id)?.value);
      }
      for (const id of shown('report-gauge', 'goal')) {
        if (baseline(id)) expect(fills[id], id).toBeTruthy();
      }
      const gauges = await page.evaluate(() =>
        [...document.querySelectorAll('report-gauge')].map((g) => ({
          goal: g.getAttribute('goal'),
          drawn: Boolean(g.shadowRoot?.querySelector('[role="meter"], [role="img"]')),
          error: g.shadowRoot?.querySelector('[part~="error"]')?.textContent ?? '',
        })),
      );
      expect(new Set(gauges.map((g) => g.goal))).toEqual(new Set(shown('report-gauge', 'goal')));
      for (const gauge of gauges) expect(gauge).toMatchObject({ drawn: true, error: '' });
      const timeline = await page.evaluate(() => {
        const t = document.querySelector('report-timeline');
        return {
          events: t?.shadowRoot?.querySelectorAll('[part~="event"]').length ?? 0,
          error: t?.shadowRoot?.querySelector('[part~="error"]')?.textContent ?? '',
        };
      });
      expect(timeline).toEqual({ events: dataset.events.length, error: '' });
      // The programme, when the extractor found one: every pillar drawn.
      const pillars = await page.evaluate(() => {
        const p = document.querySelector('report-pillars');
        return p
          ? {
              pillars: p.shadowRoot?.querySelectorAll('[part~="pillar"]').length ?? 0,
              error: p.shadowRoot?.querySelector('[part~="error"]')?.textContent ?? '',
            }
          : undefined;
      });
      expect(pillars).toEqual(
        dataset.programme ? { pillars: dataset.programme.pillars.length, error: '' } : undefined,
      );
      expect(problems).toEqual([]);
      expectInside(requests, base);
    } finally {
      await context.close();
    }
  });

  it('serves deck.html: one slide per step, each counter of a slide reaching its value', async () => {
    const { context, page, problems, requests } = await open(`${base}deck.html`, {
      width: 1280,
      height: 720,
    });
    try {
      await page.waitForFunction(() => document.querySelector('report-deck')?.slides.length);
      expect(await page.evaluate(() => document.querySelector('report-deck')!.slides.length)).toBe(
        story.steps.length,
      );
      await page.waitForFunction(() => document.activeElement?.localName === 'report-deck');
      // Slide by slide, as a presenter clicks: each slide's counters count to their values.
      for (const [i, step] of story.steps.entries()) {
        if (i > 0) await page.keyboard.press('PageDown');
        expect(await page.evaluate(() => location.hash)).toBe(`#${step.id}`);
        const metrics = graphicsOf(step.graphic).flatMap((g) =>
          g.element === 'report-counter' ? [String(g.attributes?.metric)] : [],
        );
        await page.waitForFunction(
          (ids) =>
            ids.every(
              (id) =>
                id in
                (window as unknown as { seen: { counts: Record<string, number> } }).seen.counts,
            ),
          metrics,
        );
      }
      const { counts } = await seen(page);
      for (const id of shown('report-counter', 'metric')) {
        expect(counts[id], id).toBe(dataset.figures.find((f) => f.id === id)?.value);
      }
      expect(problems).toEqual([]);
      expectInside(requests, base);
    } finally {
      await context.close();
    }
  });

  it('shows the Chinese-only story in Chinese to a reader who asks for English, saying so', async () => {
    const { context, page, problems } = await open(`${base}index.html?lang=en`);
    try {
      await page.waitForFunction(() => document.querySelector('report-scroller')?.steps.length);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
      expect(await page.locator('h1').textContent()).toBe(story.title.zh);
      expect(await page.locator('.masthead .tools').innerText()).toContain(
        'This story is in Chinese only.',
      );
      expect(await page.locator('.masthead a.language').count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it.each(['deck.html', 'index.html'])(
    'opens %s from the folder (file://) with the network off',
    async (name) => {
      const folder = `${pathToFileURL(site).href}/`;
      const context = await browser.newContext({
        viewport: { width: 1280, height: 800 },
        offline: true,
      });
      const problems = watchConsole(context);
      const requests: string[] = [];
      context.on('request', (request) => requests.push(request.url()));
      try {
        const page = await context.newPage();
        await page.goto(`${folder}${name}#${story.steps[1]?.id ?? ''}`);
        await page.waitForFunction(
          () =>
            document.querySelector('report-deck')?.slides.length ??
            document.querySelector('report-scroller')?.steps.length,
        );
        await quiet(page);
        const numbers = await page.evaluate(
          () =>
            [...document.querySelectorAll('report-counter')].filter((c) =>
              c.shadowRoot?.querySelector('[role="img"]'),
            ).length,
        );
        expect(numbers).toBeGreaterThan(0);
        expect(problems).toEqual([]);
        expectInside(requests, folder);
      } finally {
        await context.close();
      }
    },
  );
});
