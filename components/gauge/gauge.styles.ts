import { css, unsafeCSS } from 'lit';
import { GAUGE_COLORS } from '../../src/target/colors.js';
import { pill } from '../../src/theme.js';

const color = (name: keyof typeof GAUGE_COLORS) => unsafeCSS(GAUGE_COLORS[name]);

export const styles = css`
  :host {
    display: block !important;
  }

  .gauge {
    margin: 0;
    font-family: var(--_font-sans);
    line-height: 1.4;
    color: var(--_ink);
    /* A word longer than the line (a URL, a huge number) breaks rather than sticking out. */
    overflow-wrap: anywhere;
  }

  :host([theme]) .gauge {
    padding: 0.75em 1em;
  }

  .label {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.6em;
    margin-block-end: 0.5em;
  }

  .name {
    font-size: 1.0625em;
    font-weight: 700;
  }

  .year {
    ${pill('0.5em')}
    color: var(--_muted);
    font-size: 0.8125em;
    white-space: nowrap;
  }

  .graphic {
    display: block;
    width: 100%;
    max-width: var(--gauge-max-width, 21.25em);
    height: auto;
    overflow: visible;
  }

  .track {
    fill: ${color('track')};
  }

  .zone {
    fill: ${color('zone')};
  }

  .band {
    fill: ${color('band')};
  }

  .fill {
    fill: ${color('fill')};
  }

  .target,
  .reference,
  .baseline-mark {
    fill: none;
    stroke-linecap: round;
    stroke-width: 2.5;
  }

  .target {
    stroke: ${color('target')};
  }

  .reference {
    stroke: ${color('reference')};
  }

  .baseline-mark {
    stroke: ${color('baselineMark')};
    stroke-width: 2;
  }

  text {
    fill: var(--_muted);
    font-family: var(--_font-sans);
  }

  .marker-label,
  .reading {
    fill: var(--_ink);
    font-weight: 700;
  }

  .reading {
    font-family: var(--_font-numeric);
    font-variant-numeric: tabular-nums;
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    margin: 0.5em 0 0;
    font-size: 0.9375em;
  }

  .item {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.4em;
  }

  dt {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    color: var(--_muted);
  }

  dd {
    margin: 0;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }

  .swatch {
    display: inline-block;
    width: 0.75em;
    height: 0.75em;
    border-radius: 0.15em;
  }

  .goal .swatch {
    width: 0.2em;
    background: var(--gauge-target-color, var(--_ink));
  }

  .baseline .swatch,
  .current .swatch {
    background: var(--gauge-fill-color, var(--_accent));
  }

  /* With a current reading, the fill is the current one; the baseline is the thin mark. */
  .current ~ .baseline .swatch,
  .baseline:has(~ .current) .swatch {
    background: var(--gauge-track-color, var(--_track));
    box-shadow: inset 0.3em 0 0 -0.2em var(--_ink);
  }

  /* "In step with" has no target marker of its own: its target is drawn by the reference. */
  .goal.in-step-with .swatch,
  .reference .swatch {
    width: 0.2em;
    background: repeating-linear-gradient(
      to bottom,
      var(--gauge-reference-color, var(--_muted)) 0 0.2em,
      transparent 0.2em 0.3em
    );
  }

  .note {
    margin: 0.35em 0 0;
    color: var(--_muted);
    font-size: 0.8125em;
  }

  /* Two lines are kept for the status whatever it says: a reading before the target's year names
     its year (2019年距目标还差0.02个百分点), which wraps in a narrow column, and the loading state
     cannot know which wording will come — so the box is the same before and after the data. */
  .status {
    display: flex;
    align-items: baseline;
    gap: 0.4em;
    min-height: 2lh;
    margin: 0.5em 0 0;
    font-weight: 700;
  }

  .status-icon {
    color: var(--_muted);
  }

  .status.good .status-icon {
    color: ${color('good')};
  }

  .skeleton-name {
    width: 10em;
  }

  .loading .year {
    color: transparent;
  }

  .skeleton-shape {
    fill: var(--_track);
  }

  /* Two legend items (target and 2019) in the legend's own rows, each about as wide as theirs, so
     they wrap where those do. */
  .skeleton-term {
    width: 4em;
  }

  .skeleton-status {
    width: 8em;
  }
`;
