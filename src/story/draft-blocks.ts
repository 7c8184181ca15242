/**
 * The pieces `draftStory()` makes a story of: the limits of the story format, a text in both
 * languages, an item's headline and description, the report sentence of some items with their
 * words marked, the blocks (steps in the making) and the figure steps of a section by sentence;
 * and how the blocks are put in order — unique ids, the most important kept when the story is too
 * long, targets after their baselines, graphics shared with a neighbour.
 */
import { displayQuote } from '../data/quote.js';
import type { Chapter, Dataset, Figure, Target, Text } from '../data/schema.js';
import {
  formatQuantity,
  formatRank,
  pickText,
  qualify,
  type ReportLocale,
} from '../format/format.js';
import { formatTarget } from '../target/text.js';
import { DRAFT_WORDS, type DraftWords, type PartCounts } from './draft-words.js';
import { type DraftSettings } from './draft-options.js';
import { position, sentenceOf, type Part, type Section } from './draft-outline.js';
import { clampText, type Span } from './draft-text.js';
import { itemWords } from './references.js';
import { type GraphicSpec, type StoryStep } from './schema.js';

export const LOCALES = ['zh-CN', 'en'] as const satisfies readonly ReportLocale[];

/** Limits of the story format (see `schema.ts`). */
export const LABEL = 400;
export const LONG = 4000;
export const MAX_LIST = 20;
export const MAX_CITE = 40;
/** Honours listed under one step. */
const MAX_HONOURS = 6;
/** Sentences one step may quote. */
const MAX_SENTENCES = 2;

/** A text in both languages from a function of the language. */
export function both(make: (locale: ReportLocale) => string, max = LABEL): Text {
  const [zh, en] = LOCALES.map((l) => clampText(make(l), max));
  return { zh: zh ?? '', en: en ?? '' };
}

/** The drafter's words in a language. */
export const words = (locale: ReportLocale): DraftWords => DRAFT_WORDS[locale];

/** Whether a figure has a number a counter can count. */
const countable = (f: Figure): f is Figure & { value: number; unit: NonNullable<Figure['unit']> } =>
  f.kind !== 'honour' && f.value !== undefined && f.unit !== undefined;

/** A figure's headline: 地区生产总值预计440亿元 / GDP: est. 44 billion yuan. */
export function figureHeadline(dataset: Dataset, f: Figure, locale: ReportLocale): string {
  const w = words(locale);
  const label = pickText(f.label, locale);
  if (!countable(f)) return itemWords(dataset, f.id, locale) ?? label;
  if (f.kind === 'rank' && f.rank) return w.headline(label, formatRank(f.rank, locale));
  const value = qualify(formatQuantity(f.value, f.unit, locale), f.qualifiers, locale);
  return f.kind === 'streak' ? w.streak(label, value) : w.headline(label, value);
}

/** A target's headline: 地区生产总值增长6.5%以上 / GDP growth: at least 6.5%. */
export function targetHeadline(dataset: Dataset, t: Target, locale: ReportLocale): string {
  const reference = t.reference ? dataset.targets.find((r) => r.id === t.reference) : undefined;
  const goal = formatTarget(t, locale, reference ? pickText(reference.label, locale) : '');
  const label = pickText(t.label, locale);
  if (!goal) return label;
  return words(locale).headline(label, goal);
}

/** The items' own words in their sentence, and the sentence as a reader sees it. */
export function quoted(items: readonly { source: Figure['source']; span?: Figure['span'] }[]): {
  text: string;
  marks: Span[];
} {
  const first = items[0];
  if (!first) return { text: '', marks: [] };
  const text = displayQuote(first.source, undefined).text;
  const marks = items
    .map((item) => displayQuote(item.source, item.span).mark)
    .filter((m): m is readonly [number, number] => m !== undefined);
  return { text, marks };
}

/** Descriptions of items joined into one paragraph of the given language. */
export function described(dataset: Dataset, ids: readonly string[], locale: ReportLocale): string {
  const parts = ids.map((id) => itemWords(dataset, id, locale)).filter((s): s is string => !!s);
  return parts.length ? words(locale).join(parts) : '';
}

/** One step in the making: what it shows, where it sits, how much it matters if space is short. */
export interface Block {
  readonly kind: 'opening' | 'figures' | 'targets' | 'events' | 'programme';
  /** The step without its id. */
  readonly step: Omit<StoryStep, 'id'>;
  /** The id it would like: the id of what it shows first. */
  readonly idBase: string;
  /** Where it sits in its section, for ordering. */
  readonly at: number;
  /** The part and the section it belongs to (`2`, `2/chapter-id`), for sharing graphics. */
  readonly where?: string;
  /** Higher is kept first when the story is too long. */
  readonly priority: number;
  /** The figures it shows (counted for the colophon when some are left out). */
  readonly figures: readonly string[];
  /** Figures this step must follow (a target's baseline). */
  readonly after: readonly string[];
}

export function counterGraphics(ids: readonly string[]): GraphicSpec[] {
  return ids.map((metric) => ({ element: 'report-counter', attributes: { metric } }));
}

/** Splits a list into runs of at most `max`, as even as they can be (5 by 3 → 3 + 2; 4 by 3 → 2 + 2). */
export function balancedChunks<T>(items: readonly T[], max: number): T[][] {
  if (items.length === 0) return [];
  const count = Math.ceil(items.length / max);
  const size = Math.floor(items.length / count);
  const extra = items.length % count;
  const out: T[][] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    const n = size + (i < extra ? 1 : 0);
    out.push(items.slice(at, at + n));
    at += n;
  }
  return out;
}

/** A sentence's worth of figures for one step: the counters and the honours it holds. */
interface SentencePart {
  readonly counters: readonly Figure[];
  readonly honours: readonly Figure[];
  /** True when the sentence held more figures than one step shows. */
  readonly split: boolean;
  readonly at: number;
}

/**
 * The figure steps of a section: by sentence, small neighbours joined, large sentences split.
 * Sentences are never joined across a barrier (the place of a target or the programme between them).
 */
export function figureParts(
  figures: readonly Figure[],
  settings: DraftSettings,
  barriers: readonly number[],
): SentencePart[][] {
  const sentences = new Map<string, Figure[]>();
  for (const f of figures) {
    const key = sentenceOf(f);
    sentences.set(key, [...(sentences.get(key) ?? []), f]);
  }
  const parts: SentencePart[] = [];
  for (const items of sentences.values()) {
    const counters = items.filter(countable);
    const honours = items.filter((f) => !countable(f));
    const at = position(items[0] ?? { source: { start: 0 } });
    const chunks = balancedChunks(counters, settings.maxCounters);
    const honourChunks = balancedChunks(honours, MAX_HONOURS);
    if (chunks.length === 0) {
      for (const h of honourChunks) parts.push({ counters: [], honours: h, split: false, at });
      continue;
    }
    const split = chunks.length > 1 || honourChunks.length > 1;
    chunks.forEach((c, i) => {
      const last = i === chunks.length - 1;
      parts.push({ counters: c, honours: last ? (honourChunks[0] ?? []) : [], split, at });
    });
    for (const h of honourChunks.slice(1)) parts.push({ counters: [], honours: h, split, at });
  }
  // Join a sentence to the one before when that one is small: one counter or none, or this one
  // only honours — two sentences at most, within the counters, honours and text a step holds.
  const steps: SentencePart[][] = [];
  for (const part of parts) {
    const previous = steps.at(-1);
    const head = previous?.[0];
    const counters = (list: readonly SentencePart[]) =>
      list.reduce((n, p) => n + p.counters.length, 0);
    const honours = (list: readonly SentencePart[]) =>
      list.reduce((n, p) => n + p.honours.length, 0);
    const apart = (a: number, b: number) => barriers.some((at) => at > a && at < b);
    if (
      previous &&
      head &&
      !apart(head.at, part.at) &&
      previous.length < MAX_SENTENCES &&
      !head.split &&
      !part.split &&
      (counters(previous) <= 1 || part.counters.length === 0) &&
      counters(previous) + part.counters.length <= settings.maxCounters &&
      honours(previous) + part.honours.length <= MAX_HONOURS
    ) {
      previous.push(part);
    } else steps.push([part]);
  }
  return steps;
}

/**
 * Where a title's words stand in a sentence: the title itself, else the longest run of it (at
 * least four characters, or the whole of a shorter title) that the sentence contains.
 */
export function sharedWords(sentence: string, title: string): Span | undefined {
  const min = Math.min(4, title.length);
  for (let length = title.length; length >= min && length > 0; length--) {
    for (let start = 0; start + length <= title.length; start++) {
      const at = sentence.indexOf(title.slice(start, start + length));
      if (at >= 0) return [at, at + length];
    }
  }
  return undefined;
}

/** The timeline, highlighting some events (too many to name: none). */
export function timeline(ids: readonly string[]): GraphicSpec {
  const highlight = ids.join(',');
  return {
    element: 'report-timeline',
    attributes: highlight.length <= 1500 ? { highlight } : {},
  };
}

/** What a part holds, for its opening. */
export function partCounts(part: Part): PartCounts {
  const sum = (f: (s: Section) => number) => part.sections.reduce((n, s) => n + f(s), 0);
  return {
    figures: sum((s) => s.figures.length),
    targets: sum((s) => s.targets.length),
    events: sum((s) => s.events.length),
    pillars: sum((s) => (s.programme ? 1 : 0)),
  };
}

/** A chapter's sentence when it says more than the title (an opening paragraph, a call). */
export function ownSentence(chapter: Chapter): string | undefined {
  const text = displayQuote(chapter.source, undefined).text.trim();
  const title = chapter.title.zh.trim();
  if (!text || text === title || text.replace(/\s+/g, '') === title.replace(/\s+/g, '')) {
    return undefined;
  }
  return text;
}

const QUOTES: Readonly<Record<string, string>> = { '“': '”', '「': '」', '『': '』' };

/**
 * A chapter whose sentence opens with a quotation (a speaker's call): the quoted words, and what
 * the sentence says after them.
 */
export function openingQuote(own: string): { text: string; rest: string } | undefined {
  const close = QUOTES[own[0] ?? ''];
  if (!close) return undefined;
  const end = own.indexOf(close, 1);
  if (end < 2) return undefined;
  const text = own.slice(1, end).trim();
  const rest = own.slice(end + 1).trim();
  return text ? { text, rest } : undefined;
}

/** Unique step ids from each block's preferred id. */
export function stepIds(blocks: readonly Block[]): string[] {
  const used = new Set<string>();
  return blocks.map((block) => {
    const base = block.idBase.slice(0, 74).replace(/-+$/, '') || 'step';
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  });
}

/** Keeps the most important blocks when there are more than `max`, in their order. */
export function trim(blocks: readonly Block[], max: number): Block[] {
  if (blocks.length <= max) return [...blocks];
  const kept = new Set(
    blocks
      .map((block, index) => ({ block, index }))
      .sort((a, b) => b.block.priority - a.block.priority || a.index - b.index)
      .slice(0, max)
      .map(({ index }) => index),
  );
  return blocks.filter((_, index) => kept.has(index));
}

/** Moves each target step after the steps of the figures it is measured against. */
export function afterBaselines(blocks: Block[]): Block[] {
  const out = [...blocks];
  for (const block of blocks) {
    if (block.after.length === 0) continue;
    const at = out.indexOf(block);
    const last = Math.max(
      ...block.after.map((id) =>
        out.findIndex((b) => b.kind === 'figures' && b.figures.includes(id)),
      ),
    );
    if (last > at) {
      out.splice(at, 1);
      out.splice(last, 0, block);
    }
  }
  return out;
}

/**
 * Steps without a graphic of their own take their neighbour's, so a reader never sees another
 * section's graphic beside them: a part's opening the first graphic of the part, any other step
 * the next graphic of its section, else the one before it there.
 */
export function sharedGraphics(blocks: readonly Block[]): Block[] {
  const partOf = (b: Block) => (b.where ?? '').split('/')[0];
  return blocks.map((block, i) => {
    if (block.step.graphic) return block;
    const opening = block.kind === 'opening';
    const near = (b: Block) =>
      b.step.graphic !== undefined &&
      (opening ? partOf(b) === partOf(block) : b.where === block.where);
    const next = blocks.slice(i + 1).find(near);
    const before = opening ? undefined : blocks.slice(0, i).findLast(near);
    const graphic = (next ?? before)?.step.graphic;
    return graphic ? { ...block, step: { ...block.step, graphic } } : block;
  });
}
