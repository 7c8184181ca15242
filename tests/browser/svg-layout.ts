import { mount } from './helpers.js';
import { boxes, outside, overlaps } from './layout.js';

/**
 * Puts an exported SVG on the page and lists the text that leaves the drawing or overlaps other
 * text, measured with the page's real fonts. An empty list means every label fits.
 */
export function svgTextProblems(markup: string): string[] {
  const host = mount(markup);
  const drawing = host.querySelector('svg');
  if (!drawing) return ['no <svg> element'];
  const texts = boxes(drawing.querySelectorAll('text'), (t) => `"${t.textContent.slice(0, 24)}"`);
  return [...outside(texts, drawing.getBoundingClientRect()), ...overlaps(texts, 1)];
}
