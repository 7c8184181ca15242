/**
 * Everything a gauge shows, derived once from the facts of its target: the status, the scale,
 * the texts (label, legend, the sentence for screen readers) and the input of its scene.
 */
import {
  formatDisplayNumber,
  formatQuantity,
  formatYear,
  quantityStyle,
  withUnit,
  type ReportLocale,
} from '../format/format.js';
import type { Unit } from '../format/units.js';
import { messages } from '../i18n/messages.js';
import { targetWords } from '../i18n/target.js';
import type { Reading, TargetFacts } from './facts.js';
import { targetDomain } from './geometry.js';
import type { GaugeSceneInput } from './scene.js';
import { assessTarget, type TargetAssessment } from './status.js';
import { COMPARATOR_SIGNS, formatTarget, formatTargetStatus } from './text.js';

export interface LegendItem {
  readonly key: 'goal' | 'baseline' | 'current' | 'reference';
  readonly term: string;
  readonly text: string;
}

/** Everything the gauge shows, derived once per change of its inputs. */
export interface TargetModel {
  readonly facts: TargetFacts;
  readonly locale: ReportLocale;
  readonly unit: Unit;
  /** The accessible name: the label and the year of the target. */
  readonly name: string;
  readonly yearText: string;
  readonly targetText: string;
  /** The target in few words, for the middle of the arc when there is no reading. */
  readonly shortTarget: string;
  readonly assessment: TargetAssessment;
  readonly statusText: string;
  /** The reading the fill shows: the current one, else the baseline. */
  readonly reading: Reading | undefined;
  readonly scene: Omit<GaugeSceneInput, 'readingText'>;
  readonly legend: readonly LegendItem[];
  /** For `role="meter"`; undefined when there is no reading (then `role="img"`). */
  readonly meter: { readonly now: number; readonly min: number; readonly max: number } | undefined;
  /** The reading, the target and the status as one sentence, for screen readers. */
  readonly valueText: string;
}

/** Derives everything shown from the facts: status, scale, texts, the scene's input. */
export function targetModel(facts: TargetFacts, locale: ReportLocale): TargetModel {
  const words = messages(locale);
  const unit: Unit = facts.unit ?? '%';
  const reading = facts.current ?? facts.baseline;
  const referenceReading = facts.reference?.reading;
  const assessment = assessTarget({
    comparator: facts.comparator,
    value: facts.value,
    tolerance: facts.tolerance,
    reading: reading?.value,
    reference: referenceReading?.value,
  });
  const band = assessment.band;
  const domain = targetDomain([
    facts.value,
    band?.[0],
    band?.[1],
    facts.baseline?.value,
    facts.current?.value,
    referenceReading?.value,
  ]);
  const quantity = (v: number) => formatQuantity(v, unit, locale);
  const referenceLabel = facts.reference?.label ?? '';
  const targetText = formatTarget({ ...facts, unit }, locale, referenceLabel);
  // Judged on a reading from before the target's year, the status says what is known, not "met".
  const earlier = reading && isEarlier(facts) ? reading.caption : undefined;
  const statusText = formatTargetStatus(assessment, unit, locale, referenceLabel, earlier);
  const targetWord = targetWords(locale).target;
  const sign = COMPARATOR_SIGNS[facts.comparator];
  const markerLines: [string, string] =
    facts.comparator === 'keep-growing'
      ? [targetWord, '>0']
      : [targetWord, facts.value === undefined ? '' : `${sign}${quantity(facts.value)}`];
  const hasNumbers =
    facts.value !== undefined || reading !== undefined || referenceReading !== undefined;
  const ticks = hasNumbers
    ? [...new Set([domain[0], 0, domain[1]])]
        .filter((t) => t >= domain[0] && t <= domain[1])
        .map((t) => ({ value: t, text: quantity(t) }))
    : [{ value: 0, text: '0' }];

  const legend: LegendItem[] = [{ key: 'goal', term: targetWord, text: targetText }];
  if (facts.baseline) {
    legend.push({
      key: 'baseline',
      term: facts.baseline.caption,
      text: quantity(facts.baseline.value),
    });
  }
  if (facts.current) {
    legend.push({
      key: 'current',
      term: facts.current.caption,
      text: quantity(facts.current.value),
    });
  }
  if (facts.reference) {
    const r = facts.reference.reading;
    legend.push({
      key: 'reference',
      term: targetWords(locale).reference,
      text: [facts.reference.label, r ? `${r.caption} ${quantity(r.value)}` : '']
        .filter(Boolean)
        .join(words.common.comma),
    });
  }

  const yearText =
    facts.year !== undefined ? targetWords(locale).ofYear(formatYear(facts.year, locale)) : '';
  const name = [facts.label, yearText].filter(Boolean).join(words.common.comma) || targetWord;
  const readingPhrase = reading
    ? targetWords(locale).reading(reading.caption, quantity(reading.value))
    : '';
  // The reading phrase has said when it was taken: the status need not say it again.
  const statusAfterReading = formatTargetStatus(
    assessment,
    unit,
    locale,
    referenceLabel,
    earlier === undefined ? undefined : '',
  );
  const valueText = [readingPhrase, targetWords(locale).is(targetText), statusAfterReading]
    .filter(Boolean)
    .join(words.common.comma);

  return {
    facts,
    locale,
    unit,
    name,
    yearText,
    targetText,
    shortTarget: facts.comparator === 'in-step-with' ? targetWords(locale).inStep : targetText,
    assessment,
    statusText,
    reading,
    legend,
    valueText,
    meter: reading ? { now: reading.value, min: domain[0], max: domain[1] } : undefined,
    scene: {
      comparator: facts.comparator,
      domain,
      value: facts.value,
      band,
      reading: reading?.value,
      readingCaption: reading ? reading.caption : targetWord,
      baselineMark: facts.current && facts.baseline ? facts.baseline.value : undefined,
      reference: referenceReading?.value,
      markerLines,
      referenceLines: referenceReading
        ? [`⇄ ${targetWords(locale).inStep}`, quantity(referenceReading.value)]
        : undefined,
      ticks,
    },
  };
}

/**
 * Whether the gauge judges its target on a reading from before the target's year: its baseline
 * (there is no reading of the target year itself), unless the data says the baseline is of the
 * target's year or later.
 */
export function isEarlier(facts: TargetFacts): boolean {
  const baseline = facts.baseline;
  if (facts.current || !baseline) return false;
  return baseline.year === undefined || facts.year === undefined || baseline.year < facts.year;
}

/** The reading as shown at `progress` of the fill, in the final reading's unit and decimals. */
export function readingText(model: TargetModel, progress: number): string {
  if (!model.reading) return model.shortTarget;
  const style = quantityStyle(model.reading.value, model.unit, model.locale);
  const shown = progress >= 1 ? model.reading.value : model.reading.value * progress;
  return withUnit(formatDisplayNumber(shown * style.scale, style), style);
}
