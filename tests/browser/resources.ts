/**
 * Counts what code leaves running in the page: animation frames requested and not yet run,
 * timeouts and intervals not yet fired or cleared, observers (intersection, resize, mutation)
 * observing something, event listeners on targets outside any element's own tree (window,
 * document, media queries, screen orientation, broadcast channels …), and open BroadcastChannels.
 *
 * `install()` wraps the platform APIs; everything registered from then on is counted, and
 * `live()` lists what is still active, by kind. `restore()` puts the originals back.
 */

export interface ResourceTracker {
  /** What is still active, one line per resource, e.g. `timeout 15000ms`, `listener Window resize`. */
  live(): string[];
  /** `setTimeout` as it was before the tracker wrapped it (for the test's own waiting). */
  readonly realSetTimeout: typeof setTimeout;
  restore(): void;
}

export function trackResources(): ResourceTracker {
  const live = new Map<object, string>();
  const undo: (() => void)[] = [];
  /** Replaces `target[key]` until `restore()`; returns the original. */
  const patch = (target: object, key: string, value: unknown): unknown => {
    const record = target as Record<string, unknown>;
    const original = record[key];
    record[key] = value;
    undo.push(() => (record[key] = original));
    return original;
  };
  type Callback = (...args: unknown[]) => void;
  type Scheduler = (callback: Callback, ms?: number, ...args: unknown[]) => number;
  type Canceller = (id?: number) => void;

  // Animation frames.
  const frames = new Map<number, object>();
  const raf = (window.requestAnimationFrame as unknown as Scheduler).bind(window);
  const caf = (window.cancelAnimationFrame as unknown as Canceller).bind(window);
  patch(window, 'requestAnimationFrame', (callback: Callback) => {
    const token = {};
    const id = raf((time) => {
      live.delete(token);
      frames.delete(id);
      callback(time);
    });
    frames.set(id, token);
    live.set(token, 'animation frame');
    return id;
  });
  patch(window, 'cancelAnimationFrame', (id?: number) => {
    if (id !== undefined) live.delete(frames.get(id) ?? {});
    if (id !== undefined) frames.delete(id);
    caf(id);
  });

  // Timeouts (live until they fire or are cleared) and intervals (until cleared).
  const timers = new Map<number, object>();
  const realSetTimeout = window.setTimeout.bind(window);
  const setT = (window.setTimeout as unknown as Scheduler).bind(window);
  const clearT = (window.clearTimeout as unknown as Canceller).bind(window);
  const setI = (window.setInterval as unknown as Scheduler).bind(window);
  const clearI = (window.clearInterval as unknown as Canceller).bind(window);
  const forget = (id?: number) => {
    if (id === undefined) return;
    live.delete(timers.get(id) ?? {});
    timers.delete(id);
  };
  patch(window, 'setTimeout', (handler: Callback | string, ms?: number, ...args: unknown[]) => {
    const token = {};
    const id = setT(
      (...a: unknown[]) => {
        forget(id);
        if (typeof handler === 'function') handler(...a);
      },
      ms,
      ...args,
    );
    timers.set(id, token);
    live.set(token, `timeout ${ms ?? 0}ms`);
    return id;
  });
  patch(window, 'clearTimeout', (id?: number) => {
    forget(id);
    clearT(id);
  });
  patch(window, 'setInterval', (handler: Callback, ms?: number, ...args: unknown[]) => {
    const token = {};
    const id = setI(handler, ms, ...args);
    timers.set(id, token);
    live.set(token, `interval ${ms ?? 0}ms`);
    return id;
  });
  patch(window, 'clearInterval', (id?: number) => {
    forget(id);
    clearI(id);
  });

  // Observers: live while observing at least one target.
  for (const name of ['IntersectionObserver', 'ResizeObserver', 'MutationObserver'] as const) {
    const Real = window[name] as unknown as new (...args: unknown[]) => {
      observe(...a: unknown[]): void;
      unobserve?(...a: unknown[]): void;
      disconnect(): void;
    };
    const targets = new WeakMap<object, Set<unknown>>();
    class Counting extends Real {
      override observe(target: unknown, ...rest: unknown[]): void {
        let set = targets.get(this);
        if (!set) targets.set(this, (set = new Set()));
        set.add(target);
        live.set(this, name);
        super.observe(target, ...rest);
      }
      override unobserve(target: unknown): void {
        const set = targets.get(this);
        set?.delete(target);
        if (!set?.size) live.delete(this);
        super.unobserve?.(target);
      }
      override disconnect(): void {
        targets.delete(this);
        live.delete(this);
        super.disconnect();
      }
    }
    patch(window, name, Counting);
  }

  // Listeners on targets that outlive an element: anything that is not a node, and the document.
  const listeners = new Map<string, object>();
  const owners = new WeakMap<object, EventTarget>();
  const ids = new WeakMap<object, number>();
  let next = 0;
  const idOf = (value: object) => {
    let n = ids.get(value);
    if (n === undefined) ids.set(value, (n = next++));
    return n;
  };
  // An AbortSignal is owned by whoever made it and goes with it; it is not a page-wide target.
  const global = (target: EventTarget) =>
    target === document ||
    target === document.documentElement ||
    (!(target instanceof Node) && !(target instanceof AbortSignal));
  const key = (target: EventTarget, type: string, listener: object, options: unknown) => {
    const capture =
      typeof options === 'boolean'
        ? options
        : Boolean((options as { capture?: boolean } | undefined)?.capture);
    return `${idOf(target)}|${type}|${idOf(listener)}|${capture}`;
  };
  // The prototype, and `window` itself when something (the test runner) gave it its own methods.
  const holders: object[] = [EventTarget.prototype];
  if (Object.prototype.hasOwnProperty.call(window, 'addEventListener')) holders.push(window);
  for (const holder of holders) {
    const add = (holder as EventTarget).addEventListener;
    const remove = (holder as EventTarget).removeEventListener;
    patch(
      holder,
      'addEventListener',
      function (
        this: EventTarget,
        type: string,
        listener: EventListenerOrEventListenerObject | null,
        options?: boolean | AddEventListenerOptions,
      ) {
        if (listener && global(this)) {
          const k = key(this, type, listener, options);
          // The platform ignores the same listener added twice; so does the count.
          if (!listeners.has(k)) {
            const token = {};
            listeners.set(k, token);
            live.set(token, `listener ${this.constructor.name} ${type}`);
            owners.set(token, this);
            const drop = () => {
              live.delete(token);
              listeners.delete(k);
            };
            if (typeof options === 'object') {
              options.signal?.addEventListener('abort', drop, { once: true });
              // A `once` listener is gone after its event: follow it with one that forgets it.
              if (options.once)
                add.call(this, type, drop, { once: true, capture: options.capture ?? false });
            }
          }
        }
        add.call(this, type, listener, options);
      },
    );
    patch(
      holder,
      'removeEventListener',
      function (
        this: EventTarget,
        type: string,
        listener: EventListenerOrEventListenerObject | null,
        options?: boolean | EventListenerOptions,
      ) {
        if (listener) {
          const k = key(this, type, listener, options);
          live.delete(listeners.get(k) ?? {});
          listeners.delete(k);
        }
        remove.call(this, type, listener, options);
      },
    );
  }

  // Broadcast channels: live until closed (and a closed channel's listeners go with it).
  const closed = new WeakSet<EventTarget>();
  const RealChannel = window.BroadcastChannel;
  class CountingChannel extends RealChannel {
    constructor(name: string) {
      super(name);
      live.set(this, `BroadcastChannel ${name}`);
    }
    override close(): void {
      live.delete(this);
      closed.add(this);
      super.close();
    }
  }
  patch(window, 'BroadcastChannel', CountingChannel);

  return {
    live: () =>
      [...live]
        .filter(([token]) => {
          const owner = owners.get(token);
          return !owner || !closed.has(owner);
        })
        .map(([, what]) => what)
        .sort(),
    realSetTimeout,
    restore: () => {
      for (const step of undo.reverse()) step();
    },
  };
}
