/**
 * A text's width estimated from its characters, without a layout engine (see `text.ts`): apart
 * from the rest of the SVG text, because the gauge lays out its drawing with it, while the rest
 * is needed only by an export (which loads on first use).
 */

/** Full-width characters: CJK ideographs, kana, hangul, full-width forms and CJK punctuation. */
export const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA960-\uA97F\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u201C\u201D\u2018\u2019\u2014\u2026]/;

/**
 * Estimated advance of one character, in em: a CJK character is 1; Latin widths are those of
 * the wider common fallbacks (DejaVu Sans, Verdana-like), so text wraps early rather than spill.
 */
export function charWidth(ch: string): number {
  if (WIDE.test(ch)) return 1;
  if (/\s/.test(ch)) return 0.32;
  if (/[iljI.,:;'!|()[\]{}]/.test(ch)) return 0.34;
  if (/[mwMW@%]/.test(ch)) return 0.95;
  if (/[A-Z]/.test(ch)) return 0.72;
  if (/[0-9]/.test(ch)) return 0.64;
  return 0.62;
}

/** How much wider bold Latin text runs than regular: divide a bold line's width by this. */
export const BOLD = 1.12;

/** Estimated width of a string, in em. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch);
  return width;
}
