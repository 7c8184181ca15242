/** The elements' own words in English (see `zh-CN.ts`, the source, for what each one is). */
import type { Messages } from './zh-CN.js';

/** `when` before a status, where there is one: "2019: 0.02 percentage points short of the target". */
const at = (when: string, text: string) => (when ? `${when}: ${text}` : text);

export const en = {
  common: {
    cannotShow: 'Cannot show this item',
    loading: 'Loading',
    fromReport: 'From the report',
    note: (text) => `Note: ${text}`,
    labelled: (label, text) => `${label}: ${text}`,
    valued: (label, value) => `${label}: ${value}`,
    comma: ', ',
    list: ', ',
    labels: '; ',
    blank: '\u00a0',
  },

  options: {
    notNumber: (name, raw) => `${name}="${raw}" is not a number.`,
    notOneOf: (name, value, allowed) => `${name}="${value}" is not one of ${allowed}.`,
    notUnit: (name, value, examples) =>
      `${name}="${value}" is not a report unit (for example ${examples} …).`,
  },

  data: {
    needsDataset: (attribute, id, element) =>
      `${attribute} "${id}" needs a dataset: set src, or put the ${element} inside <report-data>.`,
    notInDataset: (attribute, id, dataset, kind) =>
      `${attribute} "${id}" is not a ${kind} of dataset "${dataset}".`,
    invalidProperty: (name) => `the ${name} property is not valid:`,
  },

  format: {
    dateLocale: 'en-GB',
    year: (year) => year,
    basis: { 'year-on-year': 'year on year', 'month-on-month': 'month on month' },
    basisPlace: 'after',
    change: (basis, signed, _magnitude, direction) => {
      const text = direction === 'flat' ? 'unchanged' : signed;
      return basis ? `${text} ${basis}` : text;
    },
    rank: {
      growth: 'for growth',
      increment: 'for increase',
      at: (measure, scope, position) => `${position} in ${scope}${measure ? ` ${measure}` : ''}`,
      leading: (measure, scope) => `leading in ${scope}${measure ? ` ${measure}` : ''}`,
    },
  },

  counter: {
    element: 'counter',
    figure: 'figure',
    nothing: 'no figure to show: set src and metric, a figure property, or value and unit.',
    noNumber: (id, where) => `figure "${id}" (${where}) has no number to count.`,
    honourNoNumber: (id, where) =>
      `figure "${id}" (${where}) is an honour and has no number to count.`,
    unknownQualifier: (word) => `qualifier "${word}" is not known.`,
  },

  target: {
    element: 'gauge',
    target: 'target',
    nothing: 'nothing to show: set src and goal, a target property, or comparator and value.',
    needsValue: (where, comparator) =>
      `${where}: an "${comparator}" target needs a value and a unit.`,
    needsValueAttributes: (comparator) =>
      `an "${comparator}" target needs value and unit attributes.`,
    ofYear: (year) => `${year} target`,
    is: (target) => `target ${target}`,
    reading: (when, value) => `${when} ${value}`,
    baseline: 'baseline',
    now: 'now',
    reference: 'reference',
    theReference: 'the reference',
    inStep: 'in step',
    keepGrowing: 'keep growing',
    inStepWith: (reference) => `in step with ${reference}`,
    status: {
      exceeded: (gap) => `${gap} above the target`,
      met: () => 'target met',
      'not-yet': (gap) => `${gap} short of the target`,
      within: (gap) => `within the limit by ${gap}`,
      'over-ceiling': (gap) => `${gap} over the limit`,
      'within-band': () => 'within the target range',
      'above-band': (gap) => `${gap} above the target range`,
      'below-band': (gap) => `${gap} below the target range`,
      growing: () => 'growing',
      'not-growing': () => 'not growing',
      'in-step': (_gap, reference) => `in step with ${reference}`,
      ahead: (gap, reference) => `${gap} ahead of ${reference}`,
      behind: (gap, reference) => `${gap} behind ${reference}`,
      unknown: () => 'no reading to compare yet',
    },
    early: {
      exceeded: (when, gap) => at(when, `already ${gap} above the target level`),
      met: (when) => (when ? `${when} already at the target level` : 'already at the target level'),
      'not-yet': (when, gap) => at(when, `${gap} short of the target`),
      within: (when, gap) => at(when, `already within the limit by ${gap}`),
      'over-ceiling': (when, gap) => at(when, `${gap} over the limit`),
      'within-band': (when) =>
        when ? `${when} already within the target range` : 'already within the target range',
      'above-band': (when, gap) => at(when, `${gap} above the target range`),
      'below-band': (when, gap) => at(when, `${gap} below the target range`),
      growing: (when) => at(when, 'growing'),
      'not-growing': (when) => at(when, 'not growing'),
      'in-step': (when, _gap, reference) => at(when, `in step with ${reference}`),
      ahead: (when, gap, reference) => at(when, `${gap} ahead of ${reference}`),
      behind: (when, gap, reference) => at(when, `${gap} behind ${reference}`),
      unknown: () => 'no reading to compare yet',
    },
  },

  timeline: {
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
  },

  pillars: {
    roof: 'Overall aim: ',
    pillars: 'Pillars',
    actions: (pillar) => `Actions: ${pillar}`,
    commitments: 'Commitments',
    commitment: (title, detail) => `${title} — ${detail}`,
    empty: 'The dataset has no programme to show.',
    loading: 'Loading the programme…',
    nothing:
      'no programme: set the src attribute, the programme property, or place the element inside <report-data>',
  },

  deck: {
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
  },

  story: {
    sources: (n) => `From the report (${n} ${n === 1 ? 'sentence' : 'sentences'})`,
    notLoaded: 'is not loaded on this page',
    notKnown: 'is not an element report-story knows',
  },
} satisfies Messages;
