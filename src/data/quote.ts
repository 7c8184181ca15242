/**
 * The report sentence an item comes from, as a reader should see it, with the item's own words
 * marked in it: `source.text` when the dataset gives a cleaned-up form of the quote (layout
 * artefacts removed), else the exact quote; the mark comes from the item's `span`.
 */
import { html, type TemplateResult } from 'lit';
import type { Provenance, Range } from './schema.js';

export interface DisplayQuote {
  readonly text: string;
  /** The item's own words inside `text`, as [start, end). */
  readonly mark?: readonly [number, number];
}

export function displayQuote(source: Provenance, span: Range | undefined): DisplayQuote {
  const inside = span && span.start >= source.start && span.end <= source.end;
  const words = inside
    ? source.quote.slice(span.start - source.start, span.end - source.start)
    : '';
  if (!source.text) {
    return inside && words
      ? { text: source.quote, mark: [span.start - source.start, span.end - source.start] }
      : { text: source.quote };
  }
  const at = words ? source.text.indexOf(words) : -1;
  return at >= 0 ? { text: source.text, mark: [at, at + words.length] } : { text: source.text };
}

/** A text with its marks (in order, not overlapping) as `<mark>` elements. */
export function markedText(
  text: string,
  marks: readonly (readonly [number, number])[],
): TemplateResult {
  const pieces: (string | TemplateResult)[] = [];
  let at = 0;
  for (const [start, end] of marks) {
    pieces.push(text.slice(at, start), html`<mark>${text.slice(start, end)}</mark>`);
    at = end;
  }
  pieces.push(text.slice(at));
  return html`${pieces}`;
}
