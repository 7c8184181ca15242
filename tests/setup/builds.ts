/**
 * Global setup of the site and embed projects: the one-file embeds (module and classic), the site
 * kit made with them (`vite build --mode site-kit`) and the site holding that kit (`vite build
 * --mode site`; the studio zips the kit into the sites it exports) are built once per test run,
 * before any of their files starts, into temporary folders that every file reads (`builtSite()`,
 * `builtKit()`, `builtEmbed()`), and removed at the end.
 *
 * Both projects name this file; the builds are made once for the two (kept on `globalThis` of the
 * Vitest process, which each project's copy of this module shares) and removed after the last.
 */
import type { TestProject } from 'vitest/node';
import { buildEmbed, removeDir } from '../embed/harness.js';
import { buildKit, buildSite } from '../site/site.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built site (tests/site/site.ts `builtSite()`). */
    siteDir: string;
    /** The built one-file embeds (tests/embed/harness.ts `builtEmbed()`). */
    embedDir: string;
    /** The built site kit (tests/site/site.ts `builtKit()`). */
    kitDir: string;
  }
}

interface Builds {
  readonly siteDir: string;
  readonly embedDir: string;
  readonly kitDir: string;
  /** Projects whose teardown has not run yet. */
  users: number;
}

const KEY = Symbol.for('report-story/test-builds');
const shared = globalThis as { [KEY]?: Builds };

function newBuilds(): Builds {
  const embedDir = buildEmbed();
  const kitDir = buildKit(embedDir);
  return { embedDir, kitDir, siteDir: buildSite(kitDir), users: 0 };
}

export function setup(project: TestProject): () => void {
  const builds = (shared[KEY] ??= newBuilds());
  builds.users++;
  project.provide('siteDir', builds.siteDir);
  project.provide('embedDir', builds.embedDir);
  project.provide('kitDir', builds.kitDir);
  return () => {
    if (--builds.users > 0) return;
    removeDir(builds.siteDir);
    removeDir(builds.kitDir);
    removeDir(builds.embedDir);
    shared[KEY] = undefined;
  };
}
