import { css, unsafeCSS } from 'lit';

/** Narrowest pillar (em) and gap between pillars (em) used for the breakpoints. */
const MIN = 11;
const GAP = 0.75;
/** Pillar counts that get their own breakpoints; larger programmes use the last rule set. */
const MAX_COUNT = 20;

/**
 * Container queries cannot read a count, so each programme carries `count-N`, and for each N the
 * rules below pick how many pillars stand in a row: all of them when they fit at their narrowest,
 * else half of them (two balanced rows), else one per row.
 */
function columnRules(): string {
  const width = (cols: number) => cols * MIN + (cols - 1) * GAP + 1;
  const rules: string[] = [];
  for (let n = 1; n <= MAX_COUNT; n++) {
    const options = [...new Set([n, Math.ceil(n / 2)])].filter((c) => c > 1).sort((a, b) => a - b);
    for (const cols of options) {
      rules.push(
        `@container programme (min-width: ${width(cols)}em) { .count-${n} .pillars { --cols: ${cols}; } }`,
      );
    }
    // One pillar per row: rows need not line up, so a receded pillar gives up its actions' room.
    const single = options.length ? `(width < ${width(options[0] ?? 1)}em)` : '(width >= 0)';
    rules.push(
      `@container programme ${single} { .count-${n}.has-active .pillar:not(.active) .actions { display: none; } }`,
    );
  }
  return rules.join('\n');
}

export const styles = css`
  :host {
    display: block !important;
  }

  .programme {
    container: programme / inline-size;
    --_roof: var(--roof-background, var(--_accent));
    --_roof-ink: var(--roof-color, var(--_accent-ink));
    --_pillar: var(--pillar-background, var(--_raised));
    --_pillar-accent: var(--pillar-accent, var(--_accent));
    --_gap: var(--gap, ${GAP}em);
    --_eave: 1.25em;
    display: flex;
    flex-direction: column;
    color: var(--_ink);
    font: 400 1em/1.5 var(--_font-sans);
  }

  .title {
    text-wrap: balance;
    display: flex;
    align-items: center;
    gap: 0.75em;
    margin: 0 0 0.5em;
    color: var(--_pillar-accent);
    font: 700 1.375em/1.3 var(--_font-serif);
    letter-spacing: 0.06em;
    text-align: center;
    overflow-wrap: anywhere;
  }

  .title::before,
  .title::after {
    content: '';
    flex: 1 1 1em;
    min-width: 1em;
    border-block-start: 0.0625em solid currentColor;
    opacity: 0.6;
  }

  /* ------------------------------------------------------------------ the parts, revealed */

  .part {
    transition:
      opacity 0.5s ease,
      transform 0.5s ease,
      visibility 0s linear 0s;
  }

  /* A part a step has not reached yet: it keeps its place, so nothing moves when it appears. */
  .part.concealed {
    visibility: hidden;
    opacity: 0;
    transform: translateY(0.75em);
    transition:
      opacity 0.3s ease,
      transform 0.3s ease,
      visibility 0s linear 0.3s;
  }

  /* ------------------------------------------------------------------ roof */

  .roof {
    position: relative;
    padding: 0.875em calc(var(--_eave) + 1em) 0.75em;
    background: var(--_roof);
    color: var(--_roof-ink);
    clip-path: polygon(0 100%, var(--_eave) 0, calc(100% - var(--_eave)) 0, 100% 100%);
    text-align: center;
  }

  .roof-text {
    text-wrap: balance;
    margin: 0;
    font: 700 1.25em/1.45 var(--_font-serif);
    overflow-wrap: anywhere;
    hyphens: auto;
  }

  /* ------------------------------------------------------------------ pillars */

  .pillars {
    --cols: 1;
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    align-items: stretch;
    gap: var(--_gap);
    margin: 0.375em 0.5em;
    padding: 0.375em 0 0;
    border-block-start: 0.25em solid var(--_roof);
    list-style: none;
  }

  .pillar {
    container: pillar / inline-size;
    position: relative;
    display: flex;
    flex-direction: column;
    flex: 0 0 calc((100% - (var(--cols) - 1) * var(--_gap)) / var(--cols));
    min-width: 0;
    padding: 0.75em 0.875em 0.875em;
    border: 0.0625em solid var(--_rule);
    border-block-start: 0.375em solid var(--_pillar-accent);
    border-block-end: 0.25em solid var(--_rule);
    border-radius: 0.125em;
    background: var(--_pillar);
    overflow-wrap: anywhere;
    hyphens: auto;
  }

  .pillar-heading {
    margin: 0;
  }

  .pillar-button {
    display: flex;
    align-items: center;
    gap: 0.625em;
    width: 100%;
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }

  /* The whole pillar is the button's target; its focus ring goes round the whole pillar. */
  .pillar-button::after {
    content: '';
    position: absolute;
    inset: -0.4375em -0.0625em -0.3125em;
    border-radius: 0.125em;
  }

  .pillar-button:focus-visible {
    outline: none;
  }

  .pillar-button:focus-visible::after {
    outline: 0.1875em solid var(--_focus);
    outline-offset: 0.125em;
  }

  .number {
    flex: none;
    display: grid;
    place-items: center;
    width: 2em;
    height: 2em;
    border: 0.125em solid var(--_pillar-accent);
    border-radius: 50%;
    color: var(--_pillar-accent);
    font: 700 1.125em/1 var(--_font-serif);
    font-variant-numeric: tabular-nums;
  }

  .name {
    text-wrap: balance;
    min-width: 0;
    font: 700 1.25em/1.3 var(--_font-sans);
    letter-spacing: 0.02em;
  }

  /* In a narrow pillar the number stands above the name, like a capital, leaving the name the width. */
  @container pillar (width < 15em) {
    .pillar-button {
      flex-direction: column;
      align-items: flex-start;
      gap: 0.375em;
    }
  }

  .driver,
  .aim {
    margin: 0;
    font-size: 0.9375em;
    line-height: 1.5;
  }

  .driver {
    margin-block-start: 0.625em;
    color: var(--_muted);
  }

  .aim {
    font-weight: 600;
  }

  .actions {
    margin: 0.75em 0 0;
    padding: 0.625em 0 0;
    border-block-start: 0.0625em dashed var(--_rule);
    list-style: none;
    font-size: 0.9375em;
    line-height: 1.5;
    transition:
      opacity 0.4s ease,
      visibility 0s linear 0s;
  }

  .action {
    position: relative;
    padding-inline-start: 1em;
  }

  .action + .action {
    margin-block-start: 0.375em;
  }

  .action::before {
    content: '';
    position: absolute;
    inset-inline-start: 0.125em;
    top: 0.6em;
    width: 0.375em;
    height: 0.375em;
    background: var(--_pillar-accent);
    transform: rotate(45deg);
  }

  .pillar:hover {
    border-color: var(--_pillar-accent);
  }

  /* The open pillar lights up; the others recede but keep their place. */
  .pillar.active {
    border-color: var(--_pillar-accent);
    background: var(--_pillar-accent);
    color: var(--_roof-ink);
  }

  .pillar.active .number {
    border-color: var(--_roof-ink);
    background: var(--_roof-ink);
    color: var(--_pillar-accent);
  }

  .pillar.active .driver {
    color: inherit;
  }

  .pillar.active .actions {
    border-color: currentColor;
  }

  .pillar.active .action::before {
    background: currentColor;
  }

  .has-active .pillar:not(.active) {
    background: var(--_surface);
    border-block-start-color: var(--_rule);
  }

  .has-active .pillar:not(.active) .number {
    border-color: var(--_rule);
    color: var(--_muted);
  }

  .has-active .pillar:not(.active) .name {
    color: var(--_muted);
  }

  .has-active .pillar:not(.active) .actions {
    visibility: hidden;
    opacity: 0;
    transition:
      opacity 0.2s ease,
      visibility 0s linear 0.2s;
  }

  ${unsafeCSS(columnRules())}

  /* ------------------------------------------------------------------ foundation */

  .foundation {
    position: relative;
    margin-block-start: 0.25em;
    padding: 0.875em 1.25em 1em;
    background: var(--_roof);
    color: var(--_roof-ink);
    text-align: center;
    box-shadow:
      0 -0.25em 0 -0.0625em var(--_surface),
      0 -0.4375em 0 -0.0625em var(--_roof);
  }

  .foundation-title {
    text-wrap: balance;
    margin: 0;
    font: 700 1.125em/1.45 var(--_font-serif);
    overflow-wrap: anywhere;
    hyphens: auto;
  }

  .commitments {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 13em), 1fr));
    gap: 0.5em var(--_gap);
    margin: 0.75em 0 0;
    padding: 0.75em 0 0;
    border-block-start: 0.0625em solid color-mix(in srgb, currentColor 45%, transparent);
    list-style: none;
  }

  .commitment {
    display: flex;
    flex-direction: column;
    min-width: 0;
    overflow-wrap: anywhere;
    hyphens: auto;
  }

  .commitment-title {
    text-wrap: balance;
    font-weight: 700;
  }

  .commitment-detail {
    font-size: 0.9375em;
  }

  .status {
    margin: 0;
    padding: 0.75em 1em;
    color: var(--_muted);
    font: 400 0.9375em/1.5 var(--_font-sans);
  }

  .motion-reduce .part,
  .motion-reduce .actions,
  .motion-reduce .part.concealed {
    transition: none;
  }

  @media (forced-colors: active) {
    .roof,
    .foundation {
      border: 0.125em solid CanvasText;
    }
    .pillar.active {
      outline: 0.25em solid Highlight;
    }
  }
`;
