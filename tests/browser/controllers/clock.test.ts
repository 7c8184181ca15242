/** ClockController: a once-a-second update while a speaker view's clock runs, and nothing after. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClockController } from '../../../src/controllers/clock-controller.js';
import { cleanupHosts, connect, makeHost, moveHost, trackLeaks } from './host.js';

afterEach(() => {
  vi.useRealTimers();
  cleanupHosts();
});

function clock(running: () => boolean) {
  return makeHost((host) => new ClockController(host, running)).host;
}

describe('ClockController', () => {
  it('asks the host to update once a second while running() says so', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const host = clock(() => true);
    await connect(host);
    host.requests = 0;
    vi.advanceTimersByTime(999);
    expect(host.requests).toBe(0);
    vi.advanceTimersByTime(1);
    expect(host.requests).toBe(1);
    vi.advanceTimersByTime(3000);
    expect(host.requests).toBe(4);
  });

  it('asks nothing while running() says no, and starts with it', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    let running = false;
    const host = clock(() => running);
    await connect(host);
    host.requests = 0;
    vi.advanceTimersByTime(5000);
    expect(host.requests).toBe(0);
    running = true;
    vi.advanceTimersByTime(1000);
    expect(host.requests).toBe(1);
  });

  it('stops on disconnect and ticks again, once, when reconnected or moved', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const host = clock(() => true);
    await connect(host);
    host.remove();
    host.requests = 0;
    vi.advanceTimersByTime(5000);
    expect(host.requests).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
    await connect(host);
    host.requests = 0;
    vi.advanceTimersByTime(2000);
    expect(host.requests).toBe(2);
    // Moved to another parent (disconnected and connected again): still one interval.
    const other = moveHost(host);
    expect(vi.getTimerCount()).toBe(1);
    host.requests = 0;
    vi.advanceTimersByTime(1000);
    expect(host.requests).toBe(1);
    other.remove();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('leaves no interval running in the page once the host is gone', async () => {
    const tracker = trackLeaks();
    const host = clock(() => true);
    await connect(host);
    expect(tracker.live()).toEqual(['interval 1000ms']);
    host.remove();
    expect(tracker.live()).toEqual([]);
  });
});
