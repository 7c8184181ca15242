/**
 * What the controller tests share: a bare Lit host that counts the updates its controllers ask
 * for, and animation frames driven by hand so that a test decides what time it is.
 */
import { html, LitElement, type TemplateResult } from 'lit';
import { STEP_ATTRIBUTE } from '../../../src/controllers/step-context.js';
import '../story-stub.js';
import type { TestStory } from '../story-stub.js';
import { trackResources, type ResourceTracker } from '../resources.js';

/**
 * The smallest real host a controller can have: a LitElement that renders its children and counts
 * `requestUpdate()` calls (`requests`) and finished updates (`updates`). Controllers are attached
 * by the test before the host is put on the page, as an element's constructor would.
 */
export class ControllerHost extends LitElement {
  /** `requestUpdate()` calls since the host was made (or since the test reset it). */
  requests = 0;
  /** Updates the host has finished. */
  updates = 0;
  /** Runs in each update before rendering, where an element reads its controllers (`willUpdate`). */
  onWillUpdate: (() => void) | undefined;

  override requestUpdate(...args: Parameters<LitElement['requestUpdate']>): void {
    this.requests++;
    super.requestUpdate(...args);
  }

  protected override willUpdate(): void {
    this.onWillUpdate?.();
  }

  protected override updated(): void {
    this.updates++;
  }

  override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}

if (!customElements.get('controller-host'))
  customElements.define('controller-host', ControllerHost);

declare global {
  interface HTMLElementTagNameMap {
    'controller-host': ControllerHost;
  }
}

const made: HTMLElement[] = [];

/**
 * A new host, not yet on the page, with what `attach` gives it (its controllers). `remove()` in
 * `cleanupHosts()` takes every host made so far off the page.
 */
export function makeHost<T>(attach: (host: ControllerHost) => T): {
  host: ControllerHost;
  controller: T;
} {
  const host = document.createElement('controller-host');
  const controller = attach(host);
  made.push(host);
  return { host, controller };
}

/** Puts a host on the page (in `parent`, the body by default) and waits for its first update. */
export async function connect(
  host: ControllerHost,
  parent: Element = document.body,
): Promise<void> {
  parent.append(host);
  await host.updateComplete;
}

/**
 * A story on the page at step `index`; with `steps`, that many step elements inside it, marked as
 * a story marks its steps.
 */
export function story(index = -1, steps = 0): TestStory {
  const element = document.createElement('test-story');
  for (let i = 0; i < steps; i++) {
    const step = document.createElement('section');
    step.setAttribute(STEP_ATTRIBUTE, String(i));
    element.append(step);
  }
  document.body.append(element);
  element.set({ index });
  made.push(element);
  return element;
}

/**
 * Moves a connected host into a new container on the page — a disconnect and a connect in one
 * go, as an element moved by a page's script sees it. Returns the container.
 */
export function moveHost(host: ControllerHost): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  made.push(container);
  container.append(host);
  return container;
}

/** What `cleanupHosts()` puts back, last first. */
const undo: (() => void)[] = [];

/** Counts what is left running from now on (../resources.ts), until `cleanupHosts()`. */
export function trackLeaks(): ResourceTracker {
  const tracker = trackResources();
  undo.push(() => tracker.restore());
  return tracker;
}

/** Removes every host, story and container made so far, and puts back what was replaced. */
export function cleanupHosts(): void {
  for (const element of made.splice(0)) element.remove();
  for (const step of undo.splice(0).reverse()) step();
}

/**
 * Replaces `requestAnimationFrame` and `cancelAnimationFrame` by a queue the test runs with
 * `frame(time)`, so that a run's timing is decided by the test, not by the machine's load
 * (until `cleanupHosts()`).
 */
export function manualFrames(): {
  /** Runs the callbacks queued so far with `time` as their timestamp; returns how many ran. */
  frame(time: number): number;
  /** Callbacks requested and neither run nor cancelled. */
  pending(): number;
} {
  const realRequest = window.requestAnimationFrame;
  const realCancel = window.cancelAnimationFrame;
  let next = 1;
  const queue = new Map<number, FrameRequestCallback>();
  window.requestAnimationFrame = (callback) => {
    const id = next++;
    queue.set(id, callback);
    return id;
  };
  window.cancelAnimationFrame = (id) => {
    queue.delete(id);
  };
  const restore = () => {
    window.requestAnimationFrame = realRequest;
    window.cancelAnimationFrame = realCancel;
  };
  undo.push(restore);
  return {
    frame(time) {
      const due = [...queue];
      queue.clear();
      for (const [, callback] of due) callback(time);
      return due.length;
    },
    pending: () => queue.size,
  };
}
