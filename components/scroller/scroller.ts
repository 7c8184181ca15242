import { ContextProvider } from '@lit/context';
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { HashController } from '../../src/controllers/hash-controller.js';
import { ScrollStepsController } from '../../src/controllers/scroll-steps-controller.js';
import { STEP_ATTRIBUTE, stepContext, type StepState } from '../../src/controllers/step-context.js';
import { ReportElement } from '../../src/element.js';
import { reportEvent } from '../../src/events/events.js';
import type { ActiveStep } from '../../src/scroll/active-step.js';
import { DEFAULT_OFFSET, parseOffset, type TriggerOffset } from '../../src/scroll/offset.js';
import {
  CURRENT_ATTRIBUTE,
  belongsToStep,
  findStep,
  isStep,
  stepId,
} from '../../src/story/markup.js';
import { shared, tokens } from '../../src/theme.js';
import { styles } from './scroller.styles.js';

/** `detail` of `report-step-enter` and `report-step-exit`. */
export interface StepEventDetail {
  /** The step's index among the scroller's steps. */
  readonly index: number;
  /** The step's id (element id or `data-step-id`), when it has one. */
  readonly id: string | undefined;
  /** The step element. */
  readonly element: HTMLElement;
  /** `forward` when the reader moved down the story, `backward` when up. */
  readonly direction: 'forward' | 'backward';
}

/** `detail` of `report-step-progress`. */
export interface StepProgressDetail extends StepEventDetail {
  /** How far the trigger line has travelled through the step, 0–1. */
  readonly progress: number;
}

const INITIAL: StepState = {
  index: -1,
  id: undefined,
  progress: 0,
  count: 0,
  direction: 'forward',
};

/** Content a reader can Tab to by itself; a step holding some needs no tabindex of its own. */
const FOCUSABLE =
  'a[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable]';

/**
 * A scroll story: a sticky graphic beside the text steps on wide containers, behind them on
 * narrow ones (phones). Each light-DOM child is a step; the step at the trigger line is the active
 * one, and every element inside the story (in the steps or in the graphic) learns the active step
 * and its progress through the `report-story/step` context, so its state is a function of where the
 * reader is — however they got there: scrolling either way, a fling, a reload mid-page, a deep link
 * (`#step-id`), a resize, a zoom or a rotation.
 *
 * Steps are reachable with Tab and scroll to the trigger line when focused from the keyboard. Each
 * step is marked `data-report-step="<index>"` and the active one `data-report-current`. Graphics in
 * the `graphic` slot with `data-report-for="<step ids or indexes>"` are shown only for those
 * steps (before the first step, for the first); graphics without it are always shown.
 *
 * A step may set its own trigger line with `data-offset`, in the same form as `offset`.
 *
 * @summary A scroll story: sticky graphic, text steps, state as a function of the step.
 * @tagname report-scroller
 *
 * @slot - The steps: each child element is one step.
 * @slot graphic - The sticky graphic: elements shown beside (or behind) the steps.
 *
 * @csspart frame - The outer box; the container the layout queries.
 * @csspart layout - The grid holding the steps and the graphic.
 * @csspart steps - The column of steps.
 * @csspart graphic - The sticky graphic area.
 * @csspart error - The message shown when the configuration is unusable.
 *
 * @cssprop --report-scroller-top - Space above the sticky graphic, e.g. a sticky header's height - 0px
 * @cssprop --report-scroller-lead - Space before the first step - 40svh
 * @cssprop --report-scroller-tail - Space after the last step - 60svh
 * @cssprop --report-scroller-gap - Space between two steps - 60svh
 * @cssprop --report-scroller-step-width - Largest width of a step's text - 34em
 * @cssprop --report-scroller-step-background - Background of a step card over the graphic (narrow layout) - the surface colour
 * @cssprop --report-scroller-current - Colour marking the active step - the accent colour
 *
 * @fires report-step-enter - A step became the active one. `detail: { index, id, element, direction }`
 * @fires report-step-exit - The active step stopped being active. `detail: { index, id, element, direction }`
 * @fires report-step-progress - The trigger line moved through the active step. `detail: { index, id, element, direction, progress }`
 */
export class ReportScroller extends ReportElement {
  static override styles = [tokens, shared, styles];

  /**
   * Where the trigger line sits: a fraction of the viewport height from the top (`0.5`, the
   * default) or pixels from the top (`"80px"`).
   */
  @property({ attribute: 'offset' }) offset?: string;

  /** The active step, its progress and the number of steps (the value the context provides). */
  get step(): StepState {
    return this.provider.value ?? INITIAL;
  }

  /** The step elements, in order. */
  get steps(): readonly HTMLElement[] {
    return this.stepElements;
  }

  private readonly provider = new ContextProvider(this, {
    context: stepContext,
    initialValue: INITIAL,
  });
  private readonly scrolling = new ScrollStepsController(this, {
    onStep: (active, initial) => this.adopt(active, initial),
    placeKey: () => {
      const ordinal = [...document.querySelectorAll(this.localName)].indexOf(this);
      return `report-scroller:${location.pathname}${location.search}:${this.id || ordinal}`;
    },
  });
  private readonly hashes = new HashController(this, (hash) => {
    const index = findStep(this.stepElements, hash);
    if (index >= 0) this.scrolling.scrollToStep(index, 'instant');
  });
  private stepElements: HTMLElement[] = [];
  private graphics: Element[] = [];
  private trigger: TriggerOffset = DEFAULT_OFFSET;
  private offsetProblem: string | undefined;
  private stepProblem: string | undefined;
  private readonly ownTabIndex = new WeakSet<Element>();
  /** Whether the reader has been taken to their place (a deep link, or where they left). */
  private placed = false;

  /**
   * Scrolls to a step (by index or id) so that it sits at the trigger line; smoothly unless
   * motion is reduced.
   */
  scrollToStep(target: number | string): void {
    const index = typeof target === 'number' ? target : findStep(this.stepElements, target);
    if (index < 0 || index >= this.stepElements.length) return;
    this.scrolling.scrollToStep(index, this.reducedMotion ? 'instant' : 'smooth');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated || changed.has('offset')) {
      try {
        this.trigger = parseOffset(this.offset);
        this.offsetProblem = undefined;
      } catch (error) {
        this.trigger = DEFAULT_OFFSET;
        this.offsetProblem = (error as Error).message;
      }
      this.configure();
    }
  }

  /** What makes the configuration unusable, if anything. */
  private get problem(): string | undefined {
    return this.offsetProblem ?? this.stepProblem;
  }

  override render(): TemplateResult {
    if (this.problem) return this.renderError(this.problem);
    return html`<div part="frame" class="frame ${this.reducedMotion ? 'still' : ''}">
      <div part="layout" class="layout">
        <div part="steps" class="steps" @focusin=${this.onFocusIn}>
          <slot></slot>
        </div>
        <div part="graphic" class="graphic">
          <slot name="graphic"></slot>
        </div>
      </div>
    </div>`;
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // One listener for every slot rendered, including the default slot of the error message, so
    // the steps stay known whichever template is showing.
    root.addEventListener('slotchange', this.onSlotChange);
    return root;
  }

  private onSlotChange = (event: Event): void => {
    const slot = event.target as HTMLSlotElement;
    // A slot just removed by a re-render reports that it lost everything: not news.
    if (!slot.isConnected) return;
    if (slot.name === 'graphic') {
      this.graphics = slot.assignedElements();
      this.markCurrent();
    } else if (slot.name === '') {
      this.setSteps(slot.assignedElements());
    }
  };

  private setSteps(assigned: readonly Element[]): void {
    const steps = assigned.filter(isStep);
    for (const old of this.stepElements) if (!steps.includes(old)) this.release(old);
    steps.forEach((step, index) => {
      step.setAttribute(STEP_ATTRIBUTE, String(index));
      if (!step.hasAttribute('tabindex') && !step.querySelector(FOCUSABLE)) {
        step.tabIndex = 0;
        this.ownTabIndex.add(step);
      }
    });
    this.stepElements = steps;
    this.configure();
  }

  /** Hands the steps and their trigger lines to the controller, or reports what is wrong. */
  private configure(): void {
    let stepProblem: string | undefined;
    const stepOffsets = this.stepElements.map((step, index) => {
      try {
        return parseOffset(step.getAttribute('data-offset'), this.trigger);
      } catch (error) {
        const name = stepId(step);
        stepProblem ??= `step ${index + 1}${name ? ` (#${name})` : ''}: data-${(error as Error).message}`;
        return undefined;
      }
    });
    if (stepProblem !== this.stepProblem) {
      this.stepProblem = stepProblem;
      this.requestUpdate();
    }
    const steps = this.problem ? [] : this.stepElements;
    this.scrolling.configure({ steps, offset: this.trigger, stepOffsets });
    if (!this.placed && steps.length > 0) {
      this.placed = true;
      // After a reload or a history step the reader returns to their own place (the browser's
      // restoration alone misses it when the steps arrive after load); otherwise a deep link wins.
      const restored =
        navigationRestoresScroll() &&
        history.scrollRestoration !== 'manual' &&
        this.scrolling.restorePlace();
      const index = findStep(steps, this.hashes.hash);
      if (!restored && index >= 0) this.scrolling.scrollToStep(index, 'instant');
    }
  }

  /** Takes the step the controller found at the trigger line as the story's state. */
  private adopt(active: ActiveStep, initial: boolean): void {
    const previous = this.step;
    const steps = this.stepElements;
    const { index, progress } = active;
    const element = steps[index];
    const direction =
      index !== previous.index
        ? index > previous.index
          ? 'forward'
          : 'backward'
        : progress !== previous.progress
          ? progress > previous.progress
            ? 'forward'
            : 'backward'
          : previous.direction;
    const next: StepState = {
      index,
      id: element ? stepId(element) : undefined,
      progress,
      count: steps.length,
      direction,
    };
    if (
      next.index === previous.index &&
      next.progress === previous.progress &&
      next.count === previous.count &&
      next.id === previous.id
    ) {
      return;
    }
    this.provider.setValue(next);
    this.markCurrent();
    if (initial) return;
    if (index !== previous.index) {
      const left = steps[previous.index];
      if (left) this.fire('report-step-exit', previous.index, left, direction);
      if (element) this.fire('report-step-enter', index, element, direction);
    }
    if (element) {
      this.dispatchEvent(
        reportEvent<StepProgressDetail>('report-step-progress', {
          index,
          id: next.id,
          element,
          direction,
          progress,
        }),
      );
    }
  }

  private fire(
    type: 'report-step-enter' | 'report-step-exit',
    index: number,
    element: HTMLElement,
    direction: 'forward' | 'backward',
  ): void {
    this.dispatchEvent(
      reportEvent<StepEventDetail>(type, { index, id: stepId(element), element, direction }),
    );
  }

  /** Marks the active step, and the graphics that belong to it (before the first step: the first's). */
  private markCurrent(): void {
    const { index } = this.step;
    this.stepElements.forEach((step, i) => step.toggleAttribute(CURRENT_ATTRIBUTE, i === index));
    const shown = Math.max(0, index);
    const first = this.stepElements[shown];
    const id = first ? stepId(first) : undefined;
    for (const graphic of this.graphics) {
      graphic.toggleAttribute(CURRENT_ATTRIBUTE, belongsToStep(graphic, shown, id));
    }
  }

  private release(step: HTMLElement): void {
    step.removeAttribute(STEP_ATTRIBUTE);
    step.removeAttribute(CURRENT_ATTRIBUTE);
    if (this.ownTabIndex.delete(step)) step.removeAttribute('tabindex');
  }

  private onFocusIn = (event: FocusEvent): void => {
    const target = event.target as Element;
    // A mouse click that focuses a step must not move the page; keyboard focus scrolls into place.
    if (!target.matches(':focus-visible')) return;
    const index = this.stepElements.findIndex((step) => step.contains(target));
    if (index >= 0) this.scrolling.scrollToStep(index, this.reducedMotion ? 'instant' : 'smooth');
  };
}

/** A reload or a history step: the browser restores the reader's scroll position itself. */
function navigationRestoresScroll(): boolean {
  const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  return entry?.type === 'reload' || entry?.type === 'back_forward';
}
