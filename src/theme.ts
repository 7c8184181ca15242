/**
 * The design tokens every element shares, in three layers:
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
import { css } from 'lit';

export const THEMES = ['light', 'dark', 'auto', 'plenary'] as const;
export type Theme = (typeof THEMES)[number];

export const tokens = css`
  :host {
    --_ink: var(--report-color-ink, light-dark(#1b1d21, #eef0f3));
    --_muted: var(--report-color-muted, light-dark(#5a616b, #a9b1bc));
    --_surface: var(--report-color-surface, light-dark(#ffffff, #16191d));
    --_raised: var(--report-color-raised, light-dark(#f5f3ef, #22262c));
    --_rule: var(--report-color-rule, light-dark(#d9d6d0, #3a4048));
    --_accent: var(--report-color-accent, light-dark(#c8161d, #ff6a5f));
    --_accent-ink: var(--report-color-accent-ink, light-dark(#ffffff, #16191d));
    --_highlight: var(--report-color-highlight, light-dark(#b8860b, #f2c14e));
    --_rise: var(--report-color-rise, light-dark(#c8161d, #ff6a5f));
    --_fall: var(--report-color-fall, light-dark(#17803d, #5ccf86));
    --_track: var(--report-color-track, light-dark(#ebe7e1, #2c3138));
    --_error: var(--report-color-error, light-dark(#a4161a, #ff8a80));
    --_focus: var(--report-color-focus, light-dark(#1a5fb4, #8ab4f8));
    --_font-sans: var(
      --report-font-sans,
      system-ui,
      -apple-system,
      'Segoe UI',
      'Noto Sans CJK SC',
      'Noto Sans SC',
      'PingFang SC',
      'Hiragino Sans GB',
      'Microsoft YaHei',
      sans-serif
    );
    --_font-serif: var(
      --report-font-serif,
      'Noto Serif CJK SC',
      'Noto Serif SC',
      'Source Han Serif SC',
      'Songti SC',
      'SimSun',
      serif
    );
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
    --_ink: var(--report-color-ink, #fff6e0);
    --_muted: var(--report-color-muted, #f3d9a4);
    --_surface: var(--report-color-surface, #a3080c);
    --_raised: var(--report-color-raised, #b81419);
    --_rule: var(--report-color-rule, #d8484a);
    --_accent: var(--report-color-accent, #ffd25e);
    --_accent-ink: var(--report-color-accent-ink, #7a0508);
    --_highlight: var(--report-color-highlight, #ffe9a8);
    --_rise: var(--report-color-rise, #ffd25e);
    --_fall: var(--report-color-fall, #b6f0c8);
    --_track: var(--report-color-track, #7d0609);
    --_error: var(--report-color-error, #ffe3e3);
    --_focus: var(--report-color-focus, #ffffff);
    --_font-numeric: var(--report-font-numeric, var(--_font-serif));
  }

  /*
   * An explicit theme reaches the elements inside (a counter on a plenary deck's slide): they read
   * the public tokens, so the slotted content is given this element's palette through them.
   */
  :host([theme]) ::slotted(*) {
    --report-color-ink: var(--_ink);
    --report-color-muted: var(--_muted);
    --report-color-surface: var(--_surface);
    --report-color-raised: var(--_raised);
    --report-color-rule: var(--_rule);
    --report-color-accent: var(--_accent);
    --report-color-accent-ink: var(--_accent-ink);
    --report-color-highlight: var(--_highlight);
    --report-color-rise: var(--_rise);
    --report-color-fall: var(--_fall);
    --report-color-track: var(--_track);
    --report-color-error: var(--_error);
    --report-color-focus: var(--_focus);
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
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
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
