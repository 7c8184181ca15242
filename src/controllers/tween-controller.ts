import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Cubic ease-out, fast at first and settling into the end: d3's `easeCubicOut`, t ↦ 1 − (1 − t)³. */
export const easeCubicOut = (t: number): number => 1 - (1 - t) ** 3;

export interface TweenOptions {
  /** Maps linear time 0–1 to progress 0–1 (an easing function such as `easeCubicOut`). */
  readonly ease: (t: number) => number;
  /** Called in the first animation frame of a run. */
  readonly onStart?: () => void;
  /** Called in the animation frame that reaches the end of a run. */
  readonly onEnd?: () => void;
  /**
   * Paints one frame of a run. Without it the host updates every frame; with it the host paints
   * its moving part itself (a text node), which spares a whole render per frame when a thousand
   * run at once. The host still updates when a run ends (`onEnd`).
   */
  readonly onFrame?: () => void;
}

/**
 * Drives a value from 0 to 1 over a duration with requestAnimationFrame, updating the host (or
 * calling `onFrame`) every frame. Nothing runs between runs; a run in flight stops at once (and jumps to its end) when the
 * host disconnects, so a removed element leaves no frame scheduled.
 */
export class TweenController implements ReactiveController {
  /** Eased progress of the current or last run, 0–1. */
  value = 0;
  private frame = 0;
  private startedAt: number | undefined;
  private duration = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: TweenOptions,
  ) {
    host.addController(this);
  }

  /** Whether a run is in flight. */
  get running(): boolean {
    return this.frame !== 0;
  }

  /** Runs from 0 to 1 over `duration` milliseconds (at once when the duration is 0 or less). */
  play(duration: number): void {
    this.stop();
    this.value = 0;
    this.duration = Math.max(0, duration);
    this.startedAt = undefined;
    if (typeof requestAnimationFrame !== 'function') {
      this.value = 1;
      return;
    }
    this.frame = requestAnimationFrame(this.tick);
  }

  /** Jumps to the end without calling `onEnd`. */
  finish(): void {
    this.stop();
    this.value = 1;
  }

  /** Back to the start without running. */
  reset(): void {
    this.stop();
    this.value = 0;
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    if (this.running) this.finish();
  }

  private stop(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  private readonly tick = (now: number): void => {
    this.frame = 0;
    if (this.startedAt === undefined) {
      this.startedAt = now;
      this.options.onStart?.();
    }
    const t = this.duration > 0 ? Math.min(1, (now - this.startedAt) / this.duration) : 1;
    this.value = t >= 1 ? 1 : this.options.ease(t);
    if (this.options.onFrame) this.options.onFrame();
    else this.host.requestUpdate();
    if (t < 1) this.frame = requestAnimationFrame(this.tick);
    else this.options.onEnd?.();
  };
}
