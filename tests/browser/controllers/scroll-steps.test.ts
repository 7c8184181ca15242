/**
 * ScrollStepsController: which step of a scroll story is at the trigger line, read from the
 * geometry after every signal (scrollama, the end of a scroll, a resize); scrolling to a step; the
 * reader's place kept across a reload; everything released on disconnect.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ScrollStepsController,
  type ScrollStepsConfig,
} from '../../../src/controllers/scroll-steps-controller.js';
import type { ActiveStep } from '../../../src/scroll/active-step.js';
import { DEFAULT_OFFSET, type TriggerOffset } from '../../../src/scroll/offset.js';
import { frames, until } from '../helpers.js';
import {
  cleanupHosts,
  connect,
  makeHost,
  moveHost,
  trackLeaks,
  type ControllerHost,
} from './host.js';

/** Steps 300 px tall and 200 px apart, after a lead of one viewport; a viewport of tail after. */
const STEP = 300;
const PITCH = 500;
const KEY = 'test-scroll-steps-place';

beforeEach(() => {
  sessionStorage.removeItem(KEY);
  window.scrollTo({ top: 0, behavior: 'instant' });
});

afterEach(() => {
  cleanupHosts();
  sessionStorage.removeItem(KEY);
  window.scrollTo({ top: 0, behavior: 'instant' });
});

interface Reading extends ActiveStep {
  readonly initial: boolean;
}

/** A story host with `count` steps and a scroll-steps controller; `readings` lists every onStep. */
function storyHost(count = 4) {
  const readings: Reading[] = [];
  const { host, controller } = makeHost(
    (host) =>
      new ScrollStepsController(host, {
        onStep: (active, initial) => readings.push({ ...active, initial }),
        placeKey: () => KEY,
      }),
  );
  Object.assign(host.style, {
    display: 'block',
    paddingTop: `${innerHeight}px`,
    paddingBottom: `${innerHeight}px`,
  });
  const steps = Array.from({ length: count }, (_, i) => {
    const step = document.createElement('section');
    step.id = `step-${i}`;
    Object.assign(step.style, {
      display: 'block',
      height: `${STEP}px`,
      marginBottom: `${PITCH - STEP}px`,
    });
    host.append(step);
    return step;
  });
  return { host, scroll: controller, steps, readings };
}

function config(
  steps: HTMLElement[],
  offset: TriggerOffset = DEFAULT_OFFSET,
  stepOffsets: (TriggerOffset | undefined)[] = [],
): ScrollStepsConfig {
  return { steps, offset, stepOffsets };
}

/** The scroll position at which step `i`'s top is `into` px past the middle of the viewport. */
function scrollYFor(host: ControllerHost, i: number, into = 100): number {
  return scrollYForTop(host, i, innerHeight / 2 - into);
}

/** The scroll position at which step `i`'s top is `top` px from the top of the viewport. */
function scrollYForTop(host: ControllerHost, i: number, top: number): number {
  const hostTop = host.getBoundingClientRect().top + scrollY;
  return hostTop + innerHeight + i * PITCH - top;
}

/** Scrolls and waits for the reading that follows (the end of the scroll schedules one). */
async function scrollTo(readings: Reading[], y: number): Promise<Reading> {
  const before = readings.length;
  window.scrollTo({ top: y, behavior: 'instant' });
  await until(() => readings.length > before, `a reading after scrolling to ${y}`);
  return readings.at(-1)!;
}

describe('ScrollStepsController', () => {
  it('reads the step at the trigger line once configured: before the first step, initial', async () => {
    const { host, scroll, steps, readings } = storyHost();
    await connect(host);
    scroll.configure(config(steps));
    await until(() => readings.length > 0, 'a first reading');
    expect(readings).toEqual([{ index: -1, progress: 0, initial: true }]);
  });

  it('names the step at the line after each scroll, with how far through it the line is', async () => {
    const { host, scroll, steps, readings } = storyHost();
    await connect(host);
    scroll.configure(config(steps));
    await until(() => readings.length > 0, 'a first reading');
    const at1 = await scrollTo(readings, scrollYFor(host, 1, 150));
    expect(at1).toMatchObject({ index: 1, initial: false });
    expect(at1.progress).toBeCloseTo(0.5, 1);
    // A fling past two steps lands on the one really at the line.
    const at3 = await scrollTo(readings, scrollYFor(host, 3, 30));
    expect(at3.index).toBe(3);
    expect(at3.progress).toBeCloseTo(0.1, 1);
    // The gap after a step still belongs to it.
    expect((await scrollTo(readings, scrollYFor(host, 2, STEP + 50))).index).toBe(2);
  });

  it('reads once per frame however many signals arrive', async () => {
    const { host, scroll, steps, readings } = storyHost();
    await connect(host);
    scroll.configure(config(steps));
    await until(() => readings.length > 0, 'a first reading');
    // scrollama's first signals (its observers reporting on setup) have come and gone.
    await frames(3);
    const before = readings.length;
    // Five ends of scrolls in one frame.
    for (let i = 0; i < 5; i++) document.dispatchEvent(new Event('scrollend'));
    await frames(2);
    expect(readings).toHaveLength(before + 1);
  });

  it('honours the story’s trigger line and each step’s own', async () => {
    const { host, scroll, steps, readings } = storyHost();
    await connect(host);
    // The line 80 px from the top; step 1 triggers low, at 90 % of the viewport.
    scroll.configure(
      config(steps, { kind: 'pixels', value: 80 }, [undefined, { kind: 'fraction', value: 0.9 }]),
    );
    await until(() => readings.length > 0, 'a first reading');
    const at = (top: number) => scrollYForTop(host, 1, top);
    expect((await scrollTo(readings, at(innerHeight * 0.95))).index).toBeLessThan(1);
    expect((await scrollTo(readings, at(innerHeight * 0.85))).index).toBe(1);
    // Step 2 by the story's line: its top 100 px from the viewport's top is not yet 80.
    expect((await scrollTo(readings, at(100 - PITCH))).index).toBe(1);
    expect((await scrollTo(readings, at(60 - PITCH))).index).toBe(2);
  });

  it('scrolls a step to the trigger line, to its middle or to a given progress', async () => {
    const { host, scroll, steps, readings } = storyHost();
    await connect(host);
    scroll.configure(config(steps));
    await until(() => readings.length > 0, 'a first reading');
    scroll.scrollToStep(2, 'instant');
    await until(() => readings.at(-1)?.index === 2, 'step 2 read');
    expect(readings.at(-1)!.progress).toBeCloseTo(0.5, 1);
    scroll.scrollToStep(1, 'instant', 0.8);
    await until(() => readings.at(-1)?.index === 1, 'step 1 read');
    expect(readings.at(-1)!.progress).toBeCloseTo(0.8, 1);
  });

  it('scrolls to a step asked for before it is laid out, once it is', async () => {
    const { host, scroll, steps, readings } = storyHost();
    steps[3]!.style.display = 'none';
    await connect(host);
    scroll.configure(config(steps));
    scroll.scrollToStep(3, 'instant');
    await until(() => readings.length > 0, 'a first reading');
    expect(readings.at(-1)!.index).toBe(-1);
    steps[3]!.style.display = 'block';
    window.dispatchEvent(new Event('resize'));
    await until(() => readings.at(-1)?.index === 3, 'step 3 once shown');
  });

  it('keeps the reader’s place when the page is left, and takes them back to it', async () => {
    const first = storyHost();
    await connect(first.host);
    first.scroll.configure(config(first.steps));
    await scrollTo(first.readings, scrollYFor(first.host, 2, 60));
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    const saved = JSON.parse(sessionStorage.getItem(KEY)!) as ActiveStep;
    expect(saved.index).toBe(2);
    first.host.remove();
    window.scrollTo({ top: 0, behavior: 'instant' });

    // The page again, its story rendered late.
    const again = storyHost();
    await connect(again.host);
    again.scroll.configure(config(again.steps));
    expect(again.scroll.restorePlace()).toBe(true);
    await until(() => again.readings.at(-1)?.index === 2, 'back at step 2');
    expect(again.readings.at(-1)!.progress).toBeCloseTo(saved.progress, 1);
  });

  it('finds no place in a missing, broken or foreign record', async () => {
    const { host, scroll, steps } = storyHost(3);
    await connect(host);
    scroll.configure(config(steps));
    for (const record of [
      null,
      '{broken',
      '{"index":5,"progress":0.5}',
      '{"index":-1,"progress":0}',
      '{"index":1.5,"progress":0.5}',
      '{"index":1}',
    ]) {
      if (record === null) sessionStorage.removeItem(KEY);
      else sessionStorage.setItem(KEY, record);
      expect(scroll.restorePlace(), String(record)).toBe(false);
    }
  });

  it('reconfigured with other steps, observes those and reads afresh (initial)', async () => {
    const { host, scroll, steps, readings } = storyHost();
    await connect(host);
    scroll.configure(config(steps.slice(0, 2)));
    await until(() => readings.length > 0, 'a first reading');
    await scrollTo(readings, scrollYFor(host, 3, 50));
    expect(readings.at(-1)!.index).toBe(1);
    scroll.configure(config(steps));
    await until(() => readings.at(-1)?.initial === true && readings.length > 2, 'a fresh reading');
    expect(readings.at(-1)!.index).toBe(3);
  });

  it('releases every listener, observer, timer and frame on disconnect, and reads nothing after', async () => {
    const tracker = trackLeaks();
    const { host, scroll, steps, readings } = storyHost();
    await connect(host);
    scroll.configure(config(steps));
    window.dispatchEvent(new Event('resize'));
    const live = tracker.live();
    expect(live).toContain('listener Window resize');
    expect(live).toContain('listener Window pagehide');
    expect(live).toContain('listener HTMLDocument scrollend');
    expect(live).toContain('IntersectionObserver');
    expect(live).toContain('animation frame');
    expect(live).toContain('timeout 150ms');
    host.remove();
    expect(tracker.live()).toEqual([]);
    const count = readings.length;
    window.scrollTo({ top: 800, behavior: 'instant' });
    window.dispatchEvent(new Event('resize'));
    await frames(3);
    expect(readings).toHaveLength(count);
    expect(steps.some((step) => step.hasAttribute('data-scrollama-index'))).toBe(false);
  });

  it('reads again (initial) when reconnected, with one set of listeners after a move', async () => {
    const tracker = trackLeaks();
    const { host, scroll, steps, readings } = storyHost();
    await connect(host);
    scroll.configure(config(steps));
    await until(() => readings.length > 0, 'a first reading');
    host.remove();
    await connect(host);
    await until(() => readings.length > 1, 'a reading after reconnecting');
    expect(readings.at(-1)!.initial).toBe(true);
    const wrapper = moveHost(host);
    await frames(2);
    const live = tracker.live().filter((line) => line.startsWith('listener'));
    expect(live.filter((line) => line === 'listener Window resize')).toHaveLength(1);
    expect(live.filter((line) => line === 'listener HTMLDocument scrollend')).toHaveLength(1);
    const before = readings.length;
    document.dispatchEvent(new Event('scrollend'));
    await frames(2);
    expect(readings).toHaveLength(before + 1);
    wrapper.remove();
    expect(tracker.live()).toEqual([]);
  });
});
