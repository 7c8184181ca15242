/**
 * Global setup of the site and embed projects: the site (`vite build --mode site`) and the one-file
 * embeds (module and classic) are built once per test run, before any of their files starts, into
 * temporary folders that every file reads (`builtSite()`, `builtEmbed()`), and removed at the end.
 *
 * Both projects name this file; the builds are made once for the two (kept on `globalThis` of the
 * Vitest process, which each project's copy of this module shares) and removed after the last.
 */
import type { TestProject } from 'vitest/node';
import { buildEmbed, removeDir } from '../embed/harness.js';
import { buildSite } from '../site/site.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built site (tests/site/site.ts `builtSite()`). */
    siteDir: string;
    /** The built one-file embeds (tests/embed/harness.ts `builtEmbed()`). */
    embedDir: string;
  }
}

interface Builds {
  readonly siteDir: string;
  readonly embedDir: string;
  /** Projects whose teardown has not run yet. */
  users: number;
}

const KEY = Symbol.for('report-story/test-builds');
const shared = globalThis as { [KEY]?: Builds };

export function setup(project: TestProject): () => void {
  const builds = (shared[KEY] ??= { embedDir: buildEmbed(), siteDir: buildSite(), users: 0 });
  builds.users++;
  project.provide('siteDir', builds.siteDir);
  project.provide('embedDir', builds.embedDir);
  return () => {
    if (--builds.users > 0) return;
    removeDir(builds.siteDir);
    removeDir(builds.embedDir);
    shared[KEY] = undefined;
  };
}
