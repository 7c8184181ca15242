import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { STEP_ATTRIBUTE, stepContext, type StepState } from './step-context.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Lets an element follow the story it sits in. `state` is the story's current step (undefined
 * outside a story); `active` says whether the host's own step is the active one.
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
    new ContextConsumer(host, {
      context: stepContext,
      subscribe: true,
      callback: (state) => {
        const previous = this.state;
        this.state = state;
        this.onChange?.(state, previous);
        host.requestUpdate();
      },
    });
  }

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

  hostConnected(): void {}
}
