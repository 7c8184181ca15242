import { ContextProvider } from '@lit/context';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../components/data/define.js';
import '../../components/timeline/define.js';
import type { ReportData } from '../../components/data/data.js';
import type { ReportTimeline, TimelineToggleDetail } from '../../components/timeline/timeline.js';
import { stepContext, type StepState } from '../../src/controllers/step-context.js';
import { clearDatasetCache } from '../../src/data/loader.js';
import type { ReportEvent } from '../../src/data/schema.js';
import { fixtureDataset } from '../fixtures/dataset.js';
import { eventsWith, reportLikeEvents } from '../fixtures/programmes.js';
import { cleanup, frames, jsonUrl, mount, until, updated } from './helpers.js';
import { boxes, outside, overlaps, overflowing } from './layout.js';
import { trackGlobalListeners } from './listeners.js';
import { svgTextProblems } from './svg-layout.js';

beforeAll(() => {
  // The report's language: elements without a locale follow the page.
  document.documentElement.lang = 'zh-CN';
});

afterEach(() => {
  cleanup();
  clearDatasetCache();
});

/** Mounts a timeline with events set by code, in a container `width` px wide. */
async function timeline(
  events: readonly ReportEvent[] = fixtureDataset().events,
  { width = 1280, attrs = '' }: { width?: number; attrs?: string } = {},
): Promise<ReportTimeline> {
  const container = mount(`<report-timeline ${attrs}></report-timeline>`, width);
  const element = container.querySelector('report-timeline')!;
  element.events = events;
  await updated(element);
  return element;
}

const shadow = (el: ReportTimeline) => el.shadowRoot!;
const buttons = (el: ReportTimeline) => [
  ...shadow(el).querySelectorAll<HTMLButtonElement>('.event-button'),
];
const titles = (el: ReportTimeline) =>
  buttons(el).map((b) => b.querySelector('.title')!.textContent.trim());
const focused = (el: ReportTimeline) =>
  (shadow(el).activeElement as HTMLElement | null)?.dataset.id;

describe('<report-timeline>', () => {
  it('orders events by date and shows each at its precision: a year-only date is the year, never 1 January', async () => {
    const el = await timeline();
    expect(titles(el)).toEqual(['创成省级知识产权示范园区', '区委全会闭幕', '2020年主要预期目标']);
    const dates = buttons(el).map((b) => b.querySelector('.date')!.textContent.trim());
    expect(dates).toEqual(['2019年', '2020年1月4日', '2020年']);
    expect(shadow(el).textContent).not.toMatch(/1月1日|1 January/);
  });

  it('groups events by year under headings that carry the turn from results to plans', async () => {
    const el = await timeline();
    const headings = [...shadow(el).querySelectorAll('[role="heading"]')];
    expect(headings.map((h) => h.textContent.replace(/\s+/g, ''))).toEqual([
      '2019年，成绩',
      '2020年，计划',
    ]);
    expect(headings.every((h) => h.getAttribute('aria-level') === '3')).toBe(true);
    const lists = [...shadow(el).querySelectorAll('ol.events')];
    expect(lists.map((l) => l.querySelectorAll('li').length)).toEqual([1, 2]);
    expect(lists[1]!.getAttribute('aria-labelledby')).toBe(headings[1]!.id);
    // The axis marks the turn where the planned year begins.
    const turn = shadow(el).querySelector<HTMLElement>('.turn')!;
    // 2019 has 365 days of the axis's 731.
    expect(parseFloat(turn.style.left)).toBeCloseTo((365 / 731) * 100, 3);
  });

  it('marks inferred dates and explains them in the detail', async () => {
    const el = await timeline();
    const [ipPark, plenary, targets] = buttons(el);
    expect(ipPark!.querySelector('.inferred-mark')?.textContent).toBe('推定');
    expect(plenary!.querySelector('.inferred-mark')).not.toBeNull();
    expect(targets!.querySelector('.inferred-mark')).toBeNull();
    plenary!.click();
    await updated(el);
    const detail = shadow(el).getElementById('detail-plenary-2020')!;
    expect(detail.hidden).toBe(false);
    expect(detail.querySelector('.basis')!.textContent).toContain('报道称“4日结束”，时值2020年初');
    ipPark!.click();
    await updated(el);
    expect(
      shadow(el).getElementById('detail-ip-park-2019')!.querySelector('.basis')!.textContent,
    ).toContain('系根据上下文推定');
  });

  it('speaks English with the dataset’s labels and localized dates', async () => {
    const el = await timeline(undefined, { attrs: 'locale="en"' });
    expect(titles(el)).toEqual([
      'Becomes a provincial IP model park',
      'District plenary closes',
      '2020 main targets',
    ]);
    expect(buttons(el).map((b) => b.querySelector('.date')!.textContent.trim())).toEqual([
      '2019',
      '4 January 2020',
      '2020',
    ]);
    expect(shadow(el).querySelector('[part="timeline"]')!.getAttribute('aria-label')).toBe(
      'Timeline, 2019–2020',
    );
    expect(shadow(el).querySelector('[part="timeline"]')!.getAttribute('lang')).toBe('en');
    expect([...shadow(el).querySelectorAll('.tick-label')].map((t) => t.textContent)).toContain(
      'Apr',
    );
  });

  it('lays events out horizontally on a wide container and vertically on a narrow one', async () => {
    const wide = await timeline(undefined, { width: 1280 });
    const wideCards = [...shadow(wide).querySelectorAll('.event')].map((e) =>
      e.getBoundingClientRect(),
    );
    expect(new Set(wideCards.map((r) => Math.round(r.top))).size).toBe(1);
    expect(wideCards[0]!.right).toBeLessThan(wideCards[1]!.left);
    expect(shadow(wide).querySelector('.axis')!.getBoundingClientRect().height).toBeGreaterThan(0);

    const narrow = await timeline(undefined, { width: 320 });
    const narrowCards = [...shadow(narrow).querySelectorAll('.event')].map((e) =>
      e.getBoundingClientRect(),
    );
    expect(narrowCards[0]!.bottom).toBeLessThanOrEqual(narrowCards[1]!.top);
    expect(narrowCards[1]!.bottom).toBeLessThanOrEqual(narrowCards[2]!.top);
    expect(shadow(narrow).querySelector('.axis')!.getBoundingClientRect().height).toBe(0);
  });

  it('follows its container, not the window: the same page holds both layouts', async () => {
    const wide = await timeline(undefined, { width: 900 });
    const narrow = await timeline(undefined, { width: 400 });
    expect(shadow(wide).querySelector('.axis')!.getBoundingClientRect().height).toBeGreaterThan(0);
    expect(shadow(narrow).querySelector('.axis')!.getBoundingClientRect().height).toBe(0);
    // Resizing the container switches the layout.
    (narrow.parentElement as HTMLElement).style.width = '900px';
    await frames(2);
    expect(shadow(narrow).querySelector('.axis')!.getBoundingClientRect().height).toBeGreaterThan(
      0,
    );
  });

  it('gives events of one period one mark on the axis', async () => {
    const el = await timeline(reportLikeEvents(), { width: 1280 });
    // Twelve 2019s share a bar; the plenary is a dot; the two 2020s share a bar.
    expect(shadow(el).querySelectorAll('.marker')).toHaveLength(3);
    expect(shadow(el).querySelectorAll('.marker.precision-year')).toHaveLength(2);
    expect(buttons(el)).toHaveLength(15);
  });

  it('stands many events in year columns under their years on the axis when one per column does not fit', async () => {
    const el = await timeline(reportLikeEvents(), { width: 1280 });
    const root = shadow(el);
    const bands = [...root.querySelectorAll('.band')].map((b) => b.getBoundingClientRect());
    expect(bands).toHaveLength(2);
    const groups = [...root.querySelectorAll('.group')];
    for (const [i, group] of groups.entries()) {
      const band = bands[i]!;
      for (const card of group.querySelectorAll('.event')) {
        const r = card.getBoundingClientRect();
        expect(r.left).toBeGreaterThanOrEqual(band.left - 0.5);
        expect(r.right).toBeLessThanOrEqual(band.right + 0.5);
      }
    }
    // Several cards share a row in the 2019 column; no leaders are drawn.
    const tops = [...groups[0]!.querySelectorAll('.event')].map((c) =>
      Math.round(c.getBoundingClientRect().top),
    );
    expect(new Set(tops).size).toBeLessThan(tops.length);
    expect(root.querySelector('.leaders')!.getBoundingClientRect().height).toBe(0);
    // The turn stays between the 2019 results and the 2020 plans, though 2019 also issued a policy.
    expect(root.querySelectorAll('.phase-results .event')).toHaveLength(12);
    expect(root.querySelectorAll('.phase-plans .event')).toHaveLength(3);
  });

  describe('no two boxes overlap and nothing overflows', () => {
    for (const count of [3, 5, 8, 15]) {
      for (const width of [320, 390, 1280, 1920]) {
        for (const locale of ['zh-CN', 'en']) {
          it(`${count} events with long labels at ${width} px (${locale})`, async () => {
            const el = await timeline(eventsWith(count, { long: true }), {
              width,
              attrs: `locale="${locale}"`,
            });
            // Open one detail too: it must push, never cover, what follows.
            buttons(el)[1]!.click();
            await updated(el);
            await frames(1);
            const root = shadow(el);
            const cards = boxes(root.querySelectorAll('.event'), (_, i) => `event ${i + 1}`);
            const markers = boxes(root.querySelectorAll('.marker'), (_, i) => `marker ${i + 1}`);
            const headings = boxes(
              root.querySelectorAll('.year-heading'),
              (h) => `heading ${h.textContent.trim()}`,
            ).filter((b) => b.rect.width > 1);
            const bands = boxes(root.querySelectorAll('.band'), (_, i) => `band ${i + 1}`);
            expect(cards).toHaveLength(count);
            expect(overlaps([...cards, ...headings, ...markers])).toEqual([]);
            expect(overlaps(bands)).toEqual([]);
            const host = el.getBoundingClientRect();
            expect(host.width).toBe(width);
            expect(outside([...cards, ...markers, ...headings, ...bands], host)).toEqual([]);
            expect(
              overflowing(root, '.event, .event-button, .title, .detail, .year-heading'),
            ).toEqual([]);
          });
        }
      }
    }
  });

  describe('keyboard', () => {
    it('is one tab stop; arrows, Home and End move between events in date order', async () => {
      const el = await timeline(eventsWith(5));
      const tabbable = buttons(el).filter((b) => b.tabIndex === 0);
      expect(tabbable).toHaveLength(1);
      buttons(el)[0]!.focus();
      expect(focused(el)).toBe('event-1');
      await userEvent.keyboard('{ArrowRight}');
      expect(focused(el)).toBe('event-2');
      await userEvent.keyboard('{ArrowDown}');
      expect(focused(el)).toBe('event-3');
      await userEvent.keyboard('{ArrowLeft}');
      expect(focused(el)).toBe('event-2');
      await userEvent.keyboard('{End}');
      expect(focused(el)).toBe('event-5');
      await userEvent.keyboard('{ArrowRight}');
      expect(focused(el)).toBe('event-5');
      await userEvent.keyboard('{Home}');
      expect(focused(el)).toBe('event-1');
      await userEvent.keyboard('{ArrowUp}');
      expect(focused(el)).toBe('event-1');
      await updated(el);
      expect(
        buttons(el)
          .filter((b) => b.tabIndex === 0)
          .map((b) => b.dataset.id),
      ).toEqual(['event-1']);
    });

    it('moves across year groups, and Tab leaves the timeline after the one stop', async () => {
      const container = mount(
        '<button id="before">before</button><report-timeline></report-timeline><button id="after">after</button>',
        1280,
      );
      const el = container.querySelector('report-timeline')!;
      el.events = fixtureDataset().events;
      await updated(el);
      container.querySelector<HTMLButtonElement>('#before')!.focus();
      await userEvent.tab();
      expect(focused(el)).toBe('ip-park-2019');
      await userEvent.keyboard('{ArrowRight}');
      expect(focused(el)).toBe('plenary-2020');
      await userEvent.tab();
      expect(document.activeElement?.id).toBe('after');
      await userEvent.tab({ shift: true });
      expect(focused(el)).toBe('plenary-2020');
    });

    it('opens the focused event’s detail and source sentence with Enter, closes it with Escape, and tells the page', async () => {
      const el = await timeline();
      const toggles: TimelineToggleDetail[] = [];
      el.addEventListener('report-event-toggle', (e) => toggles.push(e.detail));
      buttons(el)[0]!.focus();
      await userEvent.keyboard('{ArrowRight}');
      await userEvent.keyboard('{Enter}');
      await updated(el);
      const button = buttons(el)[1]!;
      expect(button.getAttribute('aria-expanded')).toBe('true');
      const detail = shadow(el).getElementById(button.getAttribute('aria-controls')!)!;
      expect(detail.hidden).toBe(false);
      expect(detail.querySelector('blockquote')!.textContent).toBe(
        '在4日结束的区委全会上，区委书记提出要全方位融入苏南。',
      );
      expect(detail.getBoundingClientRect().height).toBeGreaterThan(0);
      expect(el.open).toBe('plenary-2020');
      await userEvent.keyboard('{Escape}');
      await updated(el);
      expect(button.getAttribute('aria-expanded')).toBe('false');
      expect(detail.hidden).toBe(true);
      expect(toggles.map((t) => [t.id, t.open])).toEqual([
        ['plenary-2020', true],
        ['plenary-2020', false],
      ]);
      expect(toggles[0]!.event.title.zh).toBe('区委全会闭幕');
      expect(focused(el)).toBe('plenary-2020');
    });

    it('shows a visible focus ring on the focused event', async () => {
      const el = await timeline();
      buttons(el)[0]!.focus();
      await userEvent.keyboard('{ArrowRight}');
      const style = getComputedStyle(buttons(el)[1]!);
      expect(style.outlineStyle).toBe('solid');
      expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2);
    });

    it('opens an event when its mark on the axis is clicked, and moves focus to it', async () => {
      const el = await timeline();
      const marker = shadow(el).querySelectorAll<HTMLElement>('.marker')[2]!;
      marker.click();
      await updated(el);
      expect(el.open).toBe('targets-2020');
      expect(focused(el)).toBe('targets-2020');
    });
  });

  describe('step control', () => {
    it('highlights one event, a range or none as a function of highlight alone, firing nothing', async () => {
      const el = await timeline(eventsWith(5), { attrs: 'highlight="event-2"' });
      const fired: unknown[] = [];
      el.addEventListener('report-event-toggle', (e) => fired.push(e.detail));
      const current = () =>
        buttons(el)
          .filter((b) => b.getAttribute('aria-current') === 'true')
          .map((b) => b.dataset.id);
      const marked = () => [...shadow(el).querySelectorAll('.marker.highlighted')].length;
      expect(current()).toEqual(['event-2']);
      expect(marked()).toBe(1);
      el.setAttribute('highlight', 'event-4..event-2');
      await updated(el);
      expect(current()).toEqual(['event-2', 'event-3', 'event-4']);
      expect(marked()).toBe(3);
      el.setAttribute('highlight', 'event-1 event-5');
      await updated(el);
      expect(current()).toEqual(['event-1', 'event-5']);
      el.removeAttribute('highlight');
      await updated(el);
      expect(current()).toEqual([]);
      // Jumping straight to a state gives the same result as arriving there step by step.
      el.highlight = 'event-4..event-2';
      await updated(el);
      expect(current()).toEqual(['event-2', 'event-3', 'event-4']);
      expect(fired).toEqual([]);
    });

    it('moves nothing when the highlight changes, in either layout', async () => {
      for (const [width, locale] of [
        [320, 'zh-CN'],
        [320, 'en'],
        [1280, 'en'],
      ] as const) {
        const el = await timeline(eventsWith(5, { long: true }), {
          width,
          attrs: `locale="${locale}"`,
        });
        const rects = () =>
          [...shadow(el).querySelectorAll('.event, .marker')].map((e) => {
            const r = e.getBoundingClientRect();
            return [r.left, r.top, r.width, r.height].map(Math.round).join(',');
          });
        const before = rects();
        for (const highlight of ['event-2', 'event-1..event-4', 'event-5', '']) {
          el.highlight = highlight;
          await updated(el);
          expect(rects()).toEqual(before);
        }
      }
    });

    it('moves the tab stop to the highlighted event until the reader moves it', async () => {
      const el = await timeline(eventsWith(5), { attrs: 'highlight="event-3"' });
      expect(buttons(el).find((b) => b.tabIndex === 0)?.dataset.id).toBe('event-3');
    });

    it('follows the story step through steps when highlight is unset', async () => {
      const container = mount('<div class="story"></div>', 1280);
      const story = container.querySelector<HTMLElement>('.story')!;
      const step = (index: number): StepState => ({
        index,
        id: undefined,
        progress: 0,
        count: 3,
        direction: 'forward',
      });
      // The story provides the step before its graphic connects, as a scroller does.
      const provider = new ContextProvider(story, { context: stepContext, initialValue: step(0) });
      story.innerHTML = '<report-timeline steps="event-1 event-2..event-3 -"></report-timeline>';
      const el = story.querySelector('report-timeline')!;
      el.events = eventsWith(4);
      await updated(el);
      const current = () =>
        buttons(el)
          .filter((b) => b.getAttribute('aria-current') === 'true')
          .map((b) => b.dataset.id);
      expect(current()).toEqual(['event-1']);
      provider.setValue(step(1));
      await updated(el);
      expect(current()).toEqual(['event-2', 'event-3']);
      provider.setValue(step(2));
      await updated(el);
      expect(current()).toEqual([]);
      // A deep link to the middle lands in the same state as stepping there.
      provider.setValue(step(1));
      await updated(el);
      expect(current()).toEqual(['event-2', 'event-3']);
      // An explicit highlight wins over the step.
      el.highlight = 'event-4';
      await updated(el);
      expect(current()).toEqual(['event-4']);
    });
  });

  describe('data', () => {
    it('loads events from src', async () => {
      const container = mount(
        `<report-timeline src="${jsonUrl(fixtureDataset())}"></report-timeline>`,
        1280,
      );
      const el = container.querySelector('report-timeline')!;
      await until(() => shadow(el).querySelectorAll('.event').length === 3, 'events rendered');
    });

    it('takes its events from a surrounding <report-data>, and shows related figures', async () => {
      const container = mount(
        '<report-data><report-timeline open="ip-park-2019"></report-timeline></report-data>',
        1280,
      );
      const data = container.querySelector('report-data') as ReportData;
      data.data = fixtureDataset();
      const el = container.querySelector('report-timeline')!;
      await until(() => shadow(el).querySelectorAll('.event').length === 3, 'events rendered');
      expect(
        shadow(el).getElementById('detail-ip-park-2019')!.querySelector('.figures')!.textContent,
      ).toContain('港闸经济开发区创成省级知识产权示范园区');
    });

    it('shows an in-place message for invalid events while a neighbour keeps working', async () => {
      const container = mount(
        '<report-timeline id="bad"><p>后备内容</p></report-timeline><report-timeline id="good"></report-timeline>',
        1280,
      );
      const bad = container.querySelector<ReportTimeline>('#bad')!;
      const good = container.querySelector<ReportTimeline>('#good')!;
      const broken = structuredClone(fixtureDataset().events) as unknown as {
        when: { date: string };
      }[];
      broken[1]!.when.date = '2020/01/04';
      bad.events = broken as unknown as ReportEvent[];
      good.events = fixtureDataset().events;
      await updated(bad);
      await updated(good);
      const alert = shadow(bad).querySelector('[role="alert"]')!;
      expect(alert.textContent).toContain(
        'events[1].when.date: a date as YYYY, YYYY-MM or YYYY-MM-DD, got "2020/01/04"',
      );
      expect(container.querySelector('#bad p')!.assignedSlot).not.toBeNull();
      expect(shadow(good).querySelectorAll('.event')).toHaveLength(3);
    });

    it('names an unknown highlight id in place', async () => {
      const el = await timeline(undefined, { attrs: 'highlight="nope"' });
      expect(shadow(el).querySelector('[role="alert"]')!.textContent).toContain(
        'highlight: no event has the id "nope"',
      );
      el.highlight = 'plenary-2020';
      await updated(el);
      expect(shadow(el).querySelector('[role="alert"]')).toBeNull();
    });

    it('names duplicate ids and a failed load', async () => {
      const events = fixtureDataset().events;
      const el = await timeline([...events, events[0]!]);
      expect(shadow(el).querySelector('[role="alert"]')!.textContent).toContain(
        'events[3].id: duplicate id "plenary-2020"',
      );
      const container = mount('<report-timeline src="/no/such/dataset.json"></report-timeline>');
      const missing = container.querySelector('report-timeline')!;
      await until(() => shadow(missing).querySelector('[role="alert"]'), 'load error shown');
      expect(shadow(missing).querySelector('[role="alert"]')!.textContent).toContain(
        'dataset.json',
      );
    });

    it('shows an empty message for no events', async () => {
      const el = await timeline([]);
      expect(shadow(el).querySelector('[part="status"]')!.textContent).toBe('没有可显示的事件。');
    });
  });

  it('releases every listener and subscription when removed', async () => {
    const globals = trackGlobalListeners();
    try {
      const container = mount('<report-data></report-data>', 1280);
      const data = container.querySelector('report-data') as ReportData;
      data.data = fixtureDataset();
      await updated(data);
      const before = globals.active();
      const el = document.createElement('report-timeline');
      el.highlight = 'plenary-2020';
      data.append(el);
      await until(() => shadow(el).querySelectorAll('.event').length === 3, 'events rendered');
      // The reduced-motion query is watched while connected (one listener, shared by every
      // connected element: the <report-data> around may have added it already) …
      expect(globals.active()).toContain('MediaQueryList change');
      el.remove();
      await frames(1);
      // … and nothing outside the element is listened to once it is gone.
      expect(globals.active()).toEqual(before);
      // The surrounding <report-data> no longer reaches it.
      let updates = 0;
      const request = el.requestUpdate.bind(el);
      el.requestUpdate = (...args: Parameters<ReportTimeline['requestUpdate']>) => {
        updates++;
        request(...args);
      };
      const changed = fixtureDataset();
      changed.events = changed.events.slice(0, 1);
      data.data = changed;
      await updated(data);
      await frames(1);
      expect(updates).toBe(0);
    } finally {
      globals.restore();
    }
  });

  describe('toSVG', () => {
    it('returns a standalone SVG of every event, in both locales', async () => {
      const el = await timeline(undefined, { attrs: 'highlight="plenary-2020"' });
      const svg = await el.toSVG();
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      expect(doc.querySelector('parsererror')).toBeNull();
      expect(doc.documentElement.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
      expect(doc.documentElement.getAttribute('font-family')).toContain('Noto Sans CJK SC');
      expect(doc.documentElement.textContent).toContain('区委全会闭幕');
      expect(doc.documentElement.textContent).toContain('2020年1月4日');
      el.locale = 'en';
      await updated(el);
      const en = new DOMParser().parseFromString(await el.toSVG(), 'image/svg+xml');
      expect(en.documentElement.textContent).toContain('District plenary closes');
      expect(en.documentElement.getAttribute('lang')).toBe('en');
    });

    it('escapes markup in labels', async () => {
      const el = await timeline(eventsWith(3, { markup: true }));
      const svg = await el.toSVG();
      expect(svg).not.toContain('<b>');
      expect(svg).toContain('&lt;b&gt;&amp;amp;&lt;/b&gt;');
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      expect(doc.querySelector('parsererror')).toBeNull();
      expect(doc.querySelector('b, script')).toBeNull();
      expect(doc.documentElement.textContent).toContain('第1件大事<b>&amp;</b>');
      // The element itself shows the same text as text.
      expect(shadow(el).querySelector('b, script')).toBeNull();
    });

    it('wraps long labels inside the drawing: no text leaves it or runs into other text', async () => {
      for (const count of [3, 8, 15]) {
        for (const locale of ['zh-CN', 'en']) {
          const el = await timeline(eventsWith(count, { long: true }), {
            attrs: `locale="${locale}"`,
          });
          expect(svgTextProblems(await el.toSVG())).toEqual([]);
        }
      }
    });

    it('draws the theme in force', async () => {
      const el = await timeline(undefined, { attrs: 'theme="plenary"' });
      const doc = new DOMParser().parseFromString(await el.toSVG(), 'image/svg+xml');
      expect(doc.querySelector('svg > rect')!.getAttribute('fill')).toBe('rgb(163, 8, 12)');
    });
  });
});
