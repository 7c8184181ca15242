/** `<report-counter>`'s words in English (see `../zh-CN/counter.ts`, the source). */
import type { CounterWords } from '../zh-CN/counter.js';

export const counter = {
  element: 'counter',
  figure: 'figure',
  nothing: 'no figure to show: set src and metric, a figure property, or value and unit.',
  noNumber: (id, where) => `figure "${id}" (${where}) has no number to count.`,
  honourNoNumber: (id, where) =>
    `figure "${id}" (${where}) is an honour and has no number to count.`,
  unknownQualifier: (word) => `qualifier "${word}" is not known.`,
} satisfies CounterWords;
