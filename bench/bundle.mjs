// @ts-check
/**
 * Bundles one entry the way the embed is built (Vite library mode, ES module, es2022, minified,
 * production conditions), in memory. Our elements go through the embed's own plugins (template
 * minification and the private-Lit rewrite); peers go through the same Vite and minifier without
 * them, so that every figure of the size table is produced by one pipeline.
 */
import { resolve } from 'node:path';
import { build } from 'vite';
import { tsImport } from 'tsx/esm/api';

/**
 * @typedef {object} Bundle
 * @property {string} js the minified JavaScript
 * @property {string} css the minified stylesheets the entry imports (empty when none)
 * @property {{ sources: string[], mappings: string } | undefined} map the JavaScript's source map
 */

/** The embed build's plugins, loaded from their TypeScript sources; new instances per build. */
async function embedPlugins() {
  /** @type {typeof import('../scripts/vite-minify-templates.js')} */
  const templates = await tsImport('../scripts/vite-minify-templates.ts', import.meta.url);
  /** @type {typeof import('../scripts/private-lit.js')} */
  const lit = await tsImport('../scripts/private-lit.ts', import.meta.url);
  return [templates.minifyTemplates(), lit.privateLit()];
}

/**
 * @param {string} root the project folder
 * @param {string} entry the entry module, relative to `root`
 * @param {{ ours: boolean, minify?: boolean }} options `ours`: apply the embed's own plugins;
 *   `minify: false` keeps names readable (for a CPU profile)
 * @returns {Promise<Bundle>}
 */
export async function bundle(root, entry, { ours, minify = true }) {
  const output = await build({
    configFile: false,
    root,
    mode: 'production',
    logLevel: 'silent',
    publicDir: false,
    plugins: ours ? await embedPlugins() : [],
    build: {
      write: false,
      target: 'es2022',
      minify,
      cssMinify: true,
      sourcemap: true,
      emptyOutDir: false,
      lib: { entry: resolve(root, entry), formats: ['es'], fileName: 'bundle' },
      // One file: code an element loads on first use (its export) is counted in, as the
      // classic script carries it.
      rolldownOptions: { output: { minify, codeSplitting: false } },
    },
  });
  const results = Array.isArray(output) ? output : [output];
  let js = '';
  let css = '';
  /** @type {Bundle['map']} */
  let map;
  for (const result of results) {
    if (!('output' in result)) throw new Error(`bundle ${entry}: unexpected watcher result`);
    for (const item of result.output) {
      if (item.type === 'chunk') {
        if (js) throw new Error(`bundle ${entry}: more than one chunk`);
        js = item.code.replace(/\n\/\/# sourceMappingURL=.*\n?$/, '');
        map = item.map ?? undefined;
      } else if (item.fileName.endsWith('.css')) css += String(item.source);
    }
  }
  return { js, css, map };
}
