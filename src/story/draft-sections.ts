/**
 * The drafter's pass over the outline of a dataset: the steps of each part — its opening, then
 * per section its figures by sentence, its targets, its events on the timeline and its programme
 * pillar by pillar — as blocks that `draftStory()` then orders and trims.
 */
import { displayQuote } from '../data/quote.js';
import type {
  Dataset,
  Figure,
  LongText,
  Programme,
  ReportEvent,
  Target,
  Text,
} from '../data/schema.js';
import { formatWhen, pickText, type ReportLocale } from '../format/format.js';
import {
  LONG,
  MAX_CITE,
  MAX_LIST,
  balancedChunks,
  both,
  counterGraphics,
  described,
  figureHeadline,
  figureParts,
  openingQuote,
  ownSentence,
  partCounts,
  sharedWords,
  targetHeadline,
  timeline,
  quoted,
  words,
  type Block,
} from './draft-blocks.js';
import type { DraftSettings } from './draft-options.js';
import { hasContent, position, sentenceOf, type Part, type Section } from './draft-outline.js';
import { clampText, shortenSentence } from './draft-text.js';
import type { GraphicSpec } from './schema.js';

/** Drafts the blocks of a dataset's parts with the settings given. */
export class Drafter {
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
                const base = title ? pickText(title, l) : words(l).targets(year);
                return letter ? words(l).group(base, letter) : base;
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
        words(l).dated(formatWhen(e.when, l), pickText(e.title, l));
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
              : both((l) => words(l).events(first, last)),
            ...(single
              ? { body: [{ zh, en: clampText(`${dated(lead, 'en')}.`, LONG) }] }
              : { list: ids }),
            graphic: timeline(ids),
            cite: ids,
            notes: both((l) => words(l).join(chunk.map((e) => dated(e, l))), LONG),
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
        body: [both((l) => words(l).roof(pickText(programme.roof.text, l)), LONG)],
        list: pillars.slice(0, MAX_LIST).map((p) => p.id),
        graphic: building(1),
        cite: [programme.id],
      }),
      ...pillars.map((pillar, i) => {
        const { text, marks } = quoted([pillar, ...pillar.actions]);
        const zh = shortenSentence(text, marks.slice(1), this.settings.maxText);
        const en = [pillar.driver?.en, pillar.aim?.en].filter((t): t is string => !!t).join(': ');
        return block(pillar.id, 89, {
          kicker: both((l) => words(l).pillar(title(l), i + 1, pillars.length)),
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
          body: [both((l) => words(l).foundation(commitments.length), LONG)],
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
    const counts = partCounts(part);
    const sections = part.sections.filter(hasContent);
    const summary = sections.length > 1 ? [both((l) => words(l).partCounts(counts), LONG)] : [];
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
            heading: both((l) => words(l).more),
            body: [both((l) => words(l).partCounts(counts), LONG)],
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
      ...(empty.length ? [both((l) => words(l).also, LONG)] : []),
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
          ...(number !== undefined ? { kicker: both((l) => words(l).part(number)) } : {}),
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
