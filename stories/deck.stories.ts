import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { ReportDeck } from '../components/deck/deck.js';
import { fixtureDataset } from '../tests/fixtures/dataset.js';

const meta: Meta = {
  title: 'Story/report-deck',
  component: 'report-deck',
};
export default meta;

type Story = StoryObj;

const SLIDES = [
  ['plenary', '一次全会，一份报告', 'One plenary, one report', '', '开场：先交代背景。'],
  ['economy', '增强的是实力', 'A stronger economy', 'gdp-2019', '“预计”二字要读出来。'],
  [
    'innovation',
    '聚合的是活力',
    'Energy for innovation',
    'rd-share-2019 patents-per-10k-2019',
    '两个创新指标并列。',
  ],
] as const;

/** Slides laid out in stage em: 1em is 32 of the stage's 1920 logical pixels. */
function slides(english = false): TemplateResult[] {
  return SLIDES.map(
    ([id, zh, en, cite, notes], i) =>
      html`<section
        id=${id}
        data-report-cite=${cite || 'plenary-2020'}
        style="display:grid;align-content:center;padding:2em 3em"
      >
        <h2 style="font-size:2.5em;margin:0 0 0.5em">${english ? en : zh}</h2>
        <p style="font-size:1.5em;margin:0">${i + 1} / ${SLIDES.length}</p>
        <aside data-report-notes><p>${notes}</p></aside>
      </section>`,
  );
}

function deck(
  attributes: Partial<Record<string, string>> = {},
  style = 'width:100%',
): TemplateResult {
  const english = attributes.locale === 'en';
  return html`<report-data .data=${fixtureDataset()}>
    <report-deck
      locale=${attributes.locale ?? 'zh-CN'}
      theme=${attributes.theme ?? 'light'}
      view=${attributes.view ?? 'slides'}
      motion=${attributes.motion ?? 'auto'}
      keyboard=${attributes.keyboard ?? 'focus'}
      channel=${`story-${Math.random()}`}
      label=${english ? 'Model District' : '示范区'}
      style=${style}
      >${slides(english)}</report-deck
    >
  </report-data>`;
}

function element(canvas: HTMLElement): ReportDeck {
  return canvas.querySelector('report-deck')!;
}

function stage(canvas: HTMLElement): DOMRect {
  return element(canvas).shadowRoot!.querySelector('[part="stage"]')!.getBoundingClientRect();
}

/** A 16:9 deck the width of the page; the clicker's keys work once it has focus. */
export const Default: Story = {
  render: () => deck(),
  play: async ({ canvasElement }) => {
    const slides = element(canvasElement);
    await waitFor(() => expect(slides.slides).toHaveLength(3));
    slides.focus();
    await userEvent.keyboard('{PageDown}');
    await waitFor(() => expect(slides.index).toBe(1));
    await userEvent.keyboard('{PageUp}');
    await waitFor(() => expect(slides.index).toBe(0));
  },
};

/**
 * The deck as the whole page (`keyboard="page"`, as `deck.html` has it): the clicker works wherever
 * focus is, even with nothing focused at all.
 */
export const PageKeys: Story = {
  render: () => deck({ keyboard: 'page' }),
  play: async ({ canvasElement }) => {
    const slides = element(canvasElement);
    await waitFor(() => expect(slides.slides).toHaveLength(3));
    (document.activeElement as HTMLElement | null)?.blur();
    await userEvent.keyboard('{PageDown}');
    await waitFor(() => expect(slides.index).toBe(1));
    await userEvent.keyboard('{End}');
    await waitFor(() => expect(slides.index).toBe(2));
  },
};

/** A 4:3 projector: the 16:9 stage letterboxed top and bottom. */
export const Projector4by3: Story = {
  render: () => deck({}, 'width:640px;height:480px'),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(stage(canvasElement).width).toBeCloseTo(640, 0));
    await expect(stage(canvasElement).height).toBeCloseTo(360, 0);
  },
};

/** A 32:9 LED wall: the stage letterboxed left and right. */
export const Wall32by9: Story = {
  render: () => deck({}, 'width:960px;height:270px'),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(stage(canvasElement).height).toBeCloseTo(270, 0));
    await expect(stage(canvasElement).width).toBeCloseTo(480, 0);
  },
};

/** The speaker view: current and next slide, notes with the source sentence of each figure, the clock. */
export const SpeakerView: Story = {
  render: () => deck({ view: 'speaker' }, 'width:100%;height:640px'),
  play: async ({ canvasElement }) => {
    const speaker = element(canvasElement);
    await waitFor(() => expect(speaker.slides).toHaveLength(3));
    speaker.index = 1;
    const notes = () => speaker.shadowRoot!.querySelector('[part="notes"]')!.textContent;
    await waitFor(() => expect(notes()).toContain('预计完成地区生产总值440亿元'));
    await expect(notes()).toContain('“预计”二字要读出来');
    await expect(speaker.shadowRoot!.querySelector('[role="timer"]')!.textContent.trim()).toMatch(
      /^\d\d:\d\d$/,
    );
  },
};

/** English. */
export const English: Story = {
  render: () => deck({ locale: 'en' }),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(element(canvasElement).slides).toHaveLength(3));
    await expect(element(canvasElement).getAttribute('aria-roledescription')).toBe('slide deck');
  },
};

/** Dark. */
export const Dark: Story = {
  render: () => deck({ theme: 'dark' }),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(element(canvasElement).slides).toHaveLength(3));
    await expect(getComputedStyle(element(canvasElement)).colorScheme).toBe('dark');
  },
};

/** The hall's red and gold, as deck.html shows it. */
export const Plenary: Story = {
  render: () => deck({ theme: 'plenary' }),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(element(canvasElement).slides).toHaveLength(3));
  },
};

/** Blanked with b or . : the audience sees black; Esc shows the slide again. */
export const Blank: Story = {
  render: () => deck(),
  play: async ({ canvasElement }) => {
    const slides = element(canvasElement);
    await waitFor(() => expect(slides.slides).toHaveLength(3));
    slides.focus();
    await userEvent.keyboard('b');
    await waitFor(() => expect(slides.blank).toBe(true));
    await expect(slides.shadowRoot!.querySelector<HTMLElement>('[part="blank"]')!.hidden).toBe(
      false,
    );
  },
};

/** Reduced motion: slides change without a fade. */
export const ReducedMotion: Story = {
  render: () => deck({ motion: 'reduce' }),
  play: async ({ canvasElement }) => {
    const slides = element(canvasElement);
    await waitFor(() => expect(slides.slides).toHaveLength(3));
    await expect(getComputedStyle(slides.slides[0]!).animationName).toBe('none');
  },
};

/** No slides yet. */
export const Empty: Story = {
  render: () => html`<report-deck theme="light" locale="zh-CN"></report-deck>`,
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(element(canvasElement).shadowRoot!.textContent).toContain('这个演示还没有幻灯片'),
    );
  },
};

/** A view that does not exist: the message names it. */
export const InvalidView: Story = {
  render: () => deck({ view: 'overview', locale: 'en' }),
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(
        element(canvasElement).shadowRoot!.querySelector('[role="alert"]')!.textContent,
      ).toContain('view="overview" is not usable'),
    );
  },
};
