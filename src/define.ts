/**
 * Registers a custom element once. Loading the library twice (two script tags, two bundles on one
 * CMS page) is harmless: the first definition wins and later ones are skipped quietly, where a
 * bare `customElements.define` would throw and stop the second bundle half-way.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  if (!customElements.get(tag)) customElements.define(tag, element);
}
