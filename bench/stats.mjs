// @ts-check
/** Small statistics over repeated runs and frame times. */

/** @typedef {{ median: number, min: number, max: number }} Spread */

/** @param {number[]} values */
export function median(values) {
  return quantile(values, 0.5);
}

/**
 * The q-quantile by linear interpolation between closest ranks (q = 0.95 for p95).
 * @param {number[]} values @param {number} q
 */
export function quantile(values, q) {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  const a = sorted[low] ?? Number.NaN;
  const b = sorted[high] ?? Number.NaN;
  return a + (b - a) * (position - low);
}

/** @param {number[]} values @returns {Spread} */
export function spread(values) {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
}
