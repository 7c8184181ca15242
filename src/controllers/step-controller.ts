import { ContextEvent } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { STEP_ATTRIBUTE, stepContext, type StepState } from './step-context.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Lets an element follow the story it sits in. `state` is the story's current step (undefined
 * outside a story); `active` says whether the host's own step is the active one.
 *
 * It subscribes to the story's step context itself (the `context-request` protocol, as Lit's
 * `ContextConsumer` does) so that the host is asked to update only when the step changes (index,
 * id, count), not for each move of its progress: a scroll story reports progress every few
 * pixels, and `ContextConsumer` would re-render every element of the story each time. `state` is
 * always the latest value, progress included.
 */
export class StepController implements ReactiveController {
  /** The story's current step, or undefined when the host is not inside a story. */
  state: StepState | undefined;

  constructor(
    private readonly host: Host,
    private readonly onChange?: (
      state: StepState | undefined,
      previous: StepState | undefined,
    ) => void,
  ) {
    host.addController(this);
  }

  /** The provider's way to stop sending values, once one has answered. */
  private unsubscribe: (() => void) | undefined;

  /** Called by the provider with each value; stable, so a provider sees one subscriber. */
  private readonly receive = (state: StepState | undefined, unsubscribe?: () => void): void => {
    // A different unsubscribe function means another provider answered: leave the old one.
    if (this.unsubscribe && this.unsubscribe !== unsubscribe) this.unsubscribe();
    this.unsubscribe = unsubscribe;
    const previous = this.state;
    this.state = state;
    if (sameStep(state, previous)) return;
    this.onChange?.(state, previous);
    this.host.requestUpdate();
  };

  /**
   * The index of the step the host is written in (its closest element marked by the story), or
   * undefined when it sits in the story's graphic rather than in a step.
   */
  get ownIndex(): number | undefined {
    const step = this.host.closest(`[${STEP_ATTRIBUTE}]`);
    const index = step ? Number(step.getAttribute(STEP_ATTRIBUTE)) : Number.NaN;
    return Number.isInteger(index) ? index : undefined;
  }

  /**
   * Whether the host's step is active. A host in the graphic (no step of its own) is active
   * whenever the story has reached a step.
   */
  get active(): boolean {
    const state = this.state;
    if (!state || state.index < 0) return false;
    const own = this.ownIndex;
    return own === undefined || own === state.index;
  }

  /**
   * The host's entry for the current story step in a per-step list (an attribute such as
   * `steps="- 2 3:city"`, one space-separated entry per step; past its end the last entry holds):
   * undefined outside a story, without a list, or where the entry is `-` (nothing for that step).
   */
  entryIn(list: string | null | undefined): string | undefined {
    const state = this.state;
    const entries = list?.trim().split(/\s+/);
    if (!state || !entries?.length) return undefined;
    const entry = entries[Math.min(Math.max(state.index, 0), entries.length - 1)];
    return entry === '-' ? undefined : entry;
  }

  hostConnected(): void {
    this.host.dispatchEvent(new ContextEvent(stepContext, this.host, this.receive, true));
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }
}

/** Whether two story states are at the same step (they may differ in progress and direction). */
function sameStep(a: StepState | undefined, b: StepState | undefined): boolean {
  return a === b || (!!a && !!b && a.index === b.index && a.id === b.id && a.count === b.count);
}
