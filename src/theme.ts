/**
 * The design tokens every element shares (their values: `src/tokens.ts`), in three layers:
 *
 * 1. Global tokens a host page may set on any ancestor (`--report-color-ink`, `--report-font-sans` …).
 *    Custom properties inherit through shadow roots, so one rule on `body` themes every widget.
 * 2. Each element's own custom properties (documented with `@cssprop`), defaulting to these tokens.
 * 3. `::part()` names for the inner pieces.
 *
 * Light and dark come from `light-dark()`, which follows the element's `color-scheme`: inherited
 * from the host page by default, or set by the `theme` attribute (`light`, `dark`, `auto` for the
 * reader's system setting, `plenary` for the red-and-gold hall theme).
 */
import { css, unsafeCSS } from 'lit';
import { COLORS, FONTS, VISUALLY_HIDDEN, type ColorName } from './tokens.js';

export const THEMES = ['light', 'dark', 'auto', 'plenary'] as const;
export type Theme = (typeof THEMES)[number];

const names = Object.keys(COLORS) as ColorName[];

/** One declaration per colour token, from the table. */
function declarations(value: (name: ColorName) => string): string {
  return names.map((name) => `--_${name}: var(--report-color-${name}, ${value(name)});`).join('');
}

export const tokens = css`
  :host {
    ${unsafeCSS(declarations((name) => `light-dark(${COLORS[name].light}, ${COLORS[name].dark})`))}
    --_font-sans: var(--report-font-sans, ${unsafeCSS(FONTS.sans)});
    --_font-serif: var(--report-font-serif, ${unsafeCSS(FONTS.serif)});
    --_font-numeric: var(--report-font-numeric, var(--_font-sans));
    --_radius: var(--report-radius, 0.375em);
    --_duration: var(--report-duration, 1200ms);
  }

  /* A theme the editor chose holds against host rules aimed at the element (all: unset, a
     forced color-scheme): !important in a shadow root beats the page's, important or not.
     Colours are changed through the --report-color-* properties, not by overriding these. */
  :host([theme='light']) {
    color-scheme: light !important;
  }

  :host([theme='dark']) {
    color-scheme: dark !important;
  }

  :host([theme='auto']) {
    color-scheme: light dark !important;
  }

  /* The hall: gold on party red, read from the back row. */
  :host([theme='plenary']) {
    color-scheme: dark !important;
    ${unsafeCSS(declarations((name) => COLORS[name].plenary))}
    --_font-numeric: var(--report-font-numeric, var(--_font-serif));
  }

  /*
   * An explicit theme reaches the elements inside (a counter on a plenary deck's slide): they read
   * the public tokens, so the slotted content is given this element's palette through them.
   */
  :host([theme]) ::slotted(*) {
    ${unsafeCSS(names.map((name) => `--report-color-${name}: var(--_${name});`).join(''))}
    --report-font-numeric: var(--_font-numeric);
  }

  /* An explicit theme paints its own surface, so it reads on any host background. */
  :host([theme='light']),
  :host([theme='dark']),
  :host([theme='auto']),
  :host([theme='plenary']) {
    background: var(--_surface) !important;
    color: var(--_ink) !important;
  }
`;

/** Pieces every element renders the same way: errors, fallbacks, hidden text for screen readers. */
export const shared = css`
  /* Each element's :host display is !important, so that a page's CSS reset (the popular
     all: unset; display: revert, which makes any unknown element inline) cannot break its layout
     or its theme's background. The hidden attribute still hides it. */
  :host([hidden]) {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  [hidden] {
    display: none !important;
  }

  .visually-hidden {
    ${unsafeCSS(VISUALLY_HIDDEN)}
  }

  [part~='error'] {
    margin: 0;
    padding: 0.75em 1em;
    border-inline-start: 0.25em solid var(--_error);
    background: var(--_raised);
    color: var(--_ink);
    font: 400 0.875em/1.5 var(--_font-sans);
    overflow-wrap: anywhere;
    white-space: pre-line;
  }

  [part~='error'] strong {
    color: var(--_error);
    font-weight: 700;
  }

  :focus-visible {
    outline: 0.1875em solid var(--_focus);
    outline-offset: 0.125em;
  }
`;

/**
 * A pill: a rounded badge on the raised surface, outlined in the rule colour (a counter's rank, a
 * gauge's year) — the declarations, for a rule of the element's own; `inline` is its side padding.
 */
export function pill(inline: string) {
  return unsafeCSS(
    `padding: 0.05em ${inline}; border-radius: 999px; background: var(--_raised); ` +
      'box-shadow: inset 0 0 0 1px var(--_rule);',
  );
}

/**
 * What the widgets that show one item share (counter, gauge): the footnote quoting the report
 * sentence with the item's words marked, and the placeholders of a loading skeleton.
 */
export const itemParts = css`
  .footnote {
    margin: 0.75em 0 0;
    padding-inline-start: 0.75em;
    border-inline-start: 0.1875em solid var(--_rule);
    color: var(--_muted);
    font-family: var(--_font-sans);
    font-size: 0.8125em;
    line-height: 1.6;
    overflow-wrap: anywhere;
  }

  .footnote .source {
    display: block;
    font-weight: 600;
  }

  mark {
    padding: 0 0.1em;
    border-radius: 0.2em;
    background: color-mix(in srgb, var(--_highlight) 28%, transparent);
    color: var(--_ink);
  }

  .skeleton {
    display: inline-block;
    border-radius: var(--_radius);
    background: var(--_track);
    color: transparent;
  }
`;

/**
 * The widget's own typography. Inherited properties cross shadow roots, so a host page's
 * `letter-spacing`, uppercase, justified or pre-formatted text, italics, line height or SVG
 * paint set on an ancestor — even with `!important` — would reach every text and shape inside.
 * Declared on the shadow root's own top-level elements, these win over anything inherited, and
 * each component's own rules (later, or more specific) still set what it wants. Slots are left
 * alone: the fallback content an editor writes keeps the page's style. Font size and colour
 * scheme still come from the page (widgets scale with the text around them and follow its theme).
 *
 * For widgets (counter, gauge, timeline, pillars, data), not for the scroller and the deck,
 * whose steps and slides are the page's own content.
 */
export const isolated = css`
  /* The text nodes between a template's top-level elements inherit from the host itself: a host
     page's white-space: pre would turn them into blank lines. Inner !important beats outer. */
  :host {
    white-space: normal !important;
  }

  /* :where() keeps this at the host's specificity: the widget's own rules, later, win. */
  :host > :where(:not(slot, style)) {
    color: var(--_ink);
    font-family: var(--_font-sans);
    font-style: normal;
    font-variant: normal;
    font-weight: 400;
    font-stretch: normal;
    font-feature-settings: normal;
    font-variation-settings: normal;
    font-kerning: auto;
    font-size-adjust: none;
    line-height: normal;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    text-align-last: auto;
    text-indent: 0;
    text-shadow: none;
    text-emphasis: none;
    text-underline-position: auto;
    text-underline-offset: auto;
    text-rendering: auto;
    -webkit-text-fill-color: currentcolor;
    -webkit-text-stroke: 0;
    white-space: normal;
    text-wrap-style: auto;
    word-break: normal;
    overflow-wrap: normal;
    line-break: auto;
    hyphens: manual;
    tab-size: 8;
    quotes: auto;
    list-style: initial;
    direction: ltr;
    writing-mode: horizontal-tb;
    cursor: auto;
    fill: initial;
    fill-opacity: 1;
    fill-rule: nonzero;
    stroke: none;
    stroke-width: 1;
    stroke-opacity: 1;
    stroke-dasharray: none;
    stroke-dashoffset: 0;
    stroke-linecap: butt;
    stroke-linejoin: miter;
    paint-order: normal;
    text-anchor: start;
    dominant-baseline: auto;
    shape-rendering: auto;
  }
`;
