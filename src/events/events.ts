/**
 * Creates the events report-story elements fire: prefixed `report-`, bubbling, composed (they
 * cross shadow roots), and typed through `HTMLElementEventMap` in each element's `define` module.
 */
export function reportEvent<T>(type: `report-${string}`, detail: T): CustomEvent<T> {
  return new CustomEvent<T>(type, { bubbles: true, composed: true, detail });
}
