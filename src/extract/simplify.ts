/**
 * Traditional → simplified conversion for the extractor, with OpenCC's dictionaries (opencc-js,
 * traditional-to-mainland preset only, about 110 KB). It is used to MATCH report vocabulary
 * (億元 → 亿元, 同比增長 → 同比增长, 穩居 → 稳居); labels and quotes are always cut from the original.
 *
 * Why OpenCC and not a hand-written table: its character and phrase tables are complete and
 * maintained (Taiwan and Hong Kong variants included); a compact table would silently miss the rare
 * characters a report uses in names. It never reaches the browser bundle: only the extractor entry
 * (`report-story/extract`) and the CLI import this file.
 */
import * as OpenCC from 'opencc-js/t2cn';

let converter: ((text: string) => string) | undefined;

/** Converts traditional characters (Taiwan and standard forms) to simplified ones. */
export function toSimplified(text: string): string {
  converter ??= OpenCC.Converter({ from: 'tw', to: 'cn' });
  return converter(text);
}

/** Share of Han characters that the conversion changes: a hint that the text is traditional. */
export function traditionalShare(text: string): number {
  let han = 0;
  let changed = 0;
  for (const ch of text) {
    if (!/\p{Script=Han}/u.test(ch)) continue;
    han++;
    if (toSimplified(ch) !== ch) changed++;
  }
  return han === 0 ? 0 : changed / han;
}
