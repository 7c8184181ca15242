import { html, render } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../components/counter/define.js';
import '../../components/data/define.js';
import '../../components/deck/define.js';
import '../../components/scroller/define.js';
import { clearDatasetCache, loadDataset } from '../../src/data/loader.js';
import { citedIds } from '../../src/story/references.js';
import { clearStoryCache, loadStory, primeInlineData } from '../../src/story/load.js';
import { renderGraphic, renderStoryDeck, renderStoryScroller } from '../../src/story/render.js';
import type { Story } from '../../src/story/schema.js';
import { fixtureDataset } from '../fixtures/dataset.js';
import demo from '../../data/demo-story.json';
import { cleanup, jsonUrl, mount, until, updated } from './helpers.js';

const story = demo as unknown as Story;

afterEach(() => {
  cleanup();
  clearDatasetCache();
  clearStoryCache();
  vi.restoreAllMocks();
});

function draw(template: unknown): HTMLElement {
  const container = mount('');
  render(template, container);
  return container;
}

describe('the story renderer', () => {
  it('renders every step as a scroll step with its text, and each graphic once for its steps', async () => {
    const container = draw(
      renderStoryScroller(story, { locale: 'zh-CN', dataset: jsonUrl(fixtureDataset()) }),
    );
    const scroller = container.querySelector('report-scroller')!;
    await updated(scroller);
    await until(() => scroller.steps.length === story.steps.length, 'steps slotted');
    expect(scroller.steps.map((s) => s.id)).toEqual(story.steps.map((s) => s.id));
    expect(scroller.steps.map((s) => s.querySelector('h2')?.textContent)).toEqual(
      story.steps.map((s) => s.heading?.zh),
    );
    const frames = [...container.querySelectorAll('[slot="graphic"]')];
    expect(frames.map((f) => f.getAttribute('data-report-for'))).toEqual([
      'plenary',
      'economy',
      'revenue',
      'innovation',
      'livelihood',
      'targets',
      'programme closing',
    ]);
    expect(container.querySelector('#innovation')!.getAttribute('data-report-cite')).toBe(
      'rd-share-2019 patents-per-10k-2019 ip-park-honour',
    );
  });

  it('renders every step as a slide with its notes hidden, in English when asked', async () => {
    const container = draw(
      renderStoryDeck(story, { locale: 'en', dataset: jsonUrl(fixtureDataset()), hash: false }),
    );
    const deck = container.querySelector('report-deck')!;
    await until(() => deck.slides.length === story.steps.length, 'slides');
    expect(deck.slides.map((s) => s.querySelector('h2')?.textContent)).toEqual(
      story.steps.map((s) => s.heading?.en),
    );
    const notes = deck.slides[1]!.querySelector<HTMLElement>('[data-report-notes]')!;
    expect(notes.hidden).toBe(true);
    expect(notes.textContent).toContain('Read out “expected”');
    expect(deck.hasAttribute('hash')).toBe(false);
    expect(deck.getAttribute('aria-label')).toBe(story.title.en);
    expect(citedIds(deck.slides[3]!)).toEqual([
      'rd-share-2019',
      'patents-per-10k-2019',
      'ip-park-honour',
    ]);
  });

  it('shows a placeholder naming an element that is unknown, or known but not loaded', () => {
    const container = draw(
      html`${renderGraphic(
        { element: 'report-map', attributes: { region: 'gangzha', large: true, hidden: false } },
        'zh-CN',
      )}
      ${renderGraphic({ element: 'report-gauge', attributes: { goal: 'gdp-growth-2020' } }, 'en')}`,
    );
    const [unknown, unloaded] = [...container.querySelectorAll('[role="note"]')];
    expect(unknown!.textContent).toContain('<report-map region="gangzha" large>');
    expect(unknown!.textContent).toContain('不是 report-story 的已知元素');
    expect(unloaded!.textContent).toContain('<report-gauge goal="gdp-growth-2020">');
    expect(unloaded!.textContent).toContain('is not loaded on this page');
    expect(container.querySelector('report-map, report-gauge')).toBeNull();
  });

  it('writes a registered element with its attributes and language, and updates them in place', () => {
    // A stand-in for the real element: the renderer only needs the tag to be registered.
    if (!customElements.get('report-pillars')) {
      customElements.define('report-pillars', class extends HTMLElement {});
    }
    const container = mount('');
    const draw = (attributes: Record<string, string | boolean>, locale: 'zh-CN' | 'en') =>
      render(renderGraphic({ element: 'report-pillars', attributes }, locale), container);
    draw({ active: 'industry', reveal: true, onclick: 'alert(1)' }, 'zh-CN');
    const element = container.querySelector('report-pillars')!;
    expect(element.getAttribute('active')).toBe('industry');
    expect(element.getAttribute('reveal')).toBe('');
    expect(element.getAttribute('locale')).toBe('zh-CN');
    expect(element.hasAttribute('onclick')).toBe(false);
    draw({ active: 'city' }, 'en');
    expect(container.querySelector('report-pillars')).toBe(element);
    expect(element.getAttribute('active')).toBe('city');
    expect(element.hasAttribute('reveal')).toBe(false);
    expect(element.getAttribute('locale')).toBe('en');
  });
});

describe('the story renderer with its dataset at hand', () => {
  const rich: Story = {
    ...story,
    steps: [
      {
        id: 'opening',
        kind: 'chapter',
        kicker: { zh: '第一部分', en: 'Part one' },
        heading: { zh: '开篇', en: 'Opening' },
        quote: {
          text: { zh: '原话。', en: 'The words.' },
          by: { zh: '区委书记', en: 'The secretary' },
        },
        body: [{ zh: '正文。', en: 'Body.' }],
        list: ['ip-park-honour', 'gdp-2019', { zh: '一条文字', en: 'A line of text' }],
        graphic: { element: 'report-counter', attributes: { metric: 'budget-revenue-2019' } },
      },
      { id: 'plain', heading: { zh: '无出处', en: 'Nothing cited' } },
    ],
  };

  it('writes kicker, quotation and list, the list in the dataset’s words', () => {
    const data = fixtureDataset();
    const container = draw(
      renderStoryScroller(rich, { locale: 'en', dataset: jsonUrl(data), data }),
    );
    const step = container.querySelector<HTMLElement>('#opening')!;
    expect(step.classList.contains('report-chapter')).toBe(true);
    expect(step.classList.contains('report-has-quote')).toBe(true);
    expect(step.querySelector('.report-kicker')?.textContent).toBe('Part one');
    expect(step.querySelector('.report-quote blockquote')?.textContent.trim()).toBe('The words.');
    expect(step.querySelector('.report-quote figcaption')?.textContent).toBe('The secretary');
    expect(
      [...step.querySelectorAll('.report-list li')].map((li) => li.textContent.trim()),
    ).toEqual([
      data.figures.find((f) => f.id === 'ip-park-honour')!.honour!.en,
      'GDP: est. 44\u00a0billion yuan, +6.5% year on year',
      'A line of text',
    ]);
    expect(step.getAttribute('data-report-cite')).toBe(
      'budget-revenue-2019 ip-park-honour gdp-2019',
    );
  });

  it('offers the report sentences of a step, each once, with every cited figure marked', () => {
    const data = fixtureDataset();
    const container = draw(
      renderStoryScroller(rich, { locale: 'zh-CN', dataset: jsonUrl(data), data }),
    );
    const sources = container.querySelector<HTMLDetailsElement>('#opening .report-sources')!;
    expect(sources.open).toBe(false);
    // GDP and revenue share one sentence; the honour has its own.
    expect(sources.querySelector('summary')?.textContent).toBe('报告原文（2句）');
    const [first, second] = [...sources.querySelectorAll('li')];
    expect(first!.querySelector('blockquote')?.textContent).toBe(
      data.figures.find((f) => f.id === 'gdp-2019')!.source.quote,
    );
    expect([...first!.querySelectorAll('mark')].map((m) => m.textContent)).toEqual([
      '440亿元',
      '45亿元',
    ]);
    expect(first!.querySelector('p')?.textContent).toBe('一般公共预算收入、地区生产总值');
    expect(second!.querySelector('blockquote')?.getAttribute('lang')).toBe('zh-CN');
    expect(container.querySelector('#plain .report-sources')).toBeNull();
  });

  it('renders no sources without the dataset, and the list’s ids as they are', () => {
    const container = draw(renderStoryScroller(rich, { locale: 'zh-CN', dataset: 'x.json' }));
    expect(container.querySelector('.report-sources')).toBeNull();
    expect(container.querySelector('.report-list li')?.textContent.trim()).toBe('ip-park-honour');
  });

  it('gives a deck’s theme to the elements on its slides, and keeps sources to the speaker notes', async () => {
    const data = fixtureDataset();
    const container = draw(
      renderStoryDeck(rich, {
        locale: 'zh-CN',
        dataset: jsonUrl(data),
        data,
        theme: 'plenary',
        hash: false,
      }),
    );
    const deck = container.querySelector('report-deck')!;
    await until(() => deck.slides.length === 2, 'slides');
    expect(deck.getAttribute('theme')).toBe('plenary');
    expect(deck.slides[0]!.querySelector('report-counter')?.getAttribute('theme')).toBe('plenary');
    expect(deck.slides[0]!.classList.contains('report-chapter')).toBe(true);
    expect(deck.slides[0]!.querySelector('.report-sources')).toBeNull();
    expect(deck.slides[1]!.classList.contains('text-only')).toBe(true);
  });
});

describe('loading a story', () => {
  it('reads the story and dataset a page carries inline, without a request', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch');
    mount(
      `<script type="application/json" data-report-src="data/inline-story.json">${JSON.stringify(
        story,
      )}</script><script type="application/json" data-report-src="data/demo-dataset.json">${JSON.stringify(
        fixtureDataset(),
      )}</script>`,
    );
    expect(primeInlineData().map((url) => url.split('/').at(-1))).toEqual([
      'inline-story.json',
      'demo-dataset.json',
    ]);
    expect((await loadStory('data/inline-story.json')).id).toBe('demo');
    expect((await loadDataset('data/demo-dataset.json')).id).toBe('fixture-district');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('names the URL and the problem when a story cannot be used', async () => {
    await expect(loadStory('/no/such/story.json')).rejects.toThrow(
      /no\/such\/story\.json is text\/html, not JSON/,
    );
    const broken = jsonUrl({ ...story, steps: [] });
    await expect(loadStory(broken)).rejects.toThrow(
      `${broken} is not a valid story:\nsteps: must not be empty`,
    );
  });
});
