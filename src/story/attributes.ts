/**
 * `attributes({ metric: 'gdp-2019', compact: true })`: sets a map of attributes on the element it
 * is bound to, and removes those a later render no longer gives. `true` writes an empty attribute,
 * `false` none. Names must be kebab-case; `on…` event-handler names are never written.
 */
import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

export type AttributeMap = Readonly<Record<string, string | number | boolean>>;

const SAFE_NAME = /^(?!on)[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

class AttributesDirective extends Directive {
  private written = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('attributes() belongs on an element');
  }

  render(_attributes: AttributeMap): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [attributes]: [AttributeMap]): typeof nothing {
    const next = new Set<string>();
    for (const [name, value] of Object.entries(attributes)) {
      if (value === false || !SAFE_NAME.test(name)) continue;
      part.element.setAttribute(name, value === true ? '' : String(value));
      next.add(name);
    }
    for (const name of this.written) if (!next.has(name)) part.element.removeAttribute(name);
    this.written = next;
    return nothing;
  }
}

export const attributes = directive(AttributesDirective);
