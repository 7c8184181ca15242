/**
 * One Vite configuration for every way the project is built, served and tested.
 *
 *   vite                     dev server for the site pages (index.html, deck.html, embed.html,
 *                            studio.html)
 *   vite build --mode embed  the module embed → dist/: the loader report-story.js, which defines each
 *                            element a page uses from its own chunk beside it (report-story.<name>.js)
 *                            and the shared report-story.core.js (src/embed/files.ts names them)
 *   vite build --mode embed-classic   every element as one classic script (IIFE), which cannot
 *                            import chunks → dist/report-story.classic.js
 *   vite build --mode site   the site pages with the data beside them → dist/site/; deck.html also
 *                            runs opened from a folder (classic script, inline data: offline-deck.ts)
 *   vite build --mode site-kit   the files `report-story site` and the studio put in every site they
 *                            write → dist/site-kit/: the pages' classic script and stylesheet, the
 *                            embeds (built first, from dist/ or $REPORT_STORY_EMBED_DIR),
 *                            and kit.json listing them (src/site/kit.ts)
 *   vitest                   three projects: unit (Node), browser (Chromium), storybook (stories as tests)
 *
 * The npm build (ESM, one file per module, `.d.ts` beside each) is plain `tsc -p tsconfig.build.json`.
 *
 * Storybook loads this file too (`STORYBOOK=true`); it only needs the shared parts.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, defineConfig, type Plugin, type UserConfig } from 'vite';
import type { TestProjectInlineConfiguration } from 'vitest/config';
import { CHROMIUM_ARGS, requireChromium } from './scripts/chromium.mjs';
import {
  embedChunks,
  embedCopies,
  graphSummary,
  placeName,
  type GraphSummary,
} from './scripts/embed-chunks.js';
import { minifyTemplates } from './scripts/vite-minify-templates.js';
import { offlineDeck } from './scripts/offline-deck.js';
import { pageHead } from './scripts/page-head.js';
import { privateLit } from './scripts/private-lit.js';
import {
  elementFile,
  EMBED_CLASSIC,
  EMBED_CORE,
  EMBED_LOADER,
  EMBED_TAGS,
  isModuleEmbedFile,
} from './src/embed/files.js';
import { SITE_KIT, SITE_KIT_FORMAT, type SiteKitManifest } from './src/site/kit.js';

const root = fileURLToPath(new URL('.', import.meta.url));
const isStorybook = process.env.STORYBOOK === 'true';

/** Site pages that exist at the project root. */
function sitePages(): Record<string, string> {
  const pages: Record<string, string> = {};
  for (const page of ['index', 'deck', 'embed', 'studio', 'studio-preview']) {
    const file = resolve(root, `${page}.html`);
    if (existsSync(file)) pages[page] = file;
  }
  return pages;
}

/**
 * The built embeds in `dir`: the module embed's files (the loader, its core, the elements' chunks)
 * and the classic script, without source maps; none when the folder does not exist.
 */
function embedFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => isModuleEmbedFile(file) || file === EMBED_CLASSIC)
    .sort();
}

/**
 * Copies the data files (datasets, stories, schema) beside the built site under `data/`, the
 * reports under `data/report/` (the studio opens them by `?report=`), the embeds when they are
 * built (`npm run build` builds them first: the loader with its chunks, and the classic script), so
 * that the snippets embed.html gives point at files that exist, and the site kit when it is built
 * (the studio zips it into the sites it exports).
 */
function siteData(): Plugin {
  return {
    name: 'report-story:site-data',
    apply: 'build',
    generateBundle() {
      for (const file of embedFiles(resolve(root, 'dist'))) {
        this.emitFile({
          type: 'asset',
          fileName: file,
          source: readFileSync(resolve(root, 'dist', file)),
        });
      }
      const kit = resolve(root, process.env.REPORT_STORY_SITE_KIT || 'dist/site-kit');
      if (existsSync(kit)) {
        for (const file of readdirSync(kit, { recursive: true, encoding: 'utf8' }).sort()) {
          const path = resolve(kit, file);
          if (statSync(path).isDirectory() || file.endsWith('.map')) continue;
          const name = `site-kit/${file.split(sep).join('/')}`;
          this.emitFile({ type: 'asset', fileName: name, source: readFileSync(path) });
        }
      }
      const reports = resolve(root, 'data/report');
      if (existsSync(reports)) {
        for (const file of readdirSync(reports).sort()) {
          if (!file.endsWith('.md') && !file.endsWith('.txt')) continue;
          const source = readFileSync(resolve(reports, file));
          this.emitFile({ type: 'asset', fileName: `data/report/${file}`, source });
        }
      }
      const dir = resolve(root, 'data');
      if (!existsSync(dir)) return;
      for (const file of readdirSync(dir).sort()) {
        if (!file.endsWith('.json')) continue;
        this.emitFile({
          type: 'asset',
          fileName: `data/${file}`,
          source: readFileSync(resolve(dir, file)),
        });
      }
    },
  };
}

/**
 * Completes the site kit: copies the embeds in (the loader with its chunks, and the classic script;
 * built before, into `dist/` or the folder `REPORT_STORY_EMBED_DIR` names) and writes `kit.json`,
 * the list of the kit's files.
 */
function siteKit(): Plugin {
  const embeds = resolve(root, process.env.REPORT_STORY_EMBED_DIR || 'dist');
  return {
    name: 'report-story:site-kit',
    apply: 'build',
    generateBundle() {
      const built = embedFiles(embeds);
      for (const file of [...SITE_KIT.embeds, EMBED_CORE]) {
        if (!built.includes(file)) {
          this.error(
            `the site kit needs ${file} in ${embeds}: run npm run build:embed first (npm run build does)`,
          );
        }
      }
      for (const file of built) {
        this.emitFile({
          type: 'asset',
          fileName: file,
          source: readFileSync(resolve(embeds, file)),
        });
      }
    },
    writeBundle(_, bundle) {
      const files = Object.keys(bundle)
        .filter((f) => !f.endsWith('.map'))
        .sort();
      for (const needed of [SITE_KIT.script, SITE_KIT.style]) {
        if (!files.includes(needed)) this.error(`the site kit build made no ${needed}`);
      }
      const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
        version: string;
      };
      const manifest: SiteKitManifest = { format: SITE_KIT_FORMAT, version, files };
      writeFileSync(
        resolve(this.environment.config.build.outDir, SITE_KIT.manifest),
        `${JSON.stringify(manifest, null, 2)}\n`,
      );
    },
  };
}

/**
 * The module embed's copies (scripts/embed-chunks.ts, `embedCopies`): a first pass over the
 * module graph finds the modules two or more places use (elements, code loaded on first use) and
 * the counter does not; the build then gives each place its own copy instead of the core one.
 */
async function copiesFor(entries: Record<string, string>, counter: string): Promise<Plugin> {
  const summary: GraphSummary = { users: new Map(), lazyOwners: new Map() };
  await build({
    configFile: false,
    root,
    logLevel: 'silent',
    publicDir: false,
    plugins: [privateLit(), graphSummary(summary)],
    build: {
      write: false,
      minify: false,
      target: 'es2022',
      lib: { entry: entries, formats: ['es'] },
    },
  });
  return embedCopies(summary, counter, (place) => placeName(root, place));
}

/**
 * Browser options for Vitest, built fresh for each project: one object shared by two projects
 * gets mutated by Vitest and mislabels them.
 */
async function browserOptions() {
  const { playwright } = await import('@vitest/browser-playwright');
  return {
    enabled: true,
    headless: true,
    provider: playwright({
      launchOptions: { executablePath: requireChromium(), args: CHROMIUM_ARGS },
    }),
    instances: [{ browser: 'chromium' as const }],
    screenshotFailures: false,
    // One file at a time per browser project (focus, viewport and timing tests share the page);
    // the browser and storybook projects still run beside each other and the Node workers.
    fileParallelism: false,
  };
}

/** Pre-bundled together so tests, stories and Storybook's renderer share one copy of Lit. */
const SHARED_DEPS = [
  'lit',
  'lit/decorators.js',
  'lit/directive.js',
  'lit/directive-helpers.js',
  'lit/directives/class-map.js',
  'lit/directives/style-map.js',
  'lit/directives/if-defined.js',
  'lit/directives/repeat.js',
  'lit/static-html.js',
  '@lit/context',
  'scrollama',
  'valibot',
];

async function testProjects(): Promise<TestProjectInlineConfiguration[]> {
  // Real pages over HTTP load their scripts, data and fonts before a poll's condition can hold:
  // Vitest's default second is less than a page with chunks held back (400 ms in the loader's
  // tests) takes on a busy 2-core machine. A poll still ends as soon as its condition holds.
  const PAGE_POLL = 10_000;
  const projects: TestProjectInlineConfiguration[] = [
    {
      extends: true,
      test: {
        name: 'unit',
        environment: 'node',
        include: ['tests/unit/**/*.test.ts'],
      },
    },
    {
      extends: true,
      test: {
        name: 'browser',
        include: ['tests/browser/**/*.test.ts'],
        setupFiles: ['tests/setup/browser.ts'],
        browser: await browserOptions(),
      },
    },
    {
      // The built site in Chromium: real pages over HTTP (the site and the embeds are built once
      // per run, for this project and the next, by tests/setup/builds.ts).
      extends: true,
      test: {
        name: 'site',
        environment: 'node',
        include: ['tests/site/**/*.test.ts'],
        globalSetup: ['tests/setup/builds.ts'],
        testTimeout: 60_000,
        hookTimeout: 120_000,
        expect: { poll: { timeout: PAGE_POLL } },
      },
    },
    {
      // The built one-file embeds in Chromium: host pages (clean, hostile, strict CSP, no script),
      // globals, requests, loading twice; the editors' page embed.html.
      extends: true,
      test: {
        name: 'embed',
        environment: 'node',
        include: ['tests/embed/**/*.test.ts'],
        globalSetup: ['tests/setup/builds.ts'],
        testTimeout: 60_000,
        hookTimeout: 120_000,
        expect: { poll: { timeout: PAGE_POLL } },
      },
    },
    {
      // The packed tarball installed by a plain Vite page, a React 19 app and a Vue 3 app
      // (scratch consumers in tests/package/consumers, installed from the npm registry).
      extends: true,
      test: {
        name: 'package',
        environment: 'node',
        include: ['tests/package/**/*.test.ts'],
        testTimeout: 300_000,
        hookTimeout: 300_000,
        // The apps count up before they report (about 1.5 s, more on a busy machine): polls wait
        // longer than Vitest's default second.
        expect: { poll: { timeout: 15_000 } },
      },
    },
  ];
  if (existsSync(resolve(root, 'stories'))) {
    const { storybookTest } = await import('@storybook/addon-vitest/vitest-plugin');
    projects.push({
      extends: true,
      plugins: [storybookTest({ configDir: resolve(root, '.storybook') })],
      // The plugin pre-bundles into its own cache; it needs the list too.
      optimizeDeps: {
        include: [...SHARED_DEPS, '@storybook/web-components-vite', 'storybook/test'],
      },
      test: {
        name: 'storybook',
        setupFiles: ['tests/setup/browser.ts'],
        browser: await browserOptions(),
      },
    });
  }
  return projects;
}

export default defineConfig(async ({ mode, command }): Promise<UserConfig> => {
  const shared: UserConfig = {
    root,
    // Lit's dev build is used while serving and testing (it reports real mistakes);
    // production builds resolve the production condition.
    publicDir: false,
    server: { host: '127.0.0.1', port: 5173 },
    preview: { host: '127.0.0.1', port: 4173 },
  };

  if (isStorybook) return shared;

  if (process.env.VITEST) {
    const { LongestFirst } = await import('./tests/setup/sequencer.js');
    return {
      ...shared,
      optimizeDeps: { include: SHARED_DEPS },
      test: {
        projects: await testProjects(),
        testTimeout: 20_000,
        hookTimeout: 30_000,
        // Vitest's default on 2 cores is one Node worker, which ran the site, embed and package
        // files one after another while the machine mostly waited on Chromium and the network:
        // two keep both cores busy (the browser projects stay at one file each, above).
        maxWorkers: 2,
        sequence: { sequencer: LongestFirst },
      },
    };
  }

  /** What both embed builds share: into dist/ beside the npm build, minified, with source maps. */
  const EMBED_BUILD = {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    sourcemap: true,
    minify: true,
  } as const;

  if (command === 'build' && mode === 'embed') {
    // The module embed: the loader (report-story.js), one chunk per element, the core they share
    // and the chunks elements load on first use, all with fixed names (src/embed/files.ts).
    const entries: Record<string, string> = {
      [EMBED_LOADER.replace(/\.js$/, '')]: resolve(root, 'src/embed.ts'),
    };
    for (const tag of EMBED_TAGS) {
      const name = tag.slice('report-'.length);
      entries[elementFile(tag).replace(/\.js$/, '')] = resolve(
        root,
        `components/${name}/define.ts`,
      );
    }
    const chunks = embedChunks(root);
    return {
      ...shared,
      plugins: [
        minifyTemplates(),
        privateLit(),
        await copiesFor(entries, resolve(root, 'components/counter/define.ts')),
        chunks.plugin,
      ],
      build: {
        ...EMBED_BUILD,
        lib: { entry: entries, formats: ['es'] },
        rolldownOptions: {
          // An element's export file imports what it shares with its element from the element's
          // chunk (loaded already), which then exports more than its entry does.
          preserveEntrySignatures: 'allow-extension',
          output: {
            entryFileNames: '[name].js',
            // A chunk loaded on first use is named for the module imported (EMBED_LAZY); the
            // others for their group (the core, the export files' shared part).
            chunkFileNames: (chunk) =>
              chunks.lazyFile(chunk.facadeModuleId) ?? 'report-story.[name].js',
            // Library mode leaves ES output unminified unless the output asks for it.
            minify: true,
            // Whatever two elements share goes into the one core, so that an element needs the
            // core and its own chunk, never a third file; code loaded on first use goes into the
            // file src/embed/files.ts names for it (scripts/embed-chunks.ts decides).
            codeSplitting: {
              groups: [
                {
                  debugName: 'report-story',
                  name: (id) => chunks.chunkOf(id),
                  includeDependenciesRecursively: false,
                },
              ],
            },
          },
        },
      },
    };
  }

  if (command === 'build' && mode === 'embed-classic') {
    // The same elements as one classic script for CMSs that strip `type="module"`: a classic
    // script cannot import chunks, so it stays one file. Its entry exports nothing, so the IIFE
    // assigns no global.
    return {
      ...shared,
      plugins: [minifyTemplates(), privateLit()],
      build: {
        ...EMBED_BUILD,
        lib: {
          entry: { [EMBED_CLASSIC.replace(/\.js$/, '')]: resolve(root, 'src/embed-classic.ts') },
          formats: ['iife'],
          name: 'reportStoryClassic',
        },
        rolldownOptions: { output: { entryFileNames: '[name].js', minify: true } },
      },
    };
  }

  if (command === 'build' && mode === 'site') {
    return {
      ...shared,
      base: './',
      plugins: [pageHead(), minifyTemplates(), siteData(), offlineDeck(root)],
      // The studio's extractor runs in a module worker.
      worker: { format: 'es' },
      build: {
        outDir: 'dist/site',
        emptyOutDir: true,
        target: 'es2022',
        rolldownOptions: { input: sitePages() },
      },
    };
  }

  if (command === 'build' && mode === 'site-kit') {
    return {
      ...shared,
      plugins: [minifyTemplates(), siteKit()],
      build: {
        outDir: 'dist/site-kit',
        emptyOutDir: true,
        target: 'es2022',
        minify: true,
        lib: {
          entry: resolve(root, 'site/story-page.ts'),
          formats: ['iife'],
          name: 'reportStoryPage',
          fileName: () => SITE_KIT.script,
          cssFileName: SITE_KIT.style.replace(/\.css$/, ''),
        },
        rolldownOptions: { output: { minify: true } },
      },
    };
  }

  // The dev server: scan only the site pages for dependencies (not the scratch consumer apps
  // under tests/package, whose React and Vue are not installed here).
  return {
    ...shared,
    plugins: [pageHead()],
    optimizeDeps: { entries: Object.values(sitePages()) },
  };
});
