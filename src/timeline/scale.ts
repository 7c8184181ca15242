/**
 * The timeline's time scale: UTC milliseconds → percent of the axis.
 *
 * A d3 `scaleLinear` over timestamps rather than `scaleUtc`: the axis ticks and labels come from
 * `Intl` through the project formatter, so d3-time and d3-time-format stay out of the bundle.
 * Kept in one file so that the scale can be swapped without touching the model.
 */
import { scaleLinear } from 'd3-scale';

/** Maps a UTC timestamp to a position on the axis, 0–100, clamped. */
export type TimeScale = (time: number) => number;

export function createTimeScale(start: number, end: number): TimeScale {
  const scale = scaleLinear().domain([start, end]).range([0, 100]).clamp(true);
  return (time) => scale(time);
}
