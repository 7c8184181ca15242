/**
 * The npm package as developers get it: `npm pack` (which builds it), then scratch consumers
 * outside the repository install the tarball from a clean folder — a plain Vite page, a React 19
 * app and a Vue 3 app — build with Vite and run in Chromium: objects set as properties, element
 * events heard, state shown. TypeScript resolves every export (bundler and NodeNext resolution),
 * and a bundler keeps one element from `report-story/report-counter.js` and nothing else.
 *
 * Slow (three `npm install`s, four Vite builds): the `package` project, in `npm test` and CI.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, removeSite as removeDir, root, serve } from '../site/site.js';

const CONSUMERS = join(root, 'tests/package/consumers');

/** A clean environment for child builds (Vitest's own variables change the project's config). */
function cleanEnv(): NodeJS.ProcessEnv {
  const drop = [
    'VITEST',
    'VITEST_MODE',
    'VITEST_POOL_ID',
    'VITEST_WORKER_ID',
    'STORYBOOK',
    'NODE_ENV',
    'TEST',
  ];
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !drop.includes(key)));
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = cleanEnv()) {
  const result: SpawnSyncReturns<string> = spawnSync(command, args, {
    cwd,
    env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} failed in ${cwd}:\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-4000)}`,
    );
  }
  return result.stdout;
}

let work = '';
let tarball = '';
let files: string[] = [];
let packageJson: {
  exports: Record<string, string | { types?: string; default: string }>;
  sideEffects: string[];
};
let browser: Browser | undefined;
const servers: Server[] = [];

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'report-story-package-'));
  // What `npm pack` runs first (prepack: a fresh npm build, the embeds, the manifest), then the
  // pack itself, whose --json report is then the only thing on stdout.
  run('npm', ['run', '--silent', 'prepack'], root);
  const packed = JSON.parse(
    run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], root),
  ) as { filename: string; files: { path: string }[] }[];
  tarball = join(work, packed[0]!.filename);
  files = packed[0]!.files.map((file) => file.path);
  packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as typeof packageJson;
  browser = await launch();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  for (const server of servers) server.close();
  removeDir(work);
});

/** Copies a consumer into the work folder and installs it, with the tarball as `report-story`. */
function install(name: string): string {
  const dir = join(work, name);
  cpSync(join(CONSUMERS, name), dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
  };
  manifest.dependencies['report-story'] = `file:${tarball}`;
  writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  run(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      '--prefer-offline',
      '--loglevel=error',
    ],
    dir,
  );
  return dir;
}

function vite(dir: string, extra: NodeJS.ProcessEnv = {}): void {
  run(
    process.execPath,
    [join(dir, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'],
    dir,
    {
      ...cleanEnv(),
      ...extra,
    },
  );
}

function typecheck(dir: string, project = 'tsconfig.json'): void {
  run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', project], dir);
}

/** Serves a built consumer and opens one of its pages, failing on any page error. */
async function open(dir: string, path = '/'): Promise<{ page: Page; errors: string[] }> {
  const { server, url } = await serve(dir);
  servers.push(server);
  const page = await browser!.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(url + path.replace(/^\//, ''));
  return { page, errors };
}

/** Every JavaScript file a build wrote, concatenated. */
function bundle(dir: string): string {
  const assets = join(dir, 'assets');
  return readdirSync(assets)
    .filter((file) => file.endsWith('.js'))
    .map((file) => readFileSync(join(assets, file), 'utf8'))
    .join('\n');
}

describe('the packed tarball', () => {
  it('holds every file its exports name, with types beside each module', () => {
    for (const [key, target] of Object.entries(packageJson.exports)) {
      const paths = typeof target === 'string' ? [target] : Object.values(target);
      for (const path of paths) {
        if (path.includes('*')) {
          const [prefix] = path.replace(/^\.\//, '').split('*');
          expect(
            files.some((file) => file.startsWith(prefix!)),
            `${key}: ${path}`,
          ).toBe(true);
        } else {
          expect(files, `${key}: ${path}`).toContain(path.replace(/^\.\//, ''));
        }
      }
      const module = typeof target === 'string' ? target : target.default;
      if (module.endsWith('.js') && !module.includes('classic')) {
        expect(typeof target === 'object' && target.types, `${key} has types`).toBeTruthy();
      }
    }
    for (const file of [
      'README.md',
      'custom-elements.json',
      'package.json',
      'data/gangzha-2019.json',
    ]) {
      expect(files).toContain(file);
    }
    expect(files.some((file) => file.startsWith('dist/site/'))).toBe(false);
    expect(files.some((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))).toBe(false);
  });

  it('has a custom-elements.json whose modules are files of the package', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8')) as {
      modules: { path: string; exports?: { kind: string; name: string }[] }[];
    };
    for (const module of manifest.modules) expect(files, module.path).toContain(module.path);
    const tags = manifest.modules.flatMap((module) =>
      (module.exports ?? [])
        .filter((e) => e.kind === 'custom-element-definition')
        .map((e) => e.name),
    );
    expect(tags.sort()).toEqual([
      'report-counter',
      'report-data',
      'report-deck',
      'report-gauge',
      'report-pillars',
      'report-scroller',
      'report-timeline',
    ]);
  });

  it('marks as side effects exactly the modules that register elements', () => {
    const dist = packageJson.sideEffects.filter((path) => path.startsWith('./dist/'));
    expect(dist).toEqual([
      './dist/src/all.js',
      './dist/src/embed.js',
      './dist/src/embed-classic.js',
      './dist/components/*/define.js',
      './dist/report-story.js',
      './dist/report-story.*.js',
    ]);
  });
});

describe('a plain Vite page installing the tarball', () => {
  let dir = '';

  beforeAll(() => {
    dir = install('vanilla');
  }, 300_000);

  it('type-checks every export, with bundler and with NodeNext resolution', () => {
    typecheck(dir, 'tsconfig.json');
    typecheck(dir, 'tsconfig.node.json');
  });

  it('builds and runs: a dataset and events set as properties, events heard', async () => {
    vite(dir);
    const { page, errors } = await open(join(dir, 'dist'));
    const log = page.locator('#log');
    await expect.poll(() => log.innerText()).toContain('count-end 440亿元');
    expect(await log.innerText()).toContain('format 440亿元');
    await page.getByRole('button', { name: /八届八次全会/ }).click();
    await expect.poll(() => log.innerText()).toContain('event-toggle plenary-2020 true');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('bundles only the counter for report-story/report-counter.js, and it runs', async () => {
    vite(dir, { ENTRY: 'counter-only' });
    const code = bundle(join(dir, 'dist-counter-only'));
    expect(code).toContain('report-counter');
    for (const other of [
      'report-pillars',
      'report-timeline',
      'report-gauge',
      'report-deck',
      'report-scroller',
    ]) {
      expect(code, `${other} in a counter-only bundle`).not.toContain(other);
    }
    // Code only the pillars have (their CSS class, their SVG export), and the extractor.
    expect(code).not.toContain('pillar-button');
    expect(code).not.toContain('extractDraft');
    const { page, errors } = await open(join(dir, 'dist-counter-only'), '/counter-only.html');
    await expect.poll(() => page.locator('#log').innerText()).toBe('count-end 440亿元');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('registers no element and bundles no element code from the main entry', async () => {
    vite(dir, { ENTRY: 'main-only' });
    const code = bundle(join(dir, 'dist-main-only'));
    // No element class, no Lit, no registration: just the formatter the page called.
    for (const marker of ['customElements.define', 'attachShadow', '$lit$', 'report-count-end']) {
      expect(code, marker).not.toContain(marker);
    }
    const { page, errors } = await open(join(dir, 'dist-main-only'), '/main-only.html');
    await expect
      .poll(() => page.locator('#log').innerText())
      .toBe('format 4.5\u00a0billion yuan; defined false');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a React 19 app installing the tarball', () => {
  it('type-checks, builds and runs: properties from JSX, events into state', async () => {
    const dir = install('react');
    typecheck(dir);
    vite(dir);
    const { page, errors } = await open(join(dir, 'dist'));
    await expect.poll(() => page.locator('#counted').innerText()).toBe('440亿元');
    await page.getByRole('button', { name: /八届八次全会/ }).click();
    await expect.poll(() => page.locator('#opened').innerText()).toBe('plenary-2020 true');
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);
});

describe('a Vue 3 app installing the tarball', () => {
  it('builds and runs: properties from bindings, events into refs', async () => {
    const dir = install('vue');
    vite(dir);
    const { page, errors } = await open(join(dir, 'dist'));
    await expect.poll(() => page.locator('#filled').innerText()).toBe('not-yet');
    await page.getByRole('button', { name: /产业提档/ }).click();
    await expect.poll(() => page.locator('#selected').innerText()).not.toBe('');
    expect(errors).toEqual([]);
    expect(existsSync(join(dir, 'dist/index.html'))).toBe(true);
    await page.close();
  }, 300_000);
});
