import { easeCubicOut } from 'd3-ease';
import { property } from 'lit/decorators.js';
import {
  PlaybackController,
  START_TRIGGERS,
  type StartTrigger,
} from './controllers/playback-controller.js';
import { ReportDataElement } from './data-element.js';
import { choice } from './options/options.js';

/** What differs from one animated element to another in its playback (see `playbackFor`). */
export interface PlaybackParts {
  /** Milliseconds a run takes: the element's `duration`, or its default when that is not a number. */
  readonly duration: () => number;
  /** Whether the element has what it needs to run (its data); triggers wait until it does. */
  readonly ready: () => boolean;
  /** In the first frame of a run (the element fires its start event). */
  readonly onStart: () => void;
  /** In the frame a run reaches its end (the element fires its end event). */
  readonly onEnd: () => void;
  /** Paints one frame of a run instead of a render (see `PlaybackOptions.onFrame`). */
  readonly onFrame?: () => void;
}

/**
 * A data element that animates from its starting state to its final state (the counter's count,
 * the gauge's fill): the attributes that say when it runs (`start`, `replay`), the methods that run
 * it by code, and its {@link PlaybackController}. Each element makes its controller with
 * `playbackFor()`, from its own `duration` (the default differs), readiness and events.
 */
export abstract class ReportPlaybackElement extends ReportDataElement {
  /**
   * What starts the animation: `visible` (entering the viewport, default), `step` (its story step
   * becoming active; outside a story, as `visible`) or `manual` (only `start()` / `replay()`).
   */
  @property({ attribute: 'start' }) startOn: StartTrigger = 'visible';

  /** Runs the animation again each time the element re-enters the viewport or its step. */
  @property({ attribute: 'replay', type: Boolean }) replayOnReentry = false;

  /** The element's playback, made by `playbackFor()`. */
  protected abstract readonly playback: PlaybackController;

  /** Runs the animation if it has not run (any `start` mode; the only way with `start="manual"`). */
  start(): void {
    this.playback.start();
  }

  /** Runs the animation again from its starting state. */
  replay(): void {
    this.playback.replay();
  }

  /**
   * The playback of this element: started as `start` says, again on re-entry with `replay`, eased
   * out; the final state at once with reduced motion.
   */
  protected playbackFor(parts: PlaybackParts): PlaybackController {
    return new PlaybackController(this, {
      trigger: () => choice(this.startOn, START_TRIGGERS, 'visible'),
      replay: () => this.replayOnReentry,
      duration: parts.duration,
      reduced: () => this.reducedMotion,
      ready: parts.ready,
      ease: easeCubicOut,
      onStart: parts.onStart,
      onEnd: parts.onEnd,
      onFrame: parts.onFrame,
    });
  }
}
