/**
 * A report file's bytes as text, in the encodings Chinese reports come in — detected, never
 * guessed silently: a byte-order mark (UTF-8, UTF-16 LE or BE) first, then strict UTF-8, then
 * GB18030 (GBK and GB2312 are subsets) when the result reads as Chinese text. Anything else is an
 * error that names the file and what was tried. Runs in the browser and in Node (`TextDecoder`).
 */

export type ReportEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedReport {
  readonly text: string;
  readonly encoding: ReportEncoding;
  /** Whether the file began with a byte-order mark (removed from `text`). */
  readonly bom: boolean;
}

/** Thrown for bytes that are not text in any encoding tried. */
export class ReportDecodeError extends Error {
  override name = 'ReportDecodeError';
}

const BOMS: readonly (readonly [ReportEncoding, readonly number[]])[] = [
  ['utf-8', [0xef, 0xbb, 0xbf]],
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
];

/** Control characters no text file holds (tab, line feed, form feed and carriage return aside). */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/u;

/** Characters of Chinese text beyond ASCII: ideographs, CJK and full-width punctuation, quotes, dashes. */
const CHINESE_TEXT =
  /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef\u2010-\u206f\u00b7\u00d7\u2460-\u24ff\u2500-\u257f\u25a0-\u25ff]/u;

function strict(encoding: ReportEncoding, bytes: Uint8Array): string | Error {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

/** Where strict UTF-8 fails: the first byte that does not start or continue a valid sequence. */
function firstBadUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const length =
      b < 0x80
        ? 1
        : b >= 0xc2 && b <= 0xdf
          ? 2
          : b >= 0xe0 && b <= 0xef
            ? 3
            : b >= 0xf0 && b <= 0xf4
              ? 4
              : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < 0x80 || c > 0xbf) return i;
    }
    i += length;
  }
  return -1;
}

const hex = (b: number | undefined) => `0x${(b ?? 0).toString(16).padStart(2, '0').toUpperCase()}`;

/** Why text decoded as GB18030 does not read as a Chinese report, or undefined when it does. */
function notChinese(text: string): string | undefined {
  if (CONTROL.test(text)) return 'it holds control characters';
  let wide = 0;
  let chinese = 0;
  for (const char of text) {
    if (char <= '\u007f' || /\s/u.test(char)) continue;
    wide++;
    if (CHINESE_TEXT.test(char)) chinese++;
  }
  if (wide === 0) return undefined;
  if (chinese / wide < 0.9) {
    return `only ${Math.round((100 * chinese) / wide)}% of its non-ASCII characters are Chinese text`;
  }
  return undefined;
}

/**
 * Decodes a report file.
 * @param name the file's name, for messages
 * @throws ReportDecodeError naming the file and every encoding tried
 */
export function decodeReport(bytes: Uint8Array, name: string): DecodedReport {
  for (const [encoding, bom] of BOMS) {
    if (bytes.length < bom.length || !bom.every((b, i) => bytes[i] === b)) continue;
    const text = strict(encoding, bytes.subarray(bom.length));
    if (typeof text !== 'string') {
      throw new ReportDecodeError(
        `${name} starts with a ${encoding.toUpperCase()} byte-order mark but is not valid ${encoding.toUpperCase()} after it`,
      );
    }
    if (CONTROL.test(text)) {
      throw new ReportDecodeError(`${name} is not text: it holds control characters`);
    }
    return { text, encoding, bom: true };
  }
  const utf8 = strict('utf-8', bytes);
  if (typeof utf8 === 'string') {
    if (CONTROL.test(utf8)) {
      throw new ReportDecodeError(
        `${name} is not text: it holds control characters (a binary file?)`,
      );
    }
    return { text: utf8, encoding: 'utf-8', bom: false };
  }
  const bad = firstBadUtf8(bytes);
  const gb = strict('gb18030', bytes);
  const why = typeof gb === 'string' ? notChinese(gb) : 'invalid byte sequence';
  if (typeof gb === 'string' && why === undefined)
    return { text: gb, encoding: 'gb18030', bom: false };
  throw new ReportDecodeError(
    `${name} is not UTF-8 text (byte ${hex(bytes[bad])} at offset ${bad}), has no UTF-16 byte-order mark, and does not read as GB18030 (${why ?? ''}); save it as UTF-8`,
  );
}
