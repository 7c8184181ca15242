/** The elements' own words in English (see `zh-CN.ts`, the source, for what each one is). */
import type { Messages } from './zh-CN.js';

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
} satisfies Messages;
