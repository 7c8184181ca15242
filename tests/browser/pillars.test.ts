import { ContextProvider } from '@lit/context';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../components/data/define.js';
import '../../components/pillars/define.js';
import type { ReportData } from '../../components/data/data.js';
import type { PillarSelectDetail, ReportPillars } from '../../components/pillars/pillars.js';
import { stepContext, type StepState } from '../../src/controllers/step-context.js';
import { clearDatasetCache } from '../../src/data/loader.js';
import type { Programme } from '../../src/data/schema.js';
import { fixtureDataset } from '../fixtures/dataset.js';
import { gangzhaProgramme, programmeWith } from '../fixtures/programmes.js';
import { cleanup, frames, jsonUrl, mount, until, updated } from './helpers.js';
import { boxes, outside, overflowing, overlaps } from './layout.js';
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

/** Mounts a programme diagram with its programme set by code, in a container `width` px wide. */
async function pillars(
  programme: Programme = gangzhaProgramme(),
  { width = 1280, attrs = '' }: { width?: number; attrs?: string } = {},
): Promise<ReportPillars> {
  const container = mount(`<report-pillars ${attrs}></report-pillars>`, width);
  const element = container.querySelector('report-pillars')!;
  element.programme = programme;
  await updated(element);
  return element;
}

const shadow = (el: ReportPillars) => el.shadowRoot!;
const buttons = (el: ReportPillars) => [
  ...shadow(el).querySelectorAll<HTMLButtonElement>('.pillar-button'),
];
const focused = (el: ReportPillars) => (shadow(el).activeElement as HTMLElement | null)?.dataset.id;
/** Whether a part is rendered visibly (and so is in the accessibility tree). */
const visible = (el: Element) => el.checkVisibility({ visibilityProperty: true });

describe('<report-pillars>', () => {
  describe('accessibility tree', () => {
    it('is a structure of headings and lists: the five pillar names with their actions', async () => {
      const el = await pillars();
      const root = page.elementLocator(el);
      await expect.element(root.getByRole('heading', { level: 2, name: '五提工程' })).toBeVisible();
      // Five list items in the list of pillars, each with its heading.
      const list = shadow(el).querySelector('ol[aria-label="支柱"]')!;
      const items = [...list.children].filter((child) => child.localName === 'li');
      expect(items).toHaveLength(5);
      expect(items.every((item) => item.querySelector('[role="heading"][aria-level="3"]'))).toBe(
        true,
      );
      const names = ['产业提档', '项目提效', '城市提质', '环境提优', '民生提标'];
      for (const [i, name] of names.entries()) {
        const heading = root.getByRole('heading', { level: 3, name: `${i + 1} ${name}` });
        await expect.element(heading).toBeVisible();
        await expect
          .element(root.getByRole('button', { name: `${i + 1} ${name}`, pressed: false }))
          .toBeVisible();
        const actions = root.getByRole('list', { name: `${name}的举措` }).getByRole('listitem');
        expect(actions.elements().length).toBeGreaterThanOrEqual(3);
      }
      await expect
        .element(root.getByRole('list', { name: '产业提档的举措' }).getByRole('listitem').first())
        .toHaveTextContent('推动园区经济更富质效');
      await expect
        .element(root.getByRole('heading', { level: 3, name: '牢记初心使命 纵深推进全面从严治党' }))
        .toBeVisible();
      expect(
        root.getByRole('list', { name: '基础保障' }).getByRole('listitem').elements(),
      ).toHaveLength(3);
      // The roof reads as the overall aim.
      expect(shadow(el).querySelector('.roof')!.textContent.replace(/\s+/g, '')).toBe(
        '总目标：创造“强富美高”新港闸建设过硬成果',
      );
    });

    it('speaks English with the dataset’s labels', async () => {
      const el = await pillars(undefined, { attrs: 'locale="en"' });
      const root = page.elementLocator(el);
      await expect
        .element(root.getByRole('heading', { level: 2, name: 'Five Upgrades' }))
        .toBeVisible();
      await expect.element(root.getByRole('button', { name: '1 Industry upgrade' })).toBeVisible();
      expect(
        root
          .getByRole('list', { name: 'Actions: Industry upgrade' })
          .getByRole('listitem')
          .elements(),
      ).toHaveLength(3);
      expect(shadow(el).querySelector('[part="programme"]')!.getAttribute('lang')).toBe('en');
    });

    it('puts its headings at the level the page asks for', async () => {
      const el = await pillars(undefined, { attrs: 'heading-level="3"' });
      const levels = [...shadow(el).querySelectorAll('[role="heading"]')].map((h) =>
        h.getAttribute('aria-level'),
      );
      expect(levels[0]).toBe('3');
      expect(new Set(levels.slice(1))).toEqual(new Set(['4']));
    });
  });

  describe('no two boxes overlap and nothing overflows', () => {
    for (const count of [3, 5, 8]) {
      for (const width of [320, 390, 1280, 1920]) {
        for (const locale of ['zh-CN', 'en']) {
          it(`${count} pillars with long labels at ${width} px (${locale})`, async () => {
            const el = await pillars(programmeWith(count, { long: true }), {
              width,
              attrs: `locale="${locale}"`,
            });
            await frames(1);
            const root = shadow(el);
            const parts = [
              ...boxes(
                root.querySelectorAll('.title, .roof, .foundation'),
                (e) => e.className.split(' ')[0]!,
              ),
              ...boxes(root.querySelectorAll('.pillar'), (_, i) => `pillar ${i + 1}`),
            ];
            expect(parts).toHaveLength(count + 3);
            expect(overlaps(parts)).toEqual([]);
            const host = el.getBoundingClientRect();
            expect(host.width).toBe(width);
            expect(outside(parts, host)).toEqual([]);
            // Every piece of text stays inside its pillar.
            for (const pillar of root.querySelectorAll('.pillar')) {
              const inner = boxes(
                pillar.querySelectorAll('.name, .driver, .aim, .action, .number'),
                (e) => e.className,
              );
              expect(outside(inner, pillar.getBoundingClientRect())).toEqual([]);
            }
            expect(
              overflowing(root, '.pillar, .pillar *, .roof, .roof *, .foundation, .foundation *'),
            ).toEqual([]);
          });
        }
      }
    }

    it('stands five pillars one per row at 390 px and all in one row at 1920 px', async () => {
      const narrow = await pillars(gangzhaProgramme(), { width: 390 });
      const wide = await pillars(gangzhaProgramme(), { width: 1920 });
      const tops = (el: ReportPillars) =>
        new Set(
          [...shadow(el).querySelectorAll('.pillar')].map((p) =>
            Math.round(p.getBoundingClientRect().top),
          ),
        );
      expect(tops(narrow).size).toBe(5);
      expect(tops(wide).size).toBe(1);
    });

    it('balances 8 pillars in two rows of four when eight do not fit', async () => {
      const el = await pillars(programmeWith(8), { width: 1000 });
      const rows = new Map<number, number>();
      for (const p of shadow(el).querySelectorAll('.pillar')) {
        const top = Math.round(p.getBoundingClientRect().top);
        rows.set(top, (rows.get(top) ?? 0) + 1);
      }
      expect([...rows.values()]).toEqual([4, 4]);
    });
  });

  describe('step-driven reveal', () => {
    const shownParts = (el: ReportPillars) =>
      [...shadow(el).querySelectorAll('.roof, .pillar, .foundation')]
        .filter(visible)
        .map((p) =>
          p.classList.contains('pillar')
            ? p.querySelector('.number')!.textContent
            : p.classList.contains('roof')
              ? 'roof'
              : 'foundation',
        );
    /** Waits for the parts a state shows (a part fading out stays visible for its fade). */
    const expectShown = (el: ReportPillars, parts: string[]) =>
      until(
        () => JSON.stringify(shownParts(el)) === JSON.stringify(parts),
        `shown: ${parts.join(' ')} (got ${shownParts(el).join(' ')})`,
        2000,
      );

    it('shows the roof, then the pillars one by one, then the foundation, as a function of reveal', async () => {
      const el = await pillars(undefined, { attrs: 'reveal="0"' });
      await expectShown(el, []);
      const expected = [
        ['roof'],
        ['roof', '1'],
        ['roof', '1', '2'],
        ['roof', '1', '2', '3'],
        ['roof', '1', '2', '3', '4'],
        ['roof', '1', '2', '3', '4', '5'],
        ['roof', '1', '2', '3', '4', '5', 'foundation'],
      ];
      for (const [i, parts] of expected.entries()) {
        el.reveal = i + 1;
        await updated(el);
        await expectShown(el, parts);
      }
      // A jump lands in the same state as stepping there.
      el.reveal = 3;
      await updated(el);
      await expectShown(el, ['roof', '1', '2']);
      el.removeAttribute('reveal');
      el.reveal = undefined;
      await updated(el);
      expect(shownParts(el)).toHaveLength(7);
    });

    it('keeps every part in its place while it is hidden: nothing moves as parts appear', async () => {
      const el = await pillars(undefined, { attrs: 'reveal="1"' });
      const rects = () =>
        [...shadow(el).querySelectorAll('.title, .roof, .pillar, .foundation')].map((p) => {
          const r = p.getBoundingClientRect();
          return [Math.round(r.left), Math.round(r.top), Math.round(r.width), Math.round(r.height)];
        });
      const hostHeight = el.getBoundingClientRect().height;
      const before = rects();
      el.reveal = 7;
      await updated(el);
      await frames(1);
      expect(rects()).toEqual(before);
      expect(el.getBoundingClientRect().height).toBe(hostHeight);
    });

    it('hides unrevealed parts from the accessibility tree and the tab order', async () => {
      const el = await pillars(undefined, { attrs: 'reveal="2"' });
      const root = page.elementLocator(el);
      await expect.element(root.getByRole('button', { name: '1 产业提档' })).toBeVisible();
      expect(root.getByRole('button', { name: '2 项目提效' }).elements()).toHaveLength(0);
      expect(
        root.getByRole('heading', { name: '牢记初心使命 纵深推进全面从严治党' }).elements(),
      ).toHaveLength(0);
    });

    it('shows everything at once with reduced motion, whatever reveal says', async () => {
      const el = await pillars(undefined, { attrs: 'reveal="1" motion="reduce"' });
      expect(shownParts(el)).toHaveLength(7);
      const pillar = shadow(el).querySelector('.pillar')!;
      expect(
        getComputedStyle(pillar)
          .transitionDuration.split(',')
          .every((d) => parseFloat(d) === 0),
      ).toBe(true);
    });

    it('follows the story step through steps while reveal and active are unset', async () => {
      const container = mount('<div class="story"></div>', 1280);
      const story = container.querySelector<HTMLElement>('.story')!;
      const step = (index: number): StepState => ({
        index,
        id: undefined,
        progress: 0,
        count: 4,
        direction: 'forward',
      });
      const provider = new ContextProvider(story, { context: stepContext, initialValue: step(-1) });
      story.innerHTML = '<report-pillars steps="1 3 7:projects -"></report-pillars>';
      const el = story.querySelector('report-pillars')!;
      el.programme = gangzhaProgramme();
      await updated(el);
      // Before the first step: as at the first step.
      await expectShown(el, ['roof']);
      provider.setValue(step(1));
      await updated(el);
      await expectShown(el, ['roof', '1', '2']);
      provider.setValue(step(2));
      await updated(el);
      expect(shownParts(el)).toHaveLength(7);
      expect(shadow(el).querySelector('.pillar.active .name')!.textContent).toBe('项目提效');
      provider.setValue(step(3));
      await updated(el);
      expect(shadow(el).querySelector('.pillar.active')).toBeNull();
      // A deep link back to step 2 gives the same state.
      provider.setValue(step(1));
      await updated(el);
      await expectShown(el, ['roof', '1', '2']);
    });
  });

  describe('active pillar and selection', () => {
    const actionsShown = (el: ReportPillars) =>
      [...shadow(el).querySelectorAll('.pillar')]
        .filter((p) => visible(p.querySelector('.actions')!))
        .map((p) => p.querySelector('.number')!.textContent);
    const expectActions = (el: ReportPillars, numbers: string[]) =>
      until(
        () => JSON.stringify(actionsShown(el)) === JSON.stringify(numbers),
        `actions shown for ${numbers.join(' ')} (got ${actionsShown(el).join(' ')})`,
        2000,
      );

    it('opens the active pillar (by id or number) and lets the others recede', async () => {
      const el = await pillars(undefined, { attrs: 'active="projects"' });
      await expectActions(el, ['2']);
      expect(buttons(el).map((b) => b.getAttribute('aria-pressed'))).toEqual([
        'false',
        'true',
        'false',
        'false',
        'false',
      ]);
      el.active = '4';
      await updated(el);
      await expectActions(el, ['4']);
      el.active = undefined;
      await updated(el);
      await expectActions(el, ['1', '2', '3', '4', '5']);
    });

    it('is selected by pointer: a click anywhere on a pillar opens it, a second closes it', async () => {
      const el = await pillars();
      const selected: PillarSelectDetail[] = [];
      el.addEventListener('report-pillar-select', (e) => selected.push(e.detail));
      const third = shadow(el).querySelectorAll('.pillar')[2]!;
      // The whole pillar is the target: a click on its driver line lands on the pillar's button.
      await userEvent.click(third.querySelector('.driver')!, { force: true });
      await updated(el);
      expect(el.active).toBe('city');
      await expectActions(el, ['3']);
      await userEvent.click(third.querySelector('.name')!, { force: true });
      await updated(el);
      expect(el.active).toBeUndefined();
      expect(selected.map((d) => d.id)).toEqual(['city', undefined]);
      expect(selected[0]!.pillar?.name.zh).toBe('城市提质');
    });

    it('is selected by keyboard: one tab stop, arrows, Home, End; Enter opens, Escape shows all again', async () => {
      const el = await pillars();
      const selected: (string | undefined)[] = [];
      el.addEventListener('report-pillar-select', (e) => selected.push(e.detail.id));
      expect(buttons(el).filter((b) => b.tabIndex === 0)).toHaveLength(1);
      buttons(el)[0]!.focus();
      await userEvent.keyboard('{ArrowRight}');
      expect(focused(el)).toBe('projects');
      await userEvent.keyboard('{End}');
      expect(focused(el)).toBe('livelihoods');
      await userEvent.keyboard('{ArrowDown}');
      expect(focused(el)).toBe('livelihoods');
      await userEvent.keyboard('{Home}');
      expect(focused(el)).toBe('industry');
      await userEvent.keyboard('{ArrowRight}{ArrowRight}{Enter}');
      await updated(el);
      expect(el.active).toBe('city');
      expect(buttons(el)[2]!.getAttribute('aria-pressed')).toBe('true');
      await userEvent.keyboard('{Escape}');
      await updated(el);
      expect(el.active).toBeUndefined();
      expect(selected).toEqual(['city', undefined]);
      const style = getComputedStyle(buttons(el)[2]!, '::after');
      expect(style.outlineStyle).toBe('solid');
    });

    it('skips pillars not yet revealed', async () => {
      const el = await pillars(undefined, { attrs: 'reveal="3"' });
      buttons(el)[0]!.focus();
      await userEvent.keyboard('{End}');
      expect(focused(el)).toBe('projects');
    });

    it('fires nothing when code or a step sets active', async () => {
      const el = await pillars();
      const fired: unknown[] = [];
      el.addEventListener('report-pillar-select', (e) => fired.push(e.detail));
      el.active = 'city';
      await updated(el);
      el.setAttribute('active', 'projects');
      await updated(el);
      expect(fired).toEqual([]);
    });
  });

  describe('data', () => {
    it('loads the programme from src', async () => {
      const container = mount(
        `<report-pillars src="${jsonUrl(fixtureDataset())}"></report-pillars>`,
        1280,
      );
      const el = container.querySelector('report-pillars')!;
      await until(() => shadow(el).querySelectorAll('.pillar').length === 3, 'pillars rendered');
    });

    it('takes its programme from a surrounding <report-data>', async () => {
      const container = mount('<report-data><report-pillars></report-pillars></report-data>', 1280);
      (container.querySelector('report-data') as ReportData).data = fixtureDataset();
      const el = container.querySelector('report-pillars')!;
      await until(() => shadow(el).querySelectorAll('.pillar').length === 3, 'pillars rendered');
    });

    it('shows an in-place message for an invalid programme while a neighbour keeps working', async () => {
      const container = mount(
        '<report-pillars id="bad"><p>后备内容</p></report-pillars><report-pillars id="good"></report-pillars>',
        1280,
      );
      const bad = container.querySelector<ReportPillars>('#bad')!;
      const good = container.querySelector<ReportPillars>('#good')!;
      const broken = structuredClone(gangzhaProgramme()) as unknown as {
        pillars: { number: unknown }[];
      };
      broken.pillars[2]!.number = Number.NaN;
      bad.programme = broken as unknown as Programme;
      good.programme = gangzhaProgramme();
      await updated(bad);
      await updated(good);
      expect(shadow(bad).querySelector('[role="alert"]')!.textContent).toContain(
        'programme.pillars[2].number: expected a number, got NaN',
      );
      expect(container.querySelector('#bad p')!.assignedSlot).not.toBeNull();
      expect(shadow(good).querySelectorAll('.pillar')).toHaveLength(5);
    });

    it('names duplicate pillar numbers, an unknown active pillar and a bad reveal', async () => {
      const dup = gangzhaProgramme();
      dup.pillars[1] = { ...dup.pillars[1]!, number: 1 };
      const el = await pillars(dup);
      expect(shadow(el).querySelector('[role="alert"]')!.textContent).toContain(
        'programme.pillars[1].number: pillar number 1 is also used by programme.pillars[0]',
      );
      const unknown = await pillars(undefined, { attrs: 'active="roads"' });
      expect(shadow(unknown).querySelector('[role="alert"]')!.textContent).toContain(
        'active: no pillar has the id or number "roads"',
      );
      const reveal = await pillars(undefined, { attrs: 'reveal="lots"' });
      expect(shadow(reveal).querySelector('[role="alert"]')!.textContent).toContain(
        'reveal: expected a whole number of parts from 0 to 7, got NaN',
      );
      reveal.reveal = 2;
      await updated(reveal);
      expect(shadow(reveal).querySelector('[role="alert"]')).toBeNull();
    });

    it('says so when the dataset has no programme', async () => {
      const data = fixtureDataset();
      delete data.programme;
      const container = mount(`<report-pillars src="${jsonUrl(data)}"></report-pillars>`);
      const el = container.querySelector('report-pillars')!;
      await until(
        () => shadow(el).querySelector('[part="status"]:not([aria-busy])'),
        'empty message',
      );
      expect(shadow(el).querySelector('[part="status"]')!.textContent).toBe(
        '数据中没有可显示的工作方案。',
      );
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
      const el = document.createElement('report-pillars');
      data.append(el);
      await until(() => shadow(el).querySelectorAll('.pillar').length === 3, 'pillars rendered');
      expect(globals.active()).toContain('MediaQueryList change');
      el.remove();
      await frames(1);
      expect(globals.active()).toEqual(before);
      let updates = 0;
      const request = el.requestUpdate.bind(el);
      el.requestUpdate = (...args: Parameters<ReportPillars['requestUpdate']>) => {
        updates++;
        request(...args);
      };
      data.data = fixtureDataset();
      await updated(data);
      await frames(1);
      expect(updates).toBe(0);
    } finally {
      globals.restore();
    }
  });

  describe('toSVG', () => {
    it('returns a standalone SVG of the whole building, in both locales', async () => {
      const el = await pillars(undefined, { attrs: 'reveal="1"' });
      const doc = new DOMParser().parseFromString(await el.toSVG(), 'image/svg+xml');
      expect(doc.querySelector('parsererror')).toBeNull();
      // Lines wrap into tspans: compare without the breaks.
      const text = doc.documentElement.textContent.replace(/\s+/g, '');
      // The final state: every part, although the page shows only the roof so far.
      for (const words of [
        '五提工程',
        '创造“强富美高”新港闸建设过硬成果',
        '产业提档',
        '民生提标',
        '推动科技创新更强引领',
        '牢记初心使命 纵深推进全面从严治党',
        '锻造过硬干部队伍',
      ]) {
        expect(text).toContain(words.replace(/\s+/g, ''));
      }
      expect(doc.documentElement.getAttribute('font-family')).toContain('Noto Sans CJK SC');
      el.locale = 'en';
      await updated(el);
      const en = new DOMParser().parseFromString(await el.toSVG(), 'image/svg+xml');
      expect(en.documentElement.textContent.replace(/\s+/g, '')).toContain('Higherlivingstandards');
      expect(en.documentElement.getAttribute('lang')).toBe('en');
    });

    it('escapes markup in labels', async () => {
      const el = await pillars(programmeWith(3, { markup: true }));
      const svg = await el.toSVG();
      expect(svg).not.toMatch(/<b>|<script>/);
      expect(svg).toContain('产业提档&lt;b&gt;&amp;amp;&lt;/b&gt;');
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      expect(doc.querySelector('parsererror')).toBeNull();
      expect(doc.querySelector('b, script')).toBeNull();
      expect(doc.documentElement.textContent).toContain('产业提档<b>&amp;</b>');
      expect(shadow(el).querySelector('b, script')).toBeNull();
      el.locale = 'en';
      await updated(el);
      const en = await el.toSVG();
      expect(en).toContain('&lt;script&gt;alert(0)&lt;/script&gt;');
      expect(
        new DOMParser().parseFromString(en, 'image/svg+xml').querySelector('script'),
      ).toBeNull();
    });

    it('wraps long labels inside the drawing: no text leaves it or runs into other text', async () => {
      for (const locale of ['zh-CN', 'en']) {
        const el = await pillars(programmeWith(8, { long: true }), { attrs: `locale="${locale}"` });
        expect(svgTextProblems(await el.toSVG({ width: 1200 }))).toEqual([]);
      }
    });
  });
});
