/**
 * What the speaker view shows beside a slide: the slide's own notes (an `<aside
 * data-report-notes>`, copied), and the report sentences of every dataset item the slide cites —
 * each sentence once, its items' words marked — with the ids the dataset does not have.
 */
import type { DatasetState } from '../data/context.js';
import { NOTES_ATTRIBUTE } from '../story/markup.js';
import { citedIds } from '../story/references.js';
import { citedSentences, type CitedSentence } from '../story/sentences.js';

export interface SpeakerNotes {
  /** Copies of the notes' nodes (the slide keeps its own, hidden). */
  readonly notes: readonly Node[];
  readonly sentences: readonly CitedSentence[];
  /** Cited ids without a sentence: not in the dataset, or every id while it is not loaded. */
  readonly missing: readonly string[];
  /** Whether the dataset is loaded (else the sources say why they are missing). */
  readonly datasetReady: boolean;
  /** Why the dataset could not be loaded. */
  readonly failure: string;
}

export const NO_NOTES: SpeakerNotes = {
  notes: [],
  sentences: [],
  missing: [],
  datasetReady: false,
  failure: '',
};

/** The notes and sources of a slide with the dataset as it stands. */
export function speakerNotes(slide: HTMLElement | undefined, state: DatasetState): SpeakerNotes {
  const aside = slide?.querySelector(`[${NOTES_ATTRIBUTE}]`);
  const ids = slide ? citedIds(slide) : [];
  const sources =
    state.status === 'ready' ? citedSentences(state.dataset, ids) : { sentences: [], missing: ids };
  return {
    notes: aside ? [...aside.childNodes].map((node) => node.cloneNode(true)) : [],
    ...sources,
    datasetReady: state.status === 'ready',
    failure: state.status === 'error' ? state.error.message : '',
  };
}
