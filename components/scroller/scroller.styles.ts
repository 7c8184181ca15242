import { css } from 'lit';

export const styles = css`
  :host {
    display: block !important;
  }

  .frame {
    --_top: var(--report-scroller-top, 0px);
    --_lead: var(--report-scroller-lead, 40svh);
    --_tail: var(--report-scroller-tail, 60svh);
    --_gap: var(--report-scroller-gap, 60svh);
    --_step-width: var(--report-scroller-step-width, 34em);
    --_step-background: var(--report-scroller-step-background, var(--_surface));
    --_current: var(--report-scroller-current, var(--_accent));
    container-type: inline-size;
    color: var(--_ink);
    font-family: var(--_font-sans);
  }

  /* Narrow containers (phones): the graphic stays behind the steps, which scroll over it as cards. */
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
  }

  .steps,
  .graphic {
    grid-area: 1 / 1;
    min-width: 0;
  }

  .graphic {
    position: sticky;
    top: var(--_top);
    z-index: 0;
    align-self: start;
    display: grid;
    height: calc(100vh - var(--_top));
    height: calc(100svh - var(--_top));
    padding: 1em;
    overflow: hidden;
  }

  .steps {
    position: relative;
    z-index: 1;
    padding: var(--_lead) 0.75em var(--_tail);
  }

  ::slotted(:not([slot])) {
    display: block;
    box-sizing: border-box;
    max-width: min(var(--_step-width), 100%);
    margin: 0 auto var(--_gap);
    padding: 1em 1.25em;
    border-radius: var(--_radius);
    border-inline-start: 0.25em solid transparent;
    background: var(--_step-background);
    box-shadow: 0 0.125em 0.75em rgb(0 0 0 / 0.16);
    overflow-wrap: anywhere;
    scroll-margin-block: calc(var(--_top) + 1em);
  }

  ::slotted(:not([slot]):last-child) {
    margin-block-end: 0;
  }

  ::slotted([data-report-current]:not([slot])) {
    border-inline-start-color: var(--_current);
  }

  /* Narrow: the graphic sits in the upper part, clear of the active step at the middle line. */
  ::slotted([slot='graphic']) {
    grid-area: 1 / 1;
    align-self: start;
    justify-self: stretch;
    min-width: 0;
    max-height: 100%;
  }

  /* Important: a page's own display rule for its graphics must not show another step's graphic. */
  ::slotted([slot='graphic'][data-report-for]:not([data-report-current])) {
    display: none !important;
  }

  ::slotted([slot='graphic'][data-report-for][data-report-current]) {
    animation: report-scroller-in 400ms ease-out both;
  }

  .still ::slotted([slot='graphic']) {
    animation: none;
  }

  @keyframes report-scroller-in {
    from {
      opacity: 0;
    }
    to {
      opacity: 1;
    }
  }

  /* Wide containers: the text steps in one column, the graphic sticky beside them. */
  @container (min-width: 48em) {
    .layout {
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
      column-gap: 2em;
    }

    .steps {
      grid-column: 1;
      padding-inline: 1em 0;
    }

    .graphic {
      grid-column: 2;
      padding-inline: 0 1em;
    }

    ::slotted(:not([slot])) {
      margin-inline: 0;
      box-shadow: none;
      background: transparent;
    }

    ::slotted([slot='graphic']) {
      align-self: center;
    }
  }
`;
