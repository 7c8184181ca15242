import { easeCubicOut } from 'd3-ease';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { DatasetState } from '../../src/data/context.js';
import { datasetProperty } from '../../src/data/dataset-property.js';
import { displayQuote, type DisplayQuote } from '../../src/data/quote.js';
import { FigureSchema, type Dataset, type Figure } from '../../src/data/schema.js';
import { describeIssues, validatePart } from '../../src/data/validate.js';
import { DatasetController } from '../../src/controllers/dataset-controller.js';
import {
  PlaybackController,
  START_TRIGGERS,
  type StartTrigger,
} from '../../src/controllers/playback-controller.js';
import { ReportElement } from '../../src/element.js';
import { reportEvent } from '../../src/events/events.js';
import {
  changeParts,
  describeFigure,
  formatDisplayNumber,
  formatRank,
  isShowable,
  pickText,
  qualifierParts,
  quantityStyle,
  withUnit,
  type ChangeLike,
  type ChangeParts,
  type QuantityStyle,
} from '../../src/format/format.js';
import { isQualifier, qualifierFromWord, type Qualifier } from '../../src/format/qualifiers.js';
import { isUnit, UNIT_NAMES, type Unit } from '../../src/format/units.js';
import { counterSVG, type CounterPalette } from '../../src/svg/counter-svg.js';
import { isolated, shared, tokens } from '../../src/theme.js';
import { styles } from './counter.styles.js';

/** `detail` of `report-count-start` and `report-count-end`. */
export interface CountDetail {
  /** The final value, in the figure's report unit. */
  readonly value: number;
  readonly unit: Unit;
  /** The final value as shown: 440亿元, 44 billion yuan. */
  readonly text: string;
}

/** Everything the counter shows, derived once per change of its inputs. */
interface CounterModel {
  readonly label: string;
  readonly value: number;
  readonly from: number;
  readonly unit: Unit;
  readonly style: QuantityStyle;
  readonly finalNumber: string;
  /** The starting number as shown, when it is wider than the final one (a count down from 1,000). */
  readonly startNumber: string | undefined;
  readonly qualifiers: { readonly before: string; readonly after: string };
  readonly change: ChangeParts | undefined;
  readonly rank: string;
  readonly sentence: string;
  readonly quote: Quote | undefined;
}

type Quote = DisplayQuote;

type View =
  | { readonly kind: 'loading' }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'ready'; readonly model: CounterModel };

const ARROWS = { rise: '▲', fall: '▼', flat: '–' } as const;

/**
 * One figure of a report, counting up to its final value when it comes into view: the value with
 * its unit and qualifier (预计, 突破 …), its label, its change (同比增长6.5%) and its rank.
 *
 * The figure comes from `src` + `metric` (a dataset URL and a figure id), from a surrounding
 * `<report-data>` + `metric`, from the `figure` or `data` property, or from plain attributes
 * (`value`, `unit`, `label`, `qualifier`, `change`, `rank`). The final width is reserved from the
 * first frame, so nothing moves while it counts. Screen readers hear the final sentence once;
 * the ticking digits are hidden from them. Reduced motion (the reader's setting or
 * `motion="reduce"`) shows the final value at once and schedules no animation frame.
 *
 * @summary A report figure that counts up to its value.
 * @tagname report-counter
 *
 * @slot - Fallback content (shown with an error message, for readers without JavaScript).
 *
 * @csspart base - The figure: label, value line, change and rank (`role="img"`, named by the final sentence).
 * @csspart label - The figure's label.
 * @csspart value - The line with qualifier, number and unit.
 * @csspart qualifier - A qualifier word (预计, 突破, 以上 …).
 * @csspart number - The number, counting.
 * @csspart unit - The unit (亿元, billion yuan, %).
 * @csspart change - The change against the previous period, with an arrow.
 * @csspart rank - The ranking (增幅全市第二).
 * @csspart footnote - The report sentence the figure comes from (with `footnote`).
 * @csspart error - The message shown for an unknown id or bad data.
 *
 * @cssprop --counter-number-size - Size of the number. Default `3em`.
 * @cssprop --counter-number-color - Colour of the number. Default `--report-color-accent`.
 * @cssprop --counter-label-color - Colour of the label. Default `--report-color-muted`.
 * @cssprop --counter-rise-color - Colour of a rise (红涨 by default). Default `--report-color-rise`.
 * @cssprop --counter-fall-color - Colour of a fall (绿跌 by default). Default `--report-color-fall`.
 *
 * @fires report-count-start - A count began (first frame). `detail: { value, unit, text }`
 * @fires report-count-end - A count reached its final value. `detail: { value, unit, text }`
 */
export class ReportCounter extends ReportElement {
  static override styles = [tokens, shared, isolated, styles];

  /** URL of a dataset JSON; with `metric`. Without it, a surrounding `<report-data>` provides one. */
  @property({ attribute: 'src' }) src?: string;

  /** Id of the figure to show, in the dataset from `src`, `data` or `<report-data>`. */
  @property({ attribute: 'metric' }) metric?: string;

  /** A dataset given by code (validated); `metric` picks the figure. */
  @property({ attribute: false }) data?: unknown;

  /** A figure given by code (the dataset's `Figure`); wins over `metric`. */
  @property({ attribute: false }) figure?: Figure;

  /** The value, for a figure given by attributes. */
  @property({ attribute: 'value', type: Number }) value?: number;

  /** The report unit of `value`: 亿元, 万元, %, 件, 个月 … */
  @property({ attribute: 'unit' }) unit?: string;

  /** The label, for a figure given by attributes. */
  @property({ attribute: 'label' }) label?: string;

  /** Qualifiers, space-separated, as keys or the report's words: `estimated`, `预计 以上`. */
  @property({ attribute: 'qualifier' }) qualifier?: string;

  /** Change against the previous period, in `change-unit` (signed: −2 for 下降2%). */
  @property({ attribute: 'change', type: Number }) change?: number;

  /** Unit of `change`: `%` (default) or `个百分点`. */
  @property({ attribute: 'change-unit' }) changeUnit?: '%' | '个百分点';

  /** Basis of `change`: `year-on-year` (default), `month-on-month` or `period`. */
  @property({ attribute: 'change-basis' }) changeBasis?: ChangeLike['basis'];

  /** A ranking phrase, for a figure given by attributes: 增幅全市第二. */
  @property({ attribute: 'rank' }) rank?: string;

  /** The report sentence, for a figure given by attributes (shown with `footnote`). */
  @property({ attribute: 'quote' }) quote?: string;

  /** Shows the report sentence the figure comes from, with the figure marked in it. */
  @property({ attribute: 'footnote', type: Boolean, reflect: true }) footnote = false;

  /** Where the count starts from. */
  @property({ attribute: 'from', type: Number }) from = 0;

  /** Length of the count in milliseconds. */
  @property({ attribute: 'duration', type: Number }) duration = 1200;

  /**
   * What starts the count: `visible` (entering the viewport, default), `step` (its story step
   * becoming active; outside a story, as `visible`) or `manual` (only `start()` / `replay()`).
   */
  @property({ attribute: 'start' }) startOn: StartTrigger = 'visible';

  /** Counts again each time the counter re-enters the viewport or its step. */
  @property({ attribute: 'replay', type: Boolean }) replayOnReentry = false;

  private view: View = { kind: 'loading' };
  private derivedWith: readonly unknown[] = [];
  private readonly datasets = new DatasetController(this, () => this.src);
  private readonly validateData = datasetProperty();
  private readonly playback = new PlaybackController(this, {
    trigger: () => (START_TRIGGERS.includes(this.startOn) ? this.startOn : 'visible'),
    replay: () => this.replayOnReentry,
    duration: () => (Number.isFinite(this.duration) ? this.duration : 1200),
    reduced: () => this.reducedMotion,
    ready: () => this.view.kind === 'ready',
    ease: easeCubicOut,
    onStart: () => this.fire('report-count-start'),
    onEnd: () => this.fire('report-count-end'),
    onFrame: () => this.paintLive(),
  });
  /** The ticking number's box: its text is painted by `paintLive()`, not by a render. */
  private liveBox: Element | null = null;

  /** Starts the count if it has not run (any `start` mode; the only way with `start="manual"`). */
  start(): void {
    this.playback.start();
  }

  /** Counts again from the start value. */
  replay(): void {
    this.playback.replay();
  }

  /** Whether a count is running now. */
  get counting(): boolean {
    return this.playback.running;
  }

  /**
   * The counter in its final state as a standalone SVG document (text escaped, colours and fonts
   * inline), for channels that run no scripts. Empty string while loading or in error.
   */
  toSVG(): string {
    if (this.view.kind !== 'ready') return '';
    return counterSVG(this.view.model, this.resolvedLocale, this.palette(), this.footnote);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Animation frames update the element without changing its inputs: derive only when they do.
    const inputs = [this.datasetState(), this.resolvedLocale];
    if (changed.size > 0 || inputs.some((input, i) => input !== this.derivedWith[i])) {
      this.view = this.derive();
      this.derivedWith = inputs;
    }
  }

  private derive(): View {
    const en = this.resolvedLocale === 'en';
    try {
      if (this.figure !== undefined) return this.fromFigure(this.figure, 'figure property');
      if (this.metric) return this.fromDataset(this.metric.trim());
      if (this.hasAttribute('value') || this.value !== undefined) return this.fromAttributes();
      return {
        kind: 'error',
        message: en
          ? 'no figure to show: set src and metric, a figure property, or value and unit.'
          : '没有可显示的数字：请设置 src 和 metric、figure 属性，或 value 和 unit。',
      };
    } catch (error) {
      return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
    }
  }

  private datasetState(): DatasetState {
    const fromController = this.datasets.resolve();
    return this.data === undefined ? fromController : this.validateData(this.data);
  }

  private fromDataset(metric: string): View {
    const state = this.datasetState();
    const en = this.resolvedLocale === 'en';
    switch (state.status) {
      case 'idle':
        return {
          kind: 'error',
          message: en
            ? `metric "${metric}" needs a dataset: set src, or put the counter inside <report-data>.`
            : `metric "${metric}" 需要数据集：请设置 src，或把计数器放进 <report-data>。`,
        };
      case 'loading':
        return { kind: 'loading' };
      case 'error':
        return { kind: 'error', message: state.error.message };
      case 'ready':
        return this.fromFigure(findFigure(state.dataset, metric, en), `figure "${metric}"`);
    }
  }

  private fromFigure(input: unknown, where: string): View {
    const checked = validatePart(FigureSchema, input, where);
    if (!checked.ok) throw new Error(describeIssues(checked.issues));
    const figure = checked.value;
    const locale = this.resolvedLocale;
    if (figure.value === undefined || figure.unit === undefined) {
      const honour = figure.kind === 'honour';
      throw new Error(
        locale === 'en'
          ? `figure "${figure.id}" (${where}) ${honour ? 'is an honour and has' : 'has'} no number to count.`
          : `数字 "${figure.id}"（${where}）${honour ? '是一项荣誉，' : ''}没有可计数的数值。`,
      );
    }
    return this.model({
      label: pickText(figure.label, locale),
      value: figure.value,
      unit: figure.unit,
      qualifiers: figure.qualifiers ?? [],
      change: figure.change,
      rank: figure.rank ? formatRank(figure.rank, locale) : '',
      quote: displayQuote(figure.source, figure.span),
    });
  }

  private fromAttributes(): View {
    const en = this.resolvedLocale === 'en';
    const value = this.value;
    if (value === undefined || !Number.isFinite(value)) {
      const raw = this.getAttribute('value') ?? String(value);
      throw new Error(en ? `value="${raw}" is not a number.` : `value="${raw}" 不是数字。`);
    }
    const unit = this.unit?.trim();
    if (!isUnit(unit)) {
      const known = UNIT_NAMES.slice(0, 12).join(' ');
      throw new Error(
        en
          ? `unit="${unit ?? ''}" is not a report unit (for example ${known} …).`
          : `unit="${unit ?? ''}" 不是报告单位（例如 ${known} …）。`,
      );
    }
    const qualifiers: Qualifier[] = [];
    for (const word of (this.qualifier ?? '').split(/[\s,，]+/).filter(Boolean)) {
      const key = isQualifier(word) ? word : qualifierFromWord(word);
      if (!key) {
        throw new Error(
          en ? `qualifier "${word}" is not known.` : `qualifier "${word}" 无法识别。`,
        );
      }
      qualifiers.push(key);
    }
    let change: ChangeLike | undefined;
    if (this.hasAttribute('change') || this.change !== undefined) {
      if (this.change === undefined || !Number.isFinite(this.change)) {
        const raw = this.getAttribute('change') ?? String(this.change);
        throw new Error(en ? `change="${raw}" is not a number.` : `change="${raw}" 不是数字。`);
      }
      change = {
        value: this.change,
        unit: this.changeUnit === '个百分点' ? '个百分点' : '%',
        basis:
          this.changeBasis === 'month-on-month' || this.changeBasis === 'period'
            ? this.changeBasis
            : 'year-on-year',
      };
    }
    return this.model({
      label: this.label?.trim() ?? '',
      value,
      unit,
      qualifiers,
      change,
      rank: this.rank?.trim() ?? '',
      quote: this.quote?.trim() ? { text: this.quote.trim() } : undefined,
    });
  }

  private model(input: {
    label: string;
    value: number;
    unit: Unit;
    qualifiers: readonly Qualifier[];
    change: ChangeLike | undefined;
    rank: string;
    quote: Quote | undefined;
  }): View {
    const locale = this.resolvedLocale;
    const style = quantityStyle(input.value, input.unit, locale);
    const from = isShowable(this.from) ? this.from : 0;
    const finalNumber = formatDisplayNumber(input.value * style.scale, style);
    const startNumber = formatDisplayNumber(from * style.scale, style);
    return {
      kind: 'ready',
      model: {
        label: input.label,
        value: input.value,
        from,
        unit: input.unit,
        style,
        finalNumber,
        startNumber: startNumber.length > finalNumber.length ? startNumber : undefined,
        qualifiers: qualifierParts(input.qualifiers, locale),
        change: input.change ? changeParts(input.change, locale) : undefined,
        rank: input.rank,
        sentence: describeFigure(
          {
            label: input.label,
            value: input.value,
            unit: input.unit,
            qualifiers: input.qualifiers,
            change: input.change,
            rank: input.rank,
          },
          locale,
        ),
        quote: input.quote,
      },
    };
  }

  private fire(type: 'report-count-start' | 'report-count-end'): void {
    if (this.view.kind !== 'ready') return;
    const { value, unit, style, finalNumber } = this.view.model;
    this.dispatchEvent(
      reportEvent<CountDetail>(type, { value, unit, text: withUnit(finalNumber, style) }),
    );
  }

  /** The colours in force, read from the rendered parts (so page overrides carry into the SVG). */
  private palette(): CounterPalette | undefined {
    const root = this.renderRoot as ShadowRoot | undefined;
    const read = (part: string) => {
      const node = root?.querySelector(`[part~="${part}"]`);
      return node ? getComputedStyle(node).color : undefined;
    };
    const base = root?.querySelector('[part~="base"]');
    if (!base) return undefined;
    const background = getComputedStyle(this).backgroundColor;
    return {
      ink: getComputedStyle(base).color,
      muted: read('label') ?? getComputedStyle(base).color,
      number: read('number') ?? getComputedStyle(base).color,
      change: read('change'),
      background: /rgba\(.*,\s*0\)|transparent/.test(background) ? undefined : background,
    };
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.liveBox = this.renderRoot.querySelector('.live');
    this.paintLive();
  }

  /**
   * Writes the number the count has reached into its box: after each render, and on each frame of
   * a count without a render (a thousand counters counting cost a thousand text writes a frame).
   */
  private paintLive(): void {
    const view = this.view;
    if (view.kind !== 'ready' || !this.liveBox) return;
    const m = view.model;
    const progress = this.playback.progress;
    const text =
      progress >= 1
        ? m.finalNumber
        : formatDisplayNumber((m.from + (m.value - m.from) * progress) * m.style.scale, m.style);
    if (this.liveBox.textContent !== text) this.liveBox.textContent = text;
  }

  override render(): TemplateResult {
    const view = this.view;
    if (view.kind === 'error') return this.renderError(view.message);
    if (view.kind === 'loading') {
      // The rows of a figure (label, value, change) in the same boxes, with blank placeholders in
      // the script the text will have, so that nothing moves when the data arrives.
      const en = this.resolvedLocale === 'en';
      const blank = en ? '\u00a0' : '\u3000';
      return html`<div part="base" class="counter loading" aria-busy="true">
        <span class="visually-hidden">${en ? 'Loading' : '载入中'}</span>
        <div class="label"><span class="skeleton skeleton-label">${blank}</span></div>
        <div class="value">
          <span class="number"><span class="skeleton skeleton-number">${'\u00a0'}</span></span>
        </div>
        <div class="meta"><span class="skeleton skeleton-meta">${blank}</span></div>
      </div>`;
    }
    const m = view.model;
    return html`<div part="base" class="counter" role="img" aria-label=${m.sentence}>
        ${m.label ? html`<div part="label" class="label">${m.label}</div>` : nothing}
        <div part="value" class="value">
          ${
            m.qualifiers.before
              ? html`<span part="qualifier" class="qualifier">${m.qualifiers.before}</span>`
              : nothing
          }
          <span part="number" class="number" aria-hidden="true"
            ><span class="final">${m.finalNumber}</span>${
              m.startNumber ? html`<span class="reserve">${m.startNumber}</span>` : nothing
            }<span class="live"></span></span
          >${
            m.style.unitText
              ? html`<span part="unit" class=${m.style.spaced ? 'unit spaced' : 'unit'}
                  >${m.style.unitText}</span
                >`
              : nothing
          }${
            m.qualifiers.after
              ? html`<span part="qualifier" class="qualifier after">${m.qualifiers.after}</span>`
              : nothing
          }
        </div>
        ${m.change || m.rank ? this.renderMeta(m) : nothing}
      </div>
      ${this.footnote && m.quote ? this.renderQuote(m.quote) : nothing}`;
  }

  private renderMeta(m: CounterModel): TemplateResult {
    const c = m.change;
    return html`<div class="meta">
      ${
        c
          ? html`<span part="change" class="change ${c.direction}"
              ><span class="arrow">${ARROWS[c.direction]}</span>${
                c.basisFirst && c.basis ? html`<span class="basis">${c.basis}</span>` : nothing
              }<span class="signed">${c.signed}</span>${
                !c.basisFirst && c.basis ? html`<span class="basis">${c.basis}</span>` : nothing
              }</span
            >`
          : nothing
      }
      ${m.rank ? html`<span part="rank" class="rank">${m.rank}</span>` : nothing}
    </div>`;
  }

  private renderQuote(quote: Quote): TemplateResult {
    const en = this.resolvedLocale === 'en';
    const [start, end] = quote.mark ?? [0, 0];
    const text = quote.mark
      ? html`${quote.text.slice(0, start)}<mark>${quote.text.slice(start, end)}</mark>${quote.text.slice(end)}`
      : quote.text;
    return html`<p part="footnote" class="footnote">
      <span class="source">${en ? 'From the report' : '报告原文'}</span>
      <q lang="zh-CN">${text}</q>
    </p>`;
  }
}

function findFigure(dataset: Dataset, id: string, en: boolean): Figure {
  const figure = dataset.figures.find((f) => f.id === id);
  if (figure) return figure;
  throw new Error(
    en
      ? `metric "${id}" is not a figure of dataset "${dataset.id}".`
      : `数据集 "${dataset.id}" 中没有 id 为 "${id}" 的数字（metric）。`,
  );
}

export type { CounterPalette };
