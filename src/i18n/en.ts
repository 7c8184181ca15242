/** The elements' own words in English (see `zh-CN.ts`, the source, for what each one is). */
import type { Messages } from './zh-CN.js';

export const en = {
  common: {
    cannotShow: 'Cannot show this item',
    loading: 'Loading',
    fromReport: 'From the report',
    note: (text) => `Note: ${text}`,
    labelled: (label, text) => `${label}: ${text}`,
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
  },
} satisfies Messages;
