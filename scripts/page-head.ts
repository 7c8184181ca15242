/**
 * Writes the head every page shares into the project's own pages (index.html, deck.html,
 * embed.html, studio.html, studio-preview.html), in the dev server and the site build alike.
 *
 * Each page holds `<!-- page-head -->` where the shared lines go, and only what is its own
 * (title, stylesheets) around it. The lines come from `PAGE_HEAD` in `src/site/html.ts`, the same
 * list the written sites' pages start with, so that the two cannot drift apart. A page without
 * the marker stops the build (or the dev server's answer) with its name.
 */
import type { Plugin } from 'vite';
import { headHtml, PAGE_HEAD } from '../src/site/html.js';

/** The marker, with the white space before it on its line (the lines take its indent). */
const MARKER = /^([ \t]*)<!-- page-head -->$/m;

/** `html` with the shared head in place of its marker; `path` names the page in the error. */
export function fillPageHead(html: string, path: string): string {
  const found = MARKER.exec(html);
  if (!found) throw new Error(`${path} has no <!-- page-head --> line in its <head>`);
  return html.replace(MARKER, headHtml(PAGE_HEAD, found[1]));
}

export function pageHead(): Plugin {
  return {
    name: 'report-story:page-head',
    transformIndexHtml: { order: 'pre', handler: (html, { path }) => fillPageHead(html, path) },
  };
}
