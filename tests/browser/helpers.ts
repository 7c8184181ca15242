/** Small helpers shared by browser tests: fixtures on the page, waiting for updates and frames. */
import type { LitElement } from 'lit';

const mounted: HTMLElement[] = [];

/** Puts markup in a fresh container on the page and returns the container. */
export function mount(markup: string, width?: number): HTMLElement {
  const container = document.createElement('div');
  if (width) container.style.width = `${width}px`;
  container.innerHTML = markup;
  document.body.append(container);
  mounted.push(container);
  return container;
}

/** Removes every fixture mounted so far. */
export function cleanup(): void {
  for (const container of mounted.splice(0)) container.remove();
}

/** Waits until an element has rendered its pending update. */
export async function updated(element: Element): Promise<void> {
  await (element as Partial<Pick<LitElement, 'updateComplete'>>).updateComplete;
}

/** Resolves after `n` animation frames. */
export function frames(n = 1): Promise<void> {
  return new Promise((resolve) => {
    const step = () => (--n <= 0 ? resolve() : requestAnimationFrame(step));
    requestAnimationFrame(step);
  });
}

/** Polls until `check` returns a truthy value or the time runs out (then throws `message`). */
export async function until<T>(
  check: () => T | undefined | null | false,
  message: string,
  timeout = 5000,
): Promise<T> {
  const end = performance.now() + timeout;
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() > end) throw new Error(`timed out: ${message}`);
    await new Promise((r) => setTimeout(r, 16));
  }
}

/** Serves a JSON body at a blob URL (a dataset "on the network" without a server). */
export function jsonUrl(data: unknown): string {
  return URL.createObjectURL(new Blob([JSON.stringify(data)], { type: 'application/json' }));
}
