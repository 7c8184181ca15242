import { html, nothing, svg, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { cssomStyleMap } from '../../src/directives/cssom-style-map.js';
import * as v from 'valibot';
import { EMPTY, failed, ready, type View } from '../../src/controllers/data-controller.js';
import { StepController } from '../../src/controllers/step-controller.js';
import { EventSchema, type Dataset, type ReportEvent } from '../../src/data/schema.js';
import {
  ReportDiagramElement,
  type DiagramExport,
  type DiagramExporter,
} from '../../src/diagram-element.js';
import { reportEvent } from '../../src/events/events.js';
import { pickText } from '../../src/format/format.js';
import { messages } from '../../src/i18n/messages.js';
import { timelineWords } from '../../src/i18n/timeline.js';
import { integerIn } from '../../src/options/options.js';
import { isolated, shared, tokens } from '../../src/theme.js';
import {
  duplicateEventIds,
  selection,
  timelineOf,
  type TimelineItem,
  type TimelineModel,
} from '../../src/timeline/model.js';
import {
  COLUMN_GAP,
  LANE_HEIGHT,
  LEADER_HEIGHT,
  fitClass,
  yearsClass,
} from '../../src/timeline/layout.js';
import { eventFigures, timelineName } from '../../src/timeline/text.js';
import { styles } from './timeline.styles.js';

export interface TimelineToggleDetail {
  /** The event whose detail was opened or closed. */
  readonly id: string;
  /** True when its detail is now open. */
  readonly open: boolean;
  readonly event: ReportEvent;
}

/** What a ready timeline shows. */
interface Shown {
  readonly model: TimelineModel;
  readonly highlighted: ReadonlySet<string>;
  readonly open: TimelineItem | undefined;
  /** The dataset the events come from (for the figures an event names), if any. */
  readonly dataset: Dataset | undefined;
}

const EventsSchema = v.array(EventSchema);

/**
 * The report's dated events on a time scale: ordered by date and drawn at the precision the
 * report gives (a year-only event spans its year and reads "2019", never 1 January), inferred
 * dates marked and explained, grouped by year with the report's turn from results to plans.
 *
 * Horizontal on wide containers (an axis with every event at its period, a card per event
 * below), a vertical list on narrow ones — decided by a container query, not the window. One tab
 * stop: arrow keys, Home and End move between events; Enter or Space opens an event's detail and
 * the sentence it comes from; Escape closes it.
 *
 * A story step highlights one event or a range through `highlight`; what is shown is a function
 * of that attribute alone.
 *
 * @summary Dated events, keyboard navigable, with a step-driven highlight.
 * @tagname report-timeline
 *
 * @slot - Fallback content, shown before the element upgrades and beside an error.
 *
 * @csspart timeline - The whole timeline (a labelled group).
 * @csspart axis - The time axis (decorative; the events list carries the content).
 * @csspart marker - An event's mark on the axis: a bar across its year or month, a dot for a day.
 * @csspart year - A year's group of events.
 * @csspart year-heading - A year's heading, with its phase.
 * @csspart phase - The phase label in a year heading: results or plans.
 * @csspart events - The list of a year's events.
 * @csspart event - One event's card.
 * @csspart event-button - The button that opens an event's detail.
 * @csspart date - An event's date at its precision.
 * @csspart inferred - The mark on an inferred date.
 * @csspart title - An event's title.
 * @csspart detail - An event's detail: text, how an inferred date was worked out, its source.
 * @csspart source - The sentence of the report the event comes from.
 * @csspart status - The loading and empty messages.
 * @csspart error - The message shown for bad data or an unknown id.
 *
 * @cssprop --marker-color - Event marks and the open card's edge. Default: `var(--report-color-accent)`.
 * @cssprop --highlight-color - Highlighted events. Default: `var(--report-color-accent)`.
 * @cssprop --line-color - The axis, leader lines and card borders. Default: `var(--report-color-rule)`.
 * @cssprop --card-background - Event cards. Default: `var(--report-color-raised)`.
 * @cssprop --results-color - Background of the years before the turn. Default: `var(--report-color-track)`.
 * @cssprop --plans-color - Background of the planned years. Default: a tint of the accent colour.
 *
 * @fires report-event-toggle - The reader opened or closed an event's detail. `detail: { id, open, event }`
 */
export class ReportTimeline extends ReportDiagramElement<Shown> {
  static override styles = [tokens, shared, isolated, styles];

  /** URL of a dataset whose events to show; without it, a surrounding `<report-data>` provides them. */
  @property() src?: string;

  /** Events given by code (validated); they take precedence over `src` and `<report-data>`. */
  @property({ attribute: false }) events?: readonly ReportEvent[];

  /**
   * Events to highlight: an id (`plenary-2020`), a range in date order (`ip-park-2019..targets-2020`),
   * or several separated by spaces. A story step sets it.
   */
  @property() highlight?: string;

  /**
   * Per-step highlights for an element inside a `<report-scroller>` or `<report-deck>`: one
   * `highlight` value per story step, separated by spaces (`-` for none). Used while `highlight`
   * is unset.
   */
  @property() steps?: string;

  /** Id of the event whose detail is open. */
  @property() open?: string;

  /** Accessible name of the timeline. Default: "时间线" / "Timeline" with the years it covers. */
  @property() label?: string;

  /** Heading level of the year headings, 1–6. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  private readonly step = new StepController(this);
  protected readonly source = this.dataSource<Shown>({
    src: () => this.src,
    inputs: () => [this.effectiveHighlight()],
    derive: () => this.derive(),
  });

  /** The view as a function of the data, the locale, `highlight` (or the story step) and `open`. */
  private derive(): View<Shown> {
    return this.source.fromPropertyOrDataset(
      { value: this.events, name: 'events', schema: EventsSchema, check: duplicateEventIds },
      (events) => this.show(events, undefined),
      (dataset) => this.show(dataset.events, dataset),
      () => timelineWords(this.resolvedLocale).nothing,
    );
  }

  private show(events: readonly ReportEvent[], dataset: Dataset | undefined): View<Shown> {
    if (events.length === 0) return EMPTY;
    const model = timelineOf(events, this.resolvedLocale);
    const chosen = selection(model, this.effectiveHighlight(), this.open);
    return chosen.ok ? ready({ model, ...chosen, dataset }) : failed(chosen.message);
  }

  /** `highlight`, else this story step's entry in `steps`. */
  private effectiveHighlight(): string | undefined {
    // A removed attribute reads back as null.
    if (typeof this.highlight === 'string') return this.highlight;
    return this.step.entryIn(this.steps);
  }

  /** The timeline's export: every event, the current highlight. */
  protected override async loadExport(): Promise<DiagramExporter<Shown>> {
    const { readPalette, timelineSVG } = await import('../../src/timeline/svg.js');
    const draw = (shown: Shown | undefined, common: DiagramExport) =>
      timelineSVG(shown?.model, {
        ...common,
        highlighted: shown?.highlighted ?? new Set(),
        label: this.accessibleLabel(shown?.model),
      });
    return { readPalette, draw };
  }

  private accessibleLabel(model: TimelineModel | undefined): string {
    return this.label || timelineName(model, this.resolvedLocale);
  }

  // -------------------------------------------------------------------------------------------
  // Interaction

  /** Opens or closes an event's detail for the reader, and tells the page. */
  private toggle(item: TimelineItem): void {
    const open = this.open !== item.id;
    this.open = open ? item.id : undefined;
    this.focusId = item.id;
    this.dispatchEvent(
      reportEvent<TimelineToggleDetail>('report-event-toggle', {
        id: item.id,
        open,
        event: item.event,
      }),
    );
  }

  /** A mark stands for one or more events: a click opens the first (or closes the open one). */
  private onMarkerClick(ids: readonly string[]): void {
    const shown = this.shown;
    if (!shown) return;
    const open = shown.open;
    const id = open && ids.includes(open.id) ? open.id : ids[0];
    const item = shown.model.items.find((i) => i.id === id);
    if (!item) return;
    this.toggle(item);
    this.buttonFor(item.id)?.focus();
  }

  /** Arrow keys, Home and End move among the events; Escape closes the open one. */
  private onKeyDown = (e: KeyboardEvent): void => {
    const shown = this.shown;
    if (!shown) return;
    const open = shown.open;
    this.moveAmong(e, shown.model.items, open && (() => this.toggle(open)));
  };

  /** The event holding the tab stop: the reader's last, else the first highlighted or open one. */
  private tabStop(view: Shown): string | undefined {
    const items = view.model.items;
    if (this.focusId && items.some((item) => item.id === this.focusId)) return this.focusId;
    return (items.find((item) => view.highlighted.has(item.id)) ?? view.open ?? items[0])?.id;
  }

  // -------------------------------------------------------------------------------------------
  // Rendering

  protected override statusWords(): { loading: string; empty: string } {
    return timelineWords(this.resolvedLocale);
  }

  /** The timeline. */
  protected override renderShown(view: Shown): TemplateResult {
    const { model, highlighted } = view;
    const n = model.items.length;
    const stop = this.tabStop(view);
    const classes = {
      timeline: true,
      [fitClass(n)]: true,
      [yearsClass(model.years.length)]: true,
      'has-highlight': highlighted.size > 0,
      'motion-reduce': this.reducedMotion,
    };
    const vars = {
      '--n': String(n),
      '--years': String(model.years.length),
      '--lanes': String(model.lanes),
      '--gap': String(COLUMN_GAP),
    };
    return html`<div
      part="timeline"
      class=${classMap(classes)}
      style=${cssomStyleMap(vars)}
      role="group"
      aria-label=${this.accessibleLabel(model)}
      lang=${this.resolvedLocale}
    >
      ${this.renderAxis(view)}
      <div class="groups" @keydown=${this.onKeyDown}>
        ${model.groups.map((group) => {
          const headingId = `year-${group.year}`;
          return html`<div
            part="year"
            class=${classMap({ group: true, [`phase-${group.phase ?? 'none'}`]: true })}
            style=${cssomStyleMap({ '--k': String(group.items.length), '--col': String(group.column + 1) })}
          >
            <div
              role="heading"
              aria-level=${this.level()}
              part="year-heading"
              class="year-heading"
              id=${headingId}
            >
              <span class="year-label">${group.label}</span>
              ${
                group.phase
                  ? html`<span class="visually-hidden"
                        >${messages(this.resolvedLocale).common.comma}</span
                      ><span part="phase" class="phase phase-${group.phase}"
                        >${timelineWords(this.resolvedLocale).phase[group.phase]}</span
                      >`
                  : nothing
              }
            </div>
            <ol part="events" class="events" aria-labelledby=${headingId}>
              ${group.items.map((item) => this.renderEvent(item, view, item.id === stop))}
            </ol>
          </div>`;
        })}
      </div>
    </div>`;
  }

  private renderAxis(view: Shown): TemplateResult {
    const { model, highlighted, open } = view;
    const text = timelineWords(this.resolvedLocale);
    const n = model.items.length;
    const columnWidth = (100 - (n - 1) * COLUMN_GAP) / n;
    const height = model.lanes * LANE_HEIGHT + LEADER_HEIGHT;
    return html`<div part="axis" class="axis" aria-hidden="true">
        <div class="bands">
          ${model.years.map(
            (year) =>
              html`<div
                class=${classMap({ band: true, [`phase-${year.phase ?? 'none'}`]: true })}
                style=${cssomStyleMap({ left: `${year.x0}%`, width: `${year.x1 - year.x0}%` })}
              >
                <span class="band-year">${year.label}</span>
                ${year.phase ? html`<span class="band-phase">${text.phase[year.phase]}</span>` : nothing}
              </div>`,
          )}
          ${
            model.turn !== undefined
              ? html`<span class="turn" style=${cssomStyleMap({ left: `${model.turn}%` })}></span>`
              : nothing
          }
        </div>
        <div class="track">
          ${model.ticks.map(
            (tick) =>
              html`<span
                class=${classMap({ tick: true, major: tick.major })}
                style=${cssomStyleMap({ left: `${tick.x}%` })}
                >${tick.label ? html`<span class="tick-label">${tick.label}</span>` : nothing}</span
              >`,
          )}
        </div>
      </div>
      <div class="field" aria-hidden="true">
        <svg
          class="leaders"
          viewBox="0 0 100 ${height}"
          preserveAspectRatio="none"
          focusable="false"
        >
          ${model.items.map((item) => {
            const x = item.index * (columnWidth + COLUMN_GAP) + columnWidth / 2;
            const y = item.lane * LANE_HEIGHT + LANE_HEIGHT / 2;
            return svg`<path
              class=${classMap({ leader: true, highlighted: highlighted.has(item.id), open: open === item })}
              d="M${(item.x0 + item.x1) / 2} ${y} C${(item.x0 + item.x1) / 2} ${y + (height - y) * 0.6} ${x} ${height - (height - y) * 0.5} ${x} ${height}"
              vector-effect="non-scaling-stroke"
            />`;
          })}
        </svg>
        ${model.marks.map(
          (mark) =>
            html`<span
              part="marker"
              class=${classMap({
                marker: true,
                [`precision-${mark.precision}`]: true,
                inferred: mark.inferred,
                highlighted: mark.ids.some((id) => highlighted.has(id)),
                open: open !== undefined && mark.ids.includes(open.id),
              })}
              style=${cssomStyleMap({
                '--x0': `${mark.x0}%`,
                '--x1': `${mark.x1}%`,
                '--lane': String(mark.lane),
              })}
              @click=${() => this.onMarkerClick(mark.ids)}
            ></span>`,
        )}
      </div>`;
  }

  private renderEvent(item: TimelineItem, view: Shown, tabStop: boolean): TemplateResult {
    const text = timelineWords(this.resolvedLocale);
    const locale = this.resolvedLocale;
    const event = item.event;
    const isOpen = view.open === item;
    const highlighted = view.highlighted.has(item.id);
    const detail = pickText(event.detail, locale);
    const basis = pickText(event.when.basis, locale);
    const figures = eventFigures(event, view.dataset, locale);
    return html`<li
      part="event"
      class=${classMap({
        event: true,
        [`precision-${event.when.precision}`]: true,
        inferred: event.when.inferred,
        highlighted,
        open: isOpen,
      })}
    >
      <span class="pin" aria-hidden="true"></span>
      <button
        part="event-button"
        class="event-button"
        type="button"
        data-id=${item.id}
        id=${`event-${item.id}`}
        tabindex=${tabStop ? 0 : -1}
        aria-expanded=${isOpen ? 'true' : 'false'}
        aria-controls=${`detail-${item.id}`}
        aria-current=${highlighted ? 'true' : nothing}
        @click=${() => this.toggle(item)}
      >
        <span class="when">
          <span part="date" class="date">${item.dateText}</span>
          ${
            event.when.inferred
              ? html`<span part="inferred" class="inferred-mark">${text.inferred}</span>`
              : nothing
          }
        </span>
        <span part="title" class="title">${item.title}</span>
        <span class="chevron" aria-hidden="true"></span>
      </button>
      <div part="detail" class="detail" id=${`detail-${item.id}`} ?hidden=${!isOpen}>
        ${event.kind ? html`<p class="kind">${text.kind[event.kind]}</p>` : nothing}
        ${detail ? html`<p class="detail-text">${detail}</p>` : nothing}
        ${
          event.when.inferred
            ? html`<p class="basis">
                <strong>${text.inferredTitle}</strong>${basis || text.inferredDefault}
              </p>`
            : nothing
        }
        ${
          figures.length
            ? html`<p class="figures">
                <strong>${text.figures}</strong>
                ${figures.map((f) => html`<span class="figure">${f}</span>`)}
              </p>`
            : nothing
        }
        <figure class="source-figure">
          <figcaption class="source-label">${text.source}</figcaption>
          <blockquote part="source" class="source" lang="zh">${event.source.quote}</blockquote>
        </figure>
      </div>
    </li>`;
  }

  private level(): number {
    return integerIn(this.headingLevel, 1, 6, 3);
  }
}
