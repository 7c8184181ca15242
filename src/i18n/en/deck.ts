/** `<report-deck>`'s words in English (see `../zh-CN/deck.ts`, the source). */
import type { DeckWords } from '../zh-CN/deck.js';

export const deck = {
  deck: 'slide deck',
  previous: 'Previous slide',
  next: 'Next slide',
  fullscreen: 'Fullscreen',
  speaker: 'Speaker view',
  slide: (n, count) => `Slide ${n} of ${count}`,
  blanked: 'Screen blanked',
  empty: 'This deck has no slides yet.',
  blocked: 'The browser blocked the speaker view window: allow pop-ups for this page.',
  noSlide: (n) => `There is no slide ${n}`,
  elapsed: 'Elapsed time',
  current: 'Current slide',
  upcoming: 'Next slide',
  end: 'This is the last slide',
  notes: 'Notes',
  sources: 'Sources',
  noNotes: 'No notes for this slide.',
  noDataset: 'The dataset is not loaded, so its sentences cannot be listed.',
  unknownItem: 'not in the dataset',
  blank: 'Blank',
  resetClock: 'Restart clock',
  view: (value) => `view="${value}" is not usable: use slides or speaker`,
} satisfies DeckWords;
