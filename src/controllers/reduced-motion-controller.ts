import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What an element's `motion` attribute may say. */
export type MotionPreference = 'auto' | 'reduce';

const QUERY = '(prefers-reduced-motion: reduce)';

/** One media query list for every element: evaluating the query once per element adds up on a page of hundreds. */
let sharedQuery: MediaQueryList | undefined;

/**
 * The connected controllers, told of a change of the system setting by one listener on the shared
 * list, added with the first of them and removed with the last: a listener each made adding one
 * cost more with every element (the list checks each new listener against all it holds).
 */
const watchers = new Set<(reduces: boolean) => void>();

function dispatch(event: MediaQueryListEvent): void {
  for (const watcher of [...watchers]) watcher(event.matches);
}

/**
 * Tracks whether motion should be reduced: the reader's system setting, or the element's own
 * `motion="reduce"`. Updates the host when the system setting changes; listens only while connected.
 */
export class ReducedMotionController implements ReactiveController {
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
    const query = (sharedQuery ??= matchMedia(QUERY));
    this.systemReduces = query.matches;
    if (watchers.has(this.onChange)) return;
    if (watchers.size === 0) query.addEventListener('change', dispatch);
    watchers.add(this.onChange);
  }

  hostDisconnected(): void {
    if (!watchers.delete(this.onChange) || watchers.size > 0) return;
    sharedQuery?.removeEventListener('change', dispatch);
  }

  private onChange = (reduces: boolean): void => {
    this.systemReduces = reduces;
    this.host.requestUpdate();
  };
}
