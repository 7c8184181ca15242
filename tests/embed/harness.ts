/**
 * What the embed tests share: the embeds (the module loader with its chunks, the classic script)
 * built once for the whole run (tests/setup/builds.ts), serve pages and files over HTTP with the
 * headers a test asks for (a CSP, a delay), and compare screenshots pixel by pixel in the browser.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright';
import { inject } from 'vitest';
import { EMBED_CLASSIC, isModuleEmbedFile } from '../../src/embed/files.js';
import { root } from '../site/site.js';

export { launch, root } from '../site/site.js';

/** A plain build environment: inside a test run, VITEST, NODE_ENV=test and STORYBOOK change the config. */
function buildEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([key]) => ['PATH', 'HOME', 'LANG', 'TMPDIR'].includes(key)),
  );
}

/**
 * Builds the module embed (`report-story.js`, its core and its element chunks) and
 * `report-story.classic.js` into a new temporary folder.
 */
export function buildEmbed(): string {
  const dir = mkdtempSync(join(tmpdir(), 'report-story-embed-'));
  for (const mode of ['embed', 'embed-classic']) {
    const built = spawnSync(
      process.execPath,
      [
        join(root, 'node_modules/vite/bin/vite.js'),
        'build',
        '--mode',
        mode,
        '--outDir',
        dir,
        '--logLevel',
        'error',
      ],
      { cwd: root, env: buildEnv(), encoding: 'utf8' },
    );
    if (built.status !== 0) throw new Error(`${mode} build failed:\n${built.stderr}`);
  }
  return dir;
}

export function removeDir(dir: string): void {
  if (dir) rmSync(dir, { recursive: true, force: true });
}

/**
 * The folder of `report-story.js` and `report-story.classic.js` built for this test run (once, by
 * the global setup of the site and embed projects). Shared by every file: read it, never write into it.
 */
export function builtEmbed(): string {
  const dir = inject('embedDir');
  if (!dir)
    throw new Error(
      'no built embed: tests/setup/builds.ts builds it for the site and embed projects',
    );
  return dir;
}

export interface Response {
  readonly type: string;
  readonly body: string | Buffer;
  readonly headers?: Readonly<Record<string, string>>;
  /** Milliseconds before the response is sent (a slow network). */
  readonly delay?: number;
  /** The response is sent once this settles (and the delay, if any, has passed). */
  readonly until?: Promise<unknown>;
}

export type Routes = (path: string, request: IncomingMessage) => Response | undefined;

/** Serves `routes` on 127.0.0.1 (a random port). Every request is logged in `requests`. */
export async function serve(
  routes: Routes,
): Promise<{ server: Server; url: string; requests: string[] }> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    requests.push(url.pathname + url.search);
    const found = routes(url.pathname, request);
    const send = () => {
      if (!found) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      response.writeHead(200, { 'content-type': found.type, ...found.headers });
      response.end(found.body);
    };
    const wait = found?.delay ? new Promise((done) => setTimeout(done, found.delay)) : undefined;
    if (wait || found?.until) void Promise.allSettled([wait, found?.until]).then(send);
    else send();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}`, requests };
}

export function close(server: Server | undefined): Promise<void> {
  return new Promise((done) => (server ? server.close(() => done()) : done()));
}

/**
 * The files every embed page needs, read once: the module embed (the loader, its core, each
 * element's chunk), the classic script, the dataset.
 */
export function embedFiles(dir: string): Record<string, Response> {
  const js = 'text/javascript; charset=utf-8';
  const scripts = readdirSync(dir).filter(
    (file) => isModuleEmbedFile(file) || file === EMBED_CLASSIC,
  );
  return {
    ...Object.fromEntries(
      scripts.map((file) => [`/${file}`, { type: js, body: readFileSync(join(dir, file)) }]),
    ),
    '/data/gangzha-2019.json': {
      type: 'application/json',
      body: readFileSync(join(root, 'data/gangzha-2019.json')),
    },
    '/favicon.ico': { type: 'image/x-icon', body: Buffer.alloc(0) },
  };
}

/**
 * Share of pixels that differ between two PNG screenshots of the same size (any channel by more
 * than `tolerance` of 255), measured in the page; `Infinity` when the sizes differ.
 */
export async function pixelDifference(
  page: Page,
  a: Buffer,
  b: Buffer,
  tolerance = 24,
): Promise<number> {
  return page.evaluate(
    async ({ a, b, tolerance }) => {
      const decode = async (base64: string) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        return context.getImageData(0, 0, bitmap.width, bitmap.height);
      };
      const [x, y] = await Promise.all([decode(a), decode(b)]);
      if (x.width !== y.width || x.height !== y.height) return Infinity;
      let differ = 0;
      for (let i = 0; i < x.data.length; i += 4) {
        for (let c = 0; c < 3; c++) {
          if (Math.abs(x.data[i + c]! - y.data[i + c]!) > tolerance) {
            differ++;
            break;
          }
        }
      }
      return differ / (x.width * x.height);
    },
    { a: a.toString('base64'), b: b.toString('base64'), tolerance },
  );
}

/** The loader's script tag as an editor pastes it. */
export const LOADER_SCRIPT = '<script type="module" src="/report-story.js"></script>';

/** A page for the test server: `head` after its charset, icon and `title`, then `body`. */
export function htmlPage(title: string, head: string, body: string): Response {
  return {
    type: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<link rel="icon" href="/favicon.ico"><title>${title}</title>${head}</head><body>${body}</body></html>`,
  };
}

/**
 * Opens `url` in a fresh context with reduced motion, collecting the page's errors and console
 * warnings; `prepare` runs before the navigation (routes, throttling, init scripts).
 */
export async function openPage(
  browser: Browser,
  url: string,
  prepare?: (page: Page) => Promise<unknown>,
): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
  });
  await prepare?.(page);
  await page.goto(url);
  return { page, errors, close: () => context.close() };
}
