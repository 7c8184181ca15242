import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { cssomStyleMap } from '../../src/directives/cssom-style-map.js';
import { EMPTY, failed, ready, type View } from '../../src/controllers/data-controller.js';
import { StepController } from '../../src/controllers/step-controller.js';
import { ProgrammeSchema, type Pillar, type Programme } from '../../src/data/schema.js';
import {
  ReportDiagramElement,
  type DiagramExport,
  type DiagramExporter,
} from '../../src/diagram-element.js';
import { reportEvent } from '../../src/events/events.js';
import { pickText } from '../../src/format/format.js';
import { pillarsWords } from '../../src/i18n/pillars.js';
import { integerIn } from '../../src/options/options.js';
import {
  activePillar,
  orderedPillars,
  programmeIssues,
  revealedParts,
  type PartKey,
} from '../../src/pillars/model.js';
import { isolated, shared, tokens } from '../../src/theme.js';
import { styles } from './pillars.styles.js';

export interface PillarSelectDetail {
  /** The pillar now open, or undefined when the reader closed it (every pillar shows again). */
  readonly id: string | undefined;
  readonly pillar: Pillar | undefined;
}

/** What a ready programme shows. */
interface Shown {
  readonly programme: Programme;
  readonly pillars: readonly Pillar[];
  readonly shown: ReadonlySet<PartKey>;
  readonly active: Pillar | undefined;
}

/**
 * A programme drawn as a building: the roof (the overall aim), numbered pillars with their
 * name, driver, aim and actions, and the foundation with its commitments. Any number of pillars
 * from 3 to 8 (and more) lays out without overlap from a 320 px phone to a 1920×1080 stage;
 * long Chinese and English labels wrap.
 *
 * A story reveals it step by step through `reveal` (the roof, then the pillars one by one, then
 * the foundation) and opens one pillar through `active`; what is shown is a function of these
 * two attributes alone. Hidden parts keep their place, so nothing moves as they appear. Reduced
 * motion shows every part at once.
 *
 * In the accessibility tree it is a structure: a heading, the roof, a list of pillars (each a
 * heading with a toggle button, its driver and aim, and a list of actions) and the foundation
 * (a heading and a list of commitments). Arrow keys, Home and End move between pillars; Enter or
 * Space opens one; Escape shows them all again.
 *
 * @summary The programme as a building: roof, pillars, foundation; revealed step by step.
 * @tagname report-pillars
 *
 * @slot - Fallback content, shown before the element upgrades and beside an error.
 *
 * @csspart programme - The whole diagram.
 * @csspart title - The programme's name (五提工程).
 * @csspart roof - The roof: the overall aim.
 * @csspart pillars - The list of pillars.
 * @csspart pillar - One pillar.
 * @csspart pillar-button - The button that opens a pillar (its number and name).
 * @csspart number - A pillar's number.
 * @csspart name - A pillar's name.
 * @csspart driver - What drives a pillar (以科技创新为动力).
 * @csspart aim - A pillar's aim (推动产业提档).
 * @csspart actions - A pillar's list of actions.
 * @csspart action - One action.
 * @csspart foundation - The foundation.
 * @csspart foundation-title - The foundation's heading.
 * @csspart commitments - The foundation's list of commitments.
 * @csspart commitment - One commitment.
 * @csspart status - The loading and empty messages.
 * @csspart error - The message shown for bad data or an unknown id.
 *
 * @cssprop --roof-background - The roof and the foundation. Default: `var(--report-color-accent)`.
 * @cssprop --roof-color - Text on the roof and the foundation. Default: `var(--report-color-accent-ink)`.
 * @cssprop --pillar-background - Pillars. Default: `var(--report-color-raised)`.
 * @cssprop --pillar-accent - Pillar capitals and numbers; the open pillar's fill. Default: `var(--report-color-accent)`.
 * @cssprop --pillar-min-width - The narrowest a pillar may be before the row wraps. Default: `11em`.
 * @cssprop --gap - Space between the parts. Default: `0.75em`.
 *
 * @fires report-pillar-select - The reader opened a pillar, or closed it. `detail: { id, pillar }`
 */
export class ReportPillars extends ReportDiagramElement<Shown> {
  static override styles = [tokens, shared, isolated, styles];

  /** URL of a dataset whose programme to show; without it, a surrounding `<report-data>` provides it. */
  @property() src?: string;

  /** A programme given by code (validated); it takes precedence over `src` and `<report-data>`. */
  @property({ attribute: false }) programme?: Programme;

  /**
   * How many parts are shown, in order: the roof, each pillar, the foundation (0 shows none).
   * Unset shows every part. A story step sets it; reduced motion ignores it.
   */
  @property({ type: Number }) reveal?: number;

  /** The open pillar, by id or number; the others recede. A story step or the reader sets it. */
  @property() active?: string;

  /**
   * Per-step states for an element inside a `<report-scroller>` or `<report-deck>`: one entry per
   * story step, separated by spaces, each `reveal` or `reveal:active` (`1 2 3 4 5 6 7 7:industry`),
   * `-` for the full building. Used while `reveal` and `active` are unset.
   */
  @property() steps?: string;

  /** Heading level of the programme's name, 1–6; pillars and the foundation are one level below. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  private readonly step = new StepController(this, (state, previous) => {
    // In a story driven by `steps`, a pillar the reader opened closes when the step changes.
    if (this.steps && this.readerChoice && state?.index !== previous?.index) {
      this.readerChoice = false;
      this.active = undefined;
    }
  });
  private readerChoice = false;
  protected readonly source = this.dataSource<Shown>({
    src: () => this.src,
    inputs: () => {
      const { reveal, active } = this.effectiveState();
      return [reveal, active, this.reducedMotion];
    },
    derive: () => this.derive(),
  });

  /** The view as a function of the data, `reveal` and `active` (or the story step), and motion. */
  private derive(): View<Shown> {
    return this.source.fromPropertyOrDataset(
      { value: this.programme, name: 'programme', schema: ProgrammeSchema, check: programmeIssues },
      (programme) => this.show(programme),
      (dataset) => (dataset.programme ? this.show(dataset.programme) : EMPTY),
      () => pillarsWords(this.resolvedLocale).nothing,
    );
  }

  private show(programme: Programme): View<Shown> {
    const { reveal, active } = this.effectiveState();
    const revealed = revealedParts(programme, this.reducedMotion ? undefined : reveal);
    if (!revealed.ok) return failed(revealed.message);
    const open = activePillar(programme, active);
    if (!open.ok) return failed(open.message);
    return ready({
      programme,
      pillars: orderedPillars(programme),
      shown: revealed.shown,
      active: open.pillar,
    });
  }

  /** `reveal` and `active`, each falling back to this story step's entry in `steps`. */
  private effectiveState(): { reveal: number | undefined; active: string | undefined } {
    let reveal = this.reveal ?? undefined;
    let active = this.active ?? undefined;
    const entry = this.step.entryIn(this.steps);
    if (entry !== undefined) {
      const [stepReveal = '', stepActive] = entry.split(':');
      reveal ??= stepReveal === '' ? undefined : Number(stepReveal);
      active ??= stepActive;
    }
    return { reveal, active };
  }

  /** The building's export: every part shown, the open pillar marked. */
  protected override async loadExport(): Promise<DiagramExporter<Shown>> {
    const { readPalette, pillarsSVG } = await import('../../src/pillars/svg.js');
    const draw = (shown: Shown | undefined, common: DiagramExport) =>
      pillarsSVG(shown?.programme, { ...common, active: shown?.active?.id });
    return { readPalette, draw };
  }

  // -------------------------------------------------------------------------------------------
  // Interaction

  /** Opens a pillar for the reader, or closes it when it is already open, and tells the page. */
  private select(pillar: Pillar | undefined): void {
    const current = this.shown?.active;
    const next = pillar && current?.id === pillar.id ? undefined : pillar;
    this.active = next?.id;
    this.readerChoice = true;
    if (pillar) this.focusId = pillar.id;
    this.dispatchEvent(
      reportEvent<PillarSelectDetail>('report-pillar-select', { id: next?.id, pillar: next }),
    );
  }

  /** Arrow keys, Home and End move among the pillars shown; Escape closes the open one. */
  private onKeyDown = (e: KeyboardEvent): void => {
    const view = this.shown;
    if (!view) return;
    const pillars = view.pillars.filter((p) => view.shown.has(`pillar:${p.id}`));
    this.moveAmong(e, pillars, view.active && (() => this.select(undefined)));
  };

  /** The pillar holding the tab stop: the reader's last, else the open one, else the first shown. */
  private tabStop(view: Shown): string | undefined {
    const shown = view.pillars.filter((p) => view.shown.has(`pillar:${p.id}`));
    if (this.focusId && shown.some((p) => p.id === this.focusId)) return this.focusId;
    return (shown.find((p) => p.id === view.active?.id) ?? shown[0])?.id;
  }

  // -------------------------------------------------------------------------------------------
  // Rendering

  protected override statusWords(): { loading: string; empty: string } {
    return pillarsWords(this.resolvedLocale);
  }

  /** The building. */
  protected override renderShown(view: Shown): TemplateResult {
    const locale = this.resolvedLocale;
    const text = pillarsWords(locale);
    const { programme, pillars, shown, active } = view;
    const level = this.level();
    const stop = this.tabStop(view);
    const foundation = programme.foundation;
    const hidden = (key: PartKey) => !shown.has(key);
    return html`<div
      part="programme"
      class=${classMap({
        programme: true,
        [`count-${Math.min(pillars.length, 20)}`]: true,
        'has-active': active !== undefined,
        'motion-reduce': this.reducedMotion,
      })}
      style=${cssomStyleMap({ '--count': String(pillars.length) })}
      lang=${locale}
    >
      <div role="heading" aria-level=${level} part="title" class="title">
        ${pickText(programme.title, locale)}
      </div>
      <div part="roof" class=${classMap({ roof: true, part: true, concealed: hidden('roof') })}>
        <p class="roof-text">
          <span class="visually-hidden">${text.roof}</span>${pickText(programme.roof.text, locale)}
        </p>
      </div>
      <ol part="pillars" class="pillars" aria-label=${text.pillars} @keydown=${this.onKeyDown}>
        ${pillars.map((pillar) => {
          const isActive = active?.id === pillar.id;
          const concealed = hidden(`pillar:${pillar.id}`);
          const name = pickText(pillar.name, locale);
          const driver = pickText(pillar.driver, locale);
          const aim = pickText(pillar.aim, locale);
          return html`<li
            part="pillar"
            class=${classMap({ pillar: true, part: true, active: isActive, concealed })}
          >
            <div role="heading" aria-level=${Math.min(level + 1, 6)} class="pillar-heading">
              <button
                part="pillar-button"
                class="pillar-button"
                type="button"
                data-id=${pillar.id}
                tabindex=${pillar.id === stop ? 0 : -1}
                aria-pressed=${isActive ? 'true' : 'false'}
                @click=${() => this.select(pillar)}
              >
                <span part="number" class="number">${pillar.number}</span>
                <span part="name" class="name">${name}</span>
              </button>
            </div>
            ${driver ? html`<p part="driver" class="driver">${driver}</p>` : nothing}
            ${aim ? html`<p part="aim" class="aim">${aim}</p>` : nothing}
            ${
              pillar.actions.length
                ? html`<ul part="actions" class="actions" aria-label=${text.actions(name)}>
                    ${pillar.actions.map(
                      (action) =>
                        html`<li part="action" class="action">
                          ${pickText(action.text, locale)}
                        </li>`,
                    )}
                  </ul>`
                : nothing
            }
          </li>`;
        })}
      </ol>
      ${
        foundation
          ? html`<div
              part="foundation"
              class=${classMap({ foundation: true, part: true, concealed: hidden('foundation') })}
            >
              <div
                role="heading"
                aria-level=${Math.min(level + 1, 6)}
                part="foundation-title"
                class="foundation-title"
              >
                ${pickText(foundation.title, locale)}
              </div>
              ${
                foundation.commitments.length
                  ? html`<ul part="commitments" class="commitments" aria-label=${text.commitments}>
                      ${foundation.commitments.map(
                        (c) =>
                          html`<li part="commitment" class="commitment">
                            <span class="commitment-title">${pickText(c.title, locale)}</span>
                            ${
                              c.detail
                                ? html`<span class="commitment-detail"
                                    >${pickText(c.detail, locale)}</span
                                  >`
                                : nothing
                            }
                          </li>`,
                      )}
                    </ul>`
                  : nothing
              }
            </div>`
          : nothing
      }
    </div>`;
  }

  private level(): number {
    return integerIn(this.headingLevel, 1, 6, 2);
  }
}
