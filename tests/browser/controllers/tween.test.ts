/** TweenController: 0 → 1 over a duration, one frame at a time, and nothing scheduled between runs. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  easeCubicOut,
  TweenController,
  type TweenOptions,
} from '../../../src/controllers/tween-controller.js';
import { cleanupHosts, connect, makeHost, manualFrames } from './host.js';

let frames: ReturnType<typeof manualFrames> | undefined;

afterEach(() => {
  vi.unstubAllGlobals();
  cleanupHosts();
  frames = undefined;
});

/** A connected host with a tween, its frames driven by the test; records what the tween calls. */
async function tweenHost(options: Partial<TweenOptions> = {}) {
  frames = manualFrames();
  const calls: string[] = [];
  const { host, controller } = makeHost(
    (host) =>
      new TweenController(host, {
        ease: (t) => t * t,
        onStart: () => calls.push('start'),
        onEnd: () => calls.push('end'),
        ...options,
      }),
  );
  await connect(host);
  host.requests = 0;
  return { host, tween: controller, calls, frames };
}

describe('TweenController', () => {
  it('eases from 0 to 1 over the duration, starting the clock at its first frame', async () => {
    const { tween, calls, frames } = await tweenHost();
    tween.play(1000);
    expect(tween.running).toBe(true);
    expect(tween.value).toBe(0);
    expect(calls).toEqual([]);
    frames.frame(5000); // the first frame: the run starts now, whatever the clock says
    expect(calls).toEqual(['start']);
    expect(tween.value).toBe(0);
    frames.frame(5500);
    expect(tween.value).toBeCloseTo(0.25); // eased: (1/2)²
    frames.frame(5900);
    expect(tween.value).toBeCloseTo(0.81);
    expect(calls).toEqual(['start']);
    frames.frame(6000);
    expect(tween.value).toBe(1);
    expect(calls).toEqual(['start', 'end']);
    expect(tween.running).toBe(false);
    expect(frames.pending()).toBe(0);
  });

  it('asks the host to update in every frame of a run, and not after it', async () => {
    const { host, tween, frames } = await tweenHost();
    tween.play(100);
    for (const time of [0, 50, 100]) frames.frame(time);
    expect(host.requests).toBe(3);
    frames.frame(200);
    expect(host.requests).toBe(3);
  });

  it('with onFrame, calls it each frame instead of updating the host', async () => {
    const painted: number[] = [];
    const { host, tween, frames } = await tweenHost({
      ease: (t) => t,
      onFrame: () => painted.push(tween.value),
    });
    tween.play(100);
    for (const time of [0, 50, 100]) frames.frame(time);
    expect(painted).toEqual([0, 0.5, 1]);
    expect(host.requests).toBe(0);
  });

  it('ends in its first frame when the duration is 0 or negative', async () => {
    const { tween, calls, frames } = await tweenHost();
    tween.play(-50);
    frames.frame(10);
    expect(tween.value).toBe(1);
    expect(calls).toEqual(['start', 'end']);
    expect(frames.pending()).toBe(0);
  });

  it('play() during a run starts again from 0, with one frame scheduled', async () => {
    const { tween, calls, frames } = await tweenHost({ ease: (t) => t });
    tween.play(100);
    frames.frame(0);
    frames.frame(50);
    tween.play(100);
    expect(tween.value).toBe(0);
    expect(frames.pending()).toBe(1);
    frames.frame(1000);
    frames.frame(1025);
    expect(tween.value).toBe(0.25);
    expect(calls).toEqual(['start', 'start']);
  });

  it('finish() jumps to 1 without onEnd; reset() goes back to 0; neither leaves a frame', async () => {
    const { tween, calls, frames } = await tweenHost();
    tween.play(100);
    frames.frame(0);
    tween.finish();
    expect(tween.value).toBe(1);
    expect(tween.running).toBe(false);
    expect(frames.pending()).toBe(0);
    tween.play(100);
    tween.reset();
    expect(tween.value).toBe(0);
    expect(frames.pending()).toBe(0);
    expect(calls).toEqual(['start']);
  });

  it('jumps to its end when the host disconnects mid-run, leaving no frame', async () => {
    const { host, tween, calls, frames } = await tweenHost();
    tween.play(1000);
    frames.frame(0);
    frames.frame(300);
    host.remove();
    expect(tween.value).toBe(1);
    expect(tween.running).toBe(false);
    expect(frames.pending()).toBe(0);
    expect(calls).toEqual(['start']);
    // Reconnected, it stays where it was until it is played again.
    await connect(host);
    expect(frames.pending()).toBe(0);
    tween.play(100);
    frames.frame(0);
    frames.frame(100);
    expect(calls).toEqual(['start', 'start', 'end']);
  });

  it('keeps its value through a disconnect between runs', async () => {
    const { host, tween, frames } = await tweenHost();
    tween.play(100);
    frames.frame(0);
    frames.frame(100);
    tween.reset();
    host.remove();
    expect(tween.value).toBe(0);
  });

  it('ends at once where requestAnimationFrame is missing', async () => {
    const { tween, calls } = await tweenHost();
    vi.stubGlobal('requestAnimationFrame', undefined);
    tween.play(1000);
    expect(tween.value).toBe(1);
    expect(tween.running).toBe(false);
    expect(calls).toEqual([]);
  });
});

describe('easeCubicOut', () => {
  it('starts fast and settles into the end, as d3 eases a cubic out', () => {
    expect([0, 0.25, 0.5, 0.75, 1].map(easeCubicOut)).toEqual([0, 0.578125, 0.875, 0.984375, 1]);
  });
});
