/**
 * `draftStory(dataset, options?)`: a story file drafted from any dataset — the report's chapters in
 * its order, its figures as counters beside the sentences they come from, its targets as gauges
 * after the results they compare with, its events on a timeline that follows the chapters, its
 * programme raised pillar by pillar. Pure and deterministic (the same dataset and options give the
 * same JSON, byte for byte); runs in the browser and in Node.
 *
 * Every step cites the dataset items it shows, so the page offers their sentences and the deck's
 * speaker notes quote them. The Chinese text of a step is the report's own sentence, shortened at a
 * clause where it is long; English appears only where the dataset has it (see `englishGaps`).
 */
import { displayQuote } from '../data/quote.js';
import type {
  Chapter,
  Dataset,
  Figure,
  LongText,
  Programme,
  ReportEvent,
  Target,
  Text,
} from '../data/schema.js';
import { describeIssues, validateDataset } from '../data/validate.js';
import {
  formatQuantity,
  formatRank,
  formatWhen,
  pickText,
  qualify,
  type ReportLocale,
} from '../format/format.js';
import { formatGoal } from '../format/goal.js';
import { englishGaps, withoutEnglish } from './draft-english.js';
import {
  DraftStoryError,
  normalizeDraftOptions,
  type DraftSettings,
  type DraftStoryOptions,
} from './draft-options.js';
import {
  hasContent,
  outline,
  position,
  sentenceOf,
  type Part,
  type Section,
} from './draft-outline.js';
import { clampText, shortenSentence, type Span } from './draft-text.js';
import { DRAFT_WORDS, type PartCounts } from './draft-words.js';
import { itemWords } from './references.js';
import { STORY_SCHEMA_VERSION, type GraphicSpec, type Story, type StoryStep } from './schema.js';
import { checkStoryReferences, validateStory } from './validate.js';

export {
  DraftStoryError,
  DRAFT_LANGUAGES,
  DRAFT_PARTS,
  type DraftLanguages,
  type DraftPart,
  type DraftStoryOptions,
} from './draft-options.js';

const LOCALES = ['zh-CN', 'en'] as const satisfies readonly ReportLocale[];

/** Limits of the story format (see `schema.ts`). */
const LABEL = 400;
const LONG = 4000;
const MAX_LIST = 20;
const MAX_CITE = 40;
/** Honours listed under one step. */
const MAX_HONOURS = 6;
/** Sentences one step may quote. */
const MAX_SENTENCES = 2;

/** A text in both languages from a function of the language. */
function both(make: (locale: ReportLocale) => string, max = LABEL): Text {
  const [zh, en] = LOCALES.map((l) => clampText(make(l), max));
  return { zh: zh ?? '', en: en ?? '' };
}

const words = (locale: ReportLocale) => DRAFT_WORDS[locale];

/** Whether a figure has a number a counter can count. */
const countable = (f: Figure): f is Figure & { value: number; unit: NonNullable<Figure['unit']> } =>
  f.kind !== 'honour' && f.value !== undefined && f.unit !== undefined;

/** A figure's headline: 地区生产总值预计440亿元 / GDP: est. 44 billion yuan. */
function figureHeadline(dataset: Dataset, f: Figure, locale: ReportLocale): string {
  const w = words(locale);
  const label = pickText(f.label, locale);
  if (!countable(f)) return itemWords(dataset, f.id, locale) ?? label;
  if (f.kind === 'rank' && f.rank) return w.headline(label, formatRank(f.rank, locale));
  const value = qualify(formatQuantity(f.value, f.unit, locale), f.qualifiers, locale);
  return f.kind === 'streak' ? w.streak(label, value) : w.headline(label, value);
}

/** A target's headline: 地区生产总值增长6.5%以上 / GDP growth: at least 6.5%. */
function targetHeadline(dataset: Dataset, t: Target, locale: ReportLocale): string {
  const reference = t.reference ? dataset.targets.find((r) => r.id === t.reference) : undefined;
  const goal = formatGoal(t, locale, reference ? pickText(reference.label, locale) : '');
  const label = pickText(t.label, locale);
  if (!goal) return label;
  return locale === 'en' ? words(locale).headline(label, goal) : `${label}${goal}`;
}

/** The items' own words in their sentence, and the sentence as a reader sees it. */
function quoted(items: readonly { source: Figure['source']; span?: Figure['span'] }[]): {
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
function described(dataset: Dataset, ids: readonly string[], locale: ReportLocale): string {
  const parts = ids.map((id) => itemWords(dataset, id, locale)).filter((s): s is string => !!s);
  return parts.length ? words(locale).join(parts) : '';
}

/** One step in the making: what it shows, where it sits, how much it matters if space is short. */
interface Block {
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

function counterGraphics(ids: readonly string[]): GraphicSpec[] {
  return ids.map((metric) => ({ element: 'report-counter', attributes: { metric } }));
}

/** Splits a list into runs of at most `max`, as even as they can be (5 by 3 → 3 + 2; 4 by 3 → 2 + 2). */
function balancedChunks<T>(items: readonly T[], max: number): T[][] {
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
function figureParts(
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

class Drafter {
  private readonly w = DRAFT_WORDS;

  constructor(
    private readonly dataset: Dataset,
    private readonly settings: DraftSettings,
  ) {}

  /** The report's sentence of some items, shortened, and English made of their descriptions. */
  private paragraph(
    items: readonly (Figure | Target | ReportEvent)[],
    ids: readonly string[],
    only: boolean,
  ): LongText | undefined {
    const { text, marks } = quoted(items);
    const zh = shortenSentence(text, marks, this.settings.maxText, only);
    if (!zh) return undefined;
    const en = clampText(described(this.dataset, ids, 'en'), LONG);
    return en ? { zh, en } : { zh };
  }

  /** Speaker notes: the items in words, to be read out. */
  private notes(ids: readonly string[]): { notes?: LongText } {
    const zh = clampText(described(this.dataset, ids, 'zh-CN'), LONG);
    if (!zh) return {};
    return { notes: { zh, en: clampText(described(this.dataset, ids, 'en'), LONG) } };
  }

  private kicker(section: Section): { kicker?: Text } {
    const title = section.chapter?.title;
    return title ? { kicker: both((l) => pickText(title, l)) } : {};
  }

  private figureBlocks(section: Section): Block[] {
    const barriers = [
      ...section.targets.map(position),
      ...(section.programme ? [position(section.programme)] : []),
    ];
    return figureParts(section.figures, this.settings, barriers).flatMap((parts): Block[] => {
      const counters = parts.flatMap((p) => p.counters);
      const honours = parts.flatMap((p) => p.honours);
      const lead = counters[0] ?? honours[0];
      if (!lead) return [];
      const ids = [...counters, ...honours].map((f) => f.id);
      // Each sentence is a paragraph: the report's words, and in English the sentence's counters
      // described (its honours, when it has no counters). Honours beside counters are listed.
      const body = parts
        .map((part) =>
          this.paragraph(
            [...part.counters, ...part.honours],
            (part.counters.length ? part.counters : part.honours).map((f) => f.id),
            part.split,
          ),
        )
        .filter((p): p is LongText => p !== undefined);
      const listed = parts.flatMap((p) => (p.counters.length ? p.honours : []));
      // A step has English for every paragraph or for none.
      const english = body.every((p) => p.en);
      return [
        {
          kind: 'figures',
          at: Math.min(...parts.map((p) => p.at)),
          idBase: lead.id,
          priority: 50 + counters.length * 2 + (counters.some((f) => f.change || f.rank) ? 1 : 0),
          figures: ids,
          after: [],
          step: {
            ...this.kicker(section),
            heading: both((l) => figureHeadline(this.dataset, lead, l)),
            ...(body.length ? { body: english ? body : body.map(({ zh }) => ({ zh })) } : {}),
            ...(listed.length ? { list: listed.map((f) => f.id) } : {}),
            ...(counters.length ? { graphic: counterGraphics(counters.map((f) => f.id)) } : {}),
            cite: ids.slice(0, MAX_CITE),
            ...this.notes(ids),
          },
        },
      ];
    });
  }

  private targetBlocks(section: Section): Block[] {
    const groups = new Map<string, Target[]>();
    for (const t of section.targets) {
      const key = `${t.group ?? ''}|${sentenceOf(t)}`;
      groups.set(key, [...(groups.get(key) ?? []), t]);
    }
    const title = section.chapter?.title;
    const years = [...new Set(section.targets.map((t) => t.year))];
    const year = years.length === 1 ? years[0] : undefined;
    return [...groups.values()].flatMap((group) => {
      const chunks = balancedChunks(group, this.settings.maxGauges);
      return chunks.flatMap((chunk): Block[] => {
        const lead = chunk[0];
        if (!lead) return [];
        const ids = chunk.map((t) => t.id);
        const letter = lead.group;
        const paragraph = this.paragraph(chunk, ids, chunks.length > 1);
        return [
          {
            kind: 'targets',
            at: position(lead),
            idBase: lead.id,
            priority: 60 + chunk.length,
            figures: [],
            after: chunk.flatMap((t) => (t.baseline ? [t.baseline.figure] : [])),
            step: {
              kicker: both((l) => {
                const base = title ? pickText(title, l) : this.w[l].targets(year);
                return letter ? this.w[l].group(base, letter) : base;
              }),
              heading: both((l) => targetHeadline(this.dataset, lead, l)),
              ...(paragraph ? { body: [paragraph] } : {}),
              graphic: ids.map((goal) => ({ element: 'report-gauge', attributes: { goal } })),
              cite: ids,
              ...this.notes(ids),
            },
          },
        ];
      });
    });
  }

  /**
   * A section's events on the timeline: one event as its own step (its title, its sentence), more
   * as a list beside the timeline with them lit up.
   */
  private eventBlocks(section: Section, events: readonly ReportEvent[]): Block[] {
    return balancedChunks(events, this.settings.maxEvents).flatMap((chunk): Block[] => {
      const lead = chunk[0];
      if (!lead) return [];
      const ids = chunk.map((e) => e.id);
      const years = chunk.map((e) => Number(e.when.date.slice(0, 4))).sort((a, b) => a - b);
      const first = years[0] ?? 0;
      const last = years.at(-1) ?? first;
      const dated = (e: ReportEvent, l: ReportLocale) =>
        `${formatWhen(e.when, l)}${l === 'en' ? ': ' : ' '}${pickText(e.title, l)}`;
      const single = chunk.length === 1;
      const sentence = displayQuote(lead.source, undefined).text;
      const mark = sharedWords(sentence, lead.title.zh);
      const zh = shortenSentence(sentence, mark ? [mark] : [], this.settings.maxText);
      return [
        {
          kind: 'events',
          at: Number.POSITIVE_INFINITY,
          idBase: single ? lead.id : `${section.chapter?.id ?? lead.id}-events`,
          priority: 40,
          figures: [],
          after: [],
          step: {
            ...this.kicker(section),
            heading: single
              ? both((l) => pickText(lead.title, l))
              : both((l) => this.w[l].events(first, last)),
            ...(single
              ? { body: [{ zh, en: clampText(`${dated(lead, 'en')}.`, LONG) }] }
              : { list: ids }),
            graphic: timeline(ids),
            cite: ids,
            notes: both((l) => this.w[l].join(chunk.map((e) => dated(e, l))), LONG),
          },
        },
      ];
    });
  }

  /** The programme raised part by part: the roof, each pillar, the foundation. */
  private programmeBlocks(programme: Programme, section: Section): Block[] {
    const pillars = [...programme.pillars].sort((a, b) => a.number - b.number);
    const title = (l: ReportLocale) => pickText(programme.title, l);
    const building = (reveal: number, active?: string): GraphicSpec => ({
      element: 'report-pillars',
      attributes: active ? { reveal, active } : { reveal },
    });
    const block = (idBase: string, priority: number, step: Block['step']): Block => ({
      kind: 'programme',
      at: position(programme),
      idBase,
      priority,
      figures: [],
      after: [],
      step,
    });
    const out = [
      block(programme.id, 90, {
        kicker: section.chapter ? both((l) => pickText(section.chapter?.title, l)) : both(title),
        heading: both(title),
        body: [both((l) => this.w[l].roof(pickText(programme.roof.text, l)), LONG)],
        list: pillars.slice(0, MAX_LIST).map((p) => p.id),
        graphic: building(1),
        cite: [programme.id],
      }),
      ...pillars.map((pillar, i) => {
        const { text, marks } = quoted([pillar, ...pillar.actions]);
        const zh = shortenSentence(text, marks.slice(1), this.settings.maxText);
        const en = [pillar.driver?.en, pillar.aim?.en].filter((t): t is string => !!t).join(': ');
        return block(pillar.id, 89, {
          kicker: both((l) => this.w[l].pillar(title(l), i + 1, pillars.length)),
          heading: both((l) => pickText(pillar.name, l)),
          body: [en ? { zh, en: clampText(`${en}.`, LONG) } : { zh }],
          graphic: building(i + 2, pillar.id),
          cite: [pillar.id, ...pillar.actions.map((a) => a.id)].slice(0, MAX_CITE),
        });
      }),
    ];
    const foundation = programme.foundation;
    if (foundation) {
      const commitments = foundation.commitments.slice(0, MAX_LIST);
      const cite = [
        ...(foundation.chapter ? [foundation.chapter] : []),
        ...commitments.map((c) => c.id),
      ];
      out.push(
        block(`${programme.id}-foundation`, 88, {
          kicker: both(title),
          heading: both((l) => pickText(foundation.title, l)),
          body: [both((l) => this.w[l].foundation(commitments.length), LONG)],
          ...(commitments.length ? { list: commitments.map((c) => c.id) } : {}),
          graphic: building(pillars.length + 2),
          cite: cite.length ? cite : [programme.id],
        }),
      );
    }
    return out;
  }

  /** A section's steps: figures, targets and the programme in report order, then its events. */
  private section(section: Section, events: readonly ReportEvent[], opened: boolean): Block[] {
    const blocks: Block[] = [
      ...this.figureBlocks(section),
      ...this.targetBlocks(section),
      ...(section.programme ? this.programmeBlocks(section.programme, section) : []),
    ];
    const ordered = blocks
      .map((block, index) => ({ block, index }))
      .sort((a, b) => a.block.at - b.block.at || a.index - b.index)
      .map(({ block }) => block);
    // One event beside other content is cited by the section's last step when the part's opening
    // lights it up on the timeline; more, events alone, or a part without opening, get steps.
    const last = ordered.at(-1);
    if (last && events.length === 1 && opened) {
      const cite = [...(last.step.cite ?? []), ...events.map((e) => e.id)].slice(0, MAX_CITE);
      return [...ordered.slice(0, -1), { ...last, step: { ...last.step, cite } }];
    }
    return [...ordered, ...this.eventBlocks(section, events)];
  }

  /** A part's opening: its number, its title, its call or sentence, what is in it. */
  private opening(part: Part, number: number | undefined, listed: readonly ReportEvent[]): Block[] {
    const chapter = part.chapter;
    const w = this.w;
    const counts = partCounts(part);
    const sections = part.sections.filter(hasContent);
    const summary = sections.length > 1 ? [both((l) => w[l].partCounts(counts), LONG)] : [];
    if (!chapter) {
      if (part.kind !== 'more') return [];
      const section = part.sections[0];
      const first =
        section?.figures[0]?.id ??
        section?.targets[0]?.id ??
        section?.events[0]?.id ??
        section?.programme?.id;
      return [
        {
          kind: 'opening',
          at: 0,
          idBase: 'more',
          priority: 100,
          figures: [],
          after: [],
          step: {
            kind: 'chapter',
            heading: both((l) => w[l].more),
            body: [both((l) => w[l].partCounts(counts), LONG)],
            ...(first ? { cite: [first] } : {}),
          },
        },
      ];
    }
    const own = ownSentence(chapter);
    const quote = own ? openingQuote(own) : undefined;
    const said = quote ? quote.rest : own;
    const empty = part.sections.filter((s) => s.chapter !== chapter && !hasContent(s));
    const body: LongText[] = [
      ...(said ? [{ zh: shortenSentence(said, [], this.settings.maxText) }] : []),
      ...summary,
      ...(empty.length ? [both((l) => w[l].also, LONG)] : []),
    ];
    const list = empty.length
      ? empty.flatMap((s) => (s.chapter ? [s.chapter.id] : []))
      : listed.map((e) => e.id);
    const highlight = part.sections.flatMap((s) => s.events).map((e) => e.id);
    return [
      {
        kind: 'opening',
        at: 0,
        idBase: chapter.id,
        priority: 100,
        figures: [],
        after: [],
        step: {
          kind: 'chapter',
          ...(number !== undefined ? { kicker: both((l) => w[l].part(number)) } : {}),
          heading: both((l) => pickText(chapter.title, l)),
          ...(quote ? { quote: { text: { zh: clampText(quote.text, LONG) } } } : {}),
          ...(body.length ? { body } : {}),
          ...(list.length ? { list: list.slice(0, MAX_LIST) } : {}),
          ...(highlight.length ? { graphic: timeline(highlight) } : {}),
          cite: [chapter.id, ...listed.map((e) => e.id)].slice(0, MAX_CITE),
          ...(summary.length ? { notes: summary[0] } : {}),
        },
      },
    ];
  }

  /** Every step, in report order, before the story's length is checked. */
  draft(parts: readonly Part[]): Block[] {
    const numbered = parts.filter((p) => p.kind === 'chapter').length > 1;
    let number = 0;
    return parts.flatMap((part, p) => {
      if (part.kind === 'chapter') number++;
      const own = part.sections[0];
      const subsections = part.sections.slice(1).filter(hasContent);
      const empty = part.sections.slice(1).some((s) => !hasContent(s));
      // A chapter without sub-chapters of its own names its few events in its opening.
      const listed =
        part.kind === 'chapter' &&
        own &&
        subsections.length === 0 &&
        !empty &&
        own.events.length <= this.settings.maxEvents
          ? own.events
          : [];
      const placed = (where: string) => (block: Block) => ({ ...block, where });
      return [
        ...this.opening(part, numbered && part.kind === 'chapter' ? number : undefined, listed).map(
          placed(`${p}`),
        ),
        ...part.sections.flatMap((section, i) =>
          this.section(
            section,
            section === own && listed.length ? [] : section.events,
            part.kind === 'chapter',
          ).map(placed(`${p}/${i}`)),
        ),
      ];
    });
  }
}

/**
 * Where a title's words stand in a sentence: the title itself, else the longest run of it (at
 * least four characters, or the whole of a shorter title) that the sentence contains.
 */
function sharedWords(sentence: string, title: string): Span | undefined {
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
function timeline(ids: readonly string[]): GraphicSpec {
  const highlight = ids.join(',');
  return {
    element: 'report-timeline',
    attributes: highlight.length <= 1500 ? { highlight } : {},
  };
}

/** What a part holds, for its opening. */
function partCounts(part: Part): PartCounts {
  const sum = (f: (s: Section) => number) => part.sections.reduce((n, s) => n + f(s), 0);
  return {
    figures: sum((s) => s.figures.length),
    targets: sum((s) => s.targets.length),
    events: sum((s) => s.events.length),
    pillars: sum((s) => (s.programme ? 1 : 0)),
  };
}

/** A chapter's sentence when it says more than the title (an opening paragraph, a call). */
function ownSentence(chapter: Chapter): string | undefined {
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
function openingQuote(own: string): { text: string; rest: string } | undefined {
  const close = QUOTES[own[0] ?? ''];
  if (!close) return undefined;
  const end = own.indexOf(close, 1);
  if (end < 2) return undefined;
  const text = own.slice(1, end).trim();
  const rest = own.slice(end + 1).trim();
  return text ? { text, rest } : undefined;
}

/** Unique step ids from each block's preferred id. */
function stepIds(blocks: readonly Block[]): string[] {
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
function trim(blocks: readonly Block[], max: number): Block[] {
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
function afterBaselines(blocks: Block[]): Block[] {
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
function sharedGraphics(blocks: readonly Block[]): Block[] {
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

function byline(dataset: Dataset, locale: ReportLocale): { text: string; urlFits: boolean } {
  const w = words(locale);
  const facts = {
    file: dataset.source.file,
    ...(dataset.when
      ? { date: formatWhen(dataset.when, locale), inferred: dataset.when.inferred }
      : {}),
  };
  const url = dataset.source.url;
  if (url) {
    const text = w.byline({ ...facts, url });
    if (text.length <= LABEL) return { text, urlFits: true };
  }
  return { text: clampText(w.byline(facts), LABEL), urlFits: !url };
}

/**
 * Drafts a story from a dataset.
 * @param dataset a dataset (validated here: a bad one is refused with the paths of its problems)
 * @throws DraftStoryError for a dataset or options that cannot be used
 */
export function draftStory(dataset: unknown, options?: DraftStoryOptions): Story {
  const settings = normalizeDraftOptions(options);
  const checked = validateDataset(dataset);
  if (!checked.ok) {
    throw new DraftStoryError(
      `draftStory: the dataset is not valid:\n${describeIssues(checked.issues)}`,
    );
  }
  const data = checked.dataset;
  const include = {
    figures: settings.include.has('figures'),
    targets: settings.include.has('targets'),
    events: settings.include.has('events'),
    programme: settings.include.has('programme'),
  };
  const parts = outline(data, include);
  const all = new Drafter(data, settings).draft(parts);
  const kept = sharedGraphics(afterBaselines(trim(all, settings.maxSteps)));
  const ids = stepIds(kept);

  const shownFigures = new Set(kept.flatMap((b) => b.figures));
  const totalFigures = new Set(all.flatMap((b) => b.figures));
  const counts: PartCounts = {
    figures: include.figures ? data.figures.length : 0,
    targets: include.targets ? data.targets.length : 0,
    events: include.events ? data.events.length : 0,
    pillars: include.programme && data.programme ? 1 : 0,
  };
  const bylines = LOCALES.map((l) => byline(data, l));
  const about: LongText[] = [both((l) => DRAFT_WORDS[l].aboutDrafted, LONG)];
  if (data.draft) about.push(both((l) => DRAFT_WORDS[l].aboutUnreviewed, LONG));
  if (data.figures.some((f) => f.qualifiers?.length) || data.targets.length) {
    about.push(both((l) => DRAFT_WORDS[l].aboutQualifiers, LONG));
  }
  if (shownFigures.size < totalFigures.size) {
    about.push(
      both((l) => DRAFT_WORDS[l].aboutTrimmed(shownFigures.size, totalFigures.size), LONG),
    );
  }
  const url = data.source.url;
  if (url && !bylines.every((b) => b.urlFits)) {
    about.push(both((l) => DRAFT_WORDS[l].aboutUrl(url), LONG));
  }

  const steps: StoryStep[] =
    kept.length > 0
      ? kept.map((block, i) => ({ id: ids[i] ?? `step-${i + 1}`, ...block.step }))
      : [
          {
            id: 'report',
            heading: both((l) => DRAFT_WORDS[l].empty),
            body: [both((l) => DRAFT_WORDS[l].emptyBody, LONG)],
          },
        ];
  const who = data.body ?? data.region;
  let story: Story = {
    schemaVersion: STORY_SCHEMA_VERSION,
    id: settings.id ?? data.id,
    kicker: both((l) => DRAFT_WORDS[l].kicker(pickText(who, l))),
    title: both((l) => pickText(data.title, l)),
    subtitle: data.subtitle
      ? both((l) => pickText(data.subtitle, l))
      : both((l) => DRAFT_WORDS[l].dek(counts)),
    byline: { zh: bylines[0]?.text ?? '', en: bylines[1]?.text ?? '' },
    about,
    dataset: settings.dataset ?? `${data.id}.json`,
    steps,
  };

  const gaps = englishGaps(data, story);
  if (settings.lang === 'zh+en' && gaps.length > 0) {
    throw new DraftStoryError(
      `draftStory: options.lang "zh+en" needs English for every text the story shows; dataset "${data.id}" has none at ${gaps
        .slice(0, 8)
        .join(', ')}${gaps.length > 8 ? ` and ${gaps.length - 8} more` : ''}`,
    );
  }
  if (settings.lang === 'zh' || gaps.length > 0) {
    story = withoutEnglish(story);
    if (gaps.length > 0) {
      story = {
        ...story,
        about: [...(story.about ?? []), { zh: DRAFT_WORDS['zh-CN'].aboutChineseOnly }],
      };
    }
  }

  // The draft must be a story the renderer and the pages accept: anything else is a bug here.
  const valid = validateStory(story);
  if (!valid.ok) {
    throw new Error(`draftStory made an invalid story:\n${describeIssues(valid.issues)}`);
  }
  const references = checkStoryReferences(valid.story, data);
  if (references.length > 0) {
    throw new Error(`draftStory named missing items:\n${describeIssues(references)}`);
  }
  return story;
}
