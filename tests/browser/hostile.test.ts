/**
 * Hostile input through every string of the dataset and every attribute of every element.
 *
 * Markup and script in the data never run and never become elements; labels show literally, in
 * both languages; a string too long for its field is refused with a message naming the field;
 * NaN, Infinity, negative and huge numbers get a defined rendering (a number or a message, never
 * "NaN" and never a layout blown apart); a bad widget shows its own error while its neighbours
 * keep working; nothing throws into the page.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { render } from 'lit';
import { page } from 'vitest/browser';
import manifest from '../../custom-elements.json';
import '../../src/all.js';
import type { ReportData } from '../../components/data/data.js';
import { clearDatasetCache } from '../../src/data/loader.js';
import { DatasetSchema, type Dataset } from '../../src/data/schema.js';
import { renderStoryDeck, renderStoryScroller } from '../../src/story/render.js';
import { StorySchema, type Story } from '../../src/story/schema.js';
import { validateStory } from '../../src/story/validate.js';
import demoStory from '../../data/demo-story.json';
import { fixtureDataset } from '../fixtures/dataset.js';
import {
  HUGE_TEXT,
  MARKUP_PAYLOADS,
  pathText,
  setText,
  textFields,
  withOptionalText,
} from '../fixtures/hostile.js';
import { cleanup, frames, jsonUrl, mount, until, updated } from './helpers.js';
import { deepElements, deepText, injected, settle, watchPage } from './inspect.js';

type Locale = 'zh-CN' | 'en';

let watch: ReturnType<typeof watchPage>;

beforeAll(async () => {
  await page.viewport(1200, 900);
});

beforeEach(() => {
  watch = watchPage();
  document.documentElement.lang = 'zh-CN';
});

afterEach(() => {
  watch.stop();
  cleanup();
  clearDatasetCache();
});

afterAll(() => {
  document.documentElement.lang = 'en';
});

/** Waits until every report-story element under `root` has rendered, nested ones too. */
async function rendered(root: ParentNode): Promise<void> {
  for (let round = 0; round < 4; round++) {
    const elements = deepElements(root).filter((el) => el.localName.startsWith('report-'));
    await Promise.all(elements.map((el) => updated(el)));
    await frames(1);
  }
  // A speaker view's code is loaded on first use: under a loaded machine it can arrive after the
  // rounds above, and its notes are where cited items without a widget of their own are shown.
  const speakers = deepElements(root).filter(
    (el) => el.localName === 'report-deck' && el.getAttribute('view') === 'speaker',
  );
  await until(
    () => speakers.every((deck) => deck.shadowRoot?.querySelector('[part~="notes"]')),
    'every speaker view shows its notes',
  );
  await Promise.all(speakers.map((deck) => updated(deck)));
}

/** A dataset in two shapes: as the fixture has it, and with every optional text field present. */
const VARIANTS = {
  minimal: (): Dataset => fixtureDataset(),
  filled: (): Dataset =>
    withOptionalText(DatasetSchema, fixtureDataset(), (path, max) =>
      `(${pathText(path)})`.slice(0, max),
    ) as Dataset,
};

/**
 * Puts `payload` (with a marker naming the field) into every free-text field of `data` that can
 * hold it. Returns the fields and the exact string each now holds.
 */
function poison(data: Dataset, payload: string): Map<string, string> {
  const values = new Map<string, string>();
  textFields(DatasetSchema, data).forEach((field, i) => {
    const value = `${payload} ‹${i}›`;
    if (value.length > field.max) return;
    setText(data, field.path, value);
    values.set(pathText(field.path), value);
  });
  return values;
}

/**
 * Every element showing every part of the dataset it can: a counter per figure with a number and
 * a gauge per target (each with its source sentence), a timeline per event with that event open, a
 * pillars diagram per pillar with that pillar open, and a speaker view whose notes quote every item.
 */
function showcase(data: Dataset, locale: Locale): HTMLElement {
  const figures = data.figures
    .filter((f) => f.value !== undefined)
    .map((f) => `<report-counter metric="${f.id}" footnote></report-counter>`);
  const gauges = data.targets.map((t) => `<report-gauge goal="${t.id}" footnote></report-gauge>`);
  const timelines = data.events.map((e) => `<report-timeline open="${e.id}"></report-timeline>`);
  const pillars = [
    '<report-pillars></report-pillars>',
    ...(data.programme?.pillars ?? []).map(
      (p) => `<report-pillars active="${p.id}"></report-pillars>`,
    ),
  ];
  const cited = [...data.figures, ...data.targets, ...data.events].map((item) => item.id);
  const deck = `<report-deck view="speaker" channel="hostile-${Math.random()}" style="width:1200px;height:700px">
    <section><h2>one</h2><div data-report-cite="${cited.join(' ')}"></div></section>
    <section><h2>two</h2></section>
  </report-deck>`;
  const container = mount(
    `<report-data locale="${locale}" motion="reduce">
      ${[...figures, ...gauges, ...timelines, ...pillars, deck].join('\n')}
    </report-data>`,
    1200,
  );
  for (const el of container.querySelectorAll<HTMLElement>('report-data *')) {
    if (el.localName.startsWith('report-')) el.setAttribute('locale', locale);
  }
  (container.querySelector('report-data') as ReportData).data = data;
  return container;
}

/**
 * The fields a reader must see, in the locale's language, once `showcase()` has rendered them: what
 * the elements document that they show. Fields not listed (chapter titles, the source file name …)
 * are not shown by any element, and are still attacked.
 */
function mustShow(data: Dataset, locale: Locale): string[] {
  const l = locale === 'en' ? 'en' : 'zh';
  const out: string[] = [];
  const text = (path: string, value: { zh: string; en?: string } | undefined) => {
    if (value) out.push(`${path}.${l === 'en' && value.en === undefined ? 'zh' : l}`);
  };
  // The item's source sentence: as the report has it (`quote`) or as cleaned up (`text`); the
  // counter and the gauge show the clean form, the timeline and the speaker notes the quote.
  const sentence = (path: string) => out.push(`${path}.source`);
  data.figures.forEach((f, i) => {
    text(`figures[${i}].label`, f.label);
    text(`figures[${i}].rank.text`, f.rank?.text);
    if (f.kind === 'honour') text(`figures[${i}].honour`, f.honour);
    sentence(`figures[${i}]`);
  });
  data.targets.forEach((t, i) => {
    text(`targets[${i}].label`, t.label);
    text(`targets[${i}].baseline.note`, t.baseline?.note);
    sentence(`targets[${i}]`);
  });
  data.events.forEach((e, i) => {
    text(`events[${i}].title`, e.title);
    text(`events[${i}].detail`, e.detail);
    if (e.when.inferred) text(`events[${i}].when.basis`, e.when.basis);
    sentence(`events[${i}]`);
  });
  const p = data.programme;
  if (p) {
    text('programme.title', p.title);
    text('programme.roof.text', p.roof.text);
    p.pillars.forEach((pillar, i) => {
      const at = `programme.pillars[${i}]`;
      text(`${at}.name`, pillar.name);
      text(`${at}.driver`, pillar.driver);
      text(`${at}.aim`, pillar.aim);
      pillar.actions.forEach((a, j) => text(`${at}.actions[${j}].text`, a.text));
    });
    text('programme.foundation.title', p.foundation?.title);
    p.foundation?.commitments.forEach((c, i) => {
      text(`programme.foundation.commitments[${i}].title`, c.title);
      text(`programme.foundation.commitments[${i}].detail`, c.detail);
    });
  }
  return out;
}

describe('hostile strings in every text field of the dataset', () => {
  describe.each(Object.keys(VARIANTS) as (keyof typeof VARIANTS)[])('%s dataset', (variant) => {
    it.each(MARKUP_PAYLOADS.map((p, i) => [i, p] as const))(
      'payload %i never runs, never becomes an element and is shown literally',
      async (_, payload) => {
        for (const locale of ['zh-CN', 'en'] as const) {
          const data = VARIANTS[variant]();
          const values = poison(data, payload);
          expect(values.size).toBeGreaterThan(40);
          const container = showcase(data, locale);
          await rendered(container);
          await settle();
          const errors = deepElements(container).filter(
            (el) => el.getAttribute('part') === 'error',
          );
          expect(errors.map((el) => el.textContent)).toEqual([]);
          expect(injected(container)).toEqual([]);
          const { text } = deepText(container);
          const shown = [...values].filter(([, value]) => text.includes(value)).map(([p]) => p);
          // In each widget, a field's marker seen without the field's whole value means the
          // payload was cut up or parsed there.
          const byMarker = new Map(
            [...values].map(([path, value]) => [value.slice(value.lastIndexOf('‹')), path]),
          );
          const mangled: string[] = [];
          for (const widget of container.querySelectorAll('report-data > *')) {
            const own = deepText(widget).text;
            for (const [marker, path] of byMarker) {
              if (own.includes(marker) && !own.includes(values.get(path)!)) {
                mangled.push(`${widget.localName}: ${path}`);
              }
            }
          }
          expect(mangled).toEqual([]);
          const missing = mustShow(data, locale).filter((path) =>
            path.endsWith('.source')
              ? !shown.includes(`${path}.quote`) && !shown.includes(`${path}.text`)
              : values.has(path) && !shown.includes(path),
          );
          expect(missing, `not shown literally (${locale})`).toEqual([]);
          // The static SVG export (for channels that run no scripts) escapes the same strings.
          for (const widget of container.querySelectorAll<
            HTMLElement & { toSVG(): Promise<string> }
          >('report-counter, report-gauge')) {
            const svg = new DOMParser().parseFromString(await widget.toSVG(), 'image/svg+xml');
            expect(svg.querySelector('parsererror'), 'the export is well-formed').toBeNull();
            expect(injected(svg), `${widget.localName} toSVG()`).toEqual([]);
            expect(svg.documentElement.textContent).toContain(payload.trim().slice(0, 12));
          }
          cleanup();
        }
        expect(watch.ran).toEqual([]);
        expect(watch.errors).toEqual([]);
      },
    );
  });
});

describe('a string too long for its field', () => {
  it('is refused with a message naming the field, in every free-text field of the dataset', async () => {
    const base = VARIANTS.filled();
    const fields = textFields(DatasetSchema, base);
    const containers = fields.map((field) => {
      const data = structuredClone(base);
      setText(data, field.path, HUGE_TEXT);
      const container = mount(
        `<report-data><report-counter metric="gdp-2019"><p>fallback</p></report-counter></report-data>`,
        600,
      );
      (container.querySelector('report-data') as ReportData).data = data;
      return { container, path: pathText(field.path) };
    });
    await Promise.all(containers.map(({ container }) => rendered(container)));
    const wrong = containers.flatMap(({ container, path }) => {
      const data = container.querySelector('report-data')!;
      const error = data.shadowRoot!.querySelector('[part~="error"]');
      const message = error?.textContent ?? '';
      const box = data.getBoundingClientRect();
      return message.includes(`${path}: too long`) && message.length < 600 && box.width <= 600
        ? []
        : [`${path}: ${message.slice(0, 120) || 'no error'}`];
    });
    expect(fields.length).toBeGreaterThan(100);
    expect(wrong).toEqual([]);
    expect(watch.errors).toEqual([]);
  });
});

/** Numbers and number-like strings no attribute may turn into "NaN" or a broken layout. */
const NUMERIC_PAYLOADS = [
  'NaN',
  'Infinity',
  '-Infinity',
  '-1',
  '-0',
  '0',
  '1e308',
  '-1e308',
  '1e21',
  '0.000001',
  '9'.repeat(400),
  '',
  ' ',
  '١٢٣',
];

const QUOTE = '预计完成地区生产总值440亿元，同比增长6.5%。';
const SLIDES = `<section id="one"><h2>一</h2><p>第一张</p></section><section><h2>二</h2></section>`;

/** Each element configured to work, so an attribute's effect is its own. */
const WORKING: Record<string, string> = {
  'report-counter': `<report-counter value="440" unit="亿元" label="地区生产总值" change="6.5" rank="增幅全市第二" quote="${QUOTE}" footnote><p>fallback</p></report-counter>`,
  'report-gauge': `<report-gauge comparator="at-least" value="6.5" unit="%" label="地区生产总值增长" year="2020" baseline="6.1" baseline-label="2019年" current="3" current-label="上半年" quote="${QUOTE}" footnote><p>fallback</p></report-gauge>`,
  'report-timeline': `<report-timeline><p>fallback</p></report-timeline>`,
  'report-pillars': `<report-pillars><p>fallback</p></report-pillars>`,
  'report-deck': `<report-deck style="width:100%;aspect-ratio:16/9">${SLIDES}</report-deck>`,
  'report-scroller': `<report-scroller>${SLIDES}<div slot="graphic">图</div></report-scroller>`,
  'report-data': `<report-data><report-counter metric="gdp-2019"></report-counter></report-data>`,
};

/** Attributes whose text the element shows (or names itself by): it must appear literally. */
const TEXT_ATTRIBUTES: Record<string, readonly string[]> = {
  'report-counter': ['label', 'rank', 'quote'],
  'report-gauge': ['label', 'baseline-label', 'current-label', 'quote'],
  'report-timeline': ['label'],
  'report-deck': ['label'],
};

interface ManifestDeclaration {
  tagName?: string;
  attributes?: { name: string }[];
}
const ELEMENTS = (manifest as { modules: { declarations?: ManifestDeclaration[] }[] }).modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d): d is Required<ManifestDeclaration> => Boolean(d.tagName))
  .map((d) => [d.tagName, d.attributes.map((a) => a.name)] as const);

/** The width every widget gets in these tests: a phone's. */
const WIDTH = 320;

/** Mounts the working element with one attribute set to `value`, after a working neighbour. */
function withAttribute(
  tag: string,
  name: string,
  value: string,
): { widget: HTMLElement; neighbour: HTMLElement; container: HTMLElement } {
  const container = mount(
    `<report-counter class="neighbour" value="45" unit="亿元" label="一般公共预算收入" motion="reduce"></report-counter>
    <report-data>${WORKING[tag]}</report-data>`,
    WIDTH,
  );
  const data = container.querySelector('report-data') as ReportData;
  if (!(tag === 'report-data' && name === 'src')) data.data = fixtureDataset();
  const widget = (tag === 'report-data' ? data : data.querySelector<HTMLElement>(tag))!;
  if (tag === 'report-deck') widget.setAttribute('channel', `hostile-${Math.random()}`);
  widget.setAttribute(name, value);
  return { widget, neighbour: container.querySelector('.neighbour')!, container };
}

/** Parts of a widget that stick out of its box sideways (text that neither wraps nor clips). */
function sticksOut(widget: HTMLElement): string[] {
  const outer = widget.getBoundingClientRect();
  return deepElements(widget.shadowRoot!)
    .filter((el) => !el.closest('[hidden]') && el.getClientRects().length > 0)
    .filter((el) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && (box.left < outer.left - 1 || box.right > outer.right + 1);
    })
    .map((el) => `${el.localName}[part=${el.getAttribute('part') ?? ''}]`);
}

/** What went wrong with one widget, as lines; none when it behaved. */
function misbehaviour(
  tag: string,
  name: string,
  payload: string,
  { widget, neighbour, container }: ReturnType<typeof withAttribute>,
): string[] {
  const problems: string[] = [];
  const error = widget.shadowRoot?.querySelector('[part~="error"]');
  const { text, labels } = deepText(widget);
  problems.push(...injected(container));
  if (error) {
    if (!error.textContent.trim()) problems.push('an empty error message');
  } else {
    const shown = text.replaceAll(payload, '');
    const bad = /NaN|Infinity|undefined|null|\[object/.exec(shown);
    if (bad) problems.push(`shows "${bad[0]}"`);
    if (TEXT_ATTRIBUTES[tag]?.includes(name) && !`${text}\n${labels}`.includes(payload.trim())) {
      problems.push('does not show the text literally');
    }
  }
  const box = widget.getBoundingClientRect();
  if (box.width > WIDTH + 1) problems.push(`is ${Math.round(box.width)} px wide`);
  const out = sticksOut(widget);
  if (out.length) problems.push(`sticks out: ${[...new Set(out)].join(' ')}`);
  if (!neighbour.shadowRoot?.querySelector('[part~="number"]')?.textContent.includes('45')) {
    problems.push('its neighbour stopped working');
  }
  return problems.map((p) => `${name}=${JSON.stringify(payload.slice(0, 24))}: ${p}`);
}

describe('hostile values in every attribute of every element', () => {
  it('elements and attributes come from the custom-elements manifest', () => {
    expect(ELEMENTS.map(([tag]) => tag).sort()).toEqual(Object.keys(WORKING).sort());
    expect(ELEMENTS.flatMap(([, names]) => names).length).toBeGreaterThan(70);
  });

  describe.each(ELEMENTS)('<%s>', (tag, names) => {
    it.each(names)('%s', async (name) => {
      const payloads = [...MARKUP_PAYLOADS, ...NUMERIC_PAYLOADS, HUGE_TEXT];
      const mounted = payloads.map((payload) => ({
        payload,
        ...withAttribute(tag, name, payload),
      }));
      await Promise.all(mounted.map(({ container }) => rendered(container)));
      await settle();
      const problems = mounted.flatMap(({ payload, ...parts }) =>
        misbehaviour(tag, name, payload, parts),
      );
      expect(problems).toEqual([]);
      expect(watch.ran).toEqual([]);
      expect(watch.errors).toEqual([]);
    });
  });
});

describe('bad widgets next to good ones', () => {
  it('each bad widget names its own problem; the good ones beside it show their figures', async () => {
    const container = mount(
      `<report-data>
        <report-counter metric="no-such-figure"></report-counter>
        <report-counter metric="gdp-2019" motion="reduce"></report-counter>
        <report-gauge goal="no-such-target"></report-gauge>
        <report-gauge goal="rd-share-2020" motion="reduce"></report-gauge>
        <report-timeline highlight="no-such-event"></report-timeline>
        <report-timeline></report-timeline>
        <report-pillars active="no-such-pillar"></report-pillars>
        <report-pillars></report-pillars>
      </report-data>`,
      600,
    );
    (container.querySelector('report-data') as ReportData).data = fixtureDataset();
    await rendered(container);
    const widgets = [...container.querySelectorAll('report-data > *')];
    const errors = widgets.map(
      (w) => w.shadowRoot!.querySelector('[part~="error"]')?.textContent ?? '',
    );
    // Odd ones are good: no error. Even ones are bad: an error naming the unknown id.
    expect(errors.filter((_, i) => i % 2 === 1)).toEqual(['', '', '', '']);
    expect(errors.filter((_, i) => i % 2 === 0).map((e) => /no-such-\w+/.exec(e)?.[0])).toEqual([
      'no-such-figure',
      'no-such-target',
      'no-such-event',
      'no-such-pillar',
    ]);
    const good = widgets.filter((_, i) => i % 2 === 1).map((w) => deepText(w).text);
    expect(good[0]).toContain('440');
    expect(good[1]).toContain('2.28%');
    expect(good[2]).toContain('区委全会闭幕');
    expect(good[3]).toContain('产业提档');
    expect(watch.errors).toEqual([]);
  });
});

describe('hostile strings in every text field of a story', () => {
  it.each(MARKUP_PAYLOADS.map((p, i) => [i, p] as const))(
    'payload %i in headings, paragraphs, notes and attribute values never runs and shows literally',
    async (_, payload) => {
      const story = structuredClone(demoStory) as unknown as Story;
      const values = new Map<string, string>();
      textFields(StorySchema, story).forEach((field, i) => {
        const at = pathText(field.path);
        // The dataset's URL stays usable: the story is about its text, not its data.
        if (at === 'dataset' || at === '$schema') return;
        const value = `${payload} ‹${i}›`;
        if (value.length > field.max) return;
        setText(story, field.path, value);
        values.set(at, value);
      });
      expect(validateStory(story).ok).toBe(true);
      const dataset = jsonUrl(fixtureDataset());
      for (const locale of ['zh-CN', 'en'] as const) {
        for (const draw of [renderStoryScroller, renderStoryDeck]) {
          const container = mount('', 1000);
          render(draw(story, { locale, dataset }), container);
          await rendered(container);
          await settle();
          expect(injected(container), draw.name).toEqual([]);
          const { text } = deepText(container);
          const l = locale === 'en' ? 'en' : 'zh';
          // Speaker notes belong to the deck; the scroll story shows headings and paragraphs.
          const shownParts =
            draw === renderStoryDeck ? 'heading|body\\[\\d+\\]|notes' : 'heading|body\\[\\d+\\]';
          const missing = [...values]
            .filter(([path]) => new RegExp(`^steps\\[\\d+\\]\\.(${shownParts})\\.${l}$`).test(path))
            .filter(([, value]) => !text.includes(value))
            .map(([path]) => path);
          expect(missing, `${draw.name} ${locale}`).toEqual([]);
          cleanup();
        }
      }
      expect(watch.ran).toEqual([]);
      expect(watch.errors).toEqual([]);
    },
  );
});
