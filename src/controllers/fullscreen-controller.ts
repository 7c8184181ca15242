import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/** Puts the host in and out of fullscreen, and updates it when that changes. */
export class FullscreenController implements ReactiveController {
  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** Whether the host is the fullscreen element. */
  get active(): boolean {
    return typeof document !== 'undefined' && document.fullscreenElement === this.host;
  }

  /** Whether this page may go fullscreen at all (an iframe without `allowfullscreen` may not). */
  get available(): boolean {
    return typeof document !== 'undefined' && document.fullscreenEnabled;
  }

  /** Enters fullscreen, or leaves it; resolves false when the browser refuses. */
  async toggle(): Promise<boolean> {
    try {
      if (this.active) await document.exitFullscreen();
      else await this.host.requestFullscreen({ navigationUI: 'hide' });
      return true;
    } catch {
      return false;
    }
  }

  /** Leaves fullscreen when the host is in it. */
  async exit(): Promise<void> {
    if (this.active) await document.exitFullscreen().catch(() => undefined);
  }

  hostConnected(): void {
    document.addEventListener('fullscreenchange', this.onChange);
  }

  hostDisconnected(): void {
    document.removeEventListener('fullscreenchange', this.onChange);
  }

  private onChange = (): void => {
    this.host.requestUpdate();
  };
}
