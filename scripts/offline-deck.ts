/**
 * Makes the built `deck.html` run from a folder: opened as `file://…/deck.html`, with no server
 * and no network — a presenter's USB stick in the hall.
 *
 * `file://` pages may not load module scripts, nor `fetch` other files, nor load a stylesheet in
 * CORS mode. So after the site build this plugin
 *
 * 1. builds `site/deck.ts` again as one classic script, `deck.classic.js` (IIFE), and loads it
 *    with `<script defer>` instead of the module script;
 * 2. inlines the page's CSS;
 * 3. inlines every story in `data/` and the datasets they name as
 *    `<script type="application/json" data-report-src="data/…">`, which the page reads through
 *    `primeInlineData()` before it would fetch.
 *
 * Served over HTTP, the same page works as well (it fetches nothing it carries).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, type Plugin } from 'vite';
import { inlineJson } from '../src/site/html.js';

/** The stories in `data/` and the datasets they name, as `data/…` paths with their contents. */
export function offlineData(dataDir: string): [string, unknown][] {
  const files = new Map<string, unknown>();
  const read = (name: string): unknown => JSON.parse(readFileSync(resolve(dataDir, name), 'utf8'));
  for (const name of readdirSync(dataDir).sort()) {
    if (!name.endsWith('.json') || name.endsWith('.schema.json')) continue;
    const json = read(name);
    if (typeof json !== 'object' || json === null || !('steps' in json)) continue;
    files.set(`data/${name}`, json);
    const dataset = (json as { dataset?: unknown }).dataset;
    if (typeof dataset !== 'string') continue;
    const url = new URL(dataset, `https://site.invalid/data/${name}`);
    const local = url.origin === 'https://site.invalid' && url.pathname.startsWith('/data/');
    const file = decodeURIComponent(url.pathname.slice('/data/'.length));
    if (local && !file.includes('/') && existsSync(resolve(dataDir, file))) {
      files.set(`data/${file}`, read(file));
    }
  }
  return [...files];
}

export function offlineDeck(root: string): Plugin {
  let outDir = '';
  return {
    name: 'report-story:offline-deck',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const page = resolve(outDir, 'deck.html');
      if (!existsSync(page)) return;
      await build({
        configFile: false,
        root,
        mode: 'production',
        logLevel: 'warn',
        publicDir: false,
        build: {
          outDir,
          emptyOutDir: false,
          target: 'es2022',
          minify: true,
          copyPublicDir: false,
          lib: {
            entry: resolve(root, 'site/deck.ts'),
            formats: ['iife'],
            name: 'reportStoryDeck',
            fileName: () => 'deck.classic.js',
          },
        },
      });

      let html = readFileSync(page, 'utf8');
      // Module scripts and preloads cannot load from file://.
      html = html.replace(/\s*<script type="module"[^>]*><\/script>/g, '');
      html = html.replace(/\s*<link rel="modulepreload"[^>]*>/g, '');
      // A stylesheet requested in CORS mode (crossorigin) cannot load from file://: inline it.
      html = html.replace(
        /<link rel="stylesheet"[^>]*href="\.\/([^"]+)"[^>]*>/g,
        (_, href: string) =>
          `<style>\n${readFileSync(resolve(outDir, href), 'utf8').replace(/<\/style/gi, '<\\/style')}</style>`,
      );
      const data = offlineData(resolve(root, 'data'))
        .map(
          ([src, json]) =>
            `    <script type="application/json" data-report-src="${src}">${inlineJson(json)}</script>`,
        )
        .join('\n');
      html = html.replace(
        '</body>',
        `${data}\n    <script defer src="./deck.classic.js"></script>\n  </body>`,
      );
      writeFileSync(page, html);
    },
  };
}
