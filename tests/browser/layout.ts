/** Layout assertions for browser tests: boxes measured with getBoundingClientRect. */

export interface NamedBox {
  readonly name: string;
  readonly rect: DOMRect;
}

/** Measures every element, naming each by `name(element, index)`; skips elements with no box. */
export function boxes(
  elements: Iterable<Element>,
  name: (el: Element, i: number) => string,
): NamedBox[] {
  return [...elements]
    .map((el, i) => ({ name: name(el, i), rect: el.getBoundingClientRect() }))
    .filter((box) => box.rect.width > 0 && box.rect.height > 0);
}

/** Area shared by two rectangles, in px². */
function overlapArea(a: DOMRect, b: DOMRect): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Every pair of boxes that overlap by more than `tolerance` px in both directions, described as
 * "a × b". An empty list means no two boxes overlap.
 */
export function overlaps(list: readonly NamedBox[], tolerance = 0.5): string[] {
  const found: string[] = [];
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const a = list[i]!;
      const b = list[j]!;
      const w = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
      const h = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
      if (w > tolerance && h > tolerance && overlapArea(a.rect, b.rect) > 0) {
        found.push(`${a.name} × ${b.name}`);
      }
    }
  }
  return found;
}

/** Boxes that stick out of `outer` by more than `tolerance` px, described by name. */
export function outside(list: readonly NamedBox[], outer: DOMRect, tolerance = 0.5): string[] {
  return list
    .filter(
      (box) =>
        box.rect.left < outer.left - tolerance ||
        box.rect.right > outer.right + tolerance ||
        box.rect.top < outer.top - tolerance ||
        box.rect.bottom > outer.bottom + tolerance,
    )
    .map(
      (box) =>
        `${box.name} (${Math.round(box.rect.left)}–${Math.round(box.rect.right)} in ${Math.round(outer.left)}–${Math.round(outer.right)})`,
    );
}

/**
 * Elements whose content is wider than their box (text that does not wrap), inside a shadow
 * root. Lists each by tag and class.
 */
export function overflowing(root: ParentNode, selector = '*'): string[] {
  return [...root.querySelectorAll<HTMLElement>(selector)]
    .filter(
      (el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflow === 'visible',
    )
    .map((el) => `${el.localName}.${[...el.classList].join('.')}`);
}
