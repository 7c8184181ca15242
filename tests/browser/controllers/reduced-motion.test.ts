/** ReducedMotionController: the reader's system setting or the element's own, followed while connected. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cdp } from 'vitest/browser';
import {
  ReducedMotionController,
  type MotionPreference,
} from '../../../src/controllers/reduced-motion-controller.js';
import { until } from '../helpers.js';
import { cleanupHosts, connect, makeHost, moveHost, trackLeaks } from './host.js';

afterEach(async () => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  cleanupHosts();
  await system('no-preference');
});

/** Sets the reader's system setting, as the browser would (emulated through CDP). */
async function system(value: 'reduce' | 'no-preference'): Promise<void> {
  await cdp().send('Emulation.setEmulatedMedia', {
    features: [{ name: 'prefers-reduced-motion', value }],
  });
}

function motionHost(preference: () => MotionPreference | undefined = () => undefined) {
  return makeHost((host) => new ReducedMotionController(host, preference));
}

describe('ReducedMotionController', () => {
  it('reduces when the system says so at connection', async () => {
    await system('reduce');
    const { host, controller } = motionHost();
    await connect(host);
    expect(controller.reduced).toBe(true);
  });

  it('does not reduce on a system without the setting, unless the element says reduce', async () => {
    let preference: MotionPreference | undefined = 'auto';
    const { host, controller } = motionHost(() => preference);
    await connect(host);
    expect(controller.reduced).toBe(false);
    preference = 'reduce';
    expect(controller.reduced).toBe(true);
  });

  it('follows a change of the system setting while connected, updating the host', async () => {
    const { host, controller } = motionHost();
    await connect(host);
    host.requests = 0;
    await system('reduce');
    await until(() => host.requests === 1, 'an update when the setting changed');
    expect(controller.reduced).toBe(true);
    await system('no-preference');
    await until(() => host.requests === 2, 'an update when it changed back');
    expect(controller.reduced).toBe(false);
  });

  it('stops listening when disconnected, and reads the setting afresh on reconnect', async () => {
    const tracker = trackLeaks();
    const { host, controller } = motionHost();
    await connect(host);
    expect(tracker.live()).toEqual(['listener MediaQueryList change']);
    host.remove();
    expect(tracker.live()).toEqual([]);
    host.requests = 0;
    await system('reduce');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(host.requests).toBe(0);
    await connect(host);
    expect(controller.reduced).toBe(true);
    // Moved: one listener, one update per change.
    const other = moveHost(host);
    expect(tracker.live()).toEqual(['listener MediaQueryList change']);
    host.requests = 0;
    await system('no-preference');
    await until(() => host.requests > 0, 'an update after the move');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(host.requests).toBe(1);
    other.remove();
    expect(tracker.live()).toEqual([]);
  });

  it('evaluates the media query once for every element of the page', async () => {
    await connect(motionHost().host);
    const matchMedia = vi.spyOn(window, 'matchMedia');
    for (let i = 0; i < 3; i++) await connect(motionHost().host);
    expect(matchMedia).not.toHaveBeenCalled();
  });

  it('works from the element’s own preference alone where matchMedia is missing', async () => {
    await system('reduce');
    vi.stubGlobal('matchMedia', undefined);
    const auto = motionHost(() => 'auto');
    const reduce = motionHost(() => 'reduce');
    await connect(auto.host);
    await connect(reduce.host);
    // The system setting cannot be read: only the element's own word counts.
    expect(auto.controller.reduced).toBe(false);
    expect(reduce.controller.reduced).toBe(true);
  });
});
