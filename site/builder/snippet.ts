/**
 * The markup embed.html gives an editor to paste: the script tag and one element with its
 * attributes and its fallback content (what readers without JavaScript see, and what shows until
 * the element upgrades). Pure functions of the choices made on the page, so they are unit-tested.
 *
 * The module script comes with `<link rel="modulepreload">` lines for the two files the widget
 * needs besides the loader (the core and the element's chunk, src/embed/files.ts): the browser
 * then fetches all three at once, instead of the chunks after the loader has run. Their names are
 * fixed (no hash), so the lines stay right for as long as the files sit beside the loader.
 * The element comes with a `<link rel="preload" as="fetch" crossorigin>` line for its dataset
 * (module or classic script alike): the dataset is asked for with the scripts, not once they have
 * run, and the element's own fetch takes that response over — one request, a round trip less.
 */
import { embedFilesFor } from '../../src/embed/files.js';

/** The widgets an editor can embed on their own. */
export const WIDGET_KINDS = ['counter', 'gauge', 'timeline', 'pillars'] as const;
export type WidgetKind = (typeof WIDGET_KINDS)[number];

export interface WidgetChoice {
  readonly kind: WidgetKind;
  /** Absolute URL of the dataset. */
  readonly src: string;
  /** The element's own attributes besides `src`, in order; empty values are left out. */
  readonly attributes: readonly (readonly [string, string | boolean])[];
}

export interface Fallback {
  /** A paragraph of text (counter, gauge), or a heading line for a list. */
  readonly text: string;
  /** List items (timeline events, pillars), if any. */
  readonly items?: readonly string[];
}

export interface SnippetOptions {
  /** URL of the embed script. */
  readonly script: string;
  /** A classic script (for CMSs that strip `type="module"`). */
  readonly classic: boolean;
  /** Whether to include the script tag (once per page is enough). */
  readonly withScript: boolean;
}

/** Text safe in HTML content and in double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** `report-counter`, `report-gauge` … */
export function tagName<K extends WidgetKind>(kind: K): `report-${K}` {
  return `report-${kind}`;
}

/** The attributes as written in the tag: `src="…" metric="gdp-2019" footnote`. */
export function attributeText(choice: WidgetChoice): string {
  const parts = [`src="${escapeHtml(choice.src)}"`];
  for (const [name, value] of choice.attributes) {
    if (value === false || value === '') continue;
    parts.push(value === true ? name : `${name}="${escapeHtml(value)}"`);
  }
  return parts.join(' ');
}

/** The fallback content, indented inside the element. */
export function fallbackMarkup(fallback: Fallback, indent = '  '): string {
  const lines: string[] = [];
  if (fallback.text) lines.push(`${indent}<p>${escapeHtml(fallback.text)}</p>`);
  if (fallback.items?.length) {
    lines.push(`${indent}<ul>`);
    for (const item of fallback.items) lines.push(`${indent}  <li>${escapeHtml(item)}</li>`);
    lines.push(`${indent}</ul>`);
  }
  return lines.join('\n');
}

/** The script tag for the embed. */
export function scriptTag(options: Pick<SnippetOptions, 'script' | 'classic'>): string {
  const src = escapeHtml(options.script);
  return options.classic
    ? `<script defer src="${src}"></script>`
    : `<script type="module" src="${src}"></script>`;
}

/** A file beside the script: its URL with the last path segment (and any query) replaced. */
function besideScript(script: string, file: string): string {
  return script.replace(/[^/?#]*(?:[?#].*)?$/, file);
}

/**
 * The modulepreload lines for a widget of `kind` (the module script only: the classic script is
 * one file and needs none).
 */
export function preloadTags(
  kind: WidgetKind,
  options: Pick<SnippetOptions, 'script' | 'classic'>,
): string[] {
  if (options.classic) return [];
  return embedFilesFor(tagName(kind)).map(
    (file) => `<link rel="modulepreload" href="${escapeHtml(besideScript(options.script, file))}">`,
  );
}

/**
 * The preload line for the widget's dataset, in the mode and with the credentials of the
 * elements' own fetch (cors, same-origin: `crossorigin`), so that fetch takes it over.
 */
export function datasetPreloadTag(choice: Pick<WidgetChoice, 'src'>): string {
  return `<link rel="preload" href="${escapeHtml(choice.src)}" as="fetch" crossorigin>`;
}

/**
 * The whole snippet: the script tag with its preload lines (unless left out), then the element
 * with its fallback, after the preload line of its dataset.
 */
export function snippet(choice: WidgetChoice, fallback: Fallback, options: SnippetOptions): string {
  const tag = tagName(choice.kind);
  const body = fallbackMarkup(fallback);
  const element = `<${tag} ${attributeText(choice)}>\n${body}${body ? '\n' : ''}</${tag}>`;
  const data = choice.src ? [datasetPreloadTag(choice)] : [];
  if (!options.withScript) return [...data, element].join('\n');
  return [...preloadTags(choice.kind, options), ...data, scriptTag(options), element].join('\n');
}

/**
 * A stylesheet rule that reserves a widget's height before and while it loads, so the page
 * around it does not move: `report-counter[metric="gdp-2019"] { display: block; min-height: 6.8em; }`.
 * `height` and `fontSize` in px; the height is given in em of the text around the widget.
 */
export function reserveRule(choice: WidgetChoice, height: number, fontSize: number): string {
  const key = choice.attributes.find(([name]) => ['metric', 'goal'].includes(name));
  const selector =
    key && typeof key[1] === 'string'
      ? `${tagName(choice.kind)}[${key[0]}="${escapeHtml(key[1])}"]`
      : tagName(choice.kind);
  const em = Math.ceil((height / fontSize) * 10) / 10;
  return `${selector} { display: block; min-height: ${em}em; }`;
}

/** A file name for a downloaded picture of the widget: `report-counter-gdp-2019.svg`. */
export function downloadName(choice: WidgetChoice, extension: 'svg' | 'png'): string {
  const key = choice.attributes.find(([name]) => ['metric', 'goal', 'highlight'].includes(name));
  const id = key && typeof key[1] === 'string' && key[1] ? `-${key[1]}` : '';
  const safe = `${tagName(choice.kind)}${id}`.replace(/[^a-z0-9._-]+/gi, '-');
  return `${safe}.${extension}`;
}
