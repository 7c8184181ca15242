/**
 * Normalises report text for matching while remembering where every character came from, so that
 * anything found in the normalised text maps back to an exact range of the ORIGINAL text.
 *
 * What changes (all for matching only; quotes are always cut from the original):
 * - full-width ASCII forms (，；：（）％０-９Ａ-Ｚ …) become their half-width forms, the ideographic
 *   space a space, the small percent sign ﹪ a %, the half-width ideographic full stop ｡ a 。;
 * - traditional characters become simplified ones when a converter is given (see `simplify.ts`);
 * - invisible characters are dropped (BOM, zero-width space/joiners, soft hyphen, word joiner), and
 *   so is the CR of a CRLF line end.
 *
 * Offsets are UTF-16 code units, as everywhere in the dataset.
 */

export interface Normalized {
  /** The original text, unchanged. */
  readonly original: string;
  /** The normalised text. */
  readonly text: string;
  /** `starts[i]`: where code unit `i` of `text` begins in `original`. */
  readonly starts: Int32Array;
  /** `ends[i]`: where code unit `i` of `text` ends in `original` (exclusive). */
  readonly ends: Int32Array;
}

export interface NormalizeOptions {
  /**
   * Converts a run of text to simplified characters. It may return a string of another length;
   * `normalizeText` then converts that run character by character so positions stay exact.
   */
  readonly toSimplified?: ((text: string) => string) | undefined;
}

const DROPPED = new Set([0xfeff, 0x200b, 0x200c, 0x200d, 0x2060, 0x00ad]);

/** Maps one code point to its matching form, or returns it unchanged. */
function widthFold(cp: number): number {
  if (cp >= 0xff01 && cp <= 0xff5e) return cp - 0xfee0;
  if (cp === 0x3000) return 0x20;
  if (cp === 0xfe6a) return 0x25; // ﹪
  if (cp === 0xff61) return 0x3002; // ｡ → 。
  return cp;
}

/** A run of Han characters (and the CJK compatibility ideographs) that a converter may change. */
const HAN_RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/gu;

/** Converts the Han runs of `text`, keeping one output code unit per input code unit. */
function simplifyInPlace(text: string, convert: (text: string) => string): string {
  return text.replace(HAN_RUN, (run) => {
    const whole = convert(run);
    if (whole.length === run.length) return whole;
    // A phrase rule changed the length: fall back to characters, which never change length here.
    let out = '';
    for (const ch of run) {
      const one = convert(ch);
      out += one.length === ch.length ? one : ch;
    }
    return out;
  });
}

/** Normalises `original` for matching; see the module comment for what changes. */
export function normalizeText(original: string, options: NormalizeOptions = {}): Normalized {
  const source = options.toSimplified ? simplifyInPlace(original, options.toSimplified) : original;
  // `source` has the same length as `original`, position for position.
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < source.length;) {
    const cp = source.codePointAt(i) ?? 0;
    const size = cp > 0xffff ? 2 : 1;
    const dropped = DROPPED.has(cp) || (cp === 0x0d && source.charCodeAt(i + 1) === 0x0a);
    if (!dropped) {
      const folded = String.fromCodePoint(widthFold(cp));
      for (let k = 0; k < folded.length; k++) {
        out.push(folded[k] ?? '');
        starts.push(i);
        ends.push(i + size);
      }
    }
    i += size;
  }
  return {
    original,
    text: out.join(''),
    starts: Int32Array.from(starts),
    ends: Int32Array.from(ends),
  };
}

/** The original range of normalised `[start, end)`; an empty range maps to an empty range. */
export function toOriginal(
  n: Normalized,
  start: number,
  end: number,
): { start: number; end: number } {
  const s = start < n.text.length ? (n.starts[start] ?? n.original.length) : n.original.length;
  if (end <= start) return { start: s, end: s };
  return { start: s, end: n.ends[end - 1] ?? n.original.length };
}

/** The normalised offset of an original offset (the first normalised unit at or after it). */
export function fromOriginal(n: Normalized, offset: number): number {
  let lo = 0;
  let hi = n.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((n.starts[mid] ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The normalised range of an original `[start, end)`. */
export function fromOriginalRange(
  n: Normalized,
  start: number,
  end: number,
): { start: number; end: number } {
  return { start: fromOriginal(n, start), end: fromOriginal(n, end) };
}
