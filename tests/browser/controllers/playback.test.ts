/**
 * PlaybackController, the state machine that decides when an element runs from its starting state
 * to its final one: by code (`manual`), on coming into view (`visible`) or when its story step
 * becomes active (`step`); once, or again on each re-entry (`replay`); never with reduced motion.
 * Frames are driven by the test, so each run's timing is exact.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  PlaybackController,
  type PlaybackOptions,
  type StartTrigger,
} from '../../../src/controllers/playback-controller.js';
import { until } from '../helpers.js';
import {
  cleanupHosts,
  connect,
  makeHost,
  manualFrames,
  moveHost,
  story,
  trackLeaks,
  type ControllerHost,
} from './host.js';
import type { TestStory } from '../story-stub.js';

let frames: ReturnType<typeof manualFrames> | undefined;
afterEach(() => {
  cleanupHosts();
  frames = undefined;
});

interface Knobs {
  trigger: StartTrigger;
  replay: boolean;
  duration: number;
  reduced: boolean;
  ready: boolean;
}

/**
 * A host with a playback controller whose options the test turns (`knobs`, then `host.requestUpdate()`
 * as an element does when an attribute changes); `calls` records onStart and onEnd. The host sits
 * fixed in the viewport unless `below` puts it under the fold.
 */
function playbackHost(knobs: Partial<Knobs> = {}, extra: Partial<PlaybackOptions> = {}) {
  frames ??= manualFrames();
  const set: Knobs = {
    trigger: 'manual',
    replay: false,
    duration: 1000,
    reduced: false,
    ready: true,
    ...knobs,
  };
  const calls: string[] = [];
  const { host, controller } = makeHost(
    (host) =>
      new PlaybackController(host, {
        trigger: () => set.trigger,
        replay: () => set.replay,
        duration: () => set.duration,
        reduced: () => set.reduced,
        ready: () => set.ready,
        ease: (t) => t,
        onStart: () => calls.push('start'),
        onEnd: () => calls.push('end'),
        ...extra,
      }),
  );
  inView(host, true);
  return { host, playback: controller, calls, knobs: set, frames };
}

/** Puts the host in the viewport, or far below it. */
function inView(host: ControllerHost, visible: boolean): void {
  Object.assign(host.style, {
    display: 'block',
    position: 'fixed',
    left: '0',
    width: '100px',
    height: '100px',
    top: visible ? '0px' : `${innerHeight + 1000}px`,
  });
}

/** Runs the queued frames at `times` (ms), updating the host between them as Lit would. */
async function run(host: ControllerHost, ...times: number[]): Promise<void> {
  for (const time of times) {
    frames!.frame(time);
    await host.updateComplete;
  }
}

/** Moves the story to step `index` and waits for the host's decision. */
async function go(s: TestStory, host: ControllerHost, index: number): Promise<void> {
  s.set({ index });
  await host.updateComplete;
}

/** Asks the host to update (a changed attribute) and waits for the decision it leads to. */
async function update(host: ControllerHost): Promise<void> {
  host.requestUpdate();
  await host.updateComplete;
}

describe('PlaybackController, started by code (manual)', () => {
  it('waits for start(), then runs over the duration and stays at its end', async () => {
    const { host, playback, calls, frames } = playbackHost({ duration: 400 });
    await connect(host);
    expect(playback.progress).toBe(0);
    expect(playback.running).toBe(false);
    expect(frames.pending()).toBe(0);
    playback.start();
    await host.updateComplete;
    expect(playback.running).toBe(true);
    await run(host, 100, 200);
    expect(calls).toEqual(['start']);
    expect(playback.progress).toBeCloseTo(0.25);
    await run(host, 500);
    expect(calls).toEqual(['start', 'end']);
    expect(playback.progress).toBe(1);
    expect(playback.running).toBe(false);
    expect(frames.pending()).toBe(0);
  });

  it('runs once: start() after the end does nothing; replay() runs again from the start', async () => {
    const { host, playback, calls, frames } = playbackHost({ duration: 100 });
    await connect(host);
    playback.start();
    await host.updateComplete;
    await run(host, 0, 100);
    playback.start();
    await host.updateComplete;
    expect(frames.pending()).toBe(0);
    expect(playback.progress).toBe(1);
    playback.replay();
    await host.updateComplete;
    expect(playback.progress).toBe(0);
    await run(host, 1000, 1050);
    expect(playback.progress).toBeCloseTo(0.5);
    await run(host, 1100);
    expect(calls).toEqual(['start', 'end', 'start', 'end']);
  });

  it('keeps a start() asked before the host is ready, and runs once it is', async () => {
    const { host, playback, knobs, frames } = playbackHost({ ready: false });
    await connect(host);
    playback.start();
    await host.updateComplete;
    expect(frames.pending()).toBe(0);
    expect(playback.running).toBe(false);
    knobs.ready = true;
    await update(host);
    expect(playback.running).toBe(true);
  });

  it('updates the host in every frame, or calls onFrame instead when given', async () => {
    const painted: number[] = [];
    const { host, playback } = playbackHost(
      { duration: 100 },
      {
        onFrame: () => painted.push(playback.progress),
      },
    );
    await connect(host);
    playback.start();
    await host.updateComplete;
    const updates = host.updates;
    await run(host, 0, 50);
    expect(painted).toEqual([0, 0.5]);
    expect(host.updates).toBe(updates);
    // The end of a run is an update, with or without onFrame.
    await run(host, 100);
    expect(host.updates).toBe(updates + 1);
  });
});

describe('PlaybackController with reduced motion', () => {
  it('shows the final state at once and never schedules a frame', async () => {
    const { host, playback, calls, frames } = playbackHost({ reduced: true, trigger: 'visible' });
    await connect(host);
    expect(playback.progress).toBe(1);
    playback.start();
    playback.replay();
    await host.updateComplete;
    expect(frames.pending()).toBe(0);
    expect(playback.running).toBe(false);
    expect(calls).toEqual([]);
  });

  it('jumps to the end when reduced motion comes on mid-run, without onEnd', async () => {
    const { host, playback, knobs, calls, frames } = playbackHost();
    await connect(host);
    playback.start();
    await host.updateComplete;
    await run(host, 0, 300);
    knobs.reduced = true;
    await update(host);
    expect(playback.progress).toBe(1);
    expect(playback.running).toBe(false);
    expect(frames.pending()).toBe(0);
    expect(calls).toEqual(['start']);
  });

  it('does not watch the viewport while motion is reduced', async () => {
    const tracker = trackLeaks();
    const { host } = playbackHost({ reduced: true, trigger: 'visible' });
    await connect(host);
    expect(tracker.live()).toEqual([]);
  });
});

describe('PlaybackController, started by coming into view (visible)', () => {
  it('waits below the fold, runs when scrolled into view, and not again on re-entry', async () => {
    const { host, playback, calls } = playbackHost({ trigger: 'visible', duration: 100 });
    inView(host, false);
    await connect(host);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(playback.running).toBe(false);
    inView(host, true);
    await until(() => playback.running, 'running once in view');
    await run(host, 0, 100);
    expect(playback.progress).toBe(1);
    inView(host, false);
    await new Promise((resolve) => setTimeout(resolve, 100));
    inView(host, true);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(playback.running).toBe(false);
    expect(playback.progress).toBe(1);
    expect(calls).toEqual(['start', 'end']);
  });

  it('stops watching the viewport once it runs (without replay)', async () => {
    const tracker = trackLeaks();
    const { host, playback } = playbackHost({ trigger: 'visible', duration: 100 });
    inView(host, false);
    await connect(host);
    expect(tracker.live()).toEqual(['IntersectionObserver']);
    inView(host, true);
    await until(() => playback.running, 'running');
    // The observer goes as soon as the run starts: nothing it could report would change anything.
    expect(tracker.live()).toEqual([]);
    await run(host, 0, 100);
    expect(tracker.live()).toEqual([]);
    expect(frames!.pending()).toBe(0);
  });

  it('with replay, goes back to its start on leaving and runs again on coming back', async () => {
    const { host, playback, calls } = playbackHost({
      trigger: 'visible',
      replay: true,
      duration: 100,
    });
    await connect(host);
    await until(() => playback.running, 'the first run');
    await run(host, 0, 100);
    inView(host, false);
    await until(() => playback.progress === 0, 'reset on leaving');
    inView(host, true);
    await until(() => playback.running, 'the second run');
    await run(host, 1000, 1100);
    expect(calls).toEqual(['start', 'end', 'start', 'end']);
  });

  it('waits for the host to be ready even when in view', async () => {
    const { host, playback, knobs } = playbackHost({ trigger: 'visible', ready: false });
    await connect(host);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(playback.running).toBe(false);
    knobs.ready = true;
    await update(host);
    await until(() => playback.running, 'running once ready');
  });
});

describe('PlaybackController, started by its story step (step)', () => {
  it('runs when its own step becomes active, and stays final when the story moves on', async () => {
    const s = story(0, 3);
    const { host, playback, calls } = playbackHost({ trigger: 'step', duration: 100 });
    await connect(host, s.children[1]);
    expect(playback.running).toBe(false);
    await go(s, host, 1);
    expect(playback.running).toBe(true);
    await run(host, 0, 100);
    await go(s, host, 2);
    await go(s, host, 1);
    expect(playback.running).toBe(false);
    expect(playback.progress).toBe(1);
    expect(calls).toEqual(['start', 'end']);
  });

  it('shows its final state, without running, when the story jumps past its step', async () => {
    const s = story(0, 4);
    const { host, playback, calls, frames } = playbackHost({ trigger: 'step' });
    await connect(host, s.children[1]);
    await go(s, host, 3);
    expect(playback.progress).toBe(1);
    expect(frames.pending()).toBe(0);
    expect(calls).toEqual([]);
    // Back before its step (a reader scrolling up): final, as the passed step it was.
    await go(s, host, 0);
    expect(playback.progress).toBe(1);
  });

  it('with replay, runs again each time its step comes back; before it, it is at its start', async () => {
    const s = story(0, 3);
    const { host, playback, calls } = playbackHost({
      trigger: 'step',
      replay: true,
      duration: 100,
    });
    await connect(host, s.children[1]);
    await go(s, host, 1);
    await run(host, 0, 100);
    // Passed: final.
    await go(s, host, 2);
    expect(playback.progress).toBe(1);
    await go(s, host, 1);
    expect(playback.running).toBe(true);
    await run(host, 500, 600);
    // Not reached yet (the reader went back up): at its start.
    await go(s, host, 0);
    expect(playback.progress).toBe(0);
    await go(s, host, 1);
    await run(host, 900, 1000);
    expect(calls).toEqual(['start', 'end', 'start', 'end', 'start', 'end']);
  });

  it('in the story’s graphic, runs as soon as the story reaches a step', async () => {
    const s = story(-1);
    const { host, playback } = playbackHost({ trigger: 'step' });
    await connect(host, s);
    expect(playback.running).toBe(false);
    await go(s, host, 0);
    expect(playback.running).toBe(true);
  });

  it('outside a story, behaves as visible', async () => {
    const { host, playback } = playbackHost({ trigger: 'step' });
    inView(host, false);
    await connect(host);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(playback.running).toBe(false);
    inView(host, true);
    await until(() => playback.running, 'running once in view');
  });
});

describe('PlaybackController on disconnect', () => {
  it('ends a run in flight at its final state and leaves no frame or observer', async () => {
    const tracker = trackLeaks();
    const { host, playback, calls, frames } = playbackHost({ trigger: 'visible' });
    await connect(host);
    await until(() => playback.running, 'running');
    await run(host, 0, 300);
    host.remove();
    expect(playback.running).toBe(false);
    expect(playback.progress).toBe(1);
    expect(frames.pending()).toBe(0);
    expect(tracker.live()).toEqual([]);
    expect(calls).toEqual(['start']);
  });

  it('does not run again when reconnected, unless it replays', async () => {
    const once = playbackHost({ trigger: 'visible', duration: 100 });
    const again = playbackHost({ trigger: 'visible', duration: 100, replay: true });
    again.host.style.left = '200px';
    for (const { host } of [once, again]) await connect(host);
    await until(() => once.playback.running && again.playback.running, 'both running');
    await run(once.host, 0, 100);
    for (const { host } of [once, again]) host.remove();
    for (const { host } of [once, again]) await connect(host);
    await until(() => again.playback.running, 'the replaying one runs again');
    expect(once.playback.running).toBe(false);
    expect(once.playback.progress).toBe(1);
    expect(once.calls).toEqual(['start', 'end']);
  });

  it('after a move within the page, keeps to one run', async () => {
    const { host, playback, calls } = playbackHost({ trigger: 'manual', duration: 100 });
    await connect(host);
    const other = moveHost(host);
    playback.start();
    await host.updateComplete;
    expect(frames!.pending()).toBe(1);
    await run(host, 0, 100);
    expect(calls).toEqual(['start', 'end']);
    other.remove();
  });
});
