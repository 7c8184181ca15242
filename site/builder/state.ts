/**
 * What the embed builder knows: the dataset, the widget and item chosen, the options, and what
 * the preview said about itself. Pure functions of it give the element's attributes
 * ({@link choice}) and the first items to show for a dataset ({@link firstItems}).
 */
import type { Dataset, Figure } from '../../src/data/schema.js';
import type { ReportLocale } from '../../src/format/format.js';
import type { Fallback, WidgetChoice, WidgetKind } from './snippet.js';

export type PreviewWidth = 'full' | '480' | '320';
export const PREVIEW_WIDTHS: readonly PreviewWidth[] = ['full', '480', '320'];

export interface BuilderState {
  /** The builder's own language. */
  readonly ui: ReportLocale;
  readonly dataset: Dataset | undefined;
  /** Where the widget will read the dataset from (absolute URL). */
  readonly datasetUrl: string;
  readonly kind: WidgetKind;
  readonly figure: string;
  readonly target: string;
  /** Timeline highlight: one event, or a range to `to`. */
  readonly from: string;
  readonly to: string;
  readonly reveal: string;
  readonly active: string;
  readonly theme: string;
  /** The widget's language. */
  readonly locale: ReportLocale;
  readonly footnote: boolean;
  readonly form: 'arc' | 'bar';
  readonly motion: '' | 'reduce';
  readonly width: PreviewWidth;
  /** URL of the embed script the snippet names. */
  readonly script: string;
  readonly classic: boolean;
  readonly withScript: boolean;
  /** The last message, for the live region. */
  readonly status: string;
  /** Fallback text read from the rendered preview. */
  readonly fallback: Fallback;
  /** Height of the preview widget and the font size around it, px. */
  readonly measured: { readonly height: number; readonly fontSize: number } | undefined;
}

/** A builder with nothing loaded yet. */
export function initialState(
  ui: ReportLocale,
  script: string,
  kind: WidgetKind = 'counter',
): BuilderState {
  return {
    ui,
    dataset: undefined,
    datasetUrl: '',
    kind,
    figure: '',
    target: '',
    from: '',
    to: '',
    reveal: '',
    active: '',
    theme: '',
    locale: ui,
    footnote: false,
    form: 'arc',
    motion: '',
    width: 'full',
    script,
    classic: false,
    withScript: true,
    status: '',
    fallback: { text: '' },
    measured: undefined,
  };
}

/** The figures a counter can show: those with a value and a unit. */
export function countableFigures(dataset: Dataset): Figure[] {
  return dataset.figures.filter((f) => f.value !== undefined && f.unit !== undefined);
}

/**
 * The changes that show a newly loaded dataset: the items chosen so far where the dataset still
 * has them, else its first of each kind; highlights and the open pillar start afresh.
 */
export function firstItems(
  state: BuilderState,
  dataset: Dataset,
  url: string,
): Partial<BuilderState> {
  const countable = countableFigures(dataset);
  return {
    dataset,
    datasetUrl: url,
    figure: countable.some((f) => f.id === state.figure) ? state.figure : (countable[0]?.id ?? ''),
    target: dataset.targets.some((t) => t.id === state.target)
      ? state.target
      : (dataset.targets[0]?.id ?? ''),
    from: '',
    to: '',
    active: '',
    reveal: '',
  };
}

/** The chosen element's attributes besides `src`, in the order they are written. */
export function choice(state: BuilderState): WidgetChoice {
  const common: [string, string | boolean][] = [
    ['theme', state.theme],
    ['locale', state.locale === state.ui ? '' : state.locale],
    ['motion', state.motion],
  ];
  const own: [string, string | boolean][] = [];
  switch (state.kind) {
    case 'counter':
      own.push(['metric', state.figure], ['footnote', state.footnote]);
      break;
    case 'gauge':
      own.push(
        ['goal', state.target],
        ['form', state.form === 'arc' ? '' : state.form],
        ['footnote', state.footnote],
      );
      break;
    case 'timeline': {
      const range = state.from && state.to && state.to !== state.from;
      own.push([
        'highlight',
        state.from ? (range ? `${state.from}..${state.to}` : state.from) : '',
      ]);
      break;
    }
    case 'pillars':
      own.push(['reveal', state.reveal], ['active', state.active]);
      break;
  }
  return { kind: state.kind, src: state.datasetUrl, attributes: [...own, ...common] };
}

/** The value of one of the choice's attributes, when it is set to a non-empty string. */
export function attributeOf(choice: WidgetChoice, name: string): string | undefined {
  const found = choice.attributes.find(([n]) => n === name)?.[1];
  return typeof found === 'string' && found ? found : undefined;
}
