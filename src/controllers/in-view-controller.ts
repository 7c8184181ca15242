import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & Element;

/**
 * Tells whether the host is in view: half of it visible, or half the viewport filled by it when
 * it is taller than that. Observes only while connected and while `enabled()` says so (call
 * `sync()` when that may have changed); without IntersectionObserver the host counts as in view.
 */
export class InViewController implements ReactiveController {
  /** Whether the host is in view now. */
  visible = false;
  private observer: IntersectionObserver | undefined;

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
    this.observer?.disconnect();
    this.observer = undefined;
    this.visible = false;
  }

  /** Starts or stops observing to match `enabled()`. */
  sync(): void {
    const wanted = this.host.isConnected && this.enabled();
    if (wanted === Boolean(this.observer)) return;
    if (!wanted) {
      this.observer?.disconnect();
      this.observer = undefined;
      return;
    }
    if (typeof IntersectionObserver !== 'function') {
      this.set(true);
      return;
    }
    this.observer = new IntersectionObserver(this.onEntries, { threshold: [0, 0.5, 1] });
    this.observer.observe(this.host);
  }

  private readonly onEntries = (entries: IntersectionObserverEntry[]): void => {
    const entry = entries.at(-1);
    if (!entry) return;
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
