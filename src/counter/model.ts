/**
 * Everything a counter shows, derived once from its figure: the number as it ends and as it
 * starts (with its unit and decimals fixed for the whole count), the qualifier words, the change,
 * the rank, and the sentence a screen reader hears. The figure comes from a dataset, a figure
 * object given by code, or a counter's plain attributes.
 */
import { displayQuote, type DisplayQuote } from '../data/quote.js';
import {
  ChangeBasisSchema,
  RateChangeUnitSchema,
  type Dataset,
  type Figure,
} from '../data/schema.js';
import {
  changeParts,
  describeFigure,
  formatDisplayNumber,
  formatRank,
  isShowable,
  pickText,
  qualifierParts,
  quantityStyle,
  type ChangeLike,
  type ChangeParts,
  withUnit,
  type QuantityStyle,
  type ReportLocale,
} from '../format/format.js';
import { isQualifier, qualifierFromWord, type Qualifier } from '../format/qualifiers.js';
import type { Unit } from '../format/units.js';
import { counterWords } from '../i18n/counter.js';
import {
  choice,
  finite,
  maybeFinite,
  OptionError,
  unit,
  itemById,
  type OptionContext,
} from '../options/options.js';

/** What is known about a figure, wherever it came from. */
export interface CounterFacts {
  readonly label: string;
  readonly value: number;
  readonly unit: Unit;
  readonly qualifiers: readonly Qualifier[];
  readonly change: ChangeLike | undefined;
  /** The ranking phrase, already in words (增幅全市第二). */
  readonly rank: string;
  readonly quote: DisplayQuote | undefined;
}

/** A figure as a counter's attributes state it. `<report-counter>` itself has this shape. */
export interface CounterAttributes {
  readonly value?: number | undefined;
  readonly unit?: string | undefined;
  readonly label?: string | undefined;
  readonly qualifier?: string | undefined;
  readonly change?: number | undefined;
  readonly changeUnit?: string | undefined;
  readonly changeBasis?: string | undefined;
  readonly rank?: string | undefined;
  readonly quote?: string | undefined;
}

/** Everything the counter shows, derived once per change of its inputs. */
export interface CounterModel {
  readonly label: string;
  readonly value: number;
  readonly from: number;
  readonly unit: Unit;
  readonly style: QuantityStyle;
  readonly finalNumber: string;
  /** The starting number as shown: what the count shows before it runs. */
  readonly startText: string;
  /** The starting number as shown, when it is wider than the final one (a count down from 1,000). */
  readonly startNumber: string | undefined;
  readonly qualifiers: { readonly before: string; readonly after: string };
  readonly change: ChangeParts | undefined;
  readonly rank: string;
  /** The whole figure as one sentence, for screen readers and the image's title. */
  readonly sentence: string;
  readonly quote: DisplayQuote | undefined;
}

/**
 * The figure of a dataset with the id `id`.
 * @throws Error naming the id and the dataset when it has none
 */
export function findFigure(dataset: Dataset, id: string, context: OptionContext): Figure {
  const noun = () => counterWords(context.locale).figure;
  return itemById(dataset, 'figures', id, { attribute: 'metric', noun }, context);
}

/**
 * The facts of a dataset's figure (or a figure object, validated).
 * @param where how messages name the figure: `figure "gdp-2019"`, `figure property`
 * @throws Error when the figure has no number to count (an honour)
 */
export function factsFromFigure(
  figure: Figure,
  where: string,
  { locale }: OptionContext,
): CounterFacts {
  if (figure.value === undefined || figure.unit === undefined) {
    const words = counterWords(locale);
    throw new Error(
      figure.kind === 'honour'
        ? words.honourNoNumber(figure.id, where)
        : words.noNumber(figure.id, where),
    );
  }
  return {
    label: pickText(figure.label, locale),
    value: figure.value,
    unit: figure.unit,
    qualifiers: figure.qualifiers ?? [],
    change: figure.change,
    rank: figure.rank ? formatRank(figure.rank, locale) : '',
    quote: displayQuote(figure.source, figure.span),
  };
}

/**
 * The facts a counter's attributes state.
 * @throws OptionError naming the attribute and its value when one cannot be used
 */
export function factsFromAttributes(
  attributes: CounterAttributes,
  context: OptionContext,
): CounterFacts {
  const value = finite(attributes.value, 'value', context);
  const qualifiers: Qualifier[] = [];
  for (const word of (attributes.qualifier ?? '').split(/[\s,，]+/).filter(Boolean)) {
    const key = isQualifier(word) ? word : qualifierFromWord(word);
    if (!key) throw new OptionError(counterWords(context.locale).unknownQualifier(word));
    qualifiers.push(key);
  }
  const changeValue = maybeFinite(attributes.change, 'change', context);
  const quote = attributes.quote?.trim();
  return {
    label: attributes.label?.trim() ?? '',
    value,
    unit: unit(attributes.unit, 'unit', context),
    qualifiers,
    change:
      changeValue === undefined
        ? undefined
        : {
            value: changeValue,
            unit: choice(attributes.changeUnit, RateChangeUnitSchema.options, '%'),
            basis: choice(attributes.changeBasis, ChangeBasisSchema.options, 'year-on-year'),
          },
    rank: attributes.rank?.trim() ?? '',
    quote: quote ? { text: quote } : undefined,
  };
}

/** Derives everything shown from the facts, for a count that starts at `from`. */
export function counterModel(
  facts: CounterFacts,
  from: number,
  locale: ReportLocale,
): CounterModel {
  const style = quantityStyle(facts.value, facts.unit, locale);
  const start = isShowable(from) ? from : 0;
  const finalNumber = formatDisplayNumber(facts.value * style.scale, style);
  const startNumber = formatDisplayNumber(start * style.scale, style);
  return {
    label: facts.label,
    value: facts.value,
    from: start,
    unit: facts.unit,
    style,
    finalNumber,
    startText: startNumber,
    startNumber: startNumber.length > finalNumber.length ? startNumber : undefined,
    qualifiers: qualifierParts(facts.qualifiers, locale),
    change: facts.change ? changeParts(facts.change, locale) : undefined,
    rank: facts.rank,
    sentence: describeFigure({ ...facts, quantity: withUnit(finalNumber, style) }, locale),
    quote: facts.quote,
  };
}
