/**
 * Measures a focus indicator the way a reader sees it: the pixels that change around the focused
 * element between a screenshot with focus and one without. Works for any way of drawing the ring
 * (an outline, a box-shadow, a pseudo-element, an outline on an inner part of a host).
 */
import { page } from 'vitest/browser';
import { frames } from './helpers.js';

/** The whole document as pixels, and how many of them make one CSS pixel across. */
async function pixels(): Promise<{ data: Uint8ClampedArray; width: number; scale: number }> {
  const shot = (await page.screenshot({ save: false, base64: true })) as unknown;
  const base64 = typeof shot === 'string' ? shot : (shot as { base64: string }).base64;
  const blob = await (await fetch(`data:image/png;base64,${base64}`)).blob();
  const bitmap = await createImageBitmap(blob);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
  return { data, width: bitmap.width, scale: bitmap.width / document.documentElement.clientWidth };
}

/** Takes focus away from wherever it is, through shadow roots. */
function blurAll(): void {
  let active = document.activeElement as HTMLElement | null;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement as HTMLElement;
  active?.blur();
  (document.activeElement as HTMLElement | null)?.blur();
}

export interface RingMeasure {
  /** CSS pixels that differ between focused and unfocused, in a band around the element. */
  readonly changed: number;
  /** Perimeter of the focused element's box, in CSS pixels. */
  readonly perimeter: number;
}

/**
 * Compares the page with `focusedElement` focused (as it is now) and with focus removed, within
 * `margin` CSS px around `region` (the widget the focused element belongs to). Leaves focus removed.
 */
export async function measureRing(
  region: Element,
  focusedElement: Element,
  margin = 8,
): Promise<RingMeasure> {
  await frames(2);
  // The screenshot is of the whole document: boxes in document coordinates.
  const box = region.getBoundingClientRect();
  const rect = new DOMRect(box.x + scrollX, box.y + scrollY, box.width, box.height);
  const own = focusedElement.getBoundingClientRect();
  const on = await pixels();
  blurAll();
  await frames(2);
  const off = await pixels();
  const s = on.scale;
  const x0 = Math.max(0, Math.floor((rect.left - margin) * s));
  const y0 = Math.max(0, Math.floor((rect.top - margin) * s));
  const x1 = Math.min(on.width, Math.ceil((rect.right + margin) * s));
  const y1 = Math.min(on.data.length / 4 / on.width, Math.ceil((rect.bottom + margin) * s));
  let changed = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * on.width + x) * 4;
      const delta =
        Math.abs(on.data[i]! - off.data[i]!) +
        Math.abs(on.data[i + 1]! - off.data[i + 1]!) +
        Math.abs(on.data[i + 2]! - off.data[i + 2]!);
      if (delta > 60) changed++;
    }
  }
  return { changed: changed / (s * s), perimeter: 2 * (own.width + own.height) };
}
