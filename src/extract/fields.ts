/**
 * A phrase the readers found (`phrases.ts`) → the dataset field that carries it. Both the build
 * (curated) and the extractor (drafts) write changes and ranks through these, so the two cannot
 * drift apart; each passes the words and the span it decided on.
 */
import type { Figure, Range, Text } from '../data/schema.js';
import type { ChangePhrase } from './phrases.js';
import type { RankPhrase } from './ranks.js';

/** A change (同比增长6.5%) as the dataset carries it. */
export function changeField(c: ChangePhrase, span: Range): NonNullable<Figure['change']> {
  return {
    value: c.value,
    unit: c.unit,
    basis: c.basis,
    ...(c.qualifiers.length ? { qualifiers: [...c.qualifiers] } : {}),
    span,
  };
}

/** A ranking (增幅全市第二) as the dataset carries it, with its scope and phrase in words. */
export function rankField(
  r: RankPhrase,
  words: { readonly scope: Text; readonly text: Text; readonly span: Range },
): NonNullable<Figure['rank']> {
  return {
    ...(r.position !== undefined ? { position: r.position } : {}),
    scope: words.scope,
    ...(r.measure ? { measure: r.measure } : {}),
    ...(r.steady ? { steady: true } : {}),
    ...(r.only ? { only: true } : {}),
    text: words.text,
    span: words.span,
  };
}
