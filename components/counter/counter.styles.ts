import { css, unsafeCSS } from 'lit';
import { COUNTER_COLORS } from '../../src/counter/colors.js';
import { pill } from '../../src/theme.js';

const color = (name: keyof typeof COUNTER_COLORS) => unsafeCSS(COUNTER_COLORS[name]);

export const styles = css`
  :host {
    display: block !important;
  }

  .counter {
    --_number-size: var(--counter-number-size, 3em);
    font-family: var(--_font-sans);
    line-height: 1.4;
    color: var(--_ink);
    /* A word longer than the line (a URL, a huge number) breaks rather than sticking out. */
    overflow-wrap: anywhere;
  }

  :host([theme]) .counter,
  :host([theme]) .footnote {
    padding-inline: 1em;
  }

  :host([theme]) .counter {
    padding-block: 0.75em;
  }

  :host([theme]) .footnote {
    padding-block-end: 0.75em;
  }

  .label {
    margin-block-end: 0.25em;
    color: ${color('muted')};
    font-size: 1em;
    font-weight: 500;
  }

  .value {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 0.2em;
    line-height: 1.1;
  }

  .number {
    position: relative;
    display: inline-grid;
    color: ${color('number')};
    font-family: var(--_font-numeric);
    font-size: var(--_number-size);
    font-weight: 700;
    font-variant-numeric: tabular-nums lining-nums;
    letter-spacing: -0.01em;
  }

  /* The final text (and the starting one, when it is wider) reserves the width; the ticking text
     sits over it, aligned to the end, so the digits stay put while they count. A grid, not an
     inline block: a thousand mount faster in a block (2.19× CountUp.js's time, against 2.55×),
     but each tick of the out-of-flow text then relays out the number's line, and counting fell
     to 0.76× CountUp.js's frame rate, against 0.98× (npm run bench, same hour, load 2.3–3.5). */
  .number > span {
    grid-area: 1 / 1;
    text-align: end;
  }

  .final,
  .reserve {
    visibility: hidden;
  }

  /* Out of flow over the same cell: the reserved text alone sizes the number, so a tick lays out
     this line and nothing around it (a page of many counters relaid out every row each frame). */
  .live {
    position: absolute;
    inset: 0;
  }

  .unit {
    font-size: 1.375em;
    font-weight: 600;
    white-space: nowrap;
  }

  .unit.spaced {
    margin-inline-start: 0.1em;
  }

  .qualifier {
    align-self: center;
    padding: 0.05em 0.4em;
    border: 1px solid var(--_rule);
    border-radius: var(--_radius);
    color: ${color('muted')};
    font-size: 0.875em;
    line-height: 1.4;
    white-space: nowrap;
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.375em 0.875em;
    /* A line with the rank's pill (1.4 line + its padding) whether or not there is a rank, so
       the loading placeholder knows the height. */
    min-height: 1.5em;
    margin-block-start: 0.5em;
    font-size: 0.9375em;
  }

  .change {
    display: inline-flex;
    align-items: baseline;
    gap: 0.3em;
    flex-wrap: wrap;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }

  .change.rise {
    color: ${color('rise')};
  }

  .change.fall {
    color: ${color('fall')};
  }

  .change.flat {
    color: ${color('muted')};
  }

  .arrow {
    font-size: 0.8em;
  }

  .basis {
    font-weight: 500;
  }

  .rank {
    ${pill('0.6em')}
    color: var(--_ink);
  }

  .footnote {
    color: ${color('muted')};
  }

  .skeleton-label {
    width: 8em;
  }

  .skeleton-number {
    width: 2.2em;
  }

  .skeleton-meta {
    width: 6em;
  }

  @media print {
    .final {
      visibility: visible;
    }

    .live {
      visibility: hidden;
    }
  }
`;
