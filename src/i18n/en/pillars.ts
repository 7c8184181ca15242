/** `<report-pillars>`'s (the programme) words in English (see `../zh-CN/pillars.ts`, the source). */
import type { PillarsWords } from '../zh-CN/pillars.js';

export const pillars = {
  roof: 'Overall aim: ',
  pillars: 'Pillars',
  actions: (pillar) => `Actions: ${pillar}`,
  commitments: 'Commitments',
  commitment: (title, detail) => `${title} — ${detail}`,
  empty: 'The dataset has no programme to show.',
  loading: 'Loading the programme…',
  nothing:
    'no programme: set the src attribute, the programme property, or place the element inside <report-data>',
} satisfies PillarsWords;
