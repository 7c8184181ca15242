/**
 * The report's programme — what `<report-pillars>` draws: a roof (the aim), pillars with their
 * actions, and a foundation where the report gives one. Read, in this order of preference, from:
 *
 * 1. a named programme with its parts listed beside its name — 深入实施产业提档、项目提效、城市提质、
 *    环境提优、民生提标“五提工程”; 打好防范化解重大风险、精准脱贫、污染防治三大攻坚战 — each part
 *    detailed where the report later gives a line for it (以科技创新为动力，推动产业提档（…、…）) or a
 *    block that opens with it;
 * 2. a numbered work list in one paragraph — 重点做好八项工作：一是着力…；二是… — each item a
 *    pillar named by its first clause, its further clauses its actions;
 * 3. numbered blocks under a title that speaks of work or tasks — 二、主要目标任务 / (一)… (二)….
 *
 * Two to ten pillars, or no programme. The foundation is the party-building chapter's commitments
 * (a title line and a detail line each), when the report has them.
 */
import type { Commitment, Pillar, Programme, Range } from '../data/schema.js';
import { provenance, span, uniqueId, words, type Ctx } from './context.js';
import { parseChineseNumeral } from './numerals.js';
import { readPillarLine, splitEnumeration } from './pillars.js';
import { headingChain, sentenceAt, type Block } from './sentences.js';

/** A part of a programme found in the text (normalised ranges). */
interface Part {
  readonly name: Range;
  /** The sentence that names or details it. */
  readonly source: Range;
  readonly number?: number | undefined;
  readonly driver?: Range | undefined;
  readonly aim?: Range | undefined;
  readonly actions: readonly Range[];
}

interface Found {
  readonly title: Range;
  readonly roof: Range;
  /** Where the programme is introduced (a heading, or the sentence that names it). */
  readonly source: Range;
  readonly parts: readonly Part[];
  /** The block it is introduced in, for its chapter. */
  readonly block: number;
}

const NUMERAL = '[两二三四五六七八九十]';
/** 五提工程, 三大攻坚战, 七项惠民行动: a count and a kind of programme. */
const NAMED = new RegExp(
  `${NUMERAL}(?:大|项|个)?\\p{Script=Han}{0,4}?(?:工程|行动|攻坚战|战略|计划)`,
  'gu',
);
/** The verb a list of parts opens with: 深入实施…, 打好…. */
const LEAD_VERB =
  /^(?:深入|全面|扎实|加快|大力|坚决|持续|全力|着力|继续|坚定|统筹)?(?:组织实施|实施|推进|打好|打赢|开展|推动|建设|落实|启动|抓好|做好)/;
/** What a work list or its title speaks of. */
const WORK = /工作|任务|重点|举措|抓好|做好|着力|工程|行动|攻坚/;

const MAX_PILLARS = 10;

const sentenceOf = (ctx: Ctx, at: number) => sentenceAt(ctx.seg, at);

/**
 * `r` without the punctuation around it, and without a quotation mark left dangling at an edge
 * (民生提标“ before “五提工程”, “十五五” kept whole).
 */
function trimmed(text: string, r: Range): Range {
  let { start, end } = r;
  const edge = /[\s,;:、。]/;
  for (let before = -1; before !== start + end * 1e6;) {
    before = start + end * 1e6;
    while (start < end && edge.test(text[start] ?? '')) start++;
    while (end > start && edge.test(text[end - 1] ?? '')) end--;
    const inner = text.slice(start, end);
    if (inner.endsWith('“') || (inner.endsWith('”') && !inner.includes('“'))) end--;
    else if (inner.startsWith('”') || (inner.startsWith('“') && !inner.includes('”'))) start++;
  }
  return { start, end };
}

/** The parts listed right before a named programme in its clause (or after it, after a colon). */
function listedParts(ctx: Ctx, name: Range, count: number): Range[] | undefined {
  const t = ctx.text;
  const s = sentenceOf(ctx, name.start);
  if (!s) return undefined;
  const clauseStart = Math.max(s.start, t.lastIndexOf(',', name.start - 1) + 1);
  const before = trimmed(t, { start: clauseStart, end: name.start });
  const lead = LEAD_VERB.exec(t.slice(before.start, before.end))?.[0].length ?? 0;
  const items = splitEnumeration(t, { start: before.start + lead, end: before.end })
    .map((r) => trimmed(t, r))
    .filter((r) => r.end > r.start);
  if (items.length === count) return items;
  const after = /^”?[:：]/.exec(t.slice(name.end, s.end));
  if (!after) return undefined;
  const clauseEnd = t.slice(name.end + after[0].length, s.end).search(/[,;。]/);
  const end = clauseEnd < 0 ? s.end : name.end + after[0].length + clauseEnd;
  const listed = splitEnumeration(t, { start: name.end + after[0].length, end })
    .map((r) => trimmed(t, r))
    .filter((r) => r.end > r.start);
  return listed.length === count ? listed : undefined;
}

/** The clauses of an item after its first: its actions (一是着力扩大有效需求，实施…，提振…). */
function clausesAfterFirst(text: string, r: Range): { name: Range; actions: Range[] } {
  const pieces: Range[] = [];
  let from = r.start;
  for (let i = r.start; i <= r.end; i++) {
    if (i === r.end || /[,;]/.test(text[i] ?? '')) {
      const piece = trimmed(text, { start: from, end: i });
      if (piece.end > piece.start) pieces.push(piece);
      from = i + 1;
    }
  }
  const [name = r, ...actions] = pieces;
  return { name, actions: actions.slice(0, 8) };
}

/** A part's details: a pillar line that names it, or a block after `from` that opens with it. */
function detailOf(ctx: Ctx, name: string, from: number, fallback: Range): Part {
  const t = ctx.text;
  for (const s of ctx.seg.sentences) {
    if (s.start < from) continue;
    const line = readPillarLine(t, s.start, s.end);
    if (line && t.slice(line.name.start, line.name.end) === name) {
      const marker = ctx.seg.blocks[s.block]?.marker;
      return {
        name: line.name,
        source: s,
        number: marker?.value,
        driver: line.driver,
        aim: line.aim,
        actions: line.actions,
      };
    }
  }
  for (const b of ctx.seg.blocks) {
    if (b.start < from || b.kind === 'heading') continue;
    const first = ctx.seg.sentences.find((s) => s.block === b.index);
    if (!first || !t.slice(first.start, Math.min(first.end, first.start + 30)).includes(name)) {
      continue;
    }
    const at = first.start + t.slice(first.start, first.end).indexOf(name);
    const bracket = /\(([^()]+、[^()]+)\)/.exec(t.slice(first.start, first.end));
    const actions = bracket
      ? splitEnumeration(t, {
          start: first.start + bracket.index + 1,
          end: first.start + bracket.index + 1 + (bracket[1] ?? '').length,
        })
      : [];
    return { name: { start: at, end: at + name.length }, source: first, actions };
  }
  return { name: fallback, source: sentenceOf(ctx, fallback.start) ?? fallback, actions: [] };
}

/** 1. A named programme with its parts listed beside its name. */
function namedProgramme(ctx: Ctx): Found | undefined {
  const t = ctx.text;
  for (const m of t.matchAll(NAMED)) {
    const count = parseChineseNumeral(m[0].slice(0, 1)) ?? 0;
    if (count < 2 || count > MAX_PILLARS) continue;
    const name = { start: m.index, end: m.index + m[0].length };
    const listed = listedParts(ctx, name, count);
    const s = sentenceOf(ctx, name.start);
    if (!listed || !s) continue;
    const parts = listed.map((r) => detailOf(ctx, t.slice(r.start, r.end), s.end, r));
    // A heading that names the programme introduces it; its other words are the aim.
    const heading = ctx.seg.blocks.find(
      (b) => b.kind === 'heading' && b.start > s.end && t.slice(b.start, b.end).includes(m[0]),
    );
    const aim = heading ? roofIn(t, heading, m[0]) : undefined;
    const next = clauseAfter(t, name.end, s.end);
    return {
      title: name,
      roof: aim ?? next ?? name,
      source: heading ?? s,
      parts,
      block: heading?.index ?? s.block,
    };
  }
  return undefined;
}

/** The words of a heading besides the programme's name (组织实施“五提工程” 以重点突破带动全局工作). */
function roofIn(text: string, heading: Block, name: string): Range | undefined {
  const at = text.indexOf(name, heading.start);
  const after = trimmed(text, { start: at + name.length, end: heading.end });
  return after.end - after.start >= 4 ? after : undefined;
}

/** The clause after `at` in its sentence. */
function clauseAfter(text: string, at: number, end: number): Range | undefined {
  const from = text.indexOf(',', at);
  if (from < 0 || from >= end) return undefined;
  const stop = text.slice(from + 1, end).search(/[,;。]/);
  const r = trimmed(text, { start: from + 1, end: stop < 0 ? end : from + 1 + stop });
  return r.end - r.start >= 2 ? r : undefined;
}

const ORDINAL = new RegExp(`(${NUMERAL}|一)是`, 'g');

/** 2. 重点做好八项工作：一是…；二是…: a numbered work list in one paragraph. */
function inlineList(ctx: Ctx): Found | undefined {
  const t = ctx.text;
  for (const b of ctx.seg.blocks) {
    if (b.kind === 'heading') continue;
    const marks = [...t.slice(b.start, b.end).matchAll(ORDINAL)].map((m) => ({
      at: b.start + m.index,
      body: b.start + m.index + m[0].length,
      n: parseChineseNumeral(m[1] ?? ''),
    }));
    const run = marks.filter((m, k) => m.n === k + 1 && marks[k]?.n === k + 1);
    if (run.length < 2 || run.length > MAX_PILLARS) continue;
    const first = run[0];
    if (!first) continue;
    const introStart = Math.max(b.start, t.lastIndexOf('。', first.at - 1) + 1);
    const intro = trimmed(t, { start: introStart, end: first.at });
    if (!WORK.test(t.slice(intro.start, intro.end))) continue;
    const parts = run.map((m, k) => {
      const end = run[k + 1]?.at ?? (t.indexOf('。', m.body) < 0 ? b.end : t.indexOf('。', m.body));
      const item = trimmed(t, { start: m.body, end: Math.min(end, b.end) });
      const { name, actions } = clausesAfterFirst(t, item);
      return { name, source: sentenceOf(ctx, m.at) ?? item, number: k + 1, actions };
    });
    return {
      title: intro,
      roof: intro,
      source: sentenceOf(ctx, intro.start) ?? intro,
      parts,
      block: b.index,
    };
  }
  return undefined;
}

/** The level of a numbered block: 一、 (1), (一) (2). */
function level(b: Block): number | undefined {
  if (b.kind !== 'item' || b.marker?.kind !== 'chinese') return undefined;
  return b.marker.text.startsWith('(') ? 2 : 1;
}

/** 3. Numbered blocks (一)…(六) under a title that speaks of work or tasks. */
function numberedBlocks(ctx: Ctx): Found | undefined {
  const t = ctx.text;
  const blocks = ctx.seg.blocks;
  for (const title of blocks) {
    const titleLevel = level(title);
    const isTitle = title.kind === 'heading' || (titleLevel === 1 && title.end - title.start <= 40);
    if (!isTitle || !WORK.test(t.slice(title.start, title.end))) continue;
    const items: Block[] = [];
    for (const b of blocks.slice(title.index + 1)) {
      if (b.kind === 'heading' || (level(b) ?? 3) < (titleLevel === 1 ? 2 : 1)) break;
      if (level(b) === (titleLevel === 1 ? 2 : 1) && b.marker?.value === items.length + 1)
        items.push(b);
    }
    if (items.length < 2 || items.length > MAX_PILLARS) continue;
    const parts = items.map((b, k) => {
      const s = ctx.seg.sentences.find((x) => x.block === b.index) ?? b;
      const { name, actions } = clausesAfterFirst(t, trimmed(t, s));
      return { name, source: s, number: k + 1, actions };
    });
    const titleRange = trimmed(t, title);
    return { title: titleRange, roof: titleRange, source: title, parts, block: title.index };
  }
  return undefined;
}

/** The party-building chapter's commitments: a title line and a detail line each. */
function foundationOf(
  ctx: Ctx,
  chapterOfBlock: ReadonlyMap<number, string>,
): Programme['foundation'] {
  const t = ctx.text;
  const heading = ctx.seg.blocks.find(
    (b) => b.kind === 'heading' && /党建|从严治党|党的建设|党的领导/.test(t.slice(b.start, b.end)),
  );
  if (!heading) return undefined;
  const items = ctx.seg.blocks.filter(
    (b) =>
      b.heading === heading.index && b.kind === 'item' && /[ \t]*\n/.test(t.slice(b.start, b.end)),
  );
  const commitments: Commitment[] = items.flatMap((b, k) => {
    const lines = t.slice(b.start, b.end).split(/[ \t]*\n\s*/);
    if (lines.length !== 2) return [];
    const cut = t.indexOf('\n', b.start);
    const titleEnd = b.start + t.slice(b.start, cut).trimEnd().length;
    const detailStart = cut + (/^\s*/.exec(t.slice(cut, b.end))?.[0].length ?? 0);
    return [
      {
        id: uniqueId(ctx, `commitment-${k + 1}`),
        title: { zh: words(ctx, b.start, titleEnd) },
        detail: { zh: words(ctx, detailStart, b.end) },
        source: provenance(ctx, b),
      },
    ];
  });
  if (commitments.length < 2) return undefined;
  const chapter = chapterOfBlock.get(heading.index);
  return {
    title: { zh: words(ctx, heading.start, heading.end) },
    ...(chapter ? { chapter } : {}),
    commitments,
    source: provenance(ctx, heading),
  };
}

function pillarOf(ctx: Ctx, part: Part, k: number): Pillar {
  const id = uniqueId(ctx, `pillar-${k + 1}`);
  const source = provenance(ctx, part.source);
  const text = (r: Range) => ({ zh: words(ctx, r.start, r.end).slice(0, 400) });
  return {
    id,
    number: part.number ?? k + 1,
    name: text(part.name),
    ...(part.driver ? { driver: text(part.driver) } : {}),
    ...(part.aim ? { aim: text(part.aim) } : {}),
    actions: part.actions.map((a, i) => ({
      id: uniqueId(ctx, `${id}-action-${i + 1}`),
      text: text(a),
      source,
      span: span(ctx, a),
    })),
    source,
  };
}

/** The chapter a block stands in. */
function chapterOf(ctx: Ctx, chapterOfBlock: ReadonlyMap<number, string>, index: number) {
  const block = ctx.seg.blocks[index];
  if (!block) return undefined;
  if (block.kind === 'heading' && chapterOfBlock.has(block.index))
    return chapterOfBlock.get(block.index);
  const chain = headingChain(ctx.seg, index);
  const inner = chain.at(-1);
  return inner ? chapterOfBlock.get(inner.index) : undefined;
}

/** The report's programme, or `undefined` when it names none the rules can read. */
export function findProgramme(
  ctx: Ctx,
  chapterOfBlock: ReadonlyMap<number, string>,
): Programme | undefined {
  const found = namedProgramme(ctx) ?? inlineList(ctx) ?? numberedBlocks(ctx);
  if (!found || found.parts.length < 2) return undefined;
  const chapter = chapterOf(ctx, chapterOfBlock, found.block);
  const foundation = foundationOf(ctx, chapterOfBlock);
  const roofSentence = sentenceOf(ctx, found.roof.start) ?? found.roof;
  // Its words carry the numbers in them (五提工程, 三大攻坚战).
  ctx.used.push(found.title, found.roof, ...found.parts.flatMap((p) => [p.name, ...p.actions]));
  return {
    id: uniqueId(ctx, 'programme'),
    title: { zh: words(ctx, found.title.start, found.title.end).slice(0, 400) },
    ...(chapter ? { chapter } : {}),
    roof: {
      text: { zh: words(ctx, found.roof.start, found.roof.end).slice(0, 400) },
      source: provenance(ctx, roofSentence),
    },
    pillars: found.parts.map((p, k) => pillarOf(ctx, p, k)),
    ...(foundation ? { foundation } : {}),
    source: provenance(ctx, found.source),
  };
}
