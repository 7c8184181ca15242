/**
 * How story markup names items of a dataset, and where each item came from in the report — so the
 * deck's speaker notes can quote the source sentence of every figure on a slide.
 */
import type { Dataset, Provenance, Text } from '../data/schema.js';
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

/** A dataset item as a note cites it: its label and the sentence it came from. */
export interface CitedItem {
  readonly id: string;
  readonly label: Text;
  readonly source: Provenance;
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
 * The dataset ids an element and its descendants name — through `metric`, `goal`, `highlight` or a
 * `data-report-cite` list — in document order, each once.
 */
export function citedIds(root: Element): string[] {
  const ids = new Set<string>();
  const elements = root.matches(SELECTOR)
    ? [root, ...root.querySelectorAll(SELECTOR)]
    : root.querySelectorAll(SELECTOR);
  for (const element of elements) {
    for (const name of Object.keys(REFERENCE_ATTRIBUTES)) {
      const value = element.getAttribute(name)?.trim();
      if (value) ids.add(value);
    }
    for (const id of element.getAttribute(CITE_ATTRIBUTE)?.split(/\s+/) ?? []) if (id) ids.add(id);
  }
  return [...ids];
}
