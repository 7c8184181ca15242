import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ready, type View } from '../../src/controllers/data-controller.js';
import {
  counterModel,
  factsFromAttributes,
  factsFromFigure,
  findFigure,
  type CounterFacts,
  type CounterModel,
} from '../../src/counter/model.js';
import type { CounterPalette } from '../../src/counter/svg.js';
import { changePieces, countText, finalText } from '../../src/counter/text.js';
import { FigureSchema, type Figure } from '../../src/data/schema.js';
import type { ChangeLike } from '../../src/format/format.js';
import type { Unit } from '../../src/format/units.js';
import { counterWords } from '../../src/i18n/counter.js';
import { finiteOr, type OptionContext } from '../../src/options/options.js';
import { ReportItemElement } from '../../src/item-element.js';
import { isolated, itemParts, shared, tokens } from '../../src/theme.js';
import { styles } from './counter.styles.js';

/** `detail` of `report-count-start` and `report-count-end`. */
export interface CountDetail {
  /** The final value, in the figure's report unit. */
  readonly value: number;
  readonly unit: Unit;
  /** The final value as shown: 440亿元, 44 billion yuan. */
  readonly text: string;
}

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
export class ReportCounter extends ReportItemElement<CounterModel> {
  static override styles = [tokens, shared, isolated, itemParts, styles];

  /** Id of the figure to show, in the dataset from `src`, `data` or `<report-data>`. */
  @property({ attribute: 'metric' }) metric?: string;

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

  // Only a figure picked by `metric` from the page's dataset asks a <report-data> for it.
  protected override pageDatasetWanted(): () => boolean {
    return () => this.figure === undefined && !!this.metric?.trim();
  }

  protected readonly playback = this.playbackFor({
    duration: () => finiteOr(this.duration, 1200),
    ready: () => this.model !== undefined,
    events: ['report-count-start', 'report-count-end'],
    detail: (model): CountDetail => ({
      value: model.value,
      unit: model.unit,
      text: finalText(model),
    }),
    onFrame: () => this.paintLive(),
  });
  /**
   * The ticking number's text (the one the template puts in its box): each frame of a count writes
   * it in `paintLive()`, not by a render.
   */
  private liveText: Text | null = null;

  /** Whether a count is running now. */
  get counting(): boolean {
    return this.playback.running;
  }

  /**
   * The counter in its final state as a standalone SVG document (text escaped, colours and fonts
   * inline), for channels that run no scripts. Empty string while loading or in error. The
   * export's code loads on first use, hence the promise.
   */
  async toSVG(): Promise<string> {
    const model = this.model;
    if (!model) return '';
    const locale = this.resolvedLocale;
    const { counterPalette, counterSVG } = await import('../../src/counter/svg.js');
    return counterSVG(model, locale, counterPalette(this), this.footnote);
  }

  /** The figure from the `figure` property, `metric` in the dataset, or the attributes. */
  protected override derive(): View<CounterModel> {
    const context: OptionContext = {
      locale: this.resolvedLocale,
      raw: (name) => this.getAttribute(name),
    };
    const model = (facts: CounterFacts) =>
      ready(counterModel(facts, this.from, this.resolvedLocale));
    if (this.figure !== undefined) {
      const figure = this.source.validated(FigureSchema, this.figure, 'figure property', 'figure');
      return model(factsFromFigure(figure, 'figure property', context));
    }
    const metric = this.metric?.trim();
    if (metric) {
      const element = counterWords(this.resolvedLocale).element;
      return this.fromDatasetById('metric', metric, element, (dataset) =>
        model(factsFromFigure(findFigure(dataset, metric, context), `figure "${metric}"`, context)),
      );
    }
    if (this.hasAttribute('value') || this.value !== undefined) {
      return model(factsFromAttributes(this, context));
    }
    throw new Error(counterWords(this.resolvedLocale).nothing);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const text = this.renderRoot.querySelector('.live')?.lastChild;
    this.liveText = text instanceof Text ? text : null;
    this.paintLive();
  }

  /**
   * Writes the number the count has reached into its text: after each render, and on each frame
   * of a count without a render (a thousand counters counting cost a thousand text writes a frame).
   * The render writes the same text; a render between two frames finds its node and rewrites it.
   * Each frame's text is a new node, not new data in the old one: the text is aligned to its end,
   * so a growing number starts further left each frame, and the layout-shift metric (CLS) counts a
   * text node that moves as a shift of the page, where a new node is new content.
   */
  private paintLive(): void {
    const model = this.model;
    const old = this.liveText;
    if (!model || !old) return;
    const text = countText(model, this.playback.progress);
    if (old.data === text) return;
    const next = new Text(text);
    old.replaceWith(next);
    this.liveText = next;
  }

  override render(): TemplateResult {
    return this.renderView(this.source.view, {
      // The rows of a figure (label, value, change) in the same boxes, with blank placeholders,
      // so that nothing moves when the data arrives.
      loading: () =>
        this.renderSkeleton(
          'counter',
          html`<div class="label">${this.skeleton('label')}</div>
            <div class="value">
              <span class="number">${this.skeleton('number', '\u00a0')}</span>
            </div>
            <div class="meta">${this.skeleton('meta')}</div>`,
        ),
      ready: (model) => this.renderCounter(model),
    });
  }

  private renderCounter(m: CounterModel): TemplateResult {
    if (
      m.label &&
      m.style.unitText &&
      !m.qualifiers.before &&
      !m.qualifiers.after &&
      !m.startNumber &&
      !m.change &&
      !m.rank &&
      !(this.footnote && m.quote)
    ) {
      return this.renderPlain(m);
    }
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
            }<span class="live">${countText(m, this.playback.progress)}</span></span
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
      ${this.footnote && m.quote ? this.renderFootnote(m.quote) : nothing}`;
  }

  /**
   * The common figure (label, number, unit; no qualifier, change, rank or footnote) in one flat
   * template: the same elements as `renderCounter` gives it, without the nested templates'
   * parts — a third less first-render time on a page of a thousand.
   */
  private renderPlain(m: CounterModel): TemplateResult {
    // One line, no whitespace between the tags (prettier would put it back): each blank between
    // two tags is a text node to clone, walk and lay out, a thousand times on a page of a thousand.
    // prettier-ignore
    return html`<div part="base" class="counter" role="img" aria-label=${m.sentence}><div part="label" class="label">${m.label}</div><div part="value" class="value"><span part="number" class="number" aria-hidden="true"><span class="final">${m.finalNumber}</span><span class="live">${countText(m, this.playback.progress)}</span></span><span part="unit" class=${m.style.spaced ? 'unit spaced' : 'unit'}>${m.style.unitText}</span></div></div>`;
  }

  private renderMeta(m: CounterModel): TemplateResult {
    const c = m.change;
    return html`<div class="meta">
      ${
        c
          ? html`<span part="change" class="change ${c.direction}"
              >${changePieces(c).map(
                (piece) => html`<span class=${piece.kind}>${piece.text}</span>`,
              )}</span
            >`
          : nothing
      }
      ${m.rank ? html`<span part="rank" class="rank">${m.rank}</span>` : nothing}
    </div>`;
  }
}

export type { CounterPalette };
