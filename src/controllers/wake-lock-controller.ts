import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Keeps the screen awake while `wanted()` says so (a deck being presented), where the browser
 * offers the Screen Wake Lock API. The browser drops the lock when the page is hidden; it is taken
 * again when the page is shown. Released when the host disconnects. Call `sync()` after each update.
 */
export class WakeLockController implements ReactiveController {
  private sentinel: WakeLockSentinel | undefined;
  private pending = false;
  private connected = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly wanted: () => boolean,
  ) {
    host.addController(this);
  }

  /** Whether a wake lock is held now. */
  get held(): boolean {
    return this.sentinel !== undefined;
  }

  hostConnected(): void {
    this.connected = true;
    document.addEventListener('visibilitychange', this.sync);
  }

  hostDisconnected(): void {
    this.connected = false;
    document.removeEventListener('visibilitychange', this.sync);
    this.release();
  }

  /** Takes or releases the lock to match `wanted()` and the page's visibility. */
  sync = (): void => {
    const want = this.connected && this.wanted() && document.visibilityState === 'visible';
    if (!want) {
      this.release();
      return;
    }
    const api = (navigator as Partial<Navigator>).wakeLock;
    if (!api || this.sentinel || this.pending) return;
    this.pending = true;
    api.request('screen').then(
      (sentinel) => {
        this.pending = false;
        if (!this.connected || !this.wanted()) {
          void sentinel.release();
          return;
        }
        this.sentinel = sentinel;
        sentinel.addEventListener('release', () => {
          if (this.sentinel === sentinel) this.sentinel = undefined;
        });
      },
      () => {
        // Refused (battery saver, permissions policy): the deck works without it.
        this.pending = false;
      },
    );
  };

  private release(): void {
    const sentinel = this.sentinel;
    this.sentinel = undefined;
    if (sentinel && !sentinel.released) void sentinel.release().catch(() => undefined);
  }
}
