/**
 * Checks the module embed's build (`vite build --mode embed`) against what the loader and the
 * embed builder's snippet count on (src/embed/files.ts), and stops the build when it differs:
 *
 * - every file has its fixed name (`report-story.<name>.js`, no hash);
 * - the loader imports nothing at start (its chunk imports are URLs it makes at run time);
 * - each element's chunk imports the core and nothing else, so a page fetches two files per
 *   element, both at once;
 * - the core and every element's chunk exist.
 *
 * A change of the bundler's chunking (or a module the loader starts sharing with the elements)
 * then fails here, not in a reader's browser. Before it writes, it removes the module embed's files
 * of an earlier build from the output folder (which holds other builds too), so that a chunk that
 * no longer exists is not copied into sites and kits.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import {
  elementFile,
  EMBED_CORE,
  EMBED_LOADER,
  EMBED_TAGS,
  isModuleEmbedFile,
} from '../src/embed/files.js';

export function embedChunks(): Plugin {
  return {
    name: 'report-story:embed-chunks',
    apply: 'build',
    renderStart(options) {
      const dir = options.dir;
      if (!dir || !existsSync(dir)) return;
      for (const file of readdirSync(dir)) {
        const name = file.replace(/\.map$/, '');
        if (isModuleEmbedFile(name)) rmSync(resolve(dir, file));
      }
    },
    generateBundle(_, bundle) {
      const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
      const problems: string[] = [];
      for (const chunk of chunks) {
        if (!isModuleEmbedFile(chunk.fileName)) {
          problems.push(`${chunk.fileName} is not named report-story.<name>.js`);
        }
      }
      const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const loader = byName.get(EMBED_LOADER);
      if (!loader) problems.push(`no ${EMBED_LOADER}`);
      else if (loader.imports.length || loader.dynamicImports.length) {
        problems.push(
          `${EMBED_LOADER} imports ${[...loader.imports, ...loader.dynamicImports].join(', ')}: the loader must share no module with the elements`,
        );
      }
      if (!byName.has(EMBED_CORE)) problems.push(`no ${EMBED_CORE}`);
      for (const file of EMBED_TAGS.map(elementFile)) {
        const chunk = byName.get(file);
        if (!chunk) {
          problems.push(`no ${file}`);
          continue;
        }
        const others = chunk.imports.filter((name) => name !== EMBED_CORE);
        if (others.length) {
          problems.push(`${file} imports ${others.join(', ')} besides ${EMBED_CORE}`);
        }
      }
      if (problems.length) this.error(`the module embed's files:\n- ${problems.join('\n- ')}`);
    },
  };
}
