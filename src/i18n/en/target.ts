/** `<report-gauge>`'s (targets) words in English (see `../zh-CN/target.ts`, the source). */
import type { TargetWords } from '../zh-CN/target.js';

/** `when` before a status, where there is one: "2019: 0.02 percentage points short of the target". */
const at = (when: string, text: string) => (when ? `${when}: ${text}` : text);

export const target = {
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
} satisfies TargetWords;
