/**
 * The attributes a story's markup speaks, shared by `<report-scroller>`, `<report-deck>` and the
 * story renderer. Authors who write steps by hand use the same ones.
 */

/** Set by the story on its active step (and on the graphics that belong to it). */
export const CURRENT_ATTRIBUTE = 'data-report-current';

/**
 * On a graphic in `<report-scroller>`'s `graphic` slot: the steps it belongs to, as step ids or
 * indexes separated by spaces. A graphic without it is always shown.
 */
export const FOR_ATTRIBUTE = 'data-report-for';

/** Marks a step's speaker notes (an `<aside>` inside the step); hidden on the slide itself. */
export const NOTES_ATTRIBUTE = 'data-report-notes';

/** Dataset ids (figures, targets, events …) a step cites beyond those its elements show. */
export const CITE_ATTRIBUTE = 'data-report-cite';

/** Children of a story that are never steps or slides. */
const NOT_CONTENT = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'LINK', 'META', 'NOSCRIPT']);

/** Whether a child element of a scroller or deck is one of its steps (or slides). */
export function isStep(child: Element): child is HTMLElement {
  return child instanceof HTMLElement && !NOT_CONTENT.has(child.tagName);
}

/** A step's id: its element id, else its `data-step-id`. */
export function stepId(step: Element): string | undefined {
  return step.id || step.getAttribute('data-step-id') || undefined;
}

/** Whether a graphic with a `data-report-for` list belongs to the step at `index` with `id`. */
export function belongsToStep(graphic: Element, index: number, id: string | undefined): boolean {
  const list = graphic.getAttribute(FOR_ATTRIBUTE);
  if (list === null) return true;
  return list
    .split(/\s+/)
    .some((token) => token !== '' && (token === id || token === String(index)));
}

/** The index of the step whose id (element id or `data-step-id`) is `id`, or −1. */
export function findStep(steps: readonly Element[], id: string): number {
  return id === '' ? -1 : steps.findIndex((step) => stepId(step) === id);
}
