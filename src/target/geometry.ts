/**
 * The little geometry a gauge needs: a linear scale, a domain that holds every number shown, and
 * annular sectors for the arc form (angles in radians, clockwise from twelve o'clock, as d3-shape's
 * `arc` measures them).
 *
 * Written here rather than imported: `scaleLinear` from d3-scale brings d3-array, d3-interpolate,
 * d3-color and d3-format with it (+9.8 KiB gzip in the embed) and d3-shape's `arc` keeps every
 * curve (+4.5 KiB); these few lines cost ~0.4 KiB.
 */

export type Scale = (value: number) => number;

/** A linear map from a domain onto a range; values outside the domain are clamped. */
export function linearScale(
  [d0, d1]: readonly [number, number],
  [r0, r1]: readonly [number, number],
): Scale {
  const span = d1 - d0;
  return (value) => {
    const t = span === 0 ? 0 : (value - d0) / span;
    return r0 + (r1 - r0) * Math.min(1, Math.max(0, t));
  };
}

const NICE_STEPS = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];

/** The smallest "round" number ≥ x: 7.8 → 8, 2.76 → 3, 0.013 → 0.015, 440 → 500. */
export function niceCeil(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) return x > 0 ? x : 0;
  const magnitude = 10 ** Math.floor(Math.log10(x));
  for (const step of NICE_STEPS) {
    const candidate = Number((step * magnitude).toPrecision(12));
    if (candidate >= x - 1e-12 * magnitude) return candidate;
  }
  return 10 * magnitude;
}

/**
 * A domain from zero (or the lowest value, when one is negative) to a round number a fifth above
 * the highest, so a target marker never sits on the end of the scale. With no numbers: [−1, 3], a
 * neutral scale around zero for targets that have none ("keep growing").
 */
export function targetDomain(values: readonly (number | undefined)[]): [number, number] {
  const numbers = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (numbers.length === 0) return [-1, 3];
  const high = Math.max(...numbers);
  const low = Math.min(0, ...numbers);
  const top = high > 0 ? niceCeil(high * 1.2) : 1;
  const bottom = low < 0 ? -niceCeil(-low * 1.2) : 0;
  return [bottom, top];
}

/** The point at `radius` and `angle` around (cx, cy). */
export function polar(cx: number, cy: number, radius: number, angle: number): [number, number] {
  return [round(cx + radius * Math.sin(angle)), round(cy - radius * Math.cos(angle))];
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * An annular sector (a ring piece) as an SVG path: from angle a0 to a1 (a1 > a0) between the
 * inner radius r0 and the outer radius r1. Empty when the angles coincide.
 */
export function annularSector(
  cx: number,
  cy: number,
  r0: number,
  r1: number,
  a0: number,
  a1: number,
): string {
  const sweep = a1 - a0;
  if (!(sweep > 1e-6)) return '';
  const large = sweep > Math.PI ? 1 : 0;
  const [x0, y0] = polar(cx, cy, r1, a0);
  const [x1, y1] = polar(cx, cy, r1, a1);
  const [x2, y2] = polar(cx, cy, r0, a1);
  const [x3, y3] = polar(cx, cy, r0, a0);
  return (
    `M${x0},${y0}A${r1},${r1} 0 ${large} 1 ${x1},${y1}` +
    `L${x2},${y2}A${r0},${r0} 0 ${large} 0 ${x3},${y3}Z`
  );
}
