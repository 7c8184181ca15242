/**
 * "Make a figure from this number": the studio's editor points at a number of the report the
 * extractor left unused, and this reads the figure there with the extractor's own phrase readers —
 * the quantity with its unit and qualifiers, the change after it, or a streak — and its sentence as
 * provenance. Built only on the extractor's public functions (`index.ts`), so it follows their
 * rules. It reads what the text says; when the words around the number are not a figure (no unit,
 * a year, a name), it says why instead of inventing one.
 */
import type { Change, Dataset, Figure, Range } from '../data/schema.js';
import {
  findNumbers,
  fromOriginal,
  normalizeText,
  readChanges,
  readQuantities,
  readStreaks,
  segment,
  toOriginal,
  toSimplified,
} from './index.js';

/** Why a figure cannot be made at a number. */
export type FigureAtProblem = 'no-number' | 'no-unit';

export interface FigureAtOptions {
  /** Ids already taken: the new figure's id avoids them. */
  readonly taken?: ReadonlySet<string>;
  /** The report's script (the dataset's `language`): traditional text is read through simplified. */
  readonly language?: Dataset['language'];
}

const CLAUSE = /[,;:，；：。!?！？\n]/u;
const LEADING =
  /^(?:其中|完成|实现|全年|今年|去年|预计|共|累计|同比|并|和|及|与|且|其|全区|全市)+/u;
const TRAILING =
  /(?:分别|预计|同比|累计|共|全年)?(?:完成|实现|达到|达|为|突破|超过|提高到|提升到|增长到|增至|升至|降至|下降到|稳定在|保持在|控制在|是|新增)?$/u;

/** The words before the number in its clause, as a first label the editor can change. */
function labelBefore(text: string, clauseStart: number, at: number): string {
  return text
    .slice(clauseStart, at)
    .replace(/\s+/g, '')
    .replace(LEADING, '')
    .replace(TRAILING, '')
    .replace(/^[、,.。“”"]+|[、,.。“”"]+$/gu, '');
}

function uniqueId(wanted: string, taken: ReadonlySet<string>): string {
  let id = wanted;
  for (let n = 2; taken.has(id); n++) id = `${wanted}-${n}`;
  return id;
}

/**
 * The figure at the number found in `range` of the original text.
 * @returns the figure, or the reason there is none
 */
export function figureAt(
  original: string,
  range: Range,
  options: FigureAtOptions = {},
): Figure | { readonly problem: FigureAtProblem } {
  const norm = normalizeText(original, {
    toSimplified: options.language === 'zh-Hant' ? toSimplified : undefined,
  });
  const start = fromOriginal(norm, range.start);
  const end = Math.max(start + 1, fromOriginal(norm, range.end));
  const number = findNumbers(norm.text).find((n) => n.start < end && start < n.end);
  if (!number) return { problem: 'no-number' };
  const seg = segment(norm.text);
  const sentence =
    seg.sentences.find((s) => s.start <= number.start && number.end <= s.end) ??
    ({ start: number.start, end: number.end } as const);
  // The clause around the number: labels and changes never cross it.
  let clauseStart = number.start;
  while (clauseStart > sentence.start && !CLAUSE.test(norm.text[clauseStart - 1] ?? ''))
    clauseStart--;
  let clauseEnd = number.end;
  while (clauseEnd < sentence.end && !CLAUSE.test(norm.text[clauseEnd] ?? '')) clauseEnd++;

  const toRange = (r: { start: number; end: number }): Range => {
    const o = toOriginal(norm, r.start, r.end);
    return { start: o.start, end: o.end };
  };
  const s = toOriginal(norm, sentence.start, sentence.end);
  const source = { quote: original.slice(s.start, s.end), start: s.start, end: s.end };
  const taken = options.taken ?? new Set<string>();

  const quantity = readQuantities(norm.text, clauseStart, clauseEnd).find(
    (q) => q.number.start < number.end && number.start < q.number.end,
  );
  // The original words of a normalised range, trimmed of clause punctuation.
  const originalWords = (from: number, to: number) => {
    const o = toOriginal(norm, from, to);
    return original.slice(o.start, o.end).replace(/^[、,，。；;：:\s]+|[、,，。；;：:\s]+$/gu, '');
  };
  /** The label before `at`: the clause's words without leading connectives and trailing verbs. */
  const labelTo = (at: number) => {
    const raw = norm.text.slice(clauseStart, at);
    const stripped = labelBefore(norm.text, clauseStart, at);
    const offset = stripped ? raw.indexOf(stripped) : -1;
    return offset < 0
      ? originalWords(clauseStart, at)
      : originalWords(clauseStart + offset, clauseStart + offset + stripped.length);
  };
  /** A phrase's label: the words before it, else the phrase's own words; 400 characters at most. */
  const labelOf = (phrase: { start: number; end: number }) => ({
    zh: (labelTo(phrase.start) || originalWords(phrase.start, phrase.end)).slice(0, 400),
  });

  if (quantity) {
    // A change follows in the same clause or the next (440亿元，同比增长6.5%), before any other number.
    let nextEnd = clauseEnd + 1;
    while (nextEnd < sentence.end && !CLAUSE.test(norm.text[nextEnd] ?? '')) nextEnd++;
    const nextNumber = findNumbers(norm.text).find((n) => n.start >= quantity.end);
    const found = readChanges(norm.text, quantity.end, Math.min(nextEnd, sentence.end))[0];
    const change: Change | undefined =
      found && (!nextNumber || nextNumber.start >= found.start)
        ? { value: found.value, unit: found.unit, basis: found.basis, span: toRange(found) }
        : undefined;
    return {
      id: uniqueId('figure', taken),
      kind: 'quantity',
      label: labelOf(quantity),
      value: quantity.value,
      unit: quantity.unit,
      ...(quantity.qualifiers.length ? { qualifiers: [...quantity.qualifiers] } : {}),
      ...(change ? { change } : {}),
      source,
      span: toRange(quantity),
    };
  }
  const streak = readStreaks(norm.text, clauseStart, clauseEnd).find(
    (k) => k.start < number.end && number.start < k.end,
  );
  if (streak) {
    return {
      id: uniqueId('streak', taken),
      kind: 'streak',
      label: labelOf(streak),
      value: streak.value,
      unit: streak.unit,
      source,
      span: toRange(streak),
    };
  }
  return { problem: 'no-unit' };
}
