import { html, nothing, svg, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { LOADING, ready, type View } from '../../src/controllers/data-controller.js';
import { TargetSchema, type Target } from '../../src/data/schema.js';
import { messages } from '../../src/i18n/messages.js';
import { targetWords } from '../../src/i18n/target.js';
import { choice, finiteOr, type OptionContext } from '../../src/options/options.js';
import { ReportItemElement } from '../../src/item-element.js';
import { factsFromAttributes, factsFromTarget, findTarget } from '../../src/target/facts.js';
import { readingText, targetModel, type TargetModel } from '../../src/target/model.js';
import { gaugeScene, sceneSize, type GaugeForm, type Shape } from '../../src/target/scene.js';
import type { TargetStatus } from '../../src/target/status.js';
import type { GaugePalette } from '../../src/target/svg.js';
import { isolated, itemParts, shared, tokens } from '../../src/theme.js';
import { styles } from './gauge.styles.js';

/** `detail` of `report-fill-start` and `report-fill-end`. */
export interface FillDetail {
  /** The target's id, when it came from a dataset or a target object. */
  readonly goal: string | undefined;
  readonly status: TargetStatus;
  /** The reading the fill shows, in the target's unit. */
  readonly reading: number | undefined;
}

/**
 * One target of a report's plan (for 2020) against its baseline (the 2019 figure), with a current
 * reading when the dataset has one. Each comparator is drawn its own way — a floor bracket for
 * "at least" (以上), a ceiling bracket for "at most" (以内), a band for "about" (左右), the positive
 * side shaded for "keep growing" (保持增长), a dashed link marker at the reference's reading for "in
 * step with" (同步) — with a labelled target marker. Its status (met, not yet, exceeded …) is
 * computed from the numbers.
 *
 * The target comes from `src` + `goal` (a dataset URL and a target id), from a surrounding
 * `<report-data>` + `goal`, from the `target` property (with `data` or a surrounding dataset to
 * resolve its baseline and reference, or the `baseline` attributes), or from plain attributes
 * (`comparator`, `value`, `unit`, `label`, `baseline` …). The fill grows when the gauge comes into
 * view (`start`, as on `<report-counter>`); reduced motion shows it full at once.
 *
 * @summary A report target against its baseline, with a computed status.
 * @tagname report-gauge
 *
 * @slot - Fallback content (shown with an error message, for readers without JavaScript).
 *
 * @csspart base - The whole gauge.
 * @csspart label - The target's label and year.
 * @csspart meter - The graphic (`role="meter"`, or `role="img"` when there is no reading).
 * @csspart graphic - The SVG.
 * @csspart legend - Target, baseline, current reading and reference in words.
 * @csspart note - What the baseline is, when the dataset explains it (注：…).
 * @csspart status - The computed status.
 * @csspart footnote - The report sentence the target comes from (with `footnote`).
 * @csspart error - The message shown for an unknown id or bad data.
 *
 * @cssprop --gauge-track-color - The empty scale. Default `--report-color-track`.
 * @cssprop --gauge-fill-color - The reading. Default `--report-color-accent`.
 * @cssprop --gauge-zone-color - Where the target wants the reading. Default a tint of `--report-color-highlight`.
 * @cssprop --gauge-band-color - The band of an "about" target. Default a stronger tint of `--report-color-highlight`.
 * @cssprop --gauge-target-color - The target marker. Default `--report-color-ink`.
 * @cssprop --gauge-reference-color - The reference marker of an "in step with" target. Default `--report-color-muted`.
 * @cssprop --gauge-max-width - Widest the graphic grows (at `21.25em` one viewBox unit is 1/16 em, so its labels keep to the text size). Default `21.25em`.
 *
 * @fires report-fill-start - The fill began to grow (first frame). `detail: { goal, status, reading }`
 * @fires report-fill-end - The fill reached the reading. `detail: { goal, status, reading }`
 */
export class ReportGauge extends ReportItemElement<TargetModel> {
  static override styles = [tokens, shared, isolated, itemParts, styles];

  /** Id of the target to show, in the dataset from `src`, `data` or `<report-data>`. */
  @property({ attribute: 'goal' }) goal?: string;

  /** A target given by code (the dataset's `Target`); wins over `goal`. */
  @property({ attribute: false }) target?: Target;

  /** `arc` (default) or `bar`. */
  @property({ attribute: 'form', reflect: true }) form: GaugeForm = 'arc';

  /** How the target is stated: `at-least`, `at-most`, `about`, `keep-growing`, `in-step-with`. */
  @property({ attribute: 'comparator' }) comparator?: string;

  /** The target number, for a target given by attributes. */
  @property({ attribute: 'value', type: Number }) value?: number;

  /** The report unit of the numbers: %, 亿元 … */
  @property({ attribute: 'unit' }) unit?: string;

  /** The label, for a target given by attributes. */
  @property({ attribute: 'label' }) label?: string;

  /** The year the target is for (2020). */
  @property({ attribute: 'year', type: Number }) year?: number;

  /** Half-width of the band of an "about" target (default: half a unit of the last digit). */
  @property({ attribute: 'tolerance', type: Number }) tolerance?: number;

  /** The baseline reading (when not resolved from a dataset). */
  @property({ attribute: 'baseline', type: Number }) baseline?: number;

  /** When the baseline was measured: 2019年 / 2019. */
  @property({ attribute: 'baseline-label' }) baselineLabel?: string;

  /** A reading during the target year. */
  @property({ attribute: 'current', type: Number }) current?: number;

  /** When the current reading was taken: 2020年上半年. */
  @property({ attribute: 'current-label' }) currentLabel?: string;

  /** For `in-step-with`: what the target keeps pace with (经济增长). */
  @property({ attribute: 'reference-label' }) referenceLabel?: string;

  /** For `in-step-with`: the reference's reading. */
  @property({ attribute: 'reference-value', type: Number }) referenceValue?: number;

  /** The report sentence, for a target given by attributes (shown with `footnote`). */
  @property({ attribute: 'quote' }) quote?: string;

  /** Shows the report sentence the target comes from. */
  @property({ attribute: 'footnote', type: Boolean, reflect: true }) footnote = false;

  /** Length of the fill animation in milliseconds. */
  @property({ attribute: 'duration', type: Number }) duration = 1000;

  protected readonly playback = this.playbackFor({
    duration: () => finiteOr(this.duration, 1000),
    ready: () => this.model?.reading !== undefined,
    events: ['report-fill-start', 'report-fill-end'],
    detail: (m): FillDetail => ({
      goal: m.facts.id,
      status: m.assessment.status,
      reading: m.reading?.value,
    }),
  });

  /** The computed status, once the target is known. */
  get status(): TargetStatus | undefined {
    return this.model?.assessment.status;
  }

  /**
   * The gauge in its final state as a standalone SVG document (its label, graphic, legend and
   * status; text escaped, colours and fonts inline). Empty string while loading or in error. The
   * export's code loads on first use, hence the promise.
   */
  async toSVG(): Promise<string> {
    const m = this.model;
    if (!m) return '';
    const locale = this.resolvedLocale;
    const shape = this.shape();
    const { gaugePalette, gaugeSVG } = await import('../../src/target/svg.js');
    return gaugeSVG(
      {
        name: m.name,
        valueText: m.valueText,
        label: m.facts.label,
        yearText: m.yearText,
        legend: m.legend,
        status: m.statusText,
        good: m.assessment.good,
        scene: gaugeScene({ ...m.scene, readingText: readingText(m, 1) }, shape, 1),
      },
      locale,
      gaugePalette(this),
    );
  }

  private shape(): GaugeForm {
    return choice(this.form, ['arc', 'bar'], 'arc');
  }

  /** The target from the `target` property, `goal` in the dataset, or the attributes. */
  protected override derive(): View<TargetModel> {
    const context: OptionContext = {
      locale: this.resolvedLocale,
      raw: (name) => this.getAttribute(name),
    };
    const model = (facts: Parameters<typeof targetModel>[0]) =>
      ready(targetModel(facts, this.resolvedLocale));
    if (this.target !== undefined) {
      const target = this.source.validated(TargetSchema, this.target, 'target property', 'target');
      const state = this.source.dataset();
      if (state.status === 'loading') return LOADING;
      const dataset = state.status === 'ready' ? state.dataset : undefined;
      return model(factsFromTarget(target, 'target property', dataset, this, context));
    }
    const goal = this.goal?.trim();
    if (goal) {
      const element = targetWords(this.resolvedLocale).element;
      return this.fromDatasetById('goal', goal, element, (dataset) =>
        model(
          factsFromTarget(
            findTarget(dataset, goal, context),
            `target "${goal}"`,
            dataset,
            this,
            context,
          ),
        ),
      );
    }
    if (this.comparator !== undefined) return model(factsFromAttributes(this, context));
    throw new Error(targetWords(this.resolvedLocale).nothing);
  }

  override render(): TemplateResult {
    return this.renderView(this.source.view, {
      loading: () => this.renderLoading(),
      ready: (model) => this.renderGauge(model),
    });
  }

  /**
   * The rows of a gauge (label, graphic, legend, status) in the same boxes, with blank
   * placeholders, so that nothing moves when the data arrives.
   */
  private renderLoading(): TemplateResult {
    const { width, height } = sceneSize(this.shape());
    const blank = messages(this.resolvedLocale).common.blank;
    return this.renderSkeleton(
      `gauge ${this.shape()}`,
      html`<div class="label">
          <span class="name">${this.skeleton('name')}</span>
          <span class="year">${blank}${blank}</span>
        </div>
        <svg class="graphic" viewBox="0 0 ${width} ${height}" aria-hidden="true" focusable="false">
          <rect class="skeleton-shape" width=${width} height=${height} rx="8"></rect>
        </svg>
        <dl class="legend" aria-hidden="true">
          ${[0, 1].map(
            () =>
              html`<div class="item">
                <dt><span class="swatch"></span>${this.skeleton('term')}</dt>
                <dd>${this.skeleton('term')}</dd>
              </div>`,
          )}
        </dl>
        <p class="status">${this.skeleton('status')}</p>`,
    );
  }

  private renderGauge(m: TargetModel): TemplateResult {
    const progress = this.playback.progress;
    const scene = gaugeScene(
      { ...m.scene, readingText: readingText(m, progress) },
      this.shape(),
      progress,
    );
    const good = m.assessment.good;
    const graphic = this.renderGraphic(scene.width, scene.height, scene.shapes);
    return html`<figure part="base" class="gauge ${this.shape()}">
      <figcaption part="label" class="label">
        <span class="name">${m.facts.label}</span>
        ${m.yearText ? html`<span class="year">${m.yearText}</span>` : nothing}
      </figcaption>
      ${
        m.meter
          ? html`<div
              part="meter"
              class="meter"
              role="meter"
              aria-label=${m.name}
              aria-valuenow=${m.meter.now}
              aria-valuemin=${m.meter.min}
              aria-valuemax=${m.meter.max}
              aria-valuetext=${m.valueText}
            >
              ${graphic}
            </div>`
          : html`<div
              part="meter"
              class="meter"
              role="img"
              aria-label=${messages(m.locale).common.labelled(m.name, m.valueText)}
            >
              ${graphic}
            </div>`
      }
      <dl part="legend" class="legend">
        ${m.legend.map(
          (item) =>
            html`<div class="item ${item.key} ${m.facts.comparator}">
              <dt><span class="swatch" aria-hidden="true"></span>${item.term}</dt>
              <dd>${item.text}</dd>
            </div>`,
        )}
      </dl>
      ${
        m.facts.baseline?.note
          ? html`<p part="note" class="note">
              ${messages(m.locale).common.note(m.facts.baseline.note)}
            </p>`
          : nothing
      }
      <p
        part="status"
        class="status ${good === true ? 'good' : good === false ? 'bad' : 'unknown'}"
      >
        <span class="status-icon" aria-hidden="true"
          >${good === true ? '✓' : good === false ? '○' : '–'}</span
        >
        <span class="status-text">${m.statusText}</span>
      </p>
      ${this.footnote && m.facts.quote ? this.renderFootnote(m.facts.quote) : nothing}
    </figure>`;
  }

  private renderGraphic(width: number, height: number, shapes: readonly Shape[]): TemplateResult {
    return html`<svg
      part="graphic"
      class="graphic"
      viewBox="0 0 ${width} ${height}"
      aria-hidden="true"
      focusable="false"
    >
      ${shapes.map((shape) =>
        shape.kind === 'path'
          ? svg`<path class=${shape.role} d=${shape.d}></path>`
          : svg`<text class=${shape.role} x=${shape.x} y=${shape.y} text-anchor=${shape.anchor} font-size=${shape.size}>${shape.text}</text>`,
      )}
    </svg>`;
  }
}

export type { GaugePalette };
