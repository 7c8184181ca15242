/**
 * Text for standalone SVG exports, the one module every export writes its text through: escaping,
 * a width estimate that needs no layout engine, and line wrapping that follows Chinese and
 * English line-breaking habits.
 *
 * An exported SVG is opened by programs that may not share the page's fonts, so widths are
 * estimated from character classes (a CJK character is 1 em; Latin letters about half) with a
 * margin to spare, not measured.
 */

import { BOLD, charWidth, textWidth, WIDE } from './measure.js';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/**
 * Escapes text for XML content and attribute values, and drops the control characters XML 1.0
 * does not allow (a stray one would make the whole file unreadable).
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '') // eslint-disable-line no-control-regex
    .replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

export { BOLD, charWidth, textWidth };

/** Punctuation that must not begin a line (it stays with the character before it). */
const NO_START = /^[，。、；：？！）》」』】〉”’…—·%,.;:?!)\]}]/;
/** Punctuation that must not end a line (it goes with the character after it). */
const NO_END = /[（《「『【〈“‘([{]$/;

/** Splits text into pieces that may not be broken: a CJK character, a Latin word, a space run. */
function pieces(text: string): string[] {
  const raw = text.match(new RegExp(`${WIDE.source}|\\s+|[^\\s]+?(?=${WIDE.source}|\\s|$)`, 'gu'));
  const out: string[] = [];
  for (const piece of raw ?? []) {
    const last = out.length - 1;
    if (last >= 0 && (NO_START.test(piece) || NO_END.test(out[last] ?? '')) && !/^\s/.test(piece)) {
      out[last] = (out[last] ?? '') + piece;
    } else {
      out.push(piece);
    }
  }
  return out;
}

/**
 * Wraps text into lines no wider than `maxWidth` em: between CJK characters (keeping closing
 * punctuation off the start of a line), at spaces between words, and inside a word only when the
 * word alone is wider than a line. With `maxLines`, the last kept line ends in an ellipsis.
 */
export function wrapText(text: string, maxWidth: number, maxLines = Infinity): string[] {
  const lines: string[] = [];
  let line = '';
  let width = 0;
  const push = () => {
    lines.push(line.trimEnd());
    line = '';
    width = 0;
  };
  for (const piece of pieces(text.replace(/\s+/g, ' ').trim())) {
    const w = textWidth(piece);
    if (/^\s+$/.test(piece)) {
      if (line) {
        line += ' ';
        width += w;
      }
      continue;
    }
    if (width + w <= maxWidth) {
      line += piece;
      width += w;
      continue;
    }
    if (line) push();
    if (w <= maxWidth) {
      line = piece;
      width = w;
      continue;
    }
    // A single piece wider than a line: break it between characters.
    for (const ch of piece) {
      const cw = charWidth(ch);
      if (width + cw > maxWidth && line) push();
      line += ch;
      width += cw;
    }
  }
  if (line) push();
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    let last = kept[maxLines - 1] ?? '';
    while (last && textWidth(`${last}…`) > maxWidth) last = last.replace(/.$/u, '');
    kept[maxLines - 1] = `${last.trimEnd()}…`;
    return kept;
  }
  return lines;
}

/** A block of wrapped text as an SVG `<text>` element with one `<tspan>` per line. */
export interface TextBlock {
  readonly lines: readonly string[];
  readonly x: number;
  /** Baseline of the first line. */
  readonly y: number;
  /** Font size in px. */
  readonly size: number;
  /** Line height as a multiple of the font size. */
  readonly leading?: number;
  readonly anchor?: 'start' | 'middle' | 'end';
  readonly weight?: number;
  readonly fill: string;
  readonly family?: string;
  readonly italic?: boolean;
}

/** Renders a text block; every line is escaped. */
export function svgText(block: TextBlock): string {
  const leading = (block.leading ?? 1.35) * block.size;
  const attrs = [
    `x="${round(block.x)}"`,
    `y="${round(block.y)}"`,
    `font-size="${round(block.size)}"`,
    `fill="${escapeXml(block.fill)}"`,
    block.anchor && block.anchor !== 'start' ? `text-anchor="${block.anchor}"` : '',
    block.weight ? `font-weight="${block.weight}"` : '',
    block.family ? `font-family="${escapeXml(block.family)}"` : '',
    block.italic ? 'font-style="italic"' : '',
  ].filter(Boolean);
  const spans = block.lines
    .map(
      (line, i) =>
        `<tspan x="${round(block.x)}"${i ? ` dy="${round(leading)}"` : ''}>${escapeXml(line)}</tspan>`,
    )
    .join('');
  return `<text ${attrs.join(' ')}>${spans}</text>`;
}

/** Height taken by `n` lines of a block. */
export function blockHeight(n: number, size: number, leading = 1.35): number {
  return n <= 0 ? 0 : size + (n - 1) * size * leading;
}

/** Rounds to 0.01 px for compact, stable output. */
export function round(n: number): number {
  return Math.round(n * 100) / 100;
}
