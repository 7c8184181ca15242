/**
 * The timeline's time scale: UTC milliseconds → percent of the axis, clamped to 0–100.
 *
 * Deliberately not d3-scale. `scaleLinear` cannot be tree-shaken down to its mapping: it carries
 * `tickFormat` (which pulls in d3-format, which this project does not ship) and a generic
 * interpolator (d3-interpolate with d3-color). Measured in the one-file embed: +10.7 KiB gzip
 * for what is one line of arithmetic here. `scaleUtc` would add d3-time and d3-time-format on
 * top. Ticks and their labels come from `Intl` (see `model.ts`), so nothing else is needed.
 *
 * Kept in one file behind one function so that a d3 scale can be swapped back in without
 * touching the model.
 */

/** Maps a UTC timestamp to a position on the axis, 0–100, clamped. */
export type TimeScale = (time: number) => number;

/** A linear scale from [start, end) in UTC milliseconds onto 0–100. */
export function createTimeScale(start: number, end: number): TimeScale {
  const span = end - start;
  if (!(span > 0)) throw new RangeError(`a time scale needs end after start, got ${start}–${end}`);
  return (time) => Math.min(100, Math.max(0, ((time - start) / span) * 100));
}
