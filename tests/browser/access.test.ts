/**
 * Keyboard, reflow and text zoom, for every element on the real Gangzha dataset.
 *
 * - Keyboard: every interactive element is reached with Tab, shows a focus ring at least 2 px
 *   wide (measured), does its job from the keyboard, and lets Tab (and Shift+Tab) leave again.
 * - Reflow (WCAG 1.4.10): in a 320 px wide window nothing scrolls sideways and no part sticks out
 *   of its element, in Chinese and in English.
 * - Text zoom (WCAG 1.4.4): with the page's text at 200 %, in a 1280 px and a 640 px window (what
 *   200 % page zoom leaves of 1280), no text is clipped and no two pieces of text overlap.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../src/all.js';
import type { ReportData } from '../../components/data/data.js';
import gangzha from '../../data/gangzha-2019.json';
import { parseDataset } from '../../src/data/loader.js';
import { cleanup, frames, mount, until, updated } from './helpers.js';
import { measureRing } from './focus-ring.js';
import { deepElements } from './inspect.js';

const dataset = parseDataset(gangzha, 'data/gangzha-2019.json');

afterEach(() => {
  cleanup();
  document.documentElement.style.fontSize = '';
});

afterAll(async () => {
  document.documentElement.lang = 'en';
  await page.viewport(1280, 800);
});

/** The element that has focus, looking through shadow roots. */
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Waits until every report-story element under `root` has rendered, nested ones too. */
async function rendered(root: ParentNode): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const elements = deepElements(root).filter((el) => el.localName.startsWith('report-'));
    await Promise.all(elements.map((el) => updated(el)));
    await frames(1);
  }
}

/** Mounts markup inside a `<report-data>` holding the Gangzha dataset. */
async function withData(markup: string, width?: number): Promise<HTMLElement> {
  const container = mount(`<report-data>${markup}</report-data>`, width);
  (container.querySelector('report-data') as ReportData).data = dataset;
  await rendered(container);
  return container;
}

const SLIDES = ['经济', '创新', '民生']
  .map((h, i) => `<section id="k${i}"><h2>${h}</h2><p>第${i + 1}张</p></section>`)
  .join('');
const STEPS = ['经济', '创新', '民生']
  .map(
    (h, i) =>
      `<section id="t${i}" style="min-height:40vh"><h2>${h}</h2><p>第${i + 1}步</p></section>`,
  )
  .join('');

/**
 * Expects a visible focus ring around `stop` (inside `widget`): the pixels that change when focus
 * leaves cover at least a 2 px band round the focused box (WCAG 2.4.13's measure, with a tenth
 * off for anti-aliased corners). Puts focus back afterwards.
 */
async function ringAround(widget: Element, stop: Element): Promise<void> {
  const { changed, perimeter } = await measureRing(widget, stop);
  expect(
    changed,
    `focus ring round ${stop.localName}.${stop.className} (${Math.round(perimeter)} px round)`,
  ).toBeGreaterThanOrEqual(1.8 * perimeter);
  (stop as HTMLElement).focus();
  await frames(1);
}

describe('keyboard', () => {
  beforeAll(async () => {
    await page.viewport(1280, 800);
    document.documentElement.lang = 'zh-CN';
  });

  /** An interactive element, and what a key does to it. */
  const CASES: Record<string, { markup: string; act: () => Promise<() => boolean> }> = {
    'report-timeline': {
      markup: '<report-timeline></report-timeline>',
      act: async () => {
        const timeline = document.querySelector('report-timeline')!;
        await userEvent.keyboard('{Enter}');
        return () => Boolean(timeline.open);
      },
    },
    'report-pillars': {
      markup: '<report-pillars></report-pillars>',
      act: async () => {
        const pillars = document.querySelector('report-pillars')!;
        await userEvent.keyboard('{Enter}');
        return () => Boolean(pillars.active);
      },
    },
    'report-deck': {
      markup: `<report-deck channel="kbd-${Math.random()}" style="width:640px;height:360px">${SLIDES}</report-deck>`,
      act: async () => {
        const deck = document.querySelector('report-deck')!;
        await userEvent.keyboard('{ArrowRight}');
        return () => deck.index === 1;
      },
    },
    'report-deck view="speaker"': {
      markup: `<report-deck view="speaker" channel="kbd-${Math.random()}" style="width:960px;height:540px">${SLIDES}</report-deck>`,
      act: async () => {
        const deck = document.querySelector('report-deck')!;
        await userEvent.keyboard('{PageDown}');
        return () => deck.index === 1;
      },
    },
    'report-scroller': {
      markup: `<report-scroller>${STEPS}<div slot="graphic">图</div></report-scroller>`,
      act: () => {
        const scroller = document.querySelector('report-scroller')!;
        // Focusing a step from the keyboard brings it to the trigger line: it becomes active.
        return Promise.resolve(() => scroller.step.index === 0);
      },
    },
  };

  describe.each(Object.entries(CASES))('<%s>', (tag, { markup, act }) => {
    it('is reached with Tab, shows a focus ring, works from the keyboard, and lets Tab leave', async () => {
      const container = await withData(
        `<button id="before">before</button>${markup}<button id="after">after</button>`,
      );
      const element = container.querySelector(tag.split(' ')[0]!)!;
      container.querySelector<HTMLButtonElement>('#before')!.focus();
      await userEvent.tab();
      const first = focused()!;
      expect(
        element.contains(first) || element.shadowRoot!.contains(first) || first === element,
      ).toBe(true);
      await ringAround(element, first);
      const done = await act();
      await until(done, `${tag} to respond to the keyboard`);
      // Tab leaves: within a bounded number of presses, focus reaches the button after it; every
      // stop on the way inside the element shows its ring too.
      let presses = 0;
      while (focused()?.id !== 'after' && presses < 40) {
        await userEvent.tab();
        presses++;
        const now = focused();
        if (now && now.id !== 'after') await ringAround(element, now);
      }
      expect(focused()?.id).toBe('after');
      // …and Shift+Tab goes back into it, then out the other side.
      presses = 0;
      while (focused()?.id !== 'before' && presses < 40) {
        await userEvent.tab({ shift: true });
        presses++;
      }
      expect(focused()?.id).toBe('before');
    });
  });
});

/** Everything a page can show, on one page: each kind of element with real data. */
function everything(locale: 'zh-CN' | 'en'): string {
  const figures = ['gdp-2019', 'budget-revenue-2019', 'rd-share-2019', 'urban-income-2019'];
  const goals = [
    'gdp-growth-2020',
    'rd-share-2020',
    'retail-sales-growth-2020',
    'income-growth-2020',
  ];
  return `<div lang="${locale}">
    ${figures.map((id) => `<report-counter metric="${id}" footnote motion="reduce"></report-counter>`).join('')}
    ${goals.map((id) => `<report-gauge goal="${id}" motion="reduce"></report-gauge>`).join('')}
    ${goals.map((id) => `<report-gauge goal="${id}" form="bar" motion="reduce"></report-gauge>`).join('')}
    <report-timeline open="${dataset.events[0]!.id}"></report-timeline>
    <report-pillars active="${dataset.programme!.pillars[0]!.id}"></report-pillars>
    <report-scroller>${STEPS}<div slot="graphic"><report-counter metric="gdp-2019" motion="reduce"></report-counter></div></report-scroller>
    <report-deck channel="reflow-${Math.random()}" style="width:100%;aspect-ratio:16/9">${SLIDES}</report-deck>
  </div>`;
}

/** Parts of a widget that stick out of its box sideways. */
function sticksOut(widget: Element): string[] {
  const outer = widget.getBoundingClientRect();
  return deepElements(widget.shadowRoot!)
    .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
    .filter((el) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && (box.left < outer.left - 1 || box.right > outer.right + 1);
    })
    .map((el) => `${widget.localName} ${el.localName}[part=${el.getAttribute('part') ?? ''}]`);
}

/** HTML text that is cut off: an element with hidden overflow whose content is larger than it. */
function clipped(widget: Element): string[] {
  return deepElements(widget.shadowRoot!)
    .filter((el) => el instanceof HTMLElement && el.getClientRects().length > 0)
    .filter((el) => {
      const style = getComputedStyle(el);
      const hides = /hidden|clip/.test(style.overflowX + style.overflowY);
      const h = el as HTMLElement;
      // A 1 px box with hidden overflow is text for screen readers only (visually hidden).
      const screenReaderOnly = h.clientWidth <= 1 || h.clientHeight <= 1;
      return (
        hides &&
        !screenReaderOnly &&
        el.textContent.trim() !== '' &&
        !el.closest('.visually-hidden') &&
        (h.scrollWidth > h.clientWidth + 1 || h.scrollHeight > h.clientHeight + 1)
      );
    })
    .map((el) => `${widget.localName} ${el.localName}.${[...el.classList].join('.')}`);
}

/**
 * Pieces of text that overlap: the line boxes of every visible text node in a widget (HTML only;
 * the SVG labels are placed by the gauge's scene and checked there), compared pairwise.
 */
function overlappingText(widget: Element): string[] {
  const fragments: { node: Text; rect: DOMRect }[] = [];
  const visit = (root: Node) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node as Text;
      const parent = text.parentElement;
      if (!parent || !text.data.trim()) continue;
      if (parent.closest('svg, style, .visually-hidden, .final, .reserve')) continue;
      if (getComputedStyle(parent).visibility === 'hidden') continue;
      const range = document.createRange();
      range.selectNodeContents(text);
      for (const rect of range.getClientRects()) {
        if (rect.width > 0.5 && rect.height > 0.5) fragments.push({ node: text, rect });
      }
    }
  };
  visit(widget.shadowRoot!);
  for (const el of deepElements(widget.shadowRoot!)) if (el.shadowRoot) visit(el.shadowRoot);
  const found = new Set<string>();
  for (let i = 0; i < fragments.length; i++) {
    for (let j = i + 1; j < fragments.length; j++) {
      const a = fragments[i]!;
      const b = fragments[j]!;
      if (a.node === b.node) continue;
      const w = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
      const h = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
      // More than a sliver: half the smaller line's height and two pixels across.
      if (w > 2 && h > Math.min(a.rect.height, b.rect.height) / 2) {
        found.add(
          `${widget.localName}: "${a.node.data.trim().slice(0, 12)}" × "${b.node.data.trim().slice(0, 12)}"`,
        );
      }
    }
  }
  return [...found];
}

describe.each(['zh-CN', 'en'] as const)('reflow and text zoom (%s)', (locale) => {
  it('at 320 px wide: no sideways scrolling, nothing sticks out of its element', async () => {
    await page.viewport(320, 640);
    const container = await withData(everything(locale));
    const widgets = [...container.querySelectorAll('[lang] > *')];
    expect(widgets.length).toBe(16);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    expect(widgets.flatMap(sticksOut)).toEqual([]);
    for (const widget of widgets) {
      expect(widget.getBoundingClientRect().right, widget.localName).toBeLessThanOrEqual(321);
    }
  });

  it.each([1280, 640])(
    'with text at 200 percent in a %i px window: no text clipped, no two pieces of text overlap',
    async (width) => {
      await page.viewport(width, 800);
      document.documentElement.style.fontSize = '200%';
      const container = await withData(everything(locale));
      container.style.fontSize = '1rem';
      await rendered(container);
      const widgets = [...container.querySelectorAll('[lang] > *')];
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(width);
      expect(widgets.flatMap(sticksOut)).toEqual([]);
      expect(widgets.flatMap(clipped)).toEqual([]);
      expect(widgets.flatMap(overlappingText)).toEqual([]);
    },
  );
});
