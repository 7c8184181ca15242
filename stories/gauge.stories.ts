import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { ReportGauge } from '../components/gauge/gauge.js';
import { fixtureDataset } from '../tests/fixtures/dataset.js';

const meta: Meta = {
  title: 'Elements/report-gauge',
  component: 'report-gauge',
  parameters: { layout: 'padded' },
};
export default meta;

type Story = StoryObj;

const data = fixtureDataset();

/** The fixture with a mid-year reading for the R&D target and a baseline for income growth. */
const withReadings = (() => {
  const d = fixtureDataset();
  d.targets[1]!.current = { value: 2.35, asOf: '2020-06' };
  d.targets[4]!.baseline = { figure: 'urban-income-2019', field: 'change' };
  return d;
})();

const page = (content: TemplateResult, lang = 'zh-CN', width = '26em') =>
  html`<div lang=${lang} style=${`max-width: ${width}`}>${content}</div>`;

const gauge = (root: HTMLElement) => root.querySelector<ReportGauge>('report-gauge')!;

const text = (element: ReportGauge, selector: string) =>
  (element.shadowRoot?.querySelector(selector)?.textContent ?? '')
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const meter = (element: ReportGauge) => element.shadowRoot!.querySelector('[part~="meter"]')!;

/** R&D share: 2.3%以上 in 2020 against 2.28% in 2019 — not yet, 0.02 points short. */
export const Default: Story = {
  render: () =>
    page(html`<report-gauge goal="rd-share-2020" footnote .data=${data}></report-gauge>`),
  play: async ({ canvasElement }) => {
    const element = gauge(canvasElement);
    await waitFor(() => expect(element.status).toBe('not-yet'));
    await expect(text(element, '[part~="status"]')).toContain('2019年距目标还差0.02个百分点');
    await expect(meter(element).getAttribute('role')).toBe('meter');
    await expect(meter(element).getAttribute('aria-valuetext')).toBe(
      '2019年2.28%，目标2.3%以上，距目标还差0.02个百分点',
    );
  },
};

/**
 * GDP growth 6.5%以上 against 2019's 6.5%: at the target level already — not "met", since 2020
 * has not happened.
 */
export const AtLeastMet: Story = {
  render: () =>
    page(html`<report-gauge goal="gdp-growth-2020" motion="reduce" .data=${data}></report-gauge>`),
  play: async ({ canvasElement }) => {
    const element = gauge(canvasElement);
    await expect(element.status).toBe('met');
    await expect(text(element, '[part~="status"]')).toContain('2019年已达目标水平');
  },
};

/** A reading of the target's own year (2020年上半年): now the target is met. */
export const MetInItsYear: Story = {
  render: () =>
    page(
      html`<report-gauge
        comparator="at-least"
        value="6.5"
        unit="%"
        label="地区生产总值增长"
        year="2020"
        baseline="6.5"
        current="6.8"
        current-label="2020年上半年"
        motion="reduce"
      ></report-gauge>`,
    ),
  play: async ({ canvasElement }) => {
    const element = gauge(canvasElement);
    await expect(element.status).toBe('exceeded');
    await expect(text(element, '[part~="status"]')).toContain('超过目标0.3个百分点');
  },
};

/** A ceiling (以内), from attributes: 3.2% is over a 3% limit. */
export const AtMost: Story = {
  render: () =>
    page(
      html`<report-gauge
        comparator="at-most"
        value="3"
        unit="%"
        baseline="3.2"
        year="2020"
        label="城镇登记失业率"
        motion="reduce"
      ></report-gauge>`,
    ),
  play: async ({ canvasElement }) => {
    const element = gauge(canvasElement);
    await expect(element.status).toBe('over-ceiling');
    await expect(text(element, '[part~="status"]')).toContain('2019年超出上限0.2个百分点');
  },
};

/** About (左右): a band around 6%; no reading in the dataset yet. */
export const About: Story = {
  render: () =>
    page(
      html`<report-gauge
        goal="retail-sales-growth-2020"
        motion="reduce"
        .data=${data}
      ></report-gauge>`,
    ),
  play: async ({ canvasElement }) => {
    const element = gauge(canvasElement);
    await expect(element.status).toBe('unknown');
    await expect(element.shadowRoot!.querySelector('svg path.band')).not.toBeNull();
    await expect(meter(element).getAttribute('role')).toBe('img');
  },
};

/** About, with a reading inside the band. */
export const AboutWithin: Story = {
  render: () =>
    page(
      html`<report-gauge
        comparator="about"
        value="6"
        unit="%"
        baseline="6.3"
        year="2020"
        label="社会消费品零售总额增长"
        motion="reduce"
      ></report-gauge>`,
    ),
  play: async ({ canvasElement }) => {
    await expect(gauge(canvasElement).status).toBe('within-band');
  },
};

/** Keep growing (保持增长): the positive side shaded, a bracket at zero. */
export const KeepGrowing: Story = {
  render: () =>
    page(
      html`<report-gauge goal="trade-growth-2020" motion="reduce" .data=${data}></report-gauge>`,
    ),
  play: async ({ canvasElement }) => {
    const element = gauge(canvasElement);
    await expect(text(element, '[part~="legend"]')).toContain('保持增长');
  },
};

/** In step with (同步): income growth 8.3% against GDP growth 6.5% — ahead. */
export const InStepWith: Story = {
  render: () =>
    page(
      html`<report-gauge
        goal="income-growth-2020"
        motion="reduce"
        .data=${withReadings}
      ></report-gauge>`,
    ),
  play: async ({ canvasElement }) => {
    const element = gauge(canvasElement);
    await expect(element.status).toBe('ahead');
    await expect(text(element, '[part~="status"]')).toContain(
      '2019年快于地区生产总值增长1.8个百分点',
    );
  },
};

/** With a reading during the target year: the fill shows it, the baseline is the thin mark. */
export const CurrentReading: Story = {
  render: () =>
    page(
      html`<report-gauge
        goal="rd-share-2020"
        motion="reduce"
        .data=${withReadings}
      ></report-gauge>`,
    ),
  play: async ({ canvasElement }) => {
    const element = gauge(canvasElement);
    await expect(element.status).toBe('exceeded');
    await expect(text(element, '[part~="legend"]')).toContain('2020年6月 2.35%');
  },
};

/** The bar form, every comparator. */
export const Bars: Story = {
  render: () =>
    page(
      html`<div style="display:grid;gap:1.5em">
        ${[
          'gdp-growth-2020',
          'rd-share-2020',
          'retail-sales-growth-2020',
          'trade-growth-2020',
          'income-growth-2020',
        ].map(
          (id) =>
            html`<report-gauge
              goal=${id}
              form="bar"
              motion="reduce"
              .data=${withReadings}
            ></report-gauge>`,
        )}
      </div>`,
    ),
  play: async ({ canvasElement }) => {
    const gauges = [...canvasElement.querySelectorAll<ReportGauge>('report-gauge')];
    await expect(gauges.map((g) => g.status)).toEqual([
      'met',
      'exceeded',
      'unknown',
      'unknown',
      'ahead',
    ]);
  },
};

/** The real dataset by URL: every 2020 target of the Gangzha report, status computed. */
export const Gangzha: Story = {
  render: () =>
    html`<div
      lang="zh-CN"
      style="display:grid;grid-template-columns:repeat(auto-fill,minmax(18em,1fr));gap:2em"
    >
      ${[
        'gdp-growth-2020',
        'budget-revenue-growth-2020',
        'rd-share-2020',
        'retail-sales-growth-2020',
        'trade-growth-2020',
        'income-growth-2020',
      ].map(
        (id) =>
          html`<report-gauge
            src="/data/gangzha-2019.json"
            goal=${id}
            motion="reduce"
          ></report-gauge>`,
      )}
    </div>`,
  play: async ({ canvasElement }) => {
    const gauges = [...canvasElement.querySelectorAll<ReportGauge>('report-gauge')];
    await waitFor(() => expect(gauges.every((g) => g.status)).toBe(true), { timeout: 4000 });
    await expect(gauges.map((g) => g.status)).toEqual([
      'met',
      'exceeded',
      'not-yet',
      'unknown',
      'unknown',
      'ahead',
    ]);
  },
};

/** English. */
export const English: Story = {
  render: () => page(html`<report-gauge goal="rd-share-2020" .data=${data}></report-gauge>`, 'en'),
  play: async ({ canvasElement }) => {
    const element = gauge(canvasElement);
    await waitFor(() =>
      expect(text(element, '[part~="status"]')).toContain(
        '2019: 0.02 percentage points short of the target',
      ),
    );
    await expect(text(element, '[part~="legend"]')).toContain('at least 2.3%');
  },
};

/** Dark theme. */
export const Dark: Story = {
  render: () =>
    page(
      html`<report-gauge
        goal="gdp-growth-2020"
        theme="dark"
        motion="reduce"
        .data=${data}
      ></report-gauge>`,
    ),
  play: async ({ canvasElement }) => {
    await expect(gauge(canvasElement).status).toBe('met');
  },
};

/** The plenary hall theme. */
export const Plenary: Story = {
  render: () =>
    page(
      html`<report-gauge
        goal="rd-share-2020"
        theme="plenary"
        motion="reduce"
        .data=${withReadings}
      ></report-gauge>`,
    ),
  play: async ({ canvasElement }) => {
    await expect(gauge(canvasElement).status).toBe('exceeded');
  },
};

/** Reduced motion: full at once. */
export const ReducedMotion: Story = {
  render: () =>
    page(html`<report-gauge goal="gdp-growth-2020" motion="reduce" .data=${data}></report-gauge>`),
  play: async ({ canvasElement }) => {
    const element = gauge(canvasElement);
    await expect(element.shadowRoot!.querySelector('svg path.fill')).not.toBeNull();
  },
};

/** At 320 px. */
export const Narrow: Story = {
  render: () =>
    page(
      html`<report-gauge goal="rd-share-2020" motion="reduce" .data=${data}></report-gauge>`,
      'zh-CN',
      '320px',
    ),
  play: async ({ canvasElement }) => {
    const element = gauge(canvasElement);
    const box = element.getBoundingClientRect();
    const svg = element.shadowRoot!.querySelector('svg')!.getBoundingClientRect();
    await expect(svg.right).toBeLessThanOrEqual(box.right + 0.5);
  },
};

/** An unknown target id. */
export const UnknownGoal: Story = {
  render: () => page(html`<report-gauge goal="gdp-growth-2099" .data=${data}></report-gauge>`),
  play: async ({ canvasElement }) => {
    await expect(text(gauge(canvasElement), '[part~="error"]')).toContain('gdp-growth-2099');
  },
};

/** A target that needs a number and has none. */
export const InvalidTarget: Story = {
  render: () =>
    page(
      html`<report-gauge comparator="at-least" unit="%" label="地区生产总值增长"></report-gauge>`,
    ),
  play: async ({ canvasElement }) => {
    await expect(text(gauge(canvasElement), '[part~="error"]')).toContain('value');
  },
};

/** Nothing to show. */
export const Empty: Story = {
  render: () => page(html`<report-gauge></report-gauge>`),
  play: async ({ canvasElement }) => {
    await expect(text(gauge(canvasElement), '[part~="error"]')).toContain('goal');
  },
};
