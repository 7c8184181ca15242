/**
 * Probes for what an element leaves running: animation frames, intersection observers and
 * media-query listeners. Each wraps the platform API for the test and counts what is still live.
 */

export interface Probe {
  /** Frames requested and not yet run or cancelled. */
  readonly pendingFrames: () => number;
  /** Animation frame callbacks run since `install()` (or the last `reset()`). */
  readonly framesRun: () => number;
  /** IntersectionObservers observing at least one element. */
  readonly activeObservers: () => number;
  /** `change` listeners on MediaQueryLists not removed again. */
  readonly mediaListeners: () => number;
  readonly reset: () => void;
  readonly restore: () => void;
}

export function installProbe(): Probe {
  const pending = new Set<number>();
  let ran = 0;
  const realRaf = window.requestAnimationFrame.bind(window);
  const realCancel = window.cancelAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) => {
    const id = realRaf((time) => {
      pending.delete(id);
      ran++;
      callback(time);
    });
    pending.add(id);
    return id;
  };
  window.cancelAnimationFrame = (id) => {
    pending.delete(id);
    realCancel(id);
  };

  const observing = new Map<IntersectionObserver, number>();
  const RealObserver = window.IntersectionObserver;
  class CountingObserver extends RealObserver {
    override observe(target: Element): void {
      observing.set(this, (observing.get(this) ?? 0) + 1);
      super.observe(target);
    }
    override unobserve(target: Element): void {
      observing.set(this, Math.max(0, (observing.get(this) ?? 0) - 1));
      super.unobserve(target);
    }
    override disconnect(): void {
      observing.delete(this);
      super.disconnect();
    }
  }
  window.IntersectionObserver = CountingObserver;

  let listeners = 0;
  const proto = MediaQueryList.prototype;
  const realAdd = proto.addEventListener;
  const realRemove = proto.removeEventListener;
  proto.addEventListener = function (
    this: MediaQueryList,
    ...args: Parameters<MediaQueryList['addEventListener']>
  ) {
    if (args[0] === 'change') listeners++;
    realAdd.apply(this, args);
  };
  proto.removeEventListener = function (
    this: MediaQueryList,
    ...args: Parameters<MediaQueryList['removeEventListener']>
  ) {
    if (args[0] === 'change') listeners--;
    realRemove.apply(this, args);
  };

  return {
    pendingFrames: () => pending.size,
    framesRun: () => ran,
    activeObservers: () => [...observing.values()].filter((n) => n > 0).length,
    mediaListeners: () => listeners,
    reset: () => {
      ran = 0;
    },
    restore: () => {
      window.requestAnimationFrame = realRaf;
      window.cancelAnimationFrame = realCancel;
      window.IntersectionObserver = RealObserver;
      proto.addEventListener = realAdd;
      proto.removeEventListener = realRemove;
    },
  };
}
