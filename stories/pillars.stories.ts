import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { ReportPillars } from '../components/pillars/pillars.js';
import type { Programme } from '../src/data/schema.js';
import { fixtureDataset } from '../tests/fixtures/dataset.js';
import { gangzhaProgramme, programmeWith } from '../tests/fixtures/programmes.js';

interface Args {
  width: number;
  locale: string;
  theme: string;
  reveal: number | undefined;
  active: string;
}

const meta: Meta<Args> = {
  title: 'Elements/report-pillars',
  component: 'report-pillars',
  args: { width: 1280, locale: 'zh-CN', theme: '', reveal: undefined, active: '' },
  argTypes: {
    width: { control: { type: 'range', min: 280, max: 1920, step: 10 } },
    locale: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    theme: { control: 'select', options: ['', 'light', 'dark', 'auto', 'plenary'] },
    reveal: { control: { type: 'number', min: 0, max: 10 } },
  },
};
export default meta;

type Story = StoryObj<Args>;

function frame(args: Args, programme: Programme = gangzhaProgramme()): TemplateResult {
  return html`<div style="width: ${args.width}px; max-width: 100%">
    <report-pillars
      .programme=${programme}
      locale=${args.locale}
      theme=${args.theme || 'light'}
      reveal=${args.reveal ?? nothing}
      active=${args.active || nothing}
    ></report-pillars>
  </div>`;
}

const pillarsIn = (canvas: HTMLElement) => canvas.querySelector('report-pillars') as ReportPillars;
const shadowOf = (canvas: HTMLElement) => pillarsIn(canvas).shadowRoot!;
const pillarCount = (canvas: HTMLElement) => shadowOf(canvas).querySelectorAll('.pillar').length;

/** The report's programme: 五提工程 — the roof, five pillars, the foundation. */
export const Default: Story = {
  render: (args) => frame(args),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(pillarCount(canvasElement)).toBe(5));
    const names = [...shadowOf(canvasElement).querySelectorAll('.name')].map((n) => n.textContent);
    await expect(names).toEqual(['产业提档', '项目提效', '城市提质', '环境提优', '民生提标']);
  },
};

/** Three pillars (the test fixture). */
export const ThreePillars: Story = {
  render: (args) => frame(args, fixtureDataset().programme),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(pillarCount(canvasElement)).toBe(3));
  },
};

/** Eight pillars with very long Chinese labels on a 1920 px stage. */
export const EightPillarsLongChinese: Story = {
  args: { width: 1920 },
  render: (args) => frame(args, programmeWith(8, { long: true })),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(pillarCount(canvasElement)).toBe(8));
  },
};

/** Eight pillars with very long English labels (and one unbreakable word) at 1280 px: two rows. */
export const EightPillarsLongEnglish: Story = {
  args: { locale: 'en' },
  render: (args) => frame(args, programmeWith(8, { long: true })),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(pillarCount(canvasElement)).toBe(8));
    const host = pillarsIn(canvasElement);
    await expect(host.scrollWidth).toBeLessThanOrEqual(host.clientWidth);
  },
};

/** English labels from the dataset. */
export const English: Story = {
  args: { locale: 'en' },
  render: (args) => frame(args),
};

/** A step part-way through the reveal: the roof and the first two pillars. */
export const RevealStep: Story = {
  args: { reveal: 3 },
  render: (args) => frame(args),
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(shadowOf(canvasElement).querySelectorAll('.part.concealed')).toHaveLength(4),
    );
  },
};

/** One pillar open: its actions shown, the others receding. */
export const ActivePillar: Story = {
  args: { active: 'projects' },
  render: (args) => frame(args),
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(shadowOf(canvasElement).querySelector('.pillar.active .name')?.textContent).toBe(
        '项目提效',
      ),
    );
  },
};

/** Selecting by keyboard: arrows and Enter. */
export const Keyboard: Story = {
  render: (args) => frame(args),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(pillarCount(canvasElement)).toBe(5));
    shadowOf(canvasElement).querySelector<HTMLButtonElement>('.pillar-button')!.focus();
    await userEvent.keyboard('{End}{Enter}');
    await waitFor(() => expect(pillarsIn(canvasElement).active).toBe('livelihoods'));
  },
};

/** A phone: one pillar per row. */
export const Narrow: Story = {
  args: { width: 320 },
  render: (args) => frame(args),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(pillarCount(canvasElement)).toBe(5));
    const host = pillarsIn(canvasElement);
    await expect(host.scrollWidth).toBeLessThanOrEqual(320);
  },
};

/** Dark theme. */
export const Dark: Story = {
  args: { theme: 'dark', active: 'city' },
  render: (args) => frame(args),
};

/** The plenary hall: red and gold, on a 1920 px stage. */
export const Plenary: Story = {
  args: { theme: 'plenary', width: 1920, active: 'industry' },
  render: (args) => frame(args),
};

/** Reduced motion: every part at once, whatever the step says. */
export const ReducedMotion: Story = {
  render: (args) =>
    html`<div style="width: ${args.width}px; max-width: 100%">
      <report-pillars
        locale=${args.locale}
        .programme=${gangzhaProgramme()}
        reveal="1"
        motion="reduce"
      ></report-pillars>
    </div>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(pillarCount(canvasElement)).toBe(5));
    await expect(shadowOf(canvasElement).querySelectorAll('.concealed')).toHaveLength(0);
  },
};

/** The programme from a surrounding `<report-data>`. */
export const FromReportData: Story = {
  render: (args) =>
    html`<report-data .data=${fixtureDataset()}>
      <div style="width: ${args.width}px; max-width: 100%">
        <report-pillars locale=${args.locale}></report-pillars>
      </div>
    </report-data>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(pillarCount(canvasElement)).toBe(3));
  },
};

/** A dataset without a programme. */
export const Empty: Story = {
  render: (args) => {
    const data = fixtureDataset();
    delete data.programme;
    return html`<report-data .data=${data}>
      <div style="width: ${args.width}px; max-width: 100%">
        <report-pillars locale=${args.locale}></report-pillars>
      </div>
    </report-data>`;
  },
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(shadowOf(canvasElement).querySelector('[part="status"]')?.textContent).toBe(
        '数据中没有可显示的工作方案。',
      ),
    );
  },
};

/** An invalid programme: the message names the path and the value; the fallback stays. */
export const InvalidData: Story = {
  render: (args) => {
    const programme = structuredClone(gangzhaProgramme()) as unknown as {
      pillars: { name: unknown }[];
    };
    programme.pillars[1]!.name = '项目提效';
    return html`<div style="width: ${args.width}px; max-width: 100%">
      <report-pillars locale=${args.locale} .programme=${programme}
        ><p>五提工程：产业提档、项目提效、城市提质、环境提优、民生提标</p></report-pillars
      >
    </div>`;
  },
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(shadowOf(canvasElement).querySelector('[role="alert"]')?.textContent).toContain(
        'programme.pillars[1].name: expected an object, got "项目提效"',
      ),
    );
  },
};

/** An active pillar that does not exist: the message lists the pillars there are. */
export const UnknownActive: Story = {
  args: { active: 'roads' },
  render: (args) => frame(args),
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(shadowOf(canvasElement).querySelector('[role="alert"]')?.textContent).toContain(
        '"roads"',
      ),
    );
  },
};
