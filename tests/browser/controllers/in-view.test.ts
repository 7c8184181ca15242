/** InViewController: whether the host is in view, from one IntersectionObserver shared by the page. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { InViewController } from '../../../src/controllers/in-view-controller.js';
import { until } from '../helpers.js';
import {
  cleanupHosts,
  connect,
  makeHost,
  moveHost,
  trackLeaks,
  type ControllerHost,
} from './host.js';

afterEach(() => {
  vi.unstubAllGlobals();
  cleanupHosts();
});

/**
 * A host of `height` px fixed at `top` px from the top of the viewport (below the fold when
 * `top` ≥ innerHeight). Records every call of `onChange`.
 */
function inViewHost(top: number, height = 100, enabled: () => boolean = () => true) {
  const seen: boolean[] = [];
  const { host, controller } = makeHost(
    (host) => new InViewController(host, enabled, (visible) => seen.push(visible)),
  );
  place(host, top, height);
  return { host, inView: controller, seen };
}

function place(host: ControllerHost, top: number, height = 100): void {
  Object.assign(host.style, {
    display: 'block',
    position: 'fixed',
    left: '0',
    width: '100px',
    top: `${top}px`,
    height: `${height}px`,
  });
}

/** Gives the observer time to deliver (it reports in the frame after a change). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

describe('InViewController', () => {
  it('says in view once half of the host is visible', async () => {
    const { host, inView, seen } = inViewHost(0);
    await connect(host);
    await until(() => inView.visible, 'in view');
    expect(seen).toEqual([true]);
  });

  it('does not count a host with less than half of it showing', async () => {
    // 40 px of 100 above the bottom edge.
    const { host, inView, seen } = inViewHost(innerHeight - 40);
    await connect(host);
    await settle();
    expect(inView.visible).toBe(false);
    expect(seen).toEqual([]);
    // 60 px of 100: in view.
    place(host, innerHeight - 60);
    await until(() => inView.visible, 'in view at 60 %');
  });

  it('counts a host taller than the viewport when it fills half the viewport', async () => {
    const tall = innerHeight * 3;
    // A third of the viewport filled (a ninth of the host): not in view.
    const low = inViewHost(Math.round((innerHeight * 2) / 3), tall);
    // 60 % of the viewport filled (a fifth of the host): in view.
    const high = inViewHost(Math.round(innerHeight * 0.4), tall);
    await connect(low.host);
    await connect(high.host);
    await until(() => high.inView.visible, 'the host filling 60 % in view');
    await settle();
    expect(low.inView.visible).toBe(false);
    expect(low.seen).toEqual([]);
  });

  it('reports leaving and coming back, once each', async () => {
    const { host, inView, seen } = inViewHost(0);
    await connect(host);
    await until(() => inView.visible, 'in view');
    place(host, innerHeight + 500);
    await until(() => !inView.visible, 'out of view');
    place(host, 10);
    await until(() => inView.visible, 'back in view');
    expect(seen).toEqual([true, false, true]);
  });

  it('observes only while enabled() says so, after sync()', async () => {
    const tracker = trackLeaks();
    let enabled = false;
    const { host, inView, seen } = inViewHost(0, 100, () => enabled);
    await connect(host);
    await settle();
    expect(tracker.live()).toEqual([]);
    expect(seen).toEqual([]);
    enabled = true;
    inView.sync();
    expect(tracker.live()).toEqual(['IntersectionObserver']);
    await until(() => inView.visible, 'in view once enabled');
    enabled = false;
    inView.sync();
    expect(tracker.live()).toEqual([]);
  });

  it('shares one observer between every host on the page, and drops it with the last', async () => {
    const tracker = trackLeaks();
    const observers = vi.fn();
    const Real = window.IntersectionObserver;
    vi.stubGlobal(
      'IntersectionObserver',
      class extends Real {
        constructor(...args: ConstructorParameters<typeof IntersectionObserver>) {
          super(...args);
          observers();
        }
      },
    );
    const hosts = [0, 120, 240].map((top) => inViewHost(top));
    for (const { host } of hosts) await connect(host);
    await until(() => hosts.every(({ inView }) => inView.visible), 'all three in view');
    expect(observers).toHaveBeenCalledOnce();
    expect(tracker.live()).toEqual(['IntersectionObserver']);
    hosts[0]!.host.remove();
    hosts[1]!.host.remove();
    expect(tracker.live()).toEqual(['IntersectionObserver']);
    hosts[2]!.host.remove();
    expect(tracker.live()).toEqual([]);
  });

  it('stops observing on disconnect (not visible any more), and observes again on reconnect', async () => {
    const tracker = trackLeaks();
    const { host, inView, seen } = inViewHost(0);
    await connect(host);
    await until(() => inView.visible, 'in view');
    host.remove();
    expect(inView.visible).toBe(false);
    expect(tracker.live()).toEqual([]);
    await connect(host);
    await until(() => inView.visible, 'in view again');
    // Moved within the page: still watched once, reported once.
    const other = moveHost(host);
    await until(() => seen.length === 3, 'reported after the move');
    await settle();
    expect(seen).toEqual([true, true, true]);
    expect(tracker.live()).toEqual(['IntersectionObserver']);
    other.remove();
    expect(tracker.live()).toEqual([]);
  });

  it('counts the host as in view where IntersectionObserver is missing', async () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    const { host, inView, seen } = inViewHost(innerHeight + 500);
    await connect(host);
    expect(inView.visible).toBe(true);
    expect(seen).toEqual([true]);
  });
});
