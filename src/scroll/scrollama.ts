/**
 * scrollama 3.2, wrapped so that its sharp edges cannot cut:
 *
 * - Its types are incomplete and partly wrong (no `parent`/`root`/`container`, `offsetTrigger`
 *   where the method is `offset`): the narrow local type below describes what the code really does,
 *   and only the parts this project uses.
 * - `setup()` adds a document scroll listener that `destroy()` never removes. The listener is
 *   captured while `setup()` runs and removed again by `destroy()` here, so creating an instance
 *   per connection (and again when the steps change) leaks nothing.
 * - A second `setup()` on one instance neither observes new steps nor keeps its callbacks: every
 *   configuration gets a fresh instance, and callbacks are attached after `setup()`.
 * - Offsets are validated before they reach it (`offset.ts`); steps are passed as elements, never
 *   as a selector (a selector cannot see slotted steps or steps in a shadow root).
 * - Its `data-scrollama-index` attributes are removed from the steps again on `destroy()`.
 * - A step without a height (hidden, or inside a hidden container) makes its progress observer
 *   throw from inside scrollama: progress is observed only while every step has a height.
 */
import scrollamaFactory from 'scrollama';
import { scrollamaOffset, type TriggerOffset } from './offset.js';

interface ScrollamaResponse {
  readonly element: HTMLElement;
  readonly index: number;
  readonly direction: 'up' | 'down';
}

interface ScrollamaOptions {
  readonly step: HTMLElement[];
  readonly offset?: number | `${number}px`;
  readonly progress?: boolean;
  /** Pixels between progress updates (1–4). */
  readonly threshold?: number;
}

interface ScrollamaInstance {
  setup(options: ScrollamaOptions): ScrollamaInstance;
  onStepEnter(callback: (response: ScrollamaResponse) => void): ScrollamaInstance;
  onStepExit(callback: (response: ScrollamaResponse) => void): ScrollamaInstance;
  onStepProgress(
    callback: (response: ScrollamaResponse & { readonly progress: number }) => void,
  ): ScrollamaInstance;
  resize(): ScrollamaInstance;
  destroy(): void;
}

const createInstance = scrollamaFactory as unknown as () => ScrollamaInstance;

/** A running scrollama instance, as the scroller uses it. */
export interface StepObserver {
  /** Re-reads the viewport height and the steps' sizes (after a resize, zoom or rotation). */
  resize(): void;
  /** Stops observing and removes everything scrollama added to the page. */
  destroy(): void;
}

type Listener = [
  type: string,
  listener: EventListenerOrEventListenerObject | null,
  options: unknown,
];

/** Runs `action` and returns the listeners it added to `target` meanwhile. */
function captureListeners(target: EventTarget, action: () => void): Listener[] {
  const captured: Listener[] = [];
  const own = Object.getOwnPropertyDescriptor(target, 'addEventListener');
  const add = target.addEventListener;
  Object.defineProperty(target, 'addEventListener', {
    configurable: true,
    writable: true,
    value(
      this: EventTarget,
      type: string,
      listener: EventListenerOrEventListenerObject | null,
      options?: boolean | AddEventListenerOptions,
    ) {
      captured.push([type, listener, options]);
      add.call(this, type, listener, options);
    },
  });
  try {
    action();
  } finally {
    if (own) Object.defineProperty(target, 'addEventListener', own);
    else delete (target as { addEventListener?: unknown }).addEventListener;
  }
  return captured;
}

/**
 * Whether a step has a height. scrollama divides by each step's height to make its progress
 * thresholds, and a step with none (hidden, or in a hidden container such as a closed tab) makes
 * `new IntersectionObserver` throw from inside it: progress is observed only when every step has one.
 */
const laidOut = (step: HTMLElement): boolean => step.offsetHeight > 0;

/** One scrollama instance over `steps`, and what undoes it. */
function start(
  steps: readonly HTMLElement[],
  offset: TriggerOffset,
  onSignal: () => void,
): { readonly instance: ScrollamaInstance; readonly progress: boolean; destroy(): void } {
  const instance = createInstance();
  const progress = steps.every(laidOut);
  const leaked = captureListeners(document, () => {
    instance.setup({
      step: [...steps],
      offset: scrollamaOffset(offset),
      progress,
      threshold: 4,
    });
  });
  instance.onStepEnter(onSignal).onStepExit(onSignal);
  if (progress) instance.onStepProgress(onSignal);
  return {
    instance,
    progress,
    destroy: () => {
      instance.destroy();
      for (const [type, listener, options] of leaked) {
        if (listener) document.removeEventListener(type, listener, options as boolean | undefined);
      }
      leaked.length = 0;
      for (const step of steps) step.removeAttribute('data-scrollama-index');
    },
  };
}

/**
 * Observes `steps` with a new scrollama instance and calls `onSignal` whenever scrollama sees a
 * step enter, exit or progress. The signal says only that something may have changed; the caller
 * reads the geometry to learn what. While a step has no height, only entering and leaving are
 * observed; `resize()` starts a fresh instance when that has changed.
 */
export function observeSteps(
  steps: readonly HTMLElement[],
  offset: TriggerOffset,
  onSignal: () => void,
): StepObserver {
  let current = start(steps, offset, onSignal);
  return {
    resize: () => {
      if (current.progress === steps.every(laidOut)) {
        current.instance.resize();
        return;
      }
      current.destroy();
      current = start(steps, offset, onSignal);
    },
    destroy: () => current.destroy(),
  };
}
