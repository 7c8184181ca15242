import { html, render } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
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
