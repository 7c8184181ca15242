/**
 * Standalone SVG documents as text, for channels that run no scripts (a static image of a widget):
 * attributes and elements with their values escaped, and the document around a drawing with its
 * size, accessible name, language, fonts and background.
 */
import { FONTS } from '../tokens.js';
import { escapeXml, round } from './text.js';

/** `{ x: 1, fill: '#000', hidden: undefined }` → ` x="1" fill="#000"` (values escaped). */
export function attributes(values: Record<string, string | number | undefined>): string {
  let out = '';
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || value === '') continue;
    out += ` ${name}="${escapeXml(String(value))}"`;
  }
  return out;
}

/** One element: `element('text', { x: 1 }, 'a<b')` → `<text x="1">a&lt;b</text>` (content as given). */
export function element(
  name: string,
  attrs: Record<string, string | number | undefined>,
  content?: string,
): string {
  return content === undefined
    ? `<${name}${attributes(attrs)}/>`
    : `<${name}${attributes(attrs)}>${content}</${name}>`;
}

/** How a document is dressed: its font stack, and a background (none: transparent). */
export interface DocumentStyle {
  readonly sans?: string | undefined;
  readonly background?: string | undefined;
}

/**
 * Wraps drawn pieces into a standalone SVG document: its size (rounded up to whole pixels), an
 * accessible name and `<title>`, its language, the font stack, and the background when there is one.
 */
export function svgDocument(
  body: readonly string[],
  width: number,
  height: number,
  label: string,
  lang: string,
  style: DocumentStyle = {},
): string {
  const w = Math.ceil(round(width));
  const h = Math.ceil(round(height));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg"${attributes({
      width: w,
      height: h,
      viewBox: `0 0 ${w} ${h}`,
      role: 'img',
      'aria-label': label,
      'xml:lang': lang,
      lang,
      'font-family': style.sans ?? FONTS.sans,
    })}>`,
    element('title', {}, escapeXml(label)),
    style.background ? element('rect', { width: w, height: h, fill: style.background }) : '',
    ...body,
    '</svg>',
  ].join('');
}
