/**
 * Looking into rendered widgets the way an attacker's payload would be seen: every element in every
 * shadow root, every piece of text a reader or a screen reader gets, and every uncaught error.
 */
import { FORBIDDEN_TAGS, PWNED } from '../fixtures/hostile.js';

/** Every element under `root`, through every shadow root (open ones; ours are all open). */
export function deepElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  const visit = (node: ParentNode) => {
    for (const element of node.querySelectorAll('*')) {
      out.push(element);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(root);
  return out;
}

/** Attributes whose text a reader or assistive technology gets. */
const TEXT_ATTRIBUTES = ['aria-label', 'aria-description', 'aria-valuetext', 'title', 'alt'];

/**
 * All text under `root`: `text` is the text of the light DOM and of every shadow root (not style
 * sheets), node after node as the reader sees it run on; `labels` the accessible-text attributes,
 * one a line.
 */
export function deepText(root: ParentNode): { text: string; labels: string } {
  const text: string[] = [];
  const attributes: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      text.push(node.textContent ?? '');
      return;
    }
    if (node instanceof Element) {
      if (node.localName === 'style' || node.localName === 'script') return;
      for (const name of TEXT_ATTRIBUTES) {
        const value = node.getAttribute(name);
        if (value) attributes.push(value);
      }
      if (node.shadowRoot) visit(node.shadowRoot);
    }
    for (const child of node.childNodes) visit(child);
  };
  visit(root);
  return { text: text.join(''), labels: attributes.join('\n') };
}

/**
 * What a payload could have made of a widget: elements of a forbidden kind, event-handler
 * attributes, `javascript:` URLs — each described as `tag[attribute]`.
 */
export function injected(root: ParentNode): string[] {
  const found: string[] = [];
  for (const element of deepElements(root)) {
    if (FORBIDDEN_TAGS.includes(element.localName)) found.push(element.localName);
    // The page author's own attributes on our elements are not the widget's doing.
    if (element.localName.startsWith('report-')) continue;
    for (const attribute of element.attributes) {
      if (/^on/i.test(attribute.name)) found.push(`${element.localName}[${attribute.name}]`);
      if (
        /^\s*javascript:/i.test(attribute.value) &&
        /^(href|src|xlink:href|action)$/i.test(attribute.name)
      ) {
        found.push(`${element.localName}[${attribute.name}=javascript:]`);
      }
    }
  }
  return found;
}

/**
 * Collects uncaught errors and rejections, and calls from payloads that ran
 * (`window.__reportStoryPwned`). `stop()` removes the listeners and returns what was seen.
 */
export function watchPage(): { ran: string[]; errors: string[]; stop(): void } {
  const ran: string[] = [];
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) =>
    errors.push(`unhandled rejection: ${String(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  (window as unknown as Record<string, unknown>)[PWNED] = (tag: string) => ran.push(tag);
  return {
    ran,
    errors,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      Reflect.deleteProperty(window, PWNED);
    },
  };
}

/** Waits for anything a payload could have scheduled: image errors, iframe loads, timers. */
export function settle(ms = 150): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
