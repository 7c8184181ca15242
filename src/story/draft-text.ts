/**
 * Shortening a report sentence for a story step: keep the clauses that hold the step's figures,
 * cut only at a clause boundary (or, inside one overlong clause, where no number and no marked
 * item is split), and show every cut with an ellipsis.
 */

/** The ellipsis a shortened Chinese sentence shows where words were left out. */
export const ELLIPSIS = '……';

/** Punctuation that ends a clause. ASCII `,` `:` only count outside numbers (1,234 · 10:30). */
const CLAUSE_END = /[，；：。！？;!?]|[,:](?!\d)/u;

/** Characters that belong to a number: digits, full-width digits, decimal points, Chinese numerals. */
const NUMBER_CHAR = /[\d０-９.．%％〇零一二三四五六七八九十百千万亿两]/u;

/** Characters a unit after a number starts with (元, 亿元, 个, 件, 名, %, 个百分点 …): kept with it. */
const UNIT_START = /[元亿万千百个件名项部位次倍%％‰米吨人户家所座条套台辆岁天年月日]/u;

/** Punctuation a clause may end with that reads wrong before an ellipsis. */
const TRAILING = /[，；：、,;:\s]+$/u;

/** A range of the text as [start, end). */
export type Span = readonly [number, number];

/** Splits text into clauses, each with its closing punctuation: [start, end) ranges. */
export function clauses(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? '';
    const next = text[i + 1] ?? '';
    if (!CLAUSE_END.test(char + (char === ',' || char === ':' ? next : ''))) continue;
    // Closing quotation marks and brackets stay with the clause they close.
    let end = i + 1;
    while (end < text.length && /[”’」』）)】]/u.test(text[end] ?? '')) end++;
    out.push([start, end]);
    start = end;
    i = end - 1;
  }
  if (start < text.length) out.push([start, text.length]);
  return out.filter(([s, e]) => text.slice(s, e).trim() !== '');
}

/** Whether cutting the text at `at` would split a number, a number from its unit, or a marked item. */
function unsafeCut(text: string, at: number, marks: readonly Span[]): boolean {
  if (marks.some(([s, e]) => at > s && at < e)) return true;
  const before = text[at - 1] ?? '';
  const after = text[at] ?? '';
  return NUMBER_CHAR.test(before) && (NUMBER_CHAR.test(after) || UNIT_START.test(after));
}

/**
 * The longest start of `text` within `max` characters that ends where nothing is split, preferring
 * an enumeration comma or a closing quotation mark; at least one character.
 */
function safePrefix(text: string, max: number, marks: readonly Span[]): string {
  if (text.length <= max) return text;
  let fallback = 0;
  // Latin text is cut between words.
  const words = /[A-Za-z]/.test(text[max] ?? '') && /\s/.test(text.slice(0, max));
  for (let at = Math.max(1, max); at > 0; at--) {
    if (unsafeCut(text, at, marks)) continue;
    if (words && !/\s/.test(text[at] ?? '')) continue;
    if (/[、”’」』）)】]/u.test(text[at - 1] ?? '') || words) return text.slice(0, at);
    if (fallback === 0) fallback = at;
  }
  // No safe point before max (one long number or item): cut after it instead.
  if (fallback > 0) return text.slice(0, fallback);
  let at = max;
  while (at < text.length && unsafeCut(text, at, marks)) at++;
  return text.slice(0, at);
}

/**
 * Cuts any text to at most `max` characters (labels, headings) where no number is split, with an
 * ellipsis when it had to cut.
 */
export function clampText(text: string, max: number): string {
  if (text.length <= max) return text;
  const ellipsis = /[\u3400-\u9fff]/u.test(text) ? ELLIPSIS : '…';
  const room = Math.max(1, max - ellipsis.length);
  return `${safePrefix(text, room, []).replace(TRAILING, '')}${ellipsis}`.slice(0, max);
}

/**
 * The report's sentence shortened to at most about `max` characters around the marked items:
 *
 * 1. the whole sentence when it fits;
 * 2. else the clauses from the first to the last that holds a mark, widened by whole clauses
 *    (first towards the start, then the end) while they fit;
 * 3. else only the clauses that hold a mark, with an ellipsis for each gap;
 * 4. else as many of those as fit, the first clause itself cut where no number is split.
 *
 * Without marks the sentence's opening clauses are kept. The result never splits a number or a
 * marked item; an ellipsis stands wherever words were left out.
 *
 * With `only`, a sentence shared by several steps (more figures than one step shows) gives each
 * step just the clauses that hold its marks, not the whole sentence again.
 */
export function shortenSentence(
  text: string,
  marks: readonly Span[],
  max: number,
  only = false,
): string {
  const whole = text.trim();
  if (whole.length <= max && (!only || marks.length === 0)) return whole;
  const offset = text.indexOf(whole);
  const local = marks
    .map(([s, e]): Span => [s - offset, e - offset])
    .filter(([s, e]) => e > s && s >= 0 && e <= whole.length);
  const parts = clauses(whole);
  const holds = (c: Span) => local.some(([s, e]) => s < c[1] && e > c[0]);
  let needed = parts.map((c, i) => (holds(c) ? i : -1)).filter((i) => i >= 0);
  if (needed.length === 0) needed = [0];

  const render = (chosen: readonly number[]): string => {
    let out = '';
    let previous = -1;
    for (const i of chosen) {
      const clause = parts[i];
      if (!clause) continue;
      const gap = previous === -1 ? clause[0] > 0 : i > previous + 1;
      if (gap) out = `${out.replace(TRAILING, '')}${ELLIPSIS}`;
      out += whole.slice(clause[0], clause[1]);
      previous = i;
    }
    const last = parts[previous];
    if (last && last[1] < whole.length) out = `${out.replace(TRAILING, '')}${ELLIPSIS}`;
    return out.trim();
  };

  const first = needed[0] ?? 0;
  const last = needed.at(-1) ?? first;
  const range = (from: number, to: number) =>
    Array.from({ length: to - from + 1 }, (_, k) => from + k);
  let from = first;
  let to = last;
  if (render(range(from, to)).length <= max) {
    if (only) return render(range(from, to));
    while (from > 0 && render(range(from - 1, to)).length <= max) from--;
    while (to < parts.length - 1 && render(range(from, to + 1)).length <= max) to++;
    return render(range(from, to));
  }
  if (render(needed).length <= max) return render(needed);
  // Too many marked clauses: as many as fit, in order.
  const kept: number[] = [];
  for (const i of needed) {
    if (kept.length > 0 && render([...kept, i]).length > max) break;
    kept.push(i);
  }
  const shown = render(kept);
  if (shown.length <= max) return shown;
  // One clause alone is too long: cut inside it, never through a number or a mark.
  const clause = parts[kept[0] ?? 0] ?? [0, whole.length];
  const lead = clause[0] > 0 ? ELLIPSIS : '';
  const inside = local
    .map(([s, e]): Span => [s - clause[0], e - clause[0]])
    .filter(([s, e]) => s >= 0 && e <= clause[1] - clause[0]);
  const room = Math.max(1, max - lead.length - ELLIPSIS.length);
  const cut = safePrefix(whole.slice(clause[0], clause[1]), room, inside).replace(TRAILING, '');
  return `${lead}${cut}${ELLIPSIS}`;
}
