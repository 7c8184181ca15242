import { noChange, type AttributePart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

/** CSS property names (kebab-case, custom properties included) and their values. */
export type CssomStyleInfo = Readonly<Record<string, string | number | null | undefined>>;

/**
 * Like Lit's `styleMap`, but never writes the `style` attribute: every property goes through
 * CSSOM (`element.style.setProperty`), also on the first render.
 *
 * Lit's `styleMap` renders its first value as an attribute string, which a host page's strict
 * Content Security Policy (`style-src` without `'unsafe-inline'`) blocks — so the element would
 * lose its inline layout in exactly the pages that embed widgets most carefully. CSSOM changes are
 * not inline styles and are allowed under any `style-src`.
 *
 * Names are CSS property names as written in a stylesheet (`left`, `--lane`); a `null` or
 * `undefined` value removes the property.
 */
class CssomStyleMapDirective extends Directive {
  private readonly applied = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (
      partInfo.type !== PartType.ATTRIBUTE ||
      partInfo.name !== 'style' ||
      (partInfo.strings?.length ?? 0) > 2
    ) {
      throw new Error('cssomStyleMap() must be the only binding in a style attribute.');
    }
  }

  render(_styles: CssomStyleInfo): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [styles]: [CssomStyleInfo]): typeof noChange {
    const style = part.element.style;
    for (const name of this.applied) {
      if (styles[name] === null || styles[name] === undefined) {
        style.removeProperty(name);
        this.applied.delete(name);
      }
    }
    for (const [name, value] of Object.entries(styles)) {
      if (value === null || value === undefined) continue;
      const text = String(value);
      if (style.getPropertyValue(name) !== text) style.setProperty(name, text);
      this.applied.add(name);
    }
    return noChange;
  }
}

/** Sets inline CSS properties through CSSOM, so they apply under a strict `style-src`. */
export const cssomStyleMap = directive(CssomStyleMapDirective);
