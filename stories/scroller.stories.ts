import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { ReportScroller } from '../components/scroller/scroller.js';

const meta: Meta = {
  title: 'Story/report-scroller',
  component: 'report-scroller',
  parameters: { layout: 'fullscreen' },
};
export default meta;

type Story = StoryObj;

const STEPS = [
  [
    'plenary',
    '一次全会，一份报告',
    'One plenary, one report',
    '在4日结束的区委全会上，区委书记提出要全方位融入苏南。',
  ],
  ['economy', '增强的是实力', 'A stronger economy', '预计完成地区生产总值440亿元，同比增长6.5%。'],
  [
    'revenue',
    '收入增幅全市第二',
    'Second in the city for revenue growth',
    '完成一般公共预算收入45亿元，同比增长7%，增幅全市第二。',
  ],
  [
    'innovation',
    '聚合的是活力',
    'Energy for innovation',
    '全社会研发投入占比提高到2.28%，万人发明专利拥有量达37.1件。',
  ],
] as const;

/** A scroller with four steps and one graphic per step (plain figures stand in for the widgets). */
function scroller(
  attributes: Partial<Record<string, string>> = {},
  english = false,
): TemplateResult {
  return html`<report-scroller
    locale=${attributes.locale ?? (english ? 'en' : 'zh-CN')}
    theme=${attributes.theme ?? 'light'}
    motion=${attributes.motion ?? 'auto'}
    offset=${attributes.offset ?? '0.5'}
    style="--report-scroller-lead: 30vh"
  >
    ${STEPS.map(
      ([id, zh, en, text]) =>
        html`<section id=${id}>
          <h2>${english ? en : zh}</h2>
          <p>${text}</p>
        </section>`,
    )}
    ${STEPS.map(
      ([id, zh, en], i) =>
        html`<figure slot="graphic" data-report-for=${id} style="margin:0;text-align:center">
          <div style="font-size:6em;font-weight:700;line-height:1">${i + 1}</div>
          <figcaption>${english ? en : zh}</figcaption>
        </figure>`,
    )}
  </report-scroller>`;
}

function element(canvas: HTMLElement): ReportScroller {
  return canvas.querySelector('report-scroller')!;
}

/** Chinese, light: steps beside the sticky graphic on a wide screen, over it on a phone. */
export const Default: Story = {
  render: () => scroller(),
  play: async ({ canvasElement }) => {
    const story = element(canvasElement);
    await waitFor(() => expect(story.steps).toHaveLength(4));
    await expect(story.steps.map((s) => s.dataset.reportStep)).toEqual(['0', '1', '2', '3']);
    story.scrollToStep('revenue');
    await waitFor(() => expect(story.step.index).toBe(2), { timeout: 4000 });
    await waitFor(() =>
      expect(
        canvasElement.querySelector('[data-report-for="revenue"]')!.getClientRects(),
      ).toHaveLength(1),
    );
  },
};

/** English labels and text. */
export const English: Story = {
  render: () => scroller({}, true),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(element(canvasElement).steps).toHaveLength(4));
    await expect(canvasElement.querySelector('#economy h2')!.textContent).toBe(
      'A stronger economy',
    );
  },
};

/** The dark theme. */
export const Dark: Story = {
  render: () => scroller({ theme: 'dark' }),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(element(canvasElement).steps).toHaveLength(4));
    await expect(getComputedStyle(element(canvasElement)).colorScheme).toBe('dark');
  },
};

/** The hall's red and gold. */
export const Plenary: Story = {
  render: () => scroller({ theme: 'plenary' }),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(element(canvasElement).steps).toHaveLength(4));
    await expect(element(canvasElement).getAttribute('theme')).toBe('plenary');
  },
};

/** Reduced motion: Tab jumps straight to each step, with no smooth scrolling or fades. */
export const ReducedMotion: Story = {
  render: () => scroller({ motion: 'reduce' }),
  play: async ({ canvasElement }) => {
    const story = element(canvasElement);
    await waitFor(() => expect(story.steps).toHaveLength(4));
    await userEvent.tab();
    await userEvent.tab();
    await expect(document.activeElement).toBe(story.steps[1]);
    await waitFor(() => expect(story.step.index).toBe(1));
  },
};

/** A sticky header 80 px tall: the trigger line sits in pixels from the top. */
export const PixelOffset: Story = {
  render: () => scroller({ offset: '80px' }),
  play: async ({ canvasElement }) => {
    const story = element(canvasElement);
    await waitFor(() => expect(story.steps).toHaveLength(4));
    story.scrollToStep(3);
    await waitFor(() => expect(story.step.index).toBe(3), { timeout: 4000 });
    const top = story.steps[3]!.getBoundingClientRect().top;
    await expect(top).toBeLessThanOrEqual(80);
  },
};

/** An offset scrollama cannot use: the message names it; the steps stay readable. */
export const InvalidOffset: Story = {
  render: () => scroller({ offset: '1.5' }),
  play: async ({ canvasElement }) => {
    const story = element(canvasElement);
    await waitFor(() =>
      expect(story.shadowRoot!.querySelector('[role="alert"]')!.textContent).toContain(
        'offset "1.5" is not usable',
      ),
    );
    await expect(canvasElement.querySelector('#economy')!.getClientRects().length).toBeGreaterThan(
      0,
    );
  },
};

/** No steps yet: nothing breaks, the graphic still shows. */
export const Empty: Story = {
  render: () =>
    html`<report-scroller theme="light"
      ><figure slot="graphic" style="margin:0">图形 · graphic</figure></report-scroller
    >`,
  play: async ({ canvasElement }) => {
    const story = element(canvasElement);
    await waitFor(() => expect(story.step).toMatchObject({ index: -1, count: 0 }));
  },
};
