/**
 * Helpers for the site tests: build the site once into a temporary folder, serve it over HTTP,
 * and launch the project's Chromium.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright';
import { CHROMIUM_ARGS, requireChromium } from '../../scripts/chromium.mjs';

export const root = fileURLToPath(new URL('../..', import.meta.url));

/** Runs `vite build --mode site` into a new temporary folder and returns it. */
export function buildSite(): string {
  const outDir = mkdtempSync(join(tmpdir(), 'report-story-site-'));
  // The project's Vite config answers with its test or Storybook setup while these are set.
  const env = { ...process.env, VITEST: '', STORYBOOK: '', NODE_ENV: 'production' };
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

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** Serves a folder on 127.0.0.1 (a random port); resolves to the server and its base URL. */
export async function serve(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
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
 * Waits until nothing on the page moves: no CSS animation or transition running (in any shadow
 * root) and no counter counting. Contrast measured mid-fade is not the contrast a reader gets.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const counting = [...document.querySelectorAll('report-counter')].some(
      (counter) => (counter as HTMLElement & { counting?: boolean }).counting,
    );
    const moving = document
      .getAnimations()
      .some(
        (animation) =>
          animation.playState === 'running' &&
          animation.effect?.getTiming().iterations !== Infinity,
      );
    return !counting && !moving;
  });
}

/**
 * The accessibility violations axe finds on a page (the rules the stories are held to:
 * WCAG 2 A/AA, 2.1 AA, 2.2 AA and best practice), as `rule: target` lines.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await settled(page);
  await page.addScriptTag({ path: join(root, 'node_modules/axe-core/axe.min.js') });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const result = await axe.run(document, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'],
    });
    return result.violations.flatMap((v) =>
      v.nodes.map((node) => `${v.id}: ${node.target.join(' ')}`),
    );
  });
}
