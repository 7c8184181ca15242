import { css, unsafeCSS } from 'lit';
import { LANE_HEIGHT, LAYOUTS, LEADER_HEIGHT } from '../../src/timeline/layout.js';

export const styles = css`
  :host {
    display: block !important;
  }

  .timeline {
    container: timeline / inline-size;
    --_marker: var(--marker-color, var(--_accent));
    --_hl: var(--highlight-color, var(--_accent));
    --_line: var(--line-color, var(--_rule));
    --_card: var(--card-background, var(--_raised));
    --_results: var(--results-color, var(--_track));
    --_plans: var(--plans-color, color-mix(in srgb, var(--_accent) 16%, var(--_surface)));
    --_lane: ${LANE_HEIGHT}em;
    --_leader: ${LEADER_HEIGHT}em;
    color: var(--_ink);
    font: 400 1em/1.5 var(--_font-sans);
  }

  /* ------------------------------------------------------------------ vertical (default) */

  .axis,
  .field {
    display: none;
  }

  .group + .group {
    margin-block-start: 1em;
  }

  .year-heading {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.5em;
    margin: 0 0 0.375em;
    font: 700 1.125em/1.3 var(--_font-sans);
    font-variant-numeric: tabular-nums;
  }

  .phase {
    font-size: 0.75em;
    font-weight: 600;
    padding: 0.0625em 0.625em;
    border-radius: 1em;
    background: var(--_results);
    color: var(--_ink);
  }

  .phase-plans .phase,
  .phase.phase-plans {
    background: var(--_plans);
  }

  /* The phase word is a chip; the separator is for screen readers and plain-text copies. */
  .phase {
    white-space: nowrap;
  }

  .events {
    list-style: none;
    margin: 0 0 0 0.4375em;
    padding: 0.125em 0 0.125em 1.25em;
    border-inline-start: 0.125em solid var(--_line);
  }

  .group.phase-plans .events {
    border-inline-start-color: color-mix(in srgb, var(--_accent) 45%, var(--_line));
  }

  .event {
    position: relative;
    display: flex;
    flex-direction: column;
    min-width: 0;
    margin-block: 0.5em;
    border: 0.0625em solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_card);
    transition:
      background-color 0.3s ease,
      border-color 0.3s ease,
      box-shadow 0.3s ease;
  }

  .event.highlighted {
    border-color: var(--_hl);
    background: color-mix(in srgb, var(--_hl) 7%, var(--_card));
    box-shadow: inset 0.25em 0 0 var(--_hl);
  }

  /* On the tinted card the date takes the full ink colour, so it keeps its contrast. */
  .event.highlighted .when {
    color: var(--_ink);
  }

  .has-highlight .event:not(.highlighted) {
    background: var(--_surface);
  }

  /* Colour only: a change of weight could re-wrap the title and move the cards on every step. */
  .has-highlight .event:not(.highlighted) .title {
    color: var(--_muted);
  }

  .event.open {
    border-color: var(--_marker);
  }

  /* The event's mark on the vertical spine: a dot for a day, a bar for a month or a year. */
  .pin {
    position: absolute;
    inset-inline-start: calc(-1.3125em - 0.0625em - var(--_pin-w) / 2);
    top: 0.875em;
    width: var(--_pin-w);
    height: var(--_pin-h);
    border-radius: 1em;
    background: var(--_marker);
    --_pin-w: 0.75em;
    --_pin-h: 0.75em;
  }

  .precision-month > .pin {
    --_pin-w: 0.5em;
    --_pin-h: 1.5em;
    top: 0.625em;
  }

  .precision-year > .pin {
    --_pin-w: 0.5em;
    --_pin-h: auto;
    top: 0.5em;
    bottom: 0.5em;
  }

  .inferred > .pin {
    background: var(--_surface);
    border: 0.125em dashed var(--_marker);
  }

  /* A dot is too small for dashes: an inferred day is a hollow ring. */
  .precision-day.inferred > .pin {
    border-style: solid;
    border-width: 0.1875em;
  }

  .has-highlight .event:not(.highlighted) > .pin {
    background: var(--_line);
  }

  .has-highlight .event.inferred:not(.highlighted) > .pin {
    background: var(--_surface);
    border-color: var(--_muted);
  }

  .event-button {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: start;
    gap: 0.125em 0.75em;
    width: 100%;
    margin: 0;
    padding: 0.625em 0.875em;
    border: 0;
    border-radius: inherit;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }

  .event-button:focus-visible {
    outline: 0.1875em solid var(--_focus);
    outline-offset: -0.1875em;
  }

  .when {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
    color: var(--_muted);
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }

  .inferred-mark {
    padding: 0 0.4375em;
    border: 0.0714em dashed currentColor;
    border-radius: 0.25em;
    font-size: 0.875em;
    line-height: 1.4;
    white-space: nowrap;
  }

  .title {
    text-wrap: pretty;
    grid-column: 1 / -1;
    font-weight: 650;
    line-height: 1.4;
    overflow-wrap: anywhere;
    hyphens: auto;
  }

  .chevron {
    grid-column: 2;
    grid-row: 1;
    align-self: center;
    width: 0.5em;
    height: 0.5em;
    margin-inline-end: 0.125em;
    border-inline-end: 0.125em solid var(--_muted);
    border-block-end: 0.125em solid var(--_muted);
    transform: translateY(-0.125em) rotate(45deg);
    transition: transform 0.2s ease;
  }

  .open .chevron {
    transform: translateY(0.125em) rotate(-135deg);
  }

  .detail {
    margin: 0 0.875em 0.875em;
    padding-block-start: 0.625em;
    border-block-start: 0.0625em dashed var(--_line);
    font-size: 0.9375em;
    line-height: 1.6;
    overflow-wrap: anywhere;
  }

  .detail > * {
    margin: 0 0 0.5em;
  }

  .detail > :last-child {
    margin-block-end: 0;
  }

  .kind {
    color: var(--_muted);
    font-size: 0.8125em;
    font-weight: 600;
    letter-spacing: 0.04em;
  }

  .basis strong,
  .figures strong {
    font-weight: 650;
  }

  .figure {
    display: block;
  }

  .source-figure {
    margin: 0;
  }

  .source-label {
    color: var(--_muted);
    font-size: 0.8125em;
    font-weight: 600;
  }

  .source {
    margin: 0.25em 0 0;
    padding-inline-start: 0.75em;
    border-inline-start: 0.1875em solid var(--_marker);
    font-family: var(--_font-serif);
    quotes: '“' '”';
  }

  .source::before {
    content: open-quote;
  }

  .source::after {
    content: close-quote;
  }

  .status {
    margin: 0;
    padding: 0.75em 1em;
    color: var(--_muted);
    font: 400 0.9375em/1.5 var(--_font-sans);
  }

  /* ------------------------------------------------------------------ horizontal axis */

  .axis {
    position: relative;
    margin-block-end: 0.25em;
  }

  .bands {
    position: relative;
    height: 2.25em;
  }

  .band {
    position: absolute;
    inset-block: 0;
    display: flex;
    align-items: center;
    gap: 0.5em;
    padding-inline: 0.625em;
    overflow: hidden;
    white-space: nowrap;
    background: var(--_results);
    box-shadow: inset -0.0625em 0 0 var(--_surface);
  }

  .band.phase-plans {
    background: var(--_plans);
  }

  .band-year {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }

  .band-phase {
    font-size: 0.8125em;
    font-weight: 600;
  }

  .turn {
    position: absolute;
    top: -0.25em;
    bottom: -0.625em;
    width: 0.1875em;
    margin-inline-start: -0.09375em;
    background: var(--_accent);
    z-index: 1;
  }

  .track {
    position: relative;
    height: 1.5em;
    border-block-start: 0.125em solid var(--_line);
  }

  .tick {
    position: absolute;
    top: 0;
    width: 0.0625em;
    height: 0.375em;
    background: var(--_line);
  }

  .tick.major {
    width: 0.125em;
    height: 0.625em;
    margin-inline-start: -0.0625em;
  }

  .tick-label {
    position: absolute;
    top: 0.375em;
    transform: translateX(-50%);
    color: var(--_muted);
    font-size: 0.75em;
    white-space: nowrap;
  }

  .field {
    position: relative;
    height: calc(var(--lanes) * var(--_lane) + var(--_leader));
  }

  .leaders {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    overflow: visible;
  }

  .leader {
    fill: none;
    stroke: var(--_line);
    stroke-width: 1.5;
    transition:
      stroke 0.3s ease,
      stroke-width 0.3s ease;
  }

  .leader.highlighted,
  .leader.open {
    stroke: var(--_hl);
    stroke-width: 2.5;
  }

  .marker {
    --_m: var(--_marker);
    position: absolute;
    top: calc(var(--lane) * var(--_lane) + (var(--_lane) - 0.625em) / 2);
    left: calc(var(--x0) + 0.125em);
    width: calc(var(--x1) - var(--x0) - 0.25em);
    height: 0.625em;
    border-radius: 0.3125em;
    background: var(--_m);
    cursor: pointer;
    transition:
      background-color 0.3s ease,
      box-shadow 0.3s ease;
  }

  .marker.precision-day {
    top: calc(var(--lane) * var(--_lane) + (var(--_lane) - 0.875em) / 2);
    left: calc((var(--x0) + var(--x1)) / 2 - 0.4375em);
    width: 0.875em;
    height: 0.875em;
    border-radius: 50%;
  }

  .marker.inferred {
    background: repeating-linear-gradient(
      135deg,
      var(--_m) 0 0.1875em,
      color-mix(in srgb, var(--_m) 25%, var(--_surface)) 0.1875em 0.375em
    );
    box-shadow: inset 0 0 0 0.0625em var(--_m);
  }

  .marker.precision-day.inferred {
    background: var(--_surface);
    box-shadow: inset 0 0 0 0.1875em var(--_m);
  }

  .has-highlight .marker:not(.highlighted) {
    --_m: var(--_muted);
  }

  .marker.highlighted,
  .marker.open {
    box-shadow:
      0 0 0 0.1875em var(--_surface),
      0 0 0 0.3125em var(--_hl);
  }

  .marker.open.inferred,
  .marker.highlighted.inferred {
    box-shadow:
      inset 0 0 0 0.0625em var(--_m),
      0 0 0 0.1875em var(--_surface),
      0 0 0 0.3125em var(--_hl);
  }

  .marker.precision-day.open.inferred,
  .marker.precision-day.highlighted.inferred {
    box-shadow:
      inset 0 0 0 0.1875em var(--_m),
      0 0 0 0.1875em var(--_surface),
      0 0 0 0.3125em var(--_hl);
  }

  ${unsafeCSS(LAYOUTS)}

  .motion-reduce,
  .motion-reduce * {
    transition: none !important;
  }

  @media (forced-colors: active) {
    .marker,
    .pin {
      background: CanvasText;
      forced-color-adjust: none;
    }
    .event.highlighted {
      outline: 0.1875em solid Highlight;
    }
  }
`;
