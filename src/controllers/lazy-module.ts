import type { ReactiveControllerHost } from 'lit';

/**
 * Code an element loads on first use (the deck's speaker view): `get()` starts the load the first
 * time it is asked and, until the module (or the reason it could not load) is there, returns
 * undefined; the element renders again once either arrives.
 */
export class LazyModule<M> {
  private value: M | Error | undefined;
  private started = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly load: () => Promise<M>,
  ) {}

  /** The module, the error it failed with, or undefined while it loads (the first call starts it). */
  get(): M | Error | undefined {
    if (!this.started) {
      this.started = true;
      void this.load()
        .catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))))
        .then((value) => {
          this.value = value;
          this.host.requestUpdate();
        });
    }
    return this.value;
  }
}
