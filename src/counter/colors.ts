/**
 * The counter's colours as CSS, apart from its SVG export (`svg.ts`), so that the counter's
 * styles carry them without the export's code, which loads on first use.
 */

/**
 * Where each colour of the counter comes from, as CSS: the counter's styles paint with these,
 * and an export resolves them to plain colours (`readColors`), so page overrides carry over.
 */
export const COUNTER_COLORS = {
  ink: 'var(--_ink)',
  muted: 'var(--counter-label-color, var(--_muted))',
  number: 'var(--counter-number-color, var(--_accent))',
  rise: 'var(--counter-rise-color, var(--_rise))',
  fall: 'var(--counter-fall-color, var(--_fall))',
} as const satisfies Record<string, string>;
