/**
 * Helpers for the site tests: the site built once for the whole run (tests/setup/builds.ts), served
 * over HTTP, and the project's Chromium.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright';
import { inject } from 'vitest';
import { CHROMIUM_ARGS, requireChromium } from '../../scripts/chromium.mjs';

export const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Runs `vite build --mode site-kit` into a new temporary folder with the one-file embeds of
 * `embedDir`, and returns it: the files `report-story site` and the studio put in every site.
 */
export function buildKit(embedDir: string): string {
  const outDir = mkdtempSync(join(tmpdir(), 'report-story-kit-'));
  const env = {
    ...process.env,
    VITEST: '',
    STORYBOOK: '',
    NODE_ENV: 'production',
    REPORT_STORY_EMBED_DIR: embedDir,
  };
  const result = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules/vite/bin/vite.js'),
      'build',
      '--mode',
      'site-kit',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'error',
    ],
    { cwd: root, env, encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`site kit build failed:\n${result.stderr}`);
  return outDir;
}

/**
 * Runs `vite build --mode site` into a new temporary folder and returns it; with `kitDir`, the
 * site kit the studio zips into the sites it exports is that one (else dist/site-kit, if built).
 */
export function buildSite(kitDir?: string): string {
  const outDir = mkdtempSync(join(tmpdir(), 'report-story-site-'));
  // The project's Vite config answers with its test or Storybook setup while these are set.
  const env = {
    ...process.env,
    VITEST: '',
    STORYBOOK: '',
    NODE_ENV: 'production',
    ...(kitDir ? { REPORT_STORY_SITE_KIT: kitDir } : {}),
  };
  const result = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules/vite/bin/vite.js'),
      'build',
      '--mode',
      'site',
      '--outDir',
      outDir,
      '--emptyOutDir',
    ],
    { cwd: root, env, encoding: 'utf8' },
  );
  if (result.status !== 0)
    throw new Error(`site build failed:\n${result.stdout}\n${result.stderr}`);
  return outDir;
}

export function removeSite(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * The folder of the site built for this test run (`vite build --mode site`, once, by the global
 * setup of the site and embed projects). Shared by every file: read it, never write into it.
 */
export function builtSite(): string {
  return built('siteDir', 'site');
}

/** A folder the global setup built for this run, or an error naming what is missing. */
function built(key: 'siteDir' | 'kitDir', what: string): string {
  const dir = inject(key);
  if (!dir)
    throw new Error(
      `no built ${what}: tests/setup/builds.ts builds it for the site and embed projects`,
    );
  return dir;
}

/**
 * The folder of the site kit built for this test run (once, by the global setup, with the run's
 * one-file embeds); the built site holds a copy under site-kit/. Read it, never write into it.
 */
export function builtKit(): string {
  return built('kitDir', 'site kit');
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/**
 * Serves a folder on 127.0.0.1 (a random port); resolves to the server and its base URL. `extra`
 * adds files by path (`data/report/x.txt`) without writing into the folder, which may be shared.
 */
export async function serve(
  dir: string,
  extra: Readonly<Record<string, string>> = {},
): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const added = extra[path.replace(/^\//, '')];
    if (added !== undefined) {
      const type = TYPES[extname(path)] ?? 'text/plain; charset=utf-8';
      response.writeHead(200, { 'content-type': type }).end(added);
      return;
    }
    const file = normalize(join(dir, path === '/' ? 'index.html' : path));
    if (!file.startsWith(resolve(dir)) || !existsSync(file) || statSync(file).isDirectory()) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}/` };
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
}

export interface StoryFile {
  readonly title: { zh: string; en?: string };
  readonly steps: { id: string; heading?: { zh: string; en?: string } }[];
}

/** A story file in `data/`, as the pages read it (default: the pages' default story). */
export function storyFile(name = 'gangzha-2019.story'): StoryFile {
  return JSON.parse(readFileSync(join(root, `data/${name}.json`), 'utf8')) as StoryFile;
}

/**
 * Waits until the page is still: every report-story element (through shadow roots) has rendered and
 * none is busy loading, no counter is counting, and every finite CSS animation or transition has
 * finished (in the page and in every shadow root). Contrast measured mid-fade is not the contrast a reader gets.
 */
export async function quiet(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const all = (root: ParentNode): Element[] =>
      [...root.querySelectorAll('*')].flatMap((el) => [
        el,
        ...(el.shadowRoot ? all(el.shadowRoot) : []),
      ]);
    const elements = all(document).filter((el) => el.localName.startsWith('report-'));
    const rendered = elements.every(
      (el) => (el as unknown as { hasUpdated?: boolean }).hasUpdated !== false,
    );
    const busy = elements.some((el) => el.shadowRoot?.querySelector('[aria-busy="true"]'));
    const counting = elements.some((el) => (el as { counting?: boolean }).counting);
    // document.getAnimations() leaves out animations inside shadow roots: ask each root too.
    const animations = [
      ...document.getAnimations(),
      ...elements.flatMap((el) => el.shadowRoot?.getAnimations() ?? []),
    ];
    const moving = animations.some(
      (animation) =>
        animation.playState === 'running' && animation.effect?.getTiming().iterations !== Infinity,
    );
    return rendered && !busy && !counting && !moving;
  });
}

/** The rule tags every page and story is held to: WCAG 2.0, 2.1 and 2.2 A/AA, and best practice. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * The accessibility violations axe finds on the page once it is {@link quiet}, one line per
 * violation: where, the rule, its impact and help, and up to five of the nodes it found.
 */
export async function axeViolations(page: Page, where = ''): Promise<string[]> {
  await quiet(page);
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.addScriptTag({ path: join(root, 'node_modules/axe-core/axe.min.js') });
  }
  const lines = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return result.violations.map(
      (v) =>
        `${v.id} (${v.impact ?? '?'}) ${v.help} — ${v.nodes
          .slice(0, 5)
          .map((node) => JSON.stringify(node.target))
          .join(', ')}`,
    );
  }, AXE_TAGS);
  return where ? lines.map((line) => `${where}: ${line}`) : lines;
}

/**
 * Collects, for every page of a browser context (popups too), console warnings and errors and
 * uncaught exceptions, as lines. A test expects the list to stay empty: the built pages run
 * Lit's production build, so this is where a warning from a page shows up.
 */
export function watchConsole(context: BrowserContext): string[] {
  const problems: string[] = [];
  context.on('console', (message) => {
    if (message.type() === 'warning' || message.type() === 'error') {
      problems.push(`${message.type()}: ${message.text()} (${message.location().url})`);
    }
  });
  context.on('weberror', (error) => problems.push(`uncaught: ${error.error().message}`));
  return problems;
}
