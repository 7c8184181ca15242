/**
 * The year a sentence speaks of: stated in its headings, in itself, or in the last sentence before
 * it that opens with a year. Targets for "this year" (今年, 明年, 新的一年) speak of the year after
 * the one under review.
 */
import type { Ctx } from './context.js';
import { parseChineseNumeral } from './numerals.js';
import { headingChain, type Sentence } from './sentences.js';

const YEAR = '(?:((?:19|20|21)\\d\\d)|([〇○零一二三四五六七八九]{4}))年';
const YEAR_AT_START = new RegExp(`^${YEAR}`);
const YEAR_ANYWHERE = new RegExp(YEAR);

/** The value of a year match: 2019, or 二〇一九 (also written with ○ for zero). */
function yearValue(m: RegExpMatchArray): number | undefined {
  const y = m[1] ? Number(m[1]) : parseChineseNumeral((m[2] ?? '').replace(/○/g, '〇'));
  return y !== undefined && y >= 1900 && y < 2200 ? y : undefined;
}

/** A year written in the text: 2019年 or 二〇一九年 (at its start only, when `atStart`). */
export function statedYear(text: string, atStart = false): number | undefined {
  const m = (atStart ? YEAR_AT_START : YEAR_ANYWHERE).exec(text);
  return m ? yearValue(m) : undefined;
}

/** The latest year stated anywhere in the text. */
export function latestYear(text: string): number | undefined {
  const years = [...text.matchAll(new RegExp(YEAR, 'g'))].flatMap((m) => yearValue(m) ?? []);
  return years.length ? Math.max(...years) : undefined;
}

/** The year a sentence speaks of: from its headings, itself, or the last year stated before it. */
export function yearOf(ctx: Ctx, s: Sentence, target: boolean): number | undefined {
  const block = ctx.seg.blocks[s.block];
  const chain = block ? headingChain(ctx.seg, block.index) : [];
  for (const h of [...chain].reverse()) {
    const y = statedYear(ctx.text.slice(h.start, h.end));
    if (y) return y;
  }
  const own = statedYear(s.text);
  if (own) return own;
  const lead = ctx.seg.sentences[s.index - 1]?.text ?? '';
  for (let i = s.index - 1; i >= 0; i--) {
    const prev = ctx.seg.sentences[i];
    if (!prev) break;
    const y = statedYear(prev.text, true);
    // Targets for "this year" (今年, 明年, 新的一年) come after the year under review.
    if (y) return target && /今年|明年|新的一年/.test(s.text + lead) ? y + 1 : y;
  }
  return undefined;
}
