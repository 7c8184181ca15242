import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Follows the page's URL fragment: calls `onChange` with the decoded fragment (without `#`)
 * whenever it changes, and can replace it without adding a history entry. Listens only while the
 * host is connected.
 */
export class HashController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly onChange: (hash: string) => void,
  ) {
    host.addController(this);
  }

  /** The current fragment, decoded, without the `#`. */
  get hash(): string {
    return decodeHash(location.hash);
  }

  /** Replaces the fragment (no history entry, no scroll, no `hashchange`). */
  replace(hash: string): void {
    if (this.hash === hash) return;
    const url = new URL(location.href);
    url.hash = hash;
    try {
      history.replaceState(history.state, '', url);
    } catch {
      // Sandboxed documents (some embeds, about:srcdoc) may refuse; the deck works without the URL.
    }
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.onHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
  }

  private onHashChange = (): void => {
    this.onChange(this.hash);
  };
}

/** `#%E7%AC%AC` → `第`; a malformed escape is left as written. */
export function decodeHash(hash: string): string {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
