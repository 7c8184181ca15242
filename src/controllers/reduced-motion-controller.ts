import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What an element's `motion` attribute may say. */
export type MotionPreference = 'auto' | 'reduce';

const QUERY = '(prefers-reduced-motion: reduce)';

/** One media query list for every element: evaluating the query once per element adds up on a page of hundreds. */
let sharedQuery: MediaQueryList | undefined;

/**
 * Tracks whether motion should be reduced: the reader's system setting, or the element's own
 * `motion="reduce"`. Updates the host when the system setting changes; listens only while connected.
 */
export class ReducedMotionController implements ReactiveController {
  private query?: MediaQueryList;
  private systemReduces = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly preference: () => MotionPreference | undefined,
  ) {
    host.addController(this);
  }

  /** True when animations must jump to their final frame. */
  get reduced(): boolean {
    return this.preference() === 'reduce' || this.systemReduces;
  }

  hostConnected(): void {
    if (typeof matchMedia !== 'function') return;
    this.query = sharedQuery ??= matchMedia(QUERY);
    this.systemReduces = this.query.matches;
    this.query.addEventListener('change', this.onChange);
  }

  hostDisconnected(): void {
    this.query?.removeEventListener('change', this.onChange);
    this.query = undefined;
  }

  private onChange = (event: MediaQueryListEvent): void => {
    this.systemReduces = event.matches;
    this.host.requestUpdate();
  };
}
