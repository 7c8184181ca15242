/**
 * How story markup names items of a dataset, and where each item came from in the report — so the
 * deck's speaker notes can quote the source sentence of every figure on a slide.
 */
import type { Dataset, Provenance, Range, Text } from '../data/schema.js';
import { describeFigure, formatRank, pickText, type ReportLocale } from '../format/format.js';
import { messages } from '../i18n/messages.js';
import { pillarsWords } from '../i18n/pillars.js';
import { formatTarget } from '../target/text.js';
import { CITE_ATTRIBUTE } from './markup.js';

/** Element attributes whose value is the id of a dataset item, and the collection it names. */
export const REFERENCE_ATTRIBUTES = {
  metric: 'figures',
  goal: 'targets',
  highlight: 'events',
} as const;

/** The collection an attribute's value names, if it names one. */
export function referenceCollection(
  name: string,
): (typeof REFERENCE_ATTRIBUTES)[keyof typeof REFERENCE_ATTRIBUTES] | undefined {
  return Object.hasOwn(REFERENCE_ATTRIBUTES, name)
    ? REFERENCE_ATTRIBUTES[name as keyof typeof REFERENCE_ATTRIBUTES]
    : undefined;
}

/**
 * The dataset ids an attribute's value names: the value itself for `metric` and `goal`; for
 * `highlight`, every id in its list (spaces or commas), with both ends of a `first..last` range.
 */
export function referencedIds(name: string, value: string): string[] {
  if (!referenceCollection(name)) return [];
  const text = value.trim();
  if (name !== 'highlight') return text ? [text] : [];
  if (text === 'none') return [];
  return text.split(/[\s,]+/).flatMap((token) => token.split('..').filter((id) => id !== ''));
}

/** A dataset item as a note cites it: its label and the sentence it came from. */
export interface CitedItem {
  readonly id: string;
  readonly label: Text;
  readonly source: Provenance;
  /** The item's own words inside its source sentence, when the dataset marks them. */
  readonly span?: Range | undefined;
}

/** Finds any item of a dataset by id: figures, targets, events, chapters, and the programme's parts. */
export function findItem(dataset: Dataset, id: string): CitedItem | undefined {
  for (const figure of dataset.figures) if (figure.id === id) return figure;
  for (const target of dataset.targets) if (target.id === id) return target;
  for (const event of dataset.events) if (event.id === id) return { ...event, label: event.title };
  for (const chapter of dataset.chapters) {
    if (chapter.id === id) return { ...chapter, label: chapter.title };
  }
  const programme = dataset.programme;
  if (!programme) return undefined;
  if (programme.id === id) return { ...programme, label: programme.title };
  for (const pillar of programme.pillars) {
    if (pillar.id === id) return { ...pillar, label: pillar.name };
    for (const action of pillar.actions)
      if (action.id === id) return { ...action, label: action.text };
  }
  for (const commitment of programme.foundation?.commitments ?? []) {
    if (commitment.id === id) return { ...commitment, label: commitment.title };
  }
  return undefined;
}

const SELECTOR = [...Object.keys(REFERENCE_ATTRIBUTES), CITE_ATTRIBUTE]
  .map((a) => `[${a}]`)
  .join(',');

/**
 * The dataset ids an element and its descendants name — through `metric`, `goal`, `highlight` (each
 * id of a list or range end) or a `data-report-cite` list — in document order, each once.
 */
export function citedIds(root: Element): string[] {
  const ids = new Set<string>();
  const elements = root.matches(SELECTOR)
    ? [root, ...root.querySelectorAll(SELECTOR)]
    : root.querySelectorAll(SELECTOR);
  for (const element of elements) {
    for (const name of Object.keys(REFERENCE_ATTRIBUTES)) {
      for (const id of referencedIds(name, element.getAttribute(name) ?? '')) ids.add(id);
    }
    for (const id of element.getAttribute(CITE_ATTRIBUTE)?.split(/\s+/) ?? []) if (id) ids.add(id);
  }
  return [...ids];
}

/**
 * An item of a dataset in the dataset's own words, for a list in a story: an honour as what was
 * won, a figure as a sentence (地区生产总值：预计440亿元，同比增长6.5%), a target with its goal, a
 * commitment with its detail, a chapter, event, pillar or action by its title.
 * @returns undefined when the dataset has no item with the id
 */
export function itemWords(dataset: Dataset, id: string, locale: ReportLocale): string | undefined {
  const figure = dataset.figures.find((f) => f.id === id);
  if (figure) {
    const label = pickText(figure.label, locale);
    const rank = figure.rank ? formatRank(figure.rank, locale) : undefined;
    if (figure.honour) return pickText(figure.honour, locale);
    const { value, unit } = figure;
    if (figure.kind === 'rank' || value === undefined || unit === undefined) {
      return rank ? messages(locale).common.labelled(label, rank) : label;
    }
    return describeFigure({ ...figure, value, unit, label, rank }, locale);
  }
  const target = dataset.targets.find((t) => t.id === id);
  if (target) {
    const reference = target.reference
      ? dataset.targets.find((t) => t.id === target.reference)
      : undefined;
    const goal = formatTarget(target, locale, reference ? pickText(reference.label, locale) : '');
    const label = pickText(target.label, locale);
    return goal ? messages(locale).common.valued(label, goal) : label;
  }
  for (const commitment of dataset.programme?.foundation?.commitments ?? []) {
    if (commitment.id !== id) continue;
    const title = pickText(commitment.title, locale);
    if (!commitment.detail) return title;
    return pillarsWords(locale).commitment(title, pickText(commitment.detail, locale));
  }
  const item = findItem(dataset, id);
  return item ? pickText(item.label, locale) : undefined;
}
