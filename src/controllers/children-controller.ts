import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Calls `onChange` with the host's child elements when connected and whenever they change — for
 * an element that assigns its children to slots itself (manual slot assignment fires no
 * `slotchange` for children it has not assigned yet).
 */
export class ChildrenController implements ReactiveController {
  private observer: MutationObserver | undefined;

  constructor(
    private readonly host: Host,
    private readonly onChange: (children: readonly Element[]) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new MutationObserver(() => this.onChange([...this.host.children]));
    this.observer.observe(this.host, { childList: true });
    this.onChange([...this.host.children]);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
