import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { ReportTimeline } from '../components/timeline/timeline.js';
import type { ReportEvent } from '../src/data/schema.js';
import { fixtureDataset } from '../tests/fixtures/dataset.js';
import { eventsWith, reportLikeEvents } from '../tests/fixtures/programmes.js';

interface Args {
  width: number;
  locale: string;
  theme: string;
  highlight: string;
  open: string;
}

const meta: Meta<Args> = {
  title: 'Elements/report-timeline',
  component: 'report-timeline',
  args: { width: 960, locale: 'zh-CN', theme: '', highlight: '', open: '' },
  argTypes: {
    width: { control: { type: 'range', min: 280, max: 1920, step: 10 } },
    locale: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    theme: { control: 'select', options: ['', 'light', 'dark', 'auto', 'plenary'] },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** A timeline at a given width, with events set as a property. */
function frame(
  args: Args,
  events: readonly ReportEvent[] = fixtureDataset().events,
): TemplateResult {
  return html`<div style="width: ${args.width}px; max-width: 100%">
    <report-timeline
      .events=${events}
      locale=${args.locale}
      theme=${args.theme || 'light'}
      highlight=${args.highlight}
      open=${args.open}
    ></report-timeline>
  </div>`;
}

const timelineIn = (canvas: HTMLElement) =>
  canvas.querySelector('report-timeline') as ReportTimeline;
const shadowOf = (canvas: HTMLElement) => timelineIn(canvas).shadowRoot!;
const eventButtons = (canvas: HTMLElement) => [
  ...shadowOf(canvas).querySelectorAll<HTMLButtonElement>('.event-button'),
];

/** The report's three events: 2019 results, then the plenary and the 2020 plans. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(eventButtons(canvasElement)).toHaveLength(3));
    const dates = eventButtons(canvasElement).map((b) => b.querySelector('.date')?.textContent);
    await expect(dates).toEqual(['2019年', '2020年1月4日', '2020年']);
    await expect(
      shadowOf(canvasElement).querySelector('.axis')!.getBoundingClientRect().height,
    ).toBeGreaterThan(0);
  },
  render: (args) => frame(args),
};

/** English labels and dates from the dataset. */
export const English: Story = {
  args: { locale: 'en' },
  render: (args) => frame(args),
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(eventButtons(canvasElement)[1]?.textContent).toContain('4 January 2020'),
    );
  },
};

/** A story step highlights one event. */
export const HighlightOne: Story = {
  args: { highlight: 'plenary-2020' },
  render: (args) => frame(args),
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(eventButtons(canvasElement).map((b) => b.getAttribute('aria-current'))).toEqual([
        null,
        'true',
        null,
      ]),
    );
  },
};

/** A story step highlights a range, first..last in date order. */
export const HighlightRange: Story = {
  args: { highlight: 'event-2..event-4' },
  render: (args) => frame(args, eventsWith(5)),
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(shadowOf(canvasElement).querySelectorAll('.event.highlighted')).toHaveLength(3),
    );
  },
};

/** An event opened: its detail, how its date was inferred, and the sentence it comes from. */
export const OpenDetail: Story = {
  args: { open: 'plenary-2020' },
  render: (args) => frame(args),
  play: async ({ canvasElement }) => {
    const detail = await waitFor(() => {
      const d = shadowOf(canvasElement).getElementById('detail-plenary-2020');
      void expect(d?.hidden).toBe(false);
      return d!;
    });
    await expect(detail.querySelector('blockquote')?.textContent).toContain(
      '在4日结束的区委全会上',
    );
    await expect(detail.querySelector('.basis')?.textContent).toContain('推定');
  },
};

/** Keyboard: arrows move between events, Enter opens one. */
export const Keyboard: Story = {
  render: (args) => frame(args),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(eventButtons(canvasElement)).toHaveLength(3));
    eventButtons(canvasElement)[0]!.focus();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{Enter}');
    await waitFor(() => expect(timelineIn(canvasElement).open).toBe('targets-2020'));
  },
};

/** A phone: the same events as a vertical list by year. */
export const Narrow: Story = {
  args: { width: 320 },
  render: (args) => frame(args),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(eventButtons(canvasElement)).toHaveLength(3));
    await expect(
      shadowOf(canvasElement).querySelector('.axis')!.getBoundingClientRect().height,
    ).toBe(0);
    await expect(canvasElement.querySelector('report-timeline')!.scrollWidth).toBeLessThanOrEqual(
      320,
    );
  },
};

/** Eight events over four years with long labels, on a 1920 px stage. */
export const EightEventsLongLabels: Story = {
  args: { width: 1920, highlight: 'event-4' },
  render: (args) => frame(args, eventsWith(8, { long: true })),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(eventButtons(canvasElement)).toHaveLength(8));
  },
};

/** More events than fit one to a column: each year's cards stand in a column under its year. */
export const TwelveEvents: Story = {
  args: { width: 1280 },
  render: (args) => frame(args, eventsWith(12)),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(eventButtons(canvasElement)).toHaveLength(12));
    const root = shadowOf(canvasElement);
    await expect(root.querySelector('.axis')!.getBoundingClientRect().height).toBeGreaterThan(0);
    await expect(root.querySelector('.leaders')!.getBoundingClientRect().height).toBe(0);
  },
};

/**
 * Shaped like the Gangzha report: a dozen 2019 results known only to their year (one bar on the
 * axis), the plenary on 4 January 2020, and the 2020 plans.
 */
export const ReportShaped: Story = {
  args: { width: 1600, highlight: 'plenary-2020' },
  render: (args) => frame(args, reportLikeEvents()),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(eventButtons(canvasElement)).toHaveLength(15));
    await expect(shadowOf(canvasElement).querySelectorAll('.marker')).toHaveLength(3);
  },
};

/** Dark theme. */
export const Dark: Story = {
  args: { theme: 'dark', highlight: 'plenary-2020' },
  render: (args) => frame(args),
};

/** The plenary hall: red and gold. */
export const Plenary: Story = {
  args: { theme: 'plenary', highlight: 'plenary-2020', width: 1280 },
  render: (args) => frame(args),
};

/** Reduced motion: no transitions; everything shown. */
export const ReducedMotion: Story = {
  args: { highlight: 'targets-2020' },
  render: (args) =>
    html`<div style="width: ${args.width}px; max-width: 100%">
      <report-timeline
        locale=${args.locale}
        .events=${fixtureDataset().events}
        motion="reduce"
        highlight=${args.highlight}
      ></report-timeline>
    </div>`,
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(shadowOf(canvasElement).querySelector('.motion-reduce')).not.toBeNull(),
    );
  },
};

/** Events from a surrounding `<report-data>`, with their related figures. */
export const FromReportData: Story = {
  render: (args) =>
    html`<report-data .data=${fixtureDataset()}>
      <div style="width: ${args.width}px; max-width: 100%">
        <report-timeline open="ip-park-2019" locale=${args.locale}></report-timeline>
      </div>
    </report-data>`,
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(shadowOf(canvasElement).querySelector('.figures')?.textContent).toContain(
        '省级知识产权示范园区',
      ),
    );
  },
};

/** No events. */
export const Empty: Story = {
  render: (args) => frame(args, []),
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(shadowOf(canvasElement).querySelector('[part="status"]')?.textContent).toBe(
        '没有可显示的事件。',
      ),
    );
  },
};

/** Invalid events: the message names the path and the value; the fallback stays. */
export const InvalidData: Story = {
  render: (args) => {
    const events = structuredClone(fixtureDataset().events) as unknown as {
      when: { precision: string };
    }[];
    events[0]!.when.precision = 'week';
    return html`<div style="width: ${args.width}px; max-width: 100%">
      <report-timeline locale=${args.locale} .events=${events}
        ><p>2019年：创成省级知识产权示范园区</p></report-timeline
      >
    </div>`;
  },
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(shadowOf(canvasElement).querySelector('[role="alert"]')?.textContent).toContain(
        'events[0].when.precision',
      ),
    );
  },
};

/** A highlight naming no event: the message says which id and lists the known ones. */
export const UnknownHighlight: Story = {
  args: { highlight: 'plenary-2021' },
  render: (args) => frame(args),
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(shadowOf(canvasElement).querySelector('[role="alert"]')?.textContent).toContain(
        '"plenary-2021"',
      ),
    );
  },
};
