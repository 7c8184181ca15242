/**
 * The builder's live widget: the element for the current choice, and what it says about itself
 * once drawn — its accessible text in the widget's language (the fallback an editor pastes) and
 * its height (for the rule that reserves it).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { RefOrCallback } from 'lit/directives/ref.js';
import { ref } from 'lit/directives/ref.js';
import { messages } from '../../src/i18n/messages.js';
import type { Fallback } from './snippet.js';
import { attributeOf, choice, type BuilderState } from './state.js';

/** A report-story element that can draw itself as a static picture. */
export interface Exportable extends HTMLElement {
  /** Its final state as an SVG document; '' while loading or in error (the code loads on first use). */
  toSVG(): Promise<string>;
  readonly updateComplete: Promise<boolean>;
  replay?: () => void;
}

/**
 * The widget for the current choice. Attributes the widget does not have must be absent, not
 * empty: one template per kind.
 */
export function renderPreview(state: BuilderState, keep: RefOrCallback): TemplateResult {
  if (!state.dataset) return html``;
  const c = choice(state);
  const attr = (name: string) => attributeOf(c, name);
  const own = ref(keep);
  const theme = attr('theme');
  const motion = attr('motion');
  switch (c.kind) {
    case 'counter':
      return html`<report-counter
        ${own}
        src=${c.src}
        metric=${state.figure}
        theme=${theme ?? nothing}
        locale=${state.locale}
        motion=${motion ?? nothing}
        ?footnote=${state.footnote}
      ></report-counter>`;
    case 'gauge':
      return html`<report-gauge
        ${own}
        src=${c.src}
        goal=${state.target}
        form=${state.form}
        theme=${theme ?? nothing}
        locale=${state.locale}
        motion=${motion ?? nothing}
        ?footnote=${state.footnote}
      ></report-gauge>`;
    case 'timeline':
      return html`<report-timeline
        ${own}
        src=${c.src}
        highlight=${attr('highlight') ?? nothing}
        theme=${theme ?? nothing}
        locale=${state.locale}
        motion=${motion ?? nothing}
      ></report-timeline>`;
    case 'pillars':
      return html`<report-pillars
        ${own}
        src=${c.src}
        reveal=${attr('reveal') ?? nothing}
        active=${attr('active') ?? nothing}
        theme=${theme ?? nothing}
        locale=${state.locale}
        motion=${motion ?? nothing}
      ></report-pillars>`;
  }
}

export interface PreviewReading {
  readonly fallback: Fallback;
  readonly measured: { readonly height: number; readonly fontSize: number };
}

/**
 * What the drawn preview says: its accessible text as the fallback content, and its size.
 * Undefined while it is still loading its data (ask again a little later).
 */
export function readPreview(element: Exportable, state: BuilderState): PreviewReading | undefined {
  const root = element.shadowRoot;
  if (!root || root.querySelector('[aria-busy="true"]')) return undefined;
  const text = (selector: string) =>
    [...root.querySelectorAll(selector)].map((node) =>
      node.textContent.replace(/\s+/g, ' ').trim(),
    );
  const { labelled } = messages(state.locale).common;
  let fallback: Fallback = { text: '' };
  if (root.querySelector('[part~="error"]')) {
    fallback = { text: '' };
  } else if (state.kind === 'counter') {
    fallback = { text: root.querySelector('[part~="base"]')?.getAttribute('aria-label') ?? '' };
  } else if (state.kind === 'gauge') {
    const meter = root.querySelector('[role="meter"], [part~="meter"]');
    const name = meter?.getAttribute('aria-label') ?? '';
    const value = meter?.getAttribute('aria-valuetext') ?? '';
    fallback = { text: value ? labelled(name, value) : name };
  } else if (state.kind === 'timeline') {
    const dates = text('[part~="date"]');
    const titles = text('[part~="title"]');
    fallback = {
      text: root.querySelector('[part~="timeline"]')?.getAttribute('aria-label') ?? '',
      items: titles.map((title, i) => `${dates[i] ?? ''} ${title}`.trim()),
    };
  } else {
    const title = text('[part~="title"]')[0] ?? '';
    const roof = text('.roof-text')[0] ?? '';
    fallback = {
      text: title && roof ? labelled(title, roof) : title || roof,
      items: text('.pillar-heading'),
    };
  }
  const box = element.getBoundingClientRect();
  const fontSize = parseFloat(getComputedStyle(element).fontSize) || 16;
  return { fallback, measured: { height: box.height, fontSize } };
}

/** Whether a reading says what the state already holds (then nothing needs drawing again). */
export function sameReading(state: BuilderState, reading: PreviewReading): boolean {
  const { fallback, measured } = reading;
  return (
    fallback.text === state.fallback.text &&
    (fallback.items ?? []).join('\n') === (state.fallback.items ?? []).join('\n') &&
    state.measured?.height === measured.height
  );
}
