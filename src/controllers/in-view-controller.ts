import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & Element;

type Watcher = (entry: IntersectionObserverEntry) => void;

/**
 * One IntersectionObserver for every in-view controller on the page, created while at least one
 * element is watched and dropped with the last: a page may hold hundreds of counters, and one
 * observer with many targets costs far less to set up than as many observers.
 */
const watchers = new Map<Element, Set<Watcher>>();
let shared: IntersectionObserver | undefined;

function watch(target: Element, watcher: Watcher): void {
  shared ??= new IntersectionObserver(deliver, { threshold: [0, 0.5, 1] });
  const set = watchers.get(target);
  if (set) set.add(watcher);
  else {
    watchers.set(target, new Set([watcher]));
    shared.observe(target);
  }
}

function unwatch(target: Element, watcher: Watcher): void {
  const set = watchers.get(target);
  if (!set?.delete(watcher) || set.size > 0) return;
  watchers.delete(target);
  shared?.unobserve(target);
  if (watchers.size === 0) {
    shared?.disconnect();
    shared = undefined;
  }
}

/** Hands each watched element its latest entry of the batch. */
function deliver(entries: IntersectionObserverEntry[]): void {
  const latest = new Map<Element, IntersectionObserverEntry>();
  for (const entry of entries) latest.set(entry.target, entry);
  for (const [target, entry] of latest) {
    for (const watcher of watchers.get(target) ?? []) watcher(entry);
  }
}

/**
 * Tells whether the host is in view: half of it visible, or half the viewport filled by it when
 * it is taller than that. Observes only while connected and while `enabled()` says so (call
 * `sync()` when that may have changed); without IntersectionObserver the host counts as in view.
 */
export class InViewController implements ReactiveController {
  /** Whether the host is in view now. */
  visible = false;
  private observing = false;

  constructor(
    private readonly host: Host,
    private readonly enabled: () => boolean,
    private readonly onChange: (visible: boolean) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.sync();
  }

  hostDisconnected(): void {
    if (this.observing) unwatch(this.host, this.onEntry);
    this.observing = false;
    this.visible = false;
  }

  /** Starts or stops observing to match `enabled()`. */
  sync(): void {
    const wanted = this.host.isConnected && this.enabled();
    if (wanted === this.observing) return;
    if (!wanted) {
      unwatch(this.host, this.onEntry);
      this.observing = false;
      return;
    }
    if (typeof IntersectionObserver !== 'function') {
      this.set(true);
      return;
    }
    this.observing = true;
    watch(this.host, this.onEntry);
  }

  private readonly onEntry = (entry: IntersectionObserverEntry): void => {
    const viewport = entry.rootBounds?.height ?? Infinity;
    this.set(
      entry.isIntersecting &&
        (entry.intersectionRatio >= 0.5 || entry.intersectionRect.height >= viewport / 2),
    );
  };

  private set(visible: boolean): void {
    if (visible === this.visible) return;
    this.visible = visible;
    this.onChange(visible);
  }
}
