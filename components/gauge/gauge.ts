import { easeCubicOut } from 'd3-ease';
import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { DatasetController } from '../../src/controllers/dataset-controller.js';
import {
  PlaybackController,
  START_TRIGGERS,
  type StartTrigger,
} from '../../src/controllers/playback-controller.js';
import type { DatasetState } from '../../src/data/context.js';
import { datasetProperty } from '../../src/data/dataset-property.js';
import { displayQuote, type DisplayQuote } from '../../src/data/quote.js';
import { TargetSchema, type Dataset, type Target } from '../../src/data/schema.js';
import { describeIssues, validatePart } from '../../src/data/validate.js';
import { ReportElement } from '../../src/element.js';
import { reportEvent } from '../../src/events/events.js';
import {
  formatDisplayNumber,
  formatQuantity,
  formatWhen,
  formatYear,
  pickText,
  quantityStyle,
  withUnit,
  type ReportLocale,
} from '../../src/format/format.js';
import { COMPARATOR_SIGNS, formatGoal, formatGoalStatus } from '../../src/format/goal.js';
import { isUnit, UNIT_NAMES, type Unit } from '../../src/format/units.js';
import { goalDomain } from '../../src/goal/geometry.js';
import {
  gaugeScene,
  sceneSize,
  type GaugeForm,
  type GaugeSceneInput,
  type Shape,
} from '../../src/goal/scene.js';
import {
  assessGoal,
  type GoalAssessment,
  type GoalComparator,
  type GoalStatus,
} from '../../src/goal/status.js';
import { gaugeSVG, type GaugePalette } from '../../src/svg/gauge-svg.js';
import { isolated, shared, tokens } from '../../src/theme.js';
import { styles } from './gauge.styles.js';

/** `detail` of `report-fill-start` and `report-fill-end`. */
export interface FillDetail {
  /** The target's id, when it came from a dataset or a target object. */
  readonly goal: string | undefined;
  readonly status: GoalStatus;
  /** The reading the fill shows, in the target's unit. */
  readonly reading: number | undefined;
}

const COMPARATORS: readonly GoalComparator[] = [
  'at-least',
  'at-most',
  'about',
  'keep-growing',
  'in-step-with',
];

/** A number with the words that say when it was measured: 2019年 / 2020年6月. */
interface Reading {
  readonly value: number;
  readonly caption: string;
  /** What the reading is, when it is not exactly what the target measures. */
  readonly note?: string;
}

/** What is known about a target, wherever it came from. */
interface GoalFacts {
  readonly id: string | undefined;
  readonly label: string;
  readonly year: number | undefined;
  readonly comparator: GoalComparator;
  readonly value: number | undefined;
  readonly unit: Unit | undefined;
  readonly tolerance: number | undefined;
  readonly baseline: Reading | undefined;
  readonly current: Reading | undefined;
  readonly reference: { readonly label: string; readonly reading: Reading | undefined } | undefined;
  readonly quote: DisplayQuote | undefined;
}

interface LegendItem {
  readonly key: 'goal' | 'baseline' | 'current' | 'reference';
  readonly term: string;
  readonly text: string;
}

/** Everything the gauge shows, derived once per change of its inputs. */
interface GaugeModel {
  readonly facts: GoalFacts;
  readonly unit: Unit;
  readonly name: string;
  readonly yearText: string;
  readonly goalText: string;
  /** The target in few words, for the middle of the arc when there is no reading. */
  readonly shortGoal: string;
  readonly assessment: GoalAssessment;
  readonly statusText: string;
  readonly reading: Reading | undefined;
  readonly scene: Omit<GaugeSceneInput, 'readingText'>;
  readonly legend: readonly LegendItem[];
  /** For `role="meter"`; undefined when there is no reading (then `role="img"`). */
  readonly meter: { readonly now: number; readonly min: number; readonly max: number } | undefined;
  readonly valueText: string;
}

type View =
  | { readonly kind: 'loading' }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'ready'; readonly model: GaugeModel };

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
export class ReportGauge extends ReportElement {
  static override styles = [tokens, shared, isolated, styles];

  /** URL of a dataset JSON; with `goal`. Without it, a surrounding `<report-data>` provides one. */
  @property({ attribute: 'src' }) src?: string;

  /** Id of the target to show, in the dataset from `src`, `data` or `<report-data>`. */
  @property({ attribute: 'goal' }) goal?: string;

  /** A dataset given by code (validated); `goal` picks the target, baselines resolve in it. */
  @property({ attribute: false }) data?: unknown;

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

  /** What starts the fill: `visible` (default), `step` or `manual` (see `<report-counter>`). */
  @property({ attribute: 'start' }) startOn: StartTrigger = 'visible';

  /** Fills again each time the gauge re-enters the viewport or its step. */
  @property({ attribute: 'replay', type: Boolean }) replayOnReentry = false;

  private view: View = { kind: 'loading' };
  private derivedWith: readonly unknown[] = [];
  private readonly datasets = new DatasetController(this, () => this.src);
  private readonly validateData = datasetProperty();
  private readonly playback = new PlaybackController(this, {
    trigger: () => (START_TRIGGERS.includes(this.startOn) ? this.startOn : 'visible'),
    replay: () => this.replayOnReentry,
    duration: () => (Number.isFinite(this.duration) ? this.duration : 1000),
    reduced: () => this.reducedMotion,
    ready: () => this.view.kind === 'ready' && this.view.model.reading !== undefined,
    ease: easeCubicOut,
    onStart: () => this.fire('report-fill-start'),
    onEnd: () => this.fire('report-fill-end'),
  });

  /** Grows the fill if it has not grown yet (the only way with `start="manual"`). */
  start(): void {
    this.playback.start();
  }

  /** Grows the fill again from empty. */
  replay(): void {
    this.playback.replay();
  }

  /** The computed status, once the target is known. */
  get status(): GoalStatus | undefined {
    return this.view.kind === 'ready' ? this.view.model.assessment.status : undefined;
  }

  /**
   * The gauge in its final state as a standalone SVG document (its label, graphic, legend and
   * status; text escaped, colours and fonts inline). Empty string while loading or in error.
   */
  toSVG(): string {
    if (this.view.kind !== 'ready') return '';
    const m = this.view.model;
    return gaugeSVG(
      {
        name: m.name,
        valueText: m.valueText,
        label: m.facts.label,
        yearText: m.yearText,
        legend: m.legend,
        status: m.statusText,
        good: m.assessment.good,
        scene: gaugeScene({ ...m.scene, readingText: this.readingText(m, 1) }, this.shape(), 1),
      },
      this.resolvedLocale,
      this.palette(),
    );
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

  private shape(): GaugeForm {
    return this.form === 'bar' ? 'bar' : 'arc';
  }

  private derive(): View {
    try {
      if (this.target !== undefined) {
        const state = this.datasetState();
        if (state.status === 'loading') return { kind: 'loading' };
        const dataset = state.status === 'ready' ? state.dataset : undefined;
        return this.ready(this.fromTarget(this.target, 'target property', dataset));
      }
      if (this.goal) return this.fromDataset(this.goal.trim());
      if (this.comparator !== undefined) return this.ready(this.fromAttributes());
      return this.fail(
        'nothing to show: set src and goal, a target property, or comparator and value.',
        '没有可显示的目标：请设置 src 和 goal、target 属性，或 comparator 和 value。',
      );
    } catch (error) {
      return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
    }
  }

  private fail(en: string, zh: string): View {
    return { kind: 'error', message: this.resolvedLocale === 'en' ? en : zh };
  }

  private datasetState(): DatasetState {
    const fromController = this.datasets.resolve();
    return this.data === undefined ? fromController : this.validateData(this.data);
  }

  private fromDataset(goal: string): View {
    const state = this.datasetState();
    switch (state.status) {
      case 'idle':
        return this.fail(
          `goal "${goal}" needs a dataset: set src, or put the gauge inside <report-data>.`,
          `goal "${goal}" 需要数据集：请设置 src，或把仪表放进 <report-data>。`,
        );
      case 'loading':
        return { kind: 'loading' };
      case 'error':
        return { kind: 'error', message: state.error.message };
      case 'ready': {
        const target = state.dataset.targets.find((t) => t.id === goal);
        if (!target) {
          return this.fail(
            `goal "${goal}" is not a target of dataset "${state.dataset.id}".`,
            `数据集 "${state.dataset.id}" 中没有 id 为 "${goal}" 的目标（goal）。`,
          );
        }
        return this.ready(this.fromTarget(target, `target "${goal}"`, state.dataset));
      }
    }
  }

  /** Resolves a target's baseline, current reading and reference (in a dataset when there is one). */
  private fromTarget(input: unknown, where: string, dataset: Dataset | undefined): GoalFacts {
    const checked = validatePart(TargetSchema, input, where);
    if (!checked.ok) throw new Error(describeIssues(checked.issues));
    const target = checked.value;
    const locale = this.resolvedLocale;
    const numeric = ['at-least', 'at-most', 'about'].includes(target.comparator);
    if (numeric && (target.value === undefined || target.unit === undefined)) {
      throw new Error(
        locale === 'en'
          ? `${where}: an "${target.comparator}" target needs a value and a unit.`
          : `${where}：“${target.comparator}”目标需要 value 和 unit。`,
      );
    }
    let reference: GoalFacts['reference'];
    if (target.comparator === 'in-step-with') {
      const other = dataset?.targets.find((t) => t.id === target.reference);
      reference = other
        ? { label: pickText(other.label, locale), reading: this.latest(other, dataset) }
        : this.attributeReference();
    }
    return {
      id: target.id,
      label: pickText(target.label, locale),
      year: target.year,
      comparator: target.comparator,
      value: target.value,
      unit: target.unit ?? this.baselineUnit(target, dataset),
      tolerance: target.tolerance ?? this.finiteOrUndefined(this.tolerance, 'tolerance'),
      baseline: this.baselineOf(target, dataset) ?? this.attributeBaseline(),
      current: target.current
        ? { value: target.current.value, caption: this.whenText(target.current.asOf) }
        : this.attributeCurrent(),
      reference,
      quote: displayQuote(target.source, target.span),
    };
  }

  private baselineOf(target: Target, dataset: Dataset | undefined): Reading | undefined {
    if (!target.baseline || !dataset) return undefined;
    const figure = dataset.figures.find((f) => f.id === target.baseline?.figure);
    if (!figure) return undefined;
    const value = target.baseline.field === 'change' ? figure.change?.value : figure.value;
    if (value === undefined) return undefined;
    const locale = this.resolvedLocale;
    const note = target.baseline.note ? pickText(target.baseline.note, locale) : '';
    const caption =
      figure.year !== undefined
        ? formatYear(figure.year, locale)
        : locale === 'en'
          ? 'baseline'
          : '基数';
    return note ? { value, caption, note } : { value, caption };
  }

  private baselineUnit(target: Target, dataset: Dataset | undefined): Unit | undefined {
    if (target.baseline && dataset) {
      const figure = dataset.figures.find((f) => f.id === target.baseline?.figure);
      if (target.baseline.field === 'change' && figure?.change) return figure.change.unit;
      if (figure?.unit) return figure.unit;
    }
    return target.measure === 'growth' || target.measure === 'share' ? '%' : undefined;
  }

  /** A target's latest reading: its current value, else its baseline. */
  private latest(target: Target, dataset: Dataset | undefined): Reading | undefined {
    if (target.current) {
      return { value: target.current.value, caption: this.whenText(target.current.asOf) };
    }
    return this.baselineOf(target, dataset);
  }

  private whenText(asOf: string): string {
    const precision = asOf.length === 4 ? 'year' : asOf.length === 7 ? 'month' : 'day';
    return formatWhen({ date: asOf, precision }, this.resolvedLocale);
  }

  private finiteOrUndefined(value: number | undefined, name: string): number | undefined {
    if (value === undefined) return undefined;
    if (!Number.isFinite(value)) {
      const raw = this.getAttribute(name) ?? String(value);
      throw new Error(
        this.resolvedLocale === 'en'
          ? `${name}="${raw}" is not a number.`
          : `${name}="${raw}" 不是数字。`,
      );
    }
    return value;
  }

  private attributeBaseline(): Reading | undefined {
    const value = this.finiteOrUndefined(this.baseline, 'baseline');
    if (value === undefined) return undefined;
    return { value, caption: this.baselineLabel?.trim() || this.defaultCaption('baseline') };
  }

  private attributeCurrent(): Reading | undefined {
    const value = this.finiteOrUndefined(this.current, 'current');
    if (value === undefined) return undefined;
    return { value, caption: this.currentLabel?.trim() || this.defaultCaption('current') };
  }

  private attributeReference(): GoalFacts['reference'] {
    const value = this.finiteOrUndefined(this.referenceValue, 'reference-value');
    const label = this.referenceLabel?.trim() ?? '';
    if (value === undefined && !label) return undefined;
    return {
      label,
      reading:
        value === undefined
          ? undefined
          : { value, caption: this.baselineLabel?.trim() || this.defaultCaption('baseline') },
    };
  }

  private defaultCaption(kind: 'baseline' | 'current'): string {
    const en = this.resolvedLocale === 'en';
    if (kind === 'current') return en ? 'now' : '当前';
    const year = this.year ?? this.target?.year;
    if (year !== undefined && Number.isFinite(year))
      return formatYear(year - 1, this.resolvedLocale);
    return en ? 'baseline' : '基数';
  }

  private fromAttributes(): GoalFacts {
    const en = this.resolvedLocale === 'en';
    const comparator = (this.comparator ?? '').trim() as GoalComparator;
    if (!COMPARATORS.includes(comparator)) {
      throw new Error(
        en
          ? `comparator="${comparator}" is not one of ${COMPARATORS.join(', ')}.`
          : `comparator="${comparator}" 应为 ${COMPARATORS.join('、')} 之一。`,
      );
    }
    const unitText = this.unit?.trim();
    if (unitText !== undefined && unitText !== '' && !isUnit(unitText)) {
      throw new Error(
        en
          ? `unit="${unitText}" is not a report unit (for example ${UNIT_NAMES.slice(0, 12).join(' ')} …).`
          : `unit="${unitText}" 不是报告单位（例如 ${UNIT_NAMES.slice(0, 12).join(' ')} …）。`,
      );
    }
    const unit = isUnit(unitText) ? unitText : undefined;
    const value = this.finiteOrUndefined(this.value, 'value');
    const numeric = comparator === 'at-least' || comparator === 'at-most' || comparator === 'about';
    if (numeric && (value === undefined || unit === undefined)) {
      throw new Error(
        en
          ? `an "${comparator}" target needs value and unit attributes.`
          : `“${comparator}”目标需要 value 和 unit 属性。`,
      );
    }
    const year = this.finiteOrUndefined(this.year, 'year');
    return {
      id: undefined,
      label: this.label?.trim() ?? '',
      year,
      comparator,
      value,
      unit: unit ?? '%',
      tolerance: this.finiteOrUndefined(this.tolerance, 'tolerance'),
      baseline: this.attributeBaseline(),
      current: this.attributeCurrent(),
      reference: comparator === 'in-step-with' ? this.attributeReference() : undefined,
      quote: this.quote?.trim() ? { text: this.quote.trim() } : undefined,
    };
  }

  private ready(facts: GoalFacts): View {
    return { kind: 'ready', model: buildModel(facts, this.resolvedLocale) };
  }

  private fire(type: 'report-fill-start' | 'report-fill-end'): void {
    if (this.view.kind !== 'ready') return;
    const m = this.view.model;
    this.dispatchEvent(
      reportEvent<FillDetail>(type, {
        goal: m.facts.id,
        status: m.assessment.status,
        reading: m.reading?.value,
      }),
    );
  }

  /** The reading as shown at `progress`, in the final reading's unit and decimals. */
  private readingText(m: GaugeModel, progress: number): string {
    if (!m.reading) return m.shortGoal;
    const style = quantityStyle(m.reading.value, m.unit, this.resolvedLocale);
    const shown = progress >= 1 ? m.reading.value : m.reading.value * progress;
    return withUnit(formatDisplayNumber(shown * style.scale, style), style);
  }

  /** The colours in force, read from the rendered graphic (so page overrides carry into the SVG). */
  private palette(): GaugePalette | undefined {
    const root = this.renderRoot as ShadowRoot | undefined;
    const base = root?.querySelector('[part~="base"]');
    if (!root || !base) return undefined;
    const colour = (selector: string, property: 'fill' | 'stroke' | 'color') => {
      const node = root.querySelector(selector);
      return node ? getComputedStyle(node)[property] : undefined;
    };
    const background = getComputedStyle(this).backgroundColor;
    return {
      ink: getComputedStyle(base).color,
      muted: colour('[part~="legend"] dt', 'color') ?? getComputedStyle(base).color,
      track: colour('.track', 'fill'),
      zone: colour('.zone', 'fill'),
      band: colour('.band', 'fill'),
      fill: colour('.fill', 'fill'),
      target: colour('.target', 'stroke'),
      reference: colour('.reference', 'stroke'),
      baselineMark: colour('.baseline-mark', 'stroke'),
      good: colour('.status-icon', 'color'),
      background: /rgba\(.*,\s*0\)|transparent/.test(background) ? undefined : background,
    };
  }

  override render(): TemplateResult {
    const view = this.view;
    if (view.kind === 'error') return this.renderError(view.message);
    if (view.kind === 'loading') {
      // The rows of a gauge (label, graphic, legend, status) in the same boxes, with blank
      // placeholders in the script the text will have, so that nothing moves when the data arrives.
      const en = this.resolvedLocale === 'en';
      const blank = en ? '\u00a0' : '\u3000';
      const { width, height } = sceneSize(this.shape());
      return html`<div part="base" class="gauge loading ${this.shape()}" aria-busy="true">
        <span class="visually-hidden">${en ? 'Loading' : '载入中'}</span>
        <div class="label">
          <span class="name"><span class="skeleton skeleton-name">${blank}</span></span>
          <span class="year">${blank}${blank}</span>
        </div>
        <svg class="graphic" viewBox="0 0 ${width} ${height}" aria-hidden="true" focusable="false">
          <rect class="skeleton-shape" width=${width} height=${height} rx="8"></rect>
        </svg>
        <dl class="legend" aria-hidden="true">
          ${[0, 1].map(
            () =>
              html`<div class="item">
                <dt>
                  <span class="swatch"></span><span class="skeleton skeleton-term">${blank}</span>
                </dt>
                <dd><span class="skeleton skeleton-term">${blank}</span></dd>
              </div>`,
          )}
        </dl>
        <p class="status"><span class="skeleton skeleton-status">${blank}</span></p>
      </div>`;
    }
    const m = view.model;
    const progress = this.playback.progress;
    const scene = gaugeScene(
      { ...m.scene, readingText: this.readingText(m, progress) },
      this.shape(),
      progress,
    );
    const good = m.assessment.good;
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
              ${this.renderGraphic(scene.width, scene.height, scene.shapes)}
            </div>`
          : html`<div
              part="meter"
              class="meter"
              role="img"
              aria-label=${`${m.name}${this.resolvedLocale === 'en' ? ': ' : '：'}${m.valueText}`}
            >
              ${this.renderGraphic(scene.width, scene.height, scene.shapes)}
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
              ${this.resolvedLocale === 'en' ? 'Note: ' : '注：'}${m.facts.baseline.note}
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
      ${this.footnote && m.facts.quote ? this.renderQuote(m.facts.quote) : nothing}
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

  private renderQuote(quote: NonNullable<GoalFacts['quote']>): TemplateResult {
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

/** Derives everything shown from the facts: status, scale, texts, the scene's input. */
function buildModel(facts: GoalFacts, locale: ReportLocale): GaugeModel {
  const en = locale === 'en';
  const unit: Unit = facts.unit ?? '%';
  const reading = facts.current ?? facts.baseline;
  const referenceReading = facts.reference?.reading;
  const assessment = assessGoal({
    comparator: facts.comparator,
    value: facts.value,
    tolerance: facts.tolerance,
    reading: reading?.value,
    reference: referenceReading?.value,
  });
  const band = assessment.band;
  const domain = goalDomain([
    facts.value,
    band?.[0],
    band?.[1],
    facts.baseline?.value,
    facts.current?.value,
    referenceReading?.value,
  ]);
  const quantity = (v: number) => formatQuantity(v, unit, locale);
  const referenceLabel = facts.reference?.label ?? '';
  const goalText = formatGoal({ ...facts, unit }, locale, referenceLabel);
  const statusText = formatGoalStatus(assessment, unit, locale, referenceLabel);
  const targetWord = en ? 'target' : '目标';
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

  const legend: LegendItem[] = [{ key: 'goal', term: targetWord, text: goalText }];
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
      term: en ? 'reference' : '参照',
      text: [facts.reference.label, r ? `${r.caption} ${quantity(r.value)}` : '']
        .filter(Boolean)
        .join(en ? ', ' : '，'),
    });
  }

  const yearText =
    facts.year !== undefined
      ? en
        ? `${formatYear(facts.year, locale)} target`
        : `${formatYear(facts.year, locale)}目标`
      : '';
  const name = [facts.label, yearText].filter(Boolean).join(en ? ', ' : '，') || targetWord;
  const readingPhrase = reading
    ? `${reading.caption}${en ? ' ' : ''}${quantity(reading.value)}`
    : '';
  const valueText = [readingPhrase, `${targetWord}${en ? ' ' : ''}${goalText}`, statusText]
    .filter(Boolean)
    .join(en ? ', ' : '，');

  return {
    facts,
    unit,
    name,
    yearText,
    goalText,
    shortGoal: facts.comparator === 'in-step-with' ? (en ? 'in step' : '同步') : goalText,
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
        ? [`⇄ ${en ? 'in step' : '同步'}`, quantity(referenceReading.value)]
        : undefined,
      ticks,
    },
  };
}

export type { GaugePalette };
