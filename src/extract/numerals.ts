/**
 * What counts as a number in a report, and what it is worth.
 *
 * A number is:
 * - a run of Arabic digits, with thousands commas and a decimal part (440, 1,200, 37.1), together
 *   with a magnitude character written right after it (5万 = 50 000, 1.2亿);
 * - a run of Chinese numeral characters 〇零一二两三四五六七八九十百千万亿 (二十二, 四十, 八),
 *   including ordinals after 第 (第二), counts before a measure word (四项, 五大, 三区) and the
 *   numerals inside names (八届八次, 十九大, 两个维护) — a name is still a number a reader sees, so
 *   the dataset must say what it does with it;
 * - 百分之 followed by a numeral (百分之三十 = 30 %).
 *
 * Not a number: a numeral character that is part of an ordinary word in which it means no
 * quantity — 一般 (general), 一体化 (integration), 唯一 (only), 统一 (unify), 进一步 (further),
 * 百姓 (the people), 十分 (very) … The full list is `NOT_NUMERALS`; each entry is such a word.
 *
 * The text is expected to be normalised (`normalize.ts`): half-width digits and punctuation,
 * simplified characters.
 */

const DIGIT: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNIT: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNIT: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

/** The Chinese numeral characters. */
export const CHINESE_NUMERAL_CHARS = '〇零一二两三四五六七八九十百千万亿';

/**
 * Words whose numeral character means no quantity. Kept short and literal: when in doubt, a
 * numeral counts as a number and the dataset's curation must say what it does with it.
 */
export const NOT_NUMERALS: readonly string[] = [
  '一般',
  '一体',
  '一切',
  '一些',
  '一定',
  '一直',
  '一起',
  '一致',
  '一流',
  '一样',
  '一道',
  '一旦',
  '一向',
  '一贯',
  '一律',
  '一概',
  '一再',
  '一举',
  '一线',
  '一批',
  '一系列',
  '一方面',
  '一揽子',
  '一把手',
  '一心一意',
  '一带一路',
  '长三角',
  '珠三角',
  '零售',
  '零部件',
  '唯一',
  '统一',
  '同一',
  '这一',
  '那一',
  '每一',
  '逐一',
  '之一',
  '进一步',
  '万一',
  '万众',
  '千家万户',
  '千方百计',
  '百姓',
  '百花齐放',
  '四面八方',
  '五湖四海',
  '十分',
  '万分',
  '第一时间',
  '第一书记',
];

/**
 * The value of a Chinese numeral: 二十二 → 22, 一百零五 → 105, 四十 → 40, 二〇一九 → 2019,
 * 三千五百万 → 35 000 000, 三点五 → 3.5. `undefined` when it is not a well-formed numeral.
 */
export function parseChineseNumeral(text: string): number | undefined {
  if (!text) return undefined;
  const point = text.indexOf('点');
  if (point >= 0) {
    const whole = parseChineseNumeral(text.slice(0, point));
    const fraction = Array.from(text.slice(point + 1), (c) => DIGIT[c]);
    if (whole === undefined || fraction.length === 0 || fraction.some((d) => d === undefined)) {
      return undefined;
    }
    return Number(`${whole}.${fraction.join('')}`);
  }
  const chars = Array.from(text);
  // Positional digits without units: 二〇一九 → 2019.
  if (chars.length > 1 && chars.every((c) => DIGIT[c] !== undefined)) {
    return Number(chars.map((c) => DIGIT[c]).join(''));
  }
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const c of chars) {
    const d = DIGIT[c];
    if (d !== undefined) {
      digit = d;
      continue;
    }
    const small = SMALL_UNIT[c];
    if (small !== undefined) {
      section += (digit ?? 1) * small;
      digit = undefined;
      continue;
    }
    const big = BIG_UNIT[c];
    if (big !== undefined) {
      const part = section + (digit ?? 0);
      if (big === 1e8) total = (total + part || 1) * big;
      else total += (part || 1) * big;
      section = 0;
      digit = undefined;
      continue;
    }
    return undefined;
  }
  return total + section + (digit ?? 0);
}

/** Parses an Arabic number with optional thousands commas: "1,200.5" → 1200.5. */
export function parseArabic(text: string): number | undefined {
  if (!/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/.test(text)) return undefined;
  return Number(text.replace(/,/g, ''));
}

/** A number found in text. */
export interface NumberToken {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Its value, magnitude included (5万 → 50 000); undefined when it cannot be read. */
  readonly value: number | undefined;
  readonly script: 'arabic' | 'chinese';
  /** Written after 第: an ordinal (第二, 第4). */
  readonly ordinal: boolean;
  /** Written as 百分之…: a percentage. */
  readonly percent: boolean;
}

const ARABIC = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;
const MAGNITUDE: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8, 千: 1e3, 百: 1e2 };
const PERCENT_WORDS = new RegExp(`百分之([${CHINESE_NUMERAL_CHARS}点]+)`, 'g');
const NUMERAL_RUN = new RegExp(`[${CHINESE_NUMERAL_CHARS}]+`, 'g');
const NUMERAL_CHAR = new RegExp(`^[${CHINESE_NUMERAL_CHARS}]$`);
const WHOLLY_NUMERAL = new RegExp(`^[${CHINESE_NUMERAL_CHARS}]+$`);
const LEXICAL = new RegExp([...NOT_NUMERALS].sort((a, b) => b.length - a.length).join('|'), 'g');

/** Every number in `text` (normalised), in order. */
export function findNumbers(text: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  const taken = new Uint8Array(text.length);
  const take = (start: number, end: number) => taken.fill(1, start, end);

  for (const m of text.matchAll(PERCENT_WORDS)) {
    const start = m.index;
    const end = start + m[0].length;
    tokens.push({
      start,
      end,
      text: m[0],
      value: parseChineseNumeral(m[1] ?? ''),
      script: 'chinese',
      ordinal: false,
      percent: true,
    });
    take(start, end);
  }

  for (const m of text.matchAll(ARABIC)) {
    const start = m.index;
    if (taken[start]) continue;
    // A digit run inside a longer alphanumeric word (A4, 5G, COVID-19) is still a number.
    let end = start + m[0].length;
    let value = parseArabic(m[0]);
    const next = text[end];
    const magnitude = next === undefined ? undefined : MAGNITUDE[next];
    if (magnitude !== undefined && value !== undefined && next !== '百' && next !== '千') {
      value *= magnitude;
      end += 1;
    }
    tokens.push({
      start,
      end,
      text: text.slice(start, end),
      value,
      script: 'arabic',
      ordinal: text[start - 1] === '第',
      percent: false,
    });
    take(start, end);
  }

  const lexical = new Uint8Array(text.length);
  for (const m of text.matchAll(LEXICAL)) {
    // A word written only in numeral characters (万一) is a number where a numeral runs into it:
    // 一万一千七百八十四 is 11 784, not 一 and 一千七百八十四.
    if (WHOLLY_NUMERAL.test(m[0]) && NUMERAL_CHAR.test(text[m.index - 1] ?? '')) continue;
    lexical.fill(1, m.index, m.index + m[0].length);
  }

  for (const m of text.matchAll(NUMERAL_RUN)) {
    // Split the run where a character is taken or part of an ordinary word.
    let runStart = -1;
    const flush = (end: number) => {
      if (runStart < 0) return;
      const raw = text.slice(runStart, end);
      tokens.push({
        start: runStart,
        end,
        text: raw,
        value: parseChineseNumeral(raw),
        script: 'chinese',
        ordinal: text[runStart - 1] === '第',
        percent: false,
      });
      runStart = -1;
    };
    for (let i = m.index; i < m.index + m[0].length; i++) {
      if (taken[i] || lexical[i]) flush(i);
      else if (runStart < 0) runStart = i;
    }
    flush(m.index + m[0].length);
  }

  return tokens.sort((a, b) => a.start - b.start);
}
