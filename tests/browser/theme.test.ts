/**
 * An element's explicit theme reaches the elements inside it: a counter on a plenary deck's slide
 * reads gold on red, not the dark palette's red on red. The page's own tokens still win.
 */
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/all.js';
import { cleanup, mount, updated } from './helpers.js';

afterEach(() => {
  cleanup();
  document.body.style.removeProperty('--report-color-accent');
});

/** The colour of the counter's number, and of its label. */
async function counterColours(markup: string): Promise<{ number: string; label: string }> {
  const container = mount(markup);
  const counter = container.querySelector('report-counter')!;
  for (const el of container.querySelectorAll('*')) await updated(el);
  await updated(counter);
  const root = counter.shadowRoot!;
  return {
    number: getComputedStyle(root.querySelector('[part~="number"]')!).color,
    label: getComputedStyle(root.querySelector('[part~="label"]')!).color,
  };
}

const COUNTER =
  '<report-counter value="440" unit="亿元" label="地区生产总值" motion="reduce"></report-counter>';

describe('themes reach the elements inside', () => {
  it('a counter on a plenary deck’s slide takes the plenary palette', async () => {
    const colours = await counterColours(
      `<report-deck theme="plenary" channel="theme-${Math.random()}" style="width:640px;height:360px"><section>${COUNTER}</section></report-deck>`,
    );
    expect(colours.number).toBe('rgb(255, 210, 94)'); // #ffd25e, gold
    expect(colours.label).toBe('rgb(243, 217, 164)'); // #f3d9a4
  });

  it('a counter in a light scroller on a dark page stays light', async () => {
    const colours = await counterColours(
      `<div style="color-scheme: dark"><report-scroller theme="light"><section>${COUNTER}</section></report-scroller></div>`,
    );
    expect(colours.number).toBe('rgb(200, 22, 29)'); // #c8161d, the light accent
  });

  it('the page’s own accent still wins over the theme', async () => {
    document.body.style.setProperty('--report-color-accent', 'rgb(0, 100, 200)');
    const colours = await counterColours(
      `<report-deck theme="plenary" channel="theme-${Math.random()}" style="width:640px;height:360px"><section>${COUNTER}</section></report-deck>`,
    );
    expect(colours.number).toBe('rgb(0, 100, 200)');
  });
});
