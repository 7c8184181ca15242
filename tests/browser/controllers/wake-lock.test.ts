/** WakeLockController: the screen kept awake while wanted and visible, released otherwise. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WakeLockController } from '../../../src/controllers/wake-lock-controller.js';
import { until } from '../helpers.js';
import { cleanupHosts, connect, makeHost, moveHost, trackLeaks } from './host.js';

afterEach(() => {
  vi.restoreAllMocks();
  cleanupHosts();
});

/** A sentinel as the browser gives it: released once, by the page or by the browser. */
class FakeSentinel extends EventTarget {
  released = false;
  readonly type = 'screen';
  onrelease = null;
  release(): Promise<void> {
    if (!this.released) {
      this.released = true;
      this.dispatchEvent(new Event('release'));
    }
    return Promise.resolve();
  }
}

/**
 * Puts a fake `navigator.wakeLock` in place whose requests the test answers: `grant()` and
 * `refuse()` settle the oldest request still open.
 */
function fakeWakeLock() {
  const open: { resolve(s: FakeSentinel): void; reject(e: Error): void }[] = [];
  const sentinels: FakeSentinel[] = [];
  const request = vi.fn(
    (type: string) =>
      new Promise<FakeSentinel>((resolve, reject) => {
        expect(type).toBe('screen');
        open.push({ resolve, reject });
      }),
  );
  vi.spyOn(navigator, 'wakeLock', 'get').mockReturnValue({
    request,
  } as unknown as WakeLock);
  const settle = async (how: (o: (typeof open)[number]) => void) => {
    const next = open.shift();
    if (!next) throw new Error('no wake lock request is open');
    how(next);
    await Promise.resolve();
    await Promise.resolve();
  };
  return {
    request,
    sentinels,
    grant: () =>
      settle((o) => {
        const sentinel = new FakeSentinel();
        sentinels.push(sentinel);
        o.resolve(sentinel);
      }),
    refuse: () => settle((o) => o.reject(new DOMException('battery saver', 'NotAllowedError'))),
  };
}

async function wakeHost(wanted: () => boolean) {
  const { host, controller } = makeHost((host) => new WakeLockController(host, wanted));
  await connect(host);
  return { host, lock: controller };
}

/** Pretends the page was hidden or shown again, as switching tabs does. */
function visibility(state: DocumentVisibilityState): void {
  vi.spyOn(document, 'visibilityState', 'get').mockReturnValue(state);
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('WakeLockController', () => {
  it('takes a real screen wake lock while wanted, and lets it go when not', async () => {
    let wanted = true;
    const { lock } = await wakeHost(() => wanted);
    expect(lock.held).toBe(false);
    lock.sync();
    await until(() => lock.held, 'the lock taken');
    wanted = false;
    lock.sync();
    expect(lock.held).toBe(false);
  });

  it('asks once, however often sync() is called while the answer is on its way', async () => {
    const api = fakeWakeLock();
    const { lock } = await wakeHost(() => true);
    lock.sync();
    lock.sync();
    lock.sync();
    expect(api.request).toHaveBeenCalledOnce();
    await api.grant();
    expect(lock.held).toBe(true);
    lock.sync();
    expect(api.request).toHaveBeenCalledOnce();
  });

  it('asks nothing while not wanted', async () => {
    const api = fakeWakeLock();
    const { lock } = await wakeHost(() => false);
    lock.sync();
    expect(api.request).not.toHaveBeenCalled();
  });

  it('carries on without a lock when the browser refuses, and may ask again later', async () => {
    const api = fakeWakeLock();
    const { lock } = await wakeHost(() => true);
    lock.sync();
    await api.refuse();
    expect(lock.held).toBe(false);
    lock.sync();
    expect(api.request).toHaveBeenCalledTimes(2);
    await api.grant();
    expect(lock.held).toBe(true);
  });

  it('does nothing, without an error, where the Wake Lock API is missing', async () => {
    vi.spyOn(navigator, 'wakeLock', 'get').mockReturnValue(undefined as unknown as WakeLock);
    const { lock } = await wakeHost(() => true);
    expect(() => lock.sync()).not.toThrow();
    expect(lock.held).toBe(false);
  });

  it('notices when the browser drops the lock, and takes it again when the page is shown', async () => {
    const api = fakeWakeLock();
    const { lock } = await wakeHost(() => true);
    lock.sync();
    await api.grant();
    // The browser drops the lock of a page being hidden by itself …
    await api.sentinels[0]!.release();
    expect(lock.held).toBe(false);
    visibility('hidden');
    expect(api.request).toHaveBeenCalledOnce();
    // … and the controller asks again once the page is visible.
    visibility('visible');
    expect(api.request).toHaveBeenCalledTimes(2);
    await api.grant();
    expect(lock.held).toBe(true);
  });

  it('releases the lock when the host disconnects, and stops following visibility', async () => {
    const tracker = trackLeaks();
    const api = fakeWakeLock();
    const { host, lock } = await wakeHost(() => true);
    expect(tracker.live()).toEqual(['listener HTMLDocument visibilitychange']);
    lock.sync();
    await api.grant();
    host.remove();
    expect(api.sentinels[0]!.released).toBe(true);
    expect(lock.held).toBe(false);
    // The released sentinel goes with its own `release` listener; nothing page-wide is left.
    expect(tracker.live().filter((line) => !line.endsWith('FakeSentinel release'))).toEqual([]);
    visibility('visible');
    lock.sync();
    expect(api.request).toHaveBeenCalledOnce();
  });

  it('gives back at once a lock granted after the host was removed or stopped wanting it', async () => {
    const api = fakeWakeLock();
    let wanted = true;
    const { host, lock } = await wakeHost(() => wanted);
    lock.sync();
    host.remove();
    await api.grant();
    expect(api.sentinels[0]!.released).toBe(true);
    expect(lock.held).toBe(false);

    await connect(host);
    lock.sync();
    wanted = false;
    await api.grant();
    expect(api.sentinels[1]!.released).toBe(true);
    expect(lock.held).toBe(false);
  });

  it('takes one lock after a reconnect or a move, and releases it once', async () => {
    const api = fakeWakeLock();
    const { host, lock } = await wakeHost(() => true);
    host.remove();
    await connect(host);
    const other = moveHost(host);
    visibility('visible');
    expect(api.request).toHaveBeenCalledOnce();
    await api.grant();
    expect(lock.held).toBe(true);
    other.remove();
    expect(api.sentinels[0]!.released).toBe(true);
  });
});
