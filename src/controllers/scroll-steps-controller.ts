import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  BEFORE_FIRST_STEP,
  activeStep,
  scrollDeltaToStep,
  type ActiveStep,
  type StepBox,
} from '../scroll/active-step.js';
import { DEFAULT_OFFSET, triggerY, type TriggerOffset } from '../scroll/offset.js';
import { observeSteps, type StepObserver } from '../scroll/scrollama.js';

export interface ScrollStepsOptions {
  /**
   * Called with the step at the trigger line whenever it may have changed. `initial` is true for
   * the first reading after the steps were (re)configured or the host (re)connected: a state to
   * adopt, not a move the reader made.
   */
  readonly onStep: (active: ActiveStep, initial: boolean) => void;
  /**
   * Where in `sessionStorage` the reader's place is kept when the page is left, so a reload
   * returns to it even when the steps were rendered too late for the browser's own scroll
   * restoration (a story fetched after load).
   */
  readonly placeKey: () => string;
}

/** What a scroll story is made of: its steps and where each one triggers. */
export interface ScrollStepsConfig {
  readonly steps: readonly HTMLElement[];
  /** The story's trigger line. */
  readonly offset: TriggerOffset;
  /** Per-step trigger lines (a step's own `data-offset`), in step order; missing → `offset`. */
  readonly stepOffsets: readonly (TriggerOffset | undefined)[];
}

const EMPTY: ScrollStepsConfig = { steps: [], offset: DEFAULT_OFFSET, stepOffsets: [] };

/** How long a resize must settle before scrollama rebuilds its observers. */
const RESIZE_SETTLE_MS = 150;
/** Without `scrollend`, scrolling counts as ended after this long without a scroll event. */
const SCROLL_SETTLE_MS = 120;
/** The event that marks the end of a scroll: `scrollend`, or `scroll` (settled by a timer) where it is missing. */
const SCROLL_END =
  typeof window !== 'undefined' && 'onscrollend' in window ? 'scrollend' : 'scroll';

/** A step to bring to the trigger line at the next reading, and how far through it. */
interface Pending {
  readonly index: number;
  readonly progress?: number | undefined;
  readonly behavior: 'instant' | 'smooth';
}

/**
 * Tells a scroll story which step is at its trigger line.
 *
 * scrollama (one instance per connection and per set of steps, destroyed and recreated when the
 * steps change) signals that a step may have entered, left or progressed; every signal, the end of
 * each scroll, every resize, zoom or rotation schedules one reading of the geometry on the next
 * animation frame, and that reading alone decides the active step. So a fling that skips steps, a
 * reload mid-page, or a resize that moves the trigger line all land on the step that is really at
 * the line.
 */
export class ScrollStepsController implements ReactiveController {
  private config = EMPTY;
  private observer: StepObserver | undefined;
  private connected = false;
  private frame = 0;
  private resizeTimer: ReturnType<typeof setTimeout> | undefined;
  private scrollTimer: ReturnType<typeof setTimeout> | undefined;
  private initial = true;
  private pending: Pending | undefined;
  private last: ActiveStep = BEFORE_FIRST_STEP;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: ScrollStepsOptions,
  ) {
    host.addController(this);
  }

  /** Replaces the steps or their offsets: a fresh scrollama instance observes them. */
  configure(config: ScrollStepsConfig): void {
    this.config = config;
    if (this.connected) this.start();
  }

  /**
   * Scrolls so that the step at `index` sits at the trigger line — `progress` of the way through
   * it when given. `instant` jumps; `smooth` glides. Steps not laid out yet are scrolled to at the
   * next reading.
   */
  scrollToStep(index: number, behavior: 'instant' | 'smooth', progress?: number): void {
    this.pending = { index, progress, behavior };
    if (this.connected) this.bringPending();
    this.schedule();
  }

  /**
   * Takes the reader back to where they were when the page was left (kept by `pagehide`).
   * @returns whether a place was found for these steps
   */
  restorePlace(): boolean {
    let saved: unknown;
    try {
      saved = JSON.parse(sessionStorage.getItem(this.options.placeKey()) ?? 'null');
    } catch {
      return false;
    }
    const place = saved as Partial<ActiveStep> | null;
    if (
      !place ||
      !Number.isInteger(place.index) ||
      typeof place.progress !== 'number' ||
      (place.index as number) < 0 ||
      (place.index as number) >= this.config.steps.length
    ) {
      return false;
    }
    this.scrollToStep(place.index as number, 'instant', place.progress);
    return true;
  }

  hostConnected(): void {
    this.connected = true;
    window.addEventListener('resize', this.onResize, { passive: true });
    window.addEventListener('pagehide', this.onPageHide);
    orientation()?.addEventListener('change', this.onResize);
    document.addEventListener(SCROLL_END, this.onScrollEnd, { passive: true });
    this.start();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.stop();
    window.removeEventListener('resize', this.onResize);
    window.removeEventListener('pagehide', this.onPageHide);
    orientation()?.removeEventListener('change', this.onResize);
    document.removeEventListener(SCROLL_END, this.onScrollEnd);
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    clearTimeout(this.resizeTimer);
    clearTimeout(this.scrollTimer);
  }

  private start(): void {
    this.stop();
    this.initial = true;
    const { steps, offset } = this.config;
    if (steps.length > 0) this.observer = observeSteps(steps, offset, this.schedule);
    this.schedule();
  }

  private stop(): void {
    this.observer?.destroy();
    this.observer = undefined;
  }

  /** Reads the geometry on the next animation frame (once, however often it is asked). */
  private schedule = (): void => {
    if (this.connected && this.frame === 0) this.frame = requestAnimationFrame(this.read);
  };

  private read = (): void => {
    this.frame = 0;
    this.bringPending();
    const initial = this.initial;
    this.initial = false;
    this.last = activeStep(this.boxes());
    this.options.onStep(this.last, initial);
  };

  /** Scrolls to the pending step, if it is laid out. */
  private bringPending(): void {
    const pending = this.pending;
    const box = pending && this.boxes()[pending.index];
    if (!pending || !box) return;
    this.pending = undefined;
    const delta = scrollDeltaToStep(box, window.innerHeight, pending.progress);
    if (Math.abs(delta) >= 0.5) window.scrollBy({ top: delta, behavior: pending.behavior });
  }

  private boxes(): (StepBox | null)[] {
    const height = window.innerHeight;
    const { steps, offset, stepOffsets } = this.config;
    return steps.map((step, i) => {
      if (!step.isConnected || step.getClientRects().length === 0) return null;
      const { top, height: stepHeight } = step.getBoundingClientRect();
      return { top, height: stepHeight, trigger: triggerY(stepOffsets[i] ?? offset, height) };
    });
  }

  private onResize = (): void => {
    this.schedule();
    clearTimeout(this.resizeTimer);
    this.resizeTimer = setTimeout(() => {
      // scrollama reads the viewport height only when it builds its observers.
      this.observer?.resize();
      this.schedule();
    }, RESIZE_SETTLE_MS);
  };

  /** The end of a scroll; where `scrollend` is missing, every scroll, settled by a timer. */
  private onScrollEnd = (): void => {
    if (SCROLL_END === 'scrollend') {
      this.schedule();
      return;
    }
    clearTimeout(this.scrollTimer);
    this.scrollTimer = setTimeout(this.schedule, SCROLL_SETTLE_MS);
  };

  private onPageHide = (): void => {
    try {
      sessionStorage.setItem(this.options.placeKey(), JSON.stringify(this.last));
    } catch {
      // Storage refused (private mode, quota): a reload then starts where the browser puts it.
    }
  };
}

/** `screen.orientation`, which Safari before 16.4 lacks. */
function orientation(): ScreenOrientation | undefined {
  return (screen as Partial<Screen>).orientation;
}
