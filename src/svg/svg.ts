/**
 * Writing standalone SVG as text, for channels that run no scripts (a static image of a widget):
 * escaping, attributes, a font stack that finds a CJK face on every system, and a width estimate
 * for text (the markup is written without a browser to measure it).
 */

/** Escapes text for SVG/XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${ESCAPES[c] ?? 'amp'};`);
}

const ESCAPES: Record<string, string> = {
  '&': 'amp',
  '<': 'lt',
  '>': 'gt',
  '"': 'quot',
  "'": 'apos',
};

/** `{ x: 1, fill: '#000', hidden: undefined }` → ` x="1" fill="#000"` (values escaped). */
export function attributes(values: Record<string, string | number | undefined>): string {
  let out = '';
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || value === '') continue;
    out += ` ${name}="${escapeXml(String(value))}"`;
  }
  return out;
}

/** One element: `element('text', { x: 1 }, 'a<b')` → `<text x="1">a&lt;b</text>`. */
export function element(
  name: string,
  attrs: Record<string, string | number | undefined>,
  content?: string,
): string {
  return content === undefined
    ? `<${name}${attributes(attrs)}/>`
    : `<${name}${attributes(attrs)}>${content}</${name}>`;
}

/** Fonts for exported SVG: system UI faces first, then the common CJK faces of each platform. */
export const SVG_FONT_SANS =
  "system-ui, -apple-system, 'Segoe UI', 'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', sans-serif";

/**
 * Roughly how wide a text runs, in ems: full-width (CJK) characters 1em, digits and Latin letters
 * about 0.6em, narrow punctuation less. Used to size exported SVG so nothing is cut off.
 */
export function estimateWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= 0x2e80 || (code >= 0x2000 && code <= 0x206f && char !== '\u202f')) width += 1;
    else if (/[\s.,:;'!|il1]/.test(char)) width += 0.32;
    else if (/[A-Z%mwMW@]/.test(char)) width += 0.75;
    else width += 0.6;
  }
  return width;
}

/** Splits a text into lines of at most `maxEms` (estimated), breaking anywhere for CJK text. */
export function wrapText(text: string, maxEms: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/(?<=[\s\u3000-\u303f\uff00-\uffef])|(?=[\u2e80-\uffff])/u)) {
    if (line && estimateWidth(line + word) > maxEms) {
      lines.push(line.trimEnd());
      line = word.trimStart();
    } else line += word;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}
