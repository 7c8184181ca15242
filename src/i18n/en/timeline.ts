/** `<report-timeline>`'s words in English (see `../zh-CN/timeline.ts`, the source). */
import type { TimelineWords } from '../zh-CN/timeline.js';

export const timeline = {
  label: 'Timeline',
  span: (from, to) => (from === to ? from : `${from}–${to}`),
  named: (span) => `Timeline, ${span}`,
  phase: { results: 'Results', plans: 'Plans' },
  inferred: 'inferred',
  inferredTitle: 'Date inferred: ',
  inferredDefault: 'The report does not state the date; it was worked out from context.',
  source: 'Source',
  figures: 'Related figures',
  kind: {
    meeting: 'Meeting',
    milestone: 'Milestone',
    opening: 'Opening',
    award: 'Honour',
    campaign: 'Campaign',
    plan: 'Plan',
  },
  empty: 'No events to show.',
  loading: 'Loading the timeline…',
  nothing:
    'no events: set the src attribute, the events property, or place the element inside <report-data>',
} satisfies TimelineWords;
