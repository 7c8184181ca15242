import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { InViewController } from './in-view-controller.js';
import { StepController } from './step-controller.js';
import { TweenController } from './tween-controller.js';

type Host = ReactiveControllerHost & HTMLElement;

/** What starts an element's animation. */
export type StartTrigger = 'visible' | 'step' | 'manual';

export const START_TRIGGERS: readonly StartTrigger[] = ['visible', 'step', 'manual'];

export interface PlaybackOptions {
  /** What starts the run; `step` outside a story behaves as `visible`. */
  readonly trigger: () => StartTrigger;
  /** Whether the run starts again each time its trigger comes back (re-entry). */
  readonly replay: () => boolean;
  /** Milliseconds a run takes. */
  readonly duration: () => number;
  /** When true the final state shows at once and no frame is ever scheduled. */
  readonly reduced: () => boolean;
  /** Whether the host has what it needs to run (its data); triggers wait until it does. */
  readonly ready: () => boolean;
  readonly ease: (t: number) => number;
  /** In the first frame of a run. */
  readonly onStart?: () => void;
  /** In the frame a run reaches its end. */
  readonly onEnd?: () => void;
  /** Paints one frame of a run instead of a host update (see `TweenOptions.onFrame`). */
  readonly onFrame?: () => void;
}

/**
 * Decides when an element animates from its starting state to its final state: when it comes into
 * view, when its story step becomes active, or only when code calls `start()` / `replay()`.
 *
 * The state follows the trigger, not the history: in a story, a step the reader has passed shows
 * its final state whether the reader scrolled through it or jumped past it; with `replay`, leaving
 * resets and re-entering runs again. Reduced motion shows the final state at once, always.
 * Decisions are taken in `hostUpdate` (after the host's `willUpdate`, before it renders).
 */
export class PlaybackController implements ReactiveController {
  private phase: 'idle' | 'running' | 'done' = 'idle';
  private wasOn = false;
  private request: 'start' | 'replay' | undefined;
  private readonly tween: TweenController;
  private readonly inView: InViewController;
  /**
   * Made on first use, by a `step` trigger: a counter started by coming into view (the default)
   * asks no story for its step — one context request less per element on a page of a thousand.
   */
  private stepController: StepController | undefined;

  constructor(
    private readonly host: Host,
    private readonly options: PlaybackOptions,
  ) {
    host.addController(this);
    this.tween = new TweenController(host, {
      ease: options.ease,
      onStart: () => this.options.onStart?.(),
      onEnd: () => {
        this.phase = 'done';
        this.options.onEnd?.();
        this.host.requestUpdate();
      },
      onFrame: options.onFrame,
    });
    this.inView = new InViewController(
      host,
      () => this.observing(),
      () => host.requestUpdate(),
    );
  }

  private get step(): StepController {
    return (this.stepController ??= new StepController(this.host));
  }

  /** Progress from the starting state (0) to the final state (1), eased. */
  get progress(): number {
    if (this.options.reduced() || this.phase === 'done') return 1;
    return this.phase === 'idle' ? 0 : this.tween.value;
  }

  /** Whether a run is in flight. */
  get running(): boolean {
    return this.phase === 'running';
  }

  /** Runs once, if it has not run yet (as soon as the host is ready). */
  start(): void {
    this.request ??= 'start';
    this.host.requestUpdate();
  }

  /** Runs again from the starting state. */
  replay(): void {
    this.request = 'replay';
    this.host.requestUpdate();
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    if (this.phase === 'running') this.phase = 'done';
    this.wasOn = false;
  }

  hostUpdate(): void {
    if (this.options.reduced()) {
      this.tween.finish();
      this.phase = 'done';
      this.request = undefined;
      this.inView.sync();
      return;
    }
    if (this.options.ready()) this.decide();
    this.inView.sync();
  }

  private decide(): void {
    const request = this.request;
    this.request = undefined;
    if (request === 'replay' || (request === 'start' && this.phase === 'idle')) this.run();

    let trigger = this.options.trigger();
    if (trigger === 'step' && !this.step.state) trigger = 'visible';
    if (trigger === 'manual') return;

    const on = trigger === 'visible' ? this.inView.visible : this.step.active;
    if (on && !this.wasOn && (this.phase === 'idle' || this.options.replay())) this.run();
    if (!on && this.wasOn && this.options.replay()) this.reset();
    if (!on && trigger === 'step' && this.passed() && this.phase === 'idle') this.phase = 'done';
    this.wasOn = on;
  }

  /** Whether the story has moved beyond the host's own step. */
  private passed(): boolean {
    const own = this.step.ownIndex;
    const index = this.step.state?.index ?? -1;
    return own !== undefined && index > own;
  }

  private observing(): boolean {
    const trigger = this.options.trigger();
    return (
      !this.options.reduced() &&
      (trigger === 'visible' || (trigger === 'step' && !this.step.state)) &&
      (this.phase === 'idle' || this.options.replay())
    );
  }

  private run(): void {
    this.phase = 'running';
    this.tween.play(this.options.duration());
  }

  private reset(): void {
    this.tween.reset();
    this.phase = 'idle';
  }
}
