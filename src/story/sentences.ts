/**
 * The report sentences a set of dataset items comes from — each sentence once, however many
 * figures it holds, with every item's own words marked in it. Both the scroll story's "from the
 * report" notes and the deck's speaker notes show them this way.
 */
import type { TemplateResult } from 'lit';
import { displayQuote, markedText } from '../data/quote.js';
import type { Dataset } from '../data/schema.js';
import { findItem, type CitedItem } from './references.js';

export interface CitedSentence {
  /** The sentence as a reader should see it (the dataset's `source.text` when it gives one). */
  readonly text: string;
  /** The items' own words inside `text`, as [start, end), in order and not overlapping. */
  readonly marks: readonly (readonly [number, number])[];
  /** The items that come from this sentence, in the order they were cited. */
  readonly items: readonly [CitedItem, ...CitedItem[]];
}

/**
 * Groups cited ids by the sentence their items come from, in the order of first citation.
 * @returns the sentences, and the ids the dataset has no item for
 */
export function citedSentences(
  dataset: Dataset,
  ids: readonly string[],
): { sentences: CitedSentence[]; missing: string[] } {
  const groups = new Map<string, [CitedItem, ...CitedItem[]]>();
  const missing: string[] = [];
  for (const id of ids) {
    const item = findItem(dataset, id);
    if (!item) {
      missing.push(id);
      continue;
    }
    const key = `${item.source.start}:${item.source.end}`;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  const sentences = [...groups.values()].map((items) => {
    const text = displayQuote(items[0].source, undefined).text;
    const marks: (readonly [number, number])[] = [];
    let end = 0;
    const spans = items
      .map((item) => displayQuote(item.source, item.span).mark)
      .filter((mark): mark is readonly [number, number] => mark !== undefined)
      .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    for (const mark of spans) {
      if (mark[0] < end) continue;
      marks.push(mark);
      end = mark[1];
    }
    return { text, marks, items };
  });
  return { sentences, missing };
}

/** A sentence with its marks as `<mark>` elements. */
export function markedSentence({ text, marks }: CitedSentence): TemplateResult {
  return markedText(text, marks);
}
