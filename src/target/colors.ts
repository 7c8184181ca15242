/**
 * The gauge's colours as CSS, apart from its SVG export (`svg.ts`), so that the gauge's styles
 * carry them without the export's code, which loads on first use.
 */
import type { GaugePalette } from './svg.js';

const TRACK = 'var(--gauge-track-color, var(--_track))';

/**
 * Where each colour of the gauge comes from, as CSS: the gauge's styles paint with these, and an
 * export resolves them to plain colours (`readColors`), so page overrides carry over.
 */
export const GAUGE_COLORS = {
  ink: 'var(--_ink)',
  muted: 'var(--_muted)',
  track: TRACK,
  zone: `var(--gauge-zone-color, color-mix(in srgb, var(--_highlight) 28%, ${TRACK}))`,
  band: `var(--gauge-band-color, color-mix(in srgb, var(--_highlight) 62%, ${TRACK}))`,
  fill: 'var(--gauge-fill-color, var(--_accent))',
  target: 'var(--gauge-target-color, var(--_ink))',
  reference: 'var(--gauge-reference-color, var(--_muted))',
  baselineMark: 'var(--_accent-ink)',
  good: 'var(--_accent)',
} as const satisfies Record<keyof Omit<GaugePalette, 'background'>, string>;
