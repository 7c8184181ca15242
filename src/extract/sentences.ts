/**
 * Splits a report (plain text or Markdown, normalised by `normalize.ts`) into blocks and sentences.
 *
 * Blocks follow Markdown: a heading line; a list item (`-`, `*`, `●`, `1.`, `一、`, `(一)`, or a
 * group letter such as `A `) with its continuation lines; a paragraph of consecutive lines — either
 * up to a line that ends a sentence (。) or a short title line without punctuation (一、综合), since
 * plain text writes one paragraph per line. A line holding only a small number (`1`) is the marker of the block after
 * it (a numbered pillar). A hard line break (two trailing spaces) stays inside its block.
 *
 * Sentences end at 。 ! ? (full-width forms are already folded) together with any closing quotes or
 * brackets after them, and at the end of a block. The semicolon does not end a sentence: Chinese
 * uses it between clauses of one sentence (…增长6.5%；完成…).
 *
 * Joins: copy-pasted reports break paragraphs inside a sentence or even a word (长三角一体 / 化中的
 * 定位). `joins: 'auto'` joins two paragraphs when the first stops mid-sentence (it ends in a
 * character, not punctuation, after prose) and the second goes on with a character; a list of
 * offsets joins exactly the breaks that contain them, and nothing else.
 */

export type BlockKind = 'heading' | 'item' | 'paragraph';

export interface Marker {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** `letter`: A/B/C groups; `number`: 1. 2、; `chinese`: 一、(二); `bullet`: - ● …; `line`: a line holding only a number. */
  readonly kind: 'letter' | 'number' | 'chinese' | 'bullet' | 'line';
  /** For numbered markers: the number. */
  readonly value?: number;
}

export interface Block {
  readonly index: number;
  readonly kind: BlockKind;
  /** The content, without the heading hashes or the list marker, trimmed. */
  readonly start: number;
  readonly end: number;
  /** Heading level (1–6); 0 for other blocks. */
  readonly level: number;
  readonly marker?: Marker | undefined;
  /** The innermost heading block above this one (for a heading: the heading it sits under). */
  readonly heading?: number | undefined;
}

export interface Sentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The block it belongs to. */
  readonly block: number;
}

export interface Segmentation {
  readonly text: string;
  readonly blocks: readonly Block[];
  readonly sentences: readonly Sentence[];
  /** The offsets of the paragraph breaks that were joined (each the first line break of a gap). */
  readonly joins: readonly number[];
}

export interface SegmentOptions {
  /** `'auto'` (default) guesses breaks inside sentences; a list joins exactly those; `'none'` none. */
  readonly joins?: 'auto' | 'none' | readonly number[];
}

const ENDERS = new Set(['。', '!', '?', '…']);
const CLOSERS = new Set(['”', '’', '」', '』', ')', ']', '》', '"', "'", '〉', '】']);
const HEADING = /^(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$/;
const LINE_NUMBER = /^[ \t]*(\d{1,2})[ \t]*$/;
const ITEM =
  /^[ \t]*(?:([-*+•●▪◆■□○◇►])|(\d{1,2})(?:\.(?!\d)|[、)])|\(?([一二三四五六七八九十]{1,3})(?:\)|、)|\((\d{1,2})\)|([A-Z])(?=[ \t]+\S|[.、][ \t]*\S))[ \t.、]*/;
const HAN = /\p{Script=Han}/u;

interface Line {
  readonly start: number;
  readonly end: number;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    if (nl < 0) {
      lines.push({ start, end: text.length });
      return lines;
    }
    lines.push({ start, end: nl });
    start = nl + 1;
  }
}

function trimRange(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return [start, end];
}

const CHINESE_DIGITS = '一二三四五六七八九';
function smallChineseNumber(text: string): number | undefined {
  if (text === '十') return 10;
  const m = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(text);
  if (!m) return undefined;
  const tens = m[2] ? (m[1] ? CHINESE_DIGITS.indexOf(m[1]) + 1 : 1) : 0;
  const ones = m[3]
    ? CHINESE_DIGITS.indexOf(m[3]) + 1
    : m[2]
      ? 0
      : CHINESE_DIGITS.indexOf(m[1] ?? '') + 1;
  return tens * 10 + ones || undefined;
}

function itemMarker(
  text: string,
  line: Line,
): { marker: Marker; contentStart: number } | undefined {
  const body = text.slice(line.start, line.end);
  const m = ITEM.exec(body);
  if (!m) return undefined;
  const lead = /^[ \t]*/.exec(body)?.[0].length ?? 0;
  const [bullet, number, chinese, paren, letter] = m.slice(1);
  const rawEnd = line.start + m[0].length;
  const core = m[0].slice(lead).trimEnd();
  const base = { text: core, start: line.start + lead, end: line.start + lead + core.length };
  let marker: Marker;
  if (bullet) marker = { ...base, kind: 'bullet' };
  else if (number) marker = { ...base, kind: 'number', value: Number(number) };
  else if (paren) marker = { ...base, kind: 'number', value: Number(paren) };
  else if (chinese) {
    const value = smallChineseNumber(chinese);
    marker =
      value === undefined ? { ...base, kind: 'chinese' } : { ...base, kind: 'chinese', value };
  } else if (letter) marker = { ...base, kind: 'letter' };
  else return undefined;
  return { marker, contentStart: rawEnd };
}

interface RawBlock {
  kind: BlockKind;
  start: number;
  end: number;
  level: number;
  marker?: Marker | undefined;
}

/**
 * Whether a line ends its paragraph although no blank line follows: plain text writes one
 * paragraph per line, so a line that ends a sentence (。！？ and closing quotes) or a short title
 * line without punctuation (no hard break after it) closes its paragraph.
 */
function endsParagraph(line: string): boolean {
  if (/[ \t]{2}$/.test(line)) return false;
  const body = line.replace(ITEM, '').trim();
  if (/[。!?…][”’」』)\]》"'〉】]*$/.test(body)) return true;
  return body.length > 0 && body.length <= 40 && !/[,;:，；：、。]/.test(body);
}

/** Whether paragraph `a` stops mid-sentence and paragraph `b` carries on (the `auto` join rule). */
function looksBroken(text: string, a: RawBlock, b: RawBlock): boolean {
  if (a.kind !== 'paragraph' || b.kind !== 'paragraph' || a.marker || b.marker) return false;
  const last = text[a.end - 1] ?? '';
  const first = text[b.start] ?? '';
  const prose = a.end - a.start >= 16 && /[，,。、;；]/.test(text.slice(a.start, a.end));
  return prose && (HAN.test(last) || /[0-9A-Za-z]/.test(last)) && HAN.test(first);
}

/** The blocks of `text`, line by line: headings, list items, paragraphs (before any join). */
function rawBlocks(text: string): RawBlock[] {
  const raw: RawBlock[] = [];
  let open: RawBlock | undefined;
  let pendingMarker: Marker | undefined;
  let previous = '';
  for (const line of linesOf(text)) {
    const body = text.slice(line.start, line.end);
    const before = previous;
    previous = body;
    if (!body.trim()) {
      open = undefined;
      continue;
    }
    const heading = HEADING.exec(body);
    if (heading) {
      const content = heading[2] ?? '';
      const s = line.start + body.indexOf(content, heading[1]?.length ?? 0);
      raw.push({
        kind: 'heading',
        start: s,
        end: s + content.length,
        level: heading[1]?.length ?? 1,
      });
      open = undefined;
      pendingMarker = undefined;
      continue;
    }
    const lineNumber = LINE_NUMBER.exec(body);
    if (lineNumber && !open) {
      const [s, e] = trimRange(text, line.start, line.end);
      pendingMarker = {
        text: text.slice(s, e),
        start: s,
        end: e,
        kind: 'line',
        value: Number(lineNumber[1]),
      };
      continue;
    }
    const item = itemMarker(text, line);
    if (open && !item && !endsParagraph(before)) {
      open.end = trimRange(text, open.start, line.end)[1];
      continue;
    }
    const [s, e] = trimRange(text, item ? item.contentStart : line.start, line.end);
    open = item
      ? { kind: 'item', start: s, end: e, level: 0, marker: item.marker }
      : { kind: 'paragraph', start: s, end: e, level: 0, marker: pendingMarker };
    raw.push(open);
    pendingMarker = undefined;
  }
  return raw;
}

/** Joins paragraphs broken inside a sentence; returns the blocks and the breaks it joined. */
function joinBroken(text: string, raw: readonly RawBlock[], wanted: SegmentOptions['joins']) {
  const joins: number[] = [];
  const merged: RawBlock[] = [];
  for (const block of raw) {
    const prev = merged.at(-1);
    if (prev) {
      const gap = text.indexOf('\n', prev.end);
      const explicit =
        Array.isArray(wanted) && wanted.some((p) => p >= prev.end && p < block.start);
      const auto = wanted === 'auto' && looksBroken(text, prev, block);
      if ((explicit || auto) && gap >= 0 && gap < block.start) {
        prev.end = block.end;
        joins.push(gap);
        continue;
      }
    }
    merged.push({ ...block });
  }
  return { merged, joins };
}

/** The blocks with their indexes and the heading each stands under. */
function scoped(merged: readonly RawBlock[]): Block[] {
  const blocks: Block[] = [];
  const stack: { level: number; index: number }[] = [];
  merged.forEach((b, index) => {
    if (b.kind !== 'heading') {
      blocks.push({ index, ...b, level: 0, heading: stack.at(-1)?.index });
      return;
    }
    while (stack.length && (stack.at(-1)?.level ?? 0) >= b.level) stack.pop();
    const { marker: _marker, ...rest } = b;
    blocks.push({ index, ...rest, heading: stack.at(-1)?.index });
    stack.push({ level: b.level, index });
  });
  return blocks;
}

/** The sentences of each block, cut after 。！？… and the closing marks that follow. */
function sentencesOf(text: string, blocks: readonly Block[]): Sentence[] {
  const sentences: Sentence[] = [];
  const push = (block: Block, s: number, e: number) => {
    const [ts, te] = trimRange(text, s, e);
    if (te > ts) {
      sentences.push({
        index: sentences.length,
        start: ts,
        end: te,
        text: text.slice(ts, te),
        block: block.index,
      });
    }
  };
  for (const block of blocks) {
    let from = block.start;
    for (let i = block.start; i < block.end; i++) {
      if (!ENDERS.has(text[i] ?? '')) continue;
      let j = i + 1;
      while (j < block.end && (ENDERS.has(text[j] ?? '') || CLOSERS.has(text[j] ?? ''))) j++;
      push(block, from, j);
      from = j;
      i = j - 1;
    }
    push(block, from, block.end);
  }
  return sentences;
}

/** Splits `text` into blocks and sentences; see the module comment for the rules. */
export function segment(text: string, options: SegmentOptions = {}): Segmentation {
  const { merged, joins } = joinBroken(text, rawBlocks(text), options.joins ?? 'auto');
  const blocks = scoped(merged);
  return { text, blocks, sentences: sentencesOf(text, blocks), joins };
}

/** The sentence that holds offset `at` (or starts after it when `at` falls between sentences). */
export function sentenceAt(seg: Segmentation, at: number): Sentence | undefined {
  return seg.sentences.find((s) => at >= s.start && at < s.end);
}

/** The headings above a block, outermost first. */
export function headingChain(seg: Segmentation, blockIndex: number): Block[] {
  const chain: Block[] = [];
  let current = seg.blocks[blockIndex]?.heading;
  while (current !== undefined) {
    const block = seg.blocks[current];
    if (!block) break;
    chain.unshift(block);
    current = block.heading;
  }
  return chain;
}
