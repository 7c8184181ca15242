import { css } from 'lit';

export const styles = css`
  :host {
    display: block !important;
  }

  :host(:focus) {
    outline: none;
  }

  /*
   * The box the stage fits in. With no height from the page it takes a 16:9 shape of its width;
   * given a height (a full-screen page, fullscreen) it fills it and letterboxes the stage.
   */
  .viewport {
    position: relative;
    display: grid;
    place-items: center;
    width: 100%;
    height: 100%;
    aspect-ratio: 16 / 9;
    container-type: size;
    overflow: hidden;
    background: var(--report-deck-letterbox, #000);
  }

  :host(:focus-visible) .speaker {
    outline: 0.1875em solid var(--_focus);
    outline-offset: -0.1875em;
  }

  /* The focus ring of the slides, drawn over the stage (an outline would be painted under it). */
  :host(:focus-visible) .audience::after {
    content: '';
    position: absolute;
    inset: 0;
    z-index: 3;
    border: 0.1875em solid var(--_focus);
    pointer-events: none;
  }

  /* Presenting: the whole screen is the deck; no ring around it. */
  :host(:fullscreen) .audience::after {
    content: none;
  }

  :host(:fullscreen) .viewport {
    height: 100vh;
  }

  /*
   * The 1920×1080 logical stage. Its width is the largest 16:9 box that fits the viewport, and 1em
   * on the stage is 1/60 of that width (32 logical px), so everything on a slide sized in em is laid
   * out at the screen's real resolution: crisp at any size and pixel ratio, never a scaled bitmap.
   */
  .stage {
    --_stage: min(100cqw, 100cqh * 16 / 9);
    position: relative;
    width: var(--_stage);
    height: calc(var(--_stage) * 9 / 16);
    container: report-stage / size;
    overflow: hidden;
    background: var(--report-deck-stage, var(--_surface));
    color: var(--_ink);
    font-family: var(--_font-sans);
    font-size: calc(var(--_stage) / 60);
    line-height: 1.4;
  }

  .stage ::slotted(*) {
    position: absolute;
    inset: 0;
    box-sizing: border-box;
    margin: 0;
    padding: 1.5em 2.25em;
    overflow: hidden;
    animation: report-deck-in 300ms ease-out both;
  }

  .still .stage ::slotted(*) {
    animation: none;
  }

  @keyframes report-deck-in {
    from {
      opacity: 0;
    }
    to {
      opacity: 1;
    }
  }

  .empty {
    display: grid;
    place-items: center;
    height: 100%;
    margin: 0;
    color: var(--_muted);
    font-size: 1.25em;
  }

  /* Blanked, the slide is hidden from everyone, not only painted over. */
  .is-blank .stage {
    visibility: hidden;
  }

  .blank {
    position: absolute;
    inset: 0;
    background: var(--report-deck-blank, #000);
  }

  .jump {
    position: absolute;
    inset-block-end: 0.5em;
    inset-inline-end: 0.75em;
    padding: 0.125em 0.5em;
    border-radius: var(--_radius);
    background: rgb(0 0 0 / 0.75);
    color: #fff;
    font: 700 max(1.5rem, 4cqmin) / 1.2 var(--_font-numeric);
    font-variant-numeric: tabular-nums;
  }

  /* Controls stay out of the audience's way: shown on hover, on focus and on touch screens. */
  .controls {
    position: absolute;
    inset-block-end: 0.5em;
    inset-inline-start: 50%;
    translate: -50% 0;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: center;
    gap: 0.375em;
    max-width: calc(100% - 1em);
    padding: 0.25em;
    border-radius: calc(var(--_radius) * 2);
    background: rgb(0 0 0 / 0.7);
    color: #fff;
    font: 400 0.875rem/1.2 var(--_font-sans);
    opacity: 0;
    transition: opacity 200ms;
  }

  .viewport:hover .controls,
  .controls:focus-within {
    opacity: 1;
  }

  @media (hover: none) {
    .controls {
      opacity: 1;
    }
  }

  .still .controls {
    transition: none;
  }

  button {
    min-width: 2.75em;
    min-height: 2.75em;
    padding: 0.25em 0.75em;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }

  button:disabled {
    opacity: 0.45;
    cursor: default;
  }

  button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-ink);
  }

  .counter {
    min-width: 4.5em;
    text-align: center;
    font-variant-numeric: tabular-nums;
  }

  /* The speaker view: the current slide large, the next one small, notes beside them. */
  .speaker-frame {
    height: 100%;
    container-type: inline-size;
  }

  .speaker {
    display: grid;
    grid-template:
      'bar bar' auto
      'now notes' minmax(0, 1fr)
      'upcoming notes' minmax(0, 0.6fr)
      / minmax(0, 3fr) minmax(0, 2fr);
    gap: 0.75em;
    height: 100%;
    min-height: 30em;
    padding: 0.75em;
    background: var(--_raised);
    color: var(--_ink);
    font: 400 1rem/1.5 var(--_font-sans);
  }

  .bar {
    grid-area: bar;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }

  .navigation {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
  }

  .clock {
    min-width: 4.5em;
    font: 700 1.75em/1 var(--_font-numeric);
    font-variant-numeric: tabular-nums;
  }

  .blanked {
    padding: 0.25em 0.5em;
    border-radius: var(--_radius);
    background: #000;
    color: #fff;
  }

  .now {
    grid-area: now;
  }

  .upcoming {
    grid-area: upcoming;
  }

  .now,
  .upcoming {
    min-height: 0;
  }

  .now .viewport,
  .upcoming .viewport {
    aspect-ratio: auto;
  }

  .notes {
    grid-area: notes;
    min-height: 0;
    overflow: auto;
    padding: 0.75em 1em;
    border-radius: var(--_radius);
    background: var(--_surface);
    font-size: 1.125em;
  }

  .notes h2 {
    margin: 0.5em 0 0.25em;
    font-size: 0.875em;
    letter-spacing: 0.05em;
    color: var(--_muted);
  }

  .sources {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  .sources li + li {
    margin-block-start: 0.5em;
  }

  /* Set off by a rule, not quotation marks: a report sentence often opens with its own “. */
  .sources q {
    display: block;
    margin-block-start: 0.125em;
    padding-inline-start: 0.625em;
    border-inline-start: 0.1875em solid var(--_rule);
    font-family: var(--_font-serif);
    quotes: none;
  }

  .sources mark {
    padding-inline: 0.0625em;
    background: color-mix(in srgb, var(--_highlight) 45%, transparent);
    color: inherit;
  }

  .quiet {
    color: var(--_muted);
  }

  @container (max-width: 40em) {
    .speaker {
      grid-template:
        'bar' auto
        'now' auto
        'notes' auto
        'upcoming' auto
        / minmax(0, 1fr);
    }

    .now .viewport,
    .upcoming .viewport {
      aspect-ratio: 16 / 9;
    }
  }
`;
