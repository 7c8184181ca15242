import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { ReportCounter } from '../components/counter/counter.js';
import { fixtureDataset } from '../tests/fixtures/dataset.js';

const meta: Meta = {
  title: 'Elements/report-counter',
  component: 'report-counter',
  parameters: { layout: 'padded' },
};
export default meta;

type Story = StoryObj;

const data = fixtureDataset();

/** Chinese page, as a web editor's CMS page would be. */
const page = (content: TemplateResult, lang = 'zh-CN', width = '') =>
  html`<div lang=${lang} style=${width ? `max-width: ${width}` : ''}>${content}</div>`;

const counter = (root: HTMLElement, selector = 'report-counter') =>
  root.querySelector<ReportCounter>(selector)!;

const text = (element: ReportCounter, selector: string) =>
  (element.shadowRoot?.querySelector(selector)?.textContent ?? '').replace(/\u00a0/g, ' ').trim();

const label = (element: ReportCounter) =>
  element.shadowRoot?.querySelector('[role="img"]')?.getAttribute('aria-label');

/** GDP from the dataset: counts up to 预计440亿元 when it comes into view, with its change. */
export const Default: Story = {
  render: () => page(html`<report-counter metric="gdp-2019" .data=${data}></report-counter>`),
  play: async ({ canvasElement }) => {
    const element = counter(canvasElement);
    await waitFor(() => expect(text(element, '.live')).toBe('440'), { timeout: 4000 });
    await expect(text(element, '[part~="unit"]')).toBe('亿元');
    await expect(text(element, '[part~="change"]')).toContain('+6.5%');
    await expect(label(element)).toBe('地区生产总值：预计440亿元，同比增长6.5%');
  },
};

/** With a rank, and the report sentence below with the figure marked in it. */
export const RankAndFootnote: Story = {
  render: () =>
    page(
      html`<report-counter
        metric="budget-revenue-2019"
        footnote
        motion="reduce"
        .data=${data}
      ></report-counter>`,
    ),
  play: async ({ canvasElement }) => {
    const element = counter(canvasElement);
    await expect(text(element, '[part~="rank"]')).toBe('增幅全市第二');
    await expect(text(element, '[part~="footnote"] mark')).toBe('45亿元');
  },
};

/** Plain attributes, no dataset: 突破500亿元 with a fall (绿跌). */
export const FromAttributes: Story = {
  render: () =>
    page(
      html`<report-counter
        value="500"
        unit="亿元"
        qualifier="突破"
        label="工业应税销售收入"
        change="-2.1"
        rank="全市领先"
        motion="reduce"
      ></report-counter>`,
    ),
  play: async ({ canvasElement }) => {
    const element = counter(canvasElement);
    await expect(label(element)).toBe('工业应税销售收入：突破500亿元，同比下降2.1%，全市领先');
    await expect(element.shadowRoot?.querySelector('[part~="change"]')?.classList).toContain(
      'fall',
    );
  },
};

/** Every figure kind of the fixture, side by side. */
export const Row: Story = {
  render: () =>
    page(
      html`<div
        style="display:grid;grid-template-columns:repeat(auto-fill,minmax(14em,1fr));gap:1.5em"
      >
        ${[
          'gdp-2019',
          'budget-revenue-2019',
          'rd-share-2019',
          'patents-per-10k-2019',
          'urban-income-2019',
          'trade-growth-streak',
        ].map(
          (id) =>
            html`<report-counter metric=${id} motion="reduce" .data=${data}></report-counter>`,
        )}
      </div>`,
    ),
  play: async ({ canvasElement }) => {
    const shown = [...canvasElement.querySelectorAll<ReportCounter>('report-counter')].map(
      (c) => text(c, '.live') + text(c, '[part~="unit"]'),
    );
    await expect(shown).toEqual(['440亿元', '45亿元', '2.28%', '37.1件', '5万元', '22个月']);
  },
};

/** The real dataset, by URL (`src` + `metric`), as a web editor would paste it. */
export const Gangzha: Story = {
  render: () =>
    page(
      html`<div
        style="display:grid;grid-template-columns:repeat(auto-fill,minmax(14em,1fr));gap:1.5em"
      >
        ${['gdp-2019', 'budget-revenue-2019', 'industry-taxable-sales-2019', 'rd-share-2019'].map(
          (id) =>
            html`<report-counter
              src="/data/gangzha-2019.json"
              metric=${id}
              motion="reduce"
            ></report-counter>`,
        )}
      </div>`,
    ),
  play: async ({ canvasElement }) => {
    const counters = [...canvasElement.querySelectorAll<ReportCounter>('report-counter')];
    await waitFor(() => expect(text(counters[0]!, '.live')).toBe('440'), { timeout: 4000 });
    await expect(label(counters[2]!)).toBe('工业应税销售收入：突破500亿元');
  },
};

/** English: 44 billion yuan, 50,000 yuan, 37.1 (the measure word drops). */
export const English: Story = {
  render: () =>
    page(
      html`<div
        style="display:grid;grid-template-columns:repeat(auto-fill,minmax(14em,1fr));gap:1.5em"
      >
        <report-counter metric="gdp-2019" .data=${data}></report-counter>
        <report-counter metric="urban-income-2019" .data=${data}></report-counter>
        <report-counter metric="patents-per-10k-2019" .data=${data}></report-counter>
      </div>`,
      'en',
    ),
  play: async ({ canvasElement }) => {
    const [gdp, income, patents] = [
      ...canvasElement.querySelectorAll<ReportCounter>('report-counter'),
    ];
    await waitFor(() => expect(text(gdp!, '.live')).toBe('44'), { timeout: 4000 });
    await expect(text(gdp!, '[part~="unit"]')).toBe('billion yuan');
    await waitFor(() => expect(text(income!, '.live')).toBe('50,000'), { timeout: 4000 });
    await waitFor(() => expect(text(patents!, '.live')).toBe('37.1'), { timeout: 4000 });
    await expect(label(gdp!)?.replace(/\u00a0/g, ' ')).toBe(
      'GDP: est. 44 billion yuan, +6.5% year on year',
    );
  },
};

/** Dark theme, painting its own surface. */
export const Dark: Story = {
  render: () =>
    page(
      html`<report-counter
        metric="gdp-2019"
        theme="dark"
        footnote
        motion="reduce"
        .data=${data}
      ></report-counter>`,
    ),
  play: async ({ canvasElement }) => {
    await expect(text(counter(canvasElement), '.live')).toBe('440');
  },
};

/** The plenary hall: gold on party red, serif numerals. */
export const Plenary: Story = {
  render: () =>
    page(
      html`<report-counter
        metric="budget-revenue-2019"
        theme="plenary"
        motion="reduce"
        .data=${data}
      ></report-counter>`,
    ),
  play: async ({ canvasElement }) => {
    await expect(text(counter(canvasElement), '.live')).toBe('45');
  },
};

/** Reduced motion: the final value at once, no counting. */
export const ReducedMotion: Story = {
  render: () =>
    page(
      html`<report-counter
        metric="urban-income-2019"
        motion="reduce"
        .data=${data}
      ></report-counter>`,
    ),
  play: async ({ canvasElement }) => {
    const element = counter(canvasElement);
    await expect(text(element, '.live')).toBe('5');
    await expect(element.counting).toBe(false);
  },
};

/** `start="manual"`: counts only when code calls `start()` (here, the button). */
export const Manual: Story = {
  render: () =>
    page(
      html`<report-counter
          id="manual"
          metric="rd-share-2019"
          start="manual"
          duration="600"
          .data=${data}
        ></report-counter>
        <button
          type="button"
          @click=${() => document.querySelector<ReportCounter>('#manual')?.replay()}
        >
          重播 / replay
        </button>`,
    ),
  play: async ({ canvasElement }) => {
    const element = counter(canvasElement);
    await expect(text(element, '.live')).toBe('0.00');
    canvasElement.querySelector('button')!.click();
    await waitFor(() => expect(text(element, '.live')).toBe('2.28'), { timeout: 4000 });
  },
};

/** At 320 px, the narrowest phone. */
export const Narrow: Story = {
  render: () =>
    page(
      html`<report-counter
        metric="gdp-2019"
        footnote
        motion="reduce"
        .data=${data}
      ></report-counter>`,
      'zh-CN',
      '320px',
    ),
  play: async ({ canvasElement }) => {
    const element = counter(canvasElement);
    const box = element.getBoundingClientRect();
    const number = element.shadowRoot!.querySelector('[part~="value"]')!.getBoundingClientRect();
    await expect(number.right).toBeLessThanOrEqual(box.right + 0.5);
  },
};

/** An id that is not in the dataset: a message in place; the page's fallback stays. */
export const UnknownId: Story = {
  render: () =>
    page(
      html`<report-counter metric="gdp-2099" .data=${data}
        ><p>地区生产总值440亿元</p></report-counter
      >`,
    ),
  play: async ({ canvasElement }) => {
    const element = counter(canvasElement);
    await expect(text(element, '[part~="error"]')).toContain('gdp-2099');
  },
};

/** Invalid data: the message names the path and the value. */
export const InvalidData: Story = {
  render: () =>
    page(html`<report-counter value="440亿" unit="亿元" label="地区生产总值"></report-counter>`),
  play: async ({ canvasElement }) => {
    await expect(text(counter(canvasElement), '[part~="error"]')).toContain('value="440亿"');
  },
};

/** Nothing to show: the message says what to set. */
export const Empty: Story = {
  render: () => page(html`<report-counter></report-counter>`),
  play: async ({ canvasElement }) => {
    await expect(text(counter(canvasElement), '[part~="error"]')).toContain('metric');
  },
};
