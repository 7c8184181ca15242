/**
 * What a gauge draws, as plain data: shapes in viewBox units, each with a role that decides its
 * colour. `<report-gauge>` renders the scene with Lit (colours from CSS); `toSVG()` writes the
 * same scene as standalone SVG (colours inline). One geometry, two outputs.
 *
 * Each comparator is drawn its own way: a floor bracket opening up the scale (at least), a ceiling
 * bracket opening down it (at most), a shaded band around a plain marker (about), a bracket at zero
 * with the positive side shaded (keep growing), a dashed link marker at the reference's reading
 * (in step with).
 */
import { textWidth } from '../svg/measure.js';
import type { Comparator } from '../data/schema.js';
import { annularSector, linearScale, polar, type Scale } from './geometry.js';

export type GaugeForm = 'arc' | 'bar';

export type ShapeRole =
  | 'track'
  | 'zone'
  | 'band'
  | 'fill'
  | 'target'
  | 'reference'
  | 'baseline-mark'
  | 'tick-label'
  | 'marker-caption'
  | 'marker-label'
  | 'reading-caption'
  | 'reading';

export type Shape =
  | { readonly kind: 'path'; readonly role: ShapeRole; readonly d: string }
  | {
      readonly kind: 'text';
      readonly role: ShapeRole;
      readonly x: number;
      readonly y: number;
      readonly anchor: 'start' | 'middle' | 'end';
      readonly size: number;
      readonly text: string;
    };

export interface Scene {
  readonly width: number;
  readonly height: number;
  readonly shapes: readonly Shape[];
}

/** What the scene is built from; every text is already formatted. */
export interface GaugeSceneInput {
  readonly comparator: Comparator;
  readonly domain: readonly [number, number];
  /** The target number (absent for keep growing and in step with). */
  readonly value?: number | undefined;
  /** The band of an "about" or "in step" target. */
  readonly band?: readonly [number, number] | undefined;
  /** The reading the fill shows (current, else baseline) and its words. */
  readonly reading?: number | undefined;
  readonly readingCaption: string;
  /** The reading as text, already counted to `progress` by the caller. */
  readonly readingText: string;
  /** The baseline, drawn as a small mark when a current reading fills the gauge. */
  readonly baselineMark?: number | undefined;
  /** For in step with: the reference's reading. */
  readonly reference?: number | undefined;
  /** Two lines beside the target marker: a caption (目标) and the target (≥6.5%). */
  readonly markerLines: readonly [string, string];
  /** Two lines beside the reference marker. */
  readonly referenceLines?: readonly [string, string] | undefined;
  /** Labels for the ends of the scale (and zero inside it). */
  readonly ticks: readonly { readonly value: number; readonly text: string }[];
}

/**
 * Estimated widths run up to a fifth short in wide fonts (DejaVu Sans Bold: digits 0.7em, ≥ and %
 * nearly 1em): text kept inside the viewBox is placed as if it were this much wider.
 */
const WIDE_FONT = 1.2;

const ARC = { width: 340, height: 196, cx: 170, cy: 164, r0: 94, r1: 120 } as const;
const BAR = { width: 320, height: 100, x0: 16, x1: 304, y: 36, h: 18 } as const;

/** The viewBox size of a form's scene, known before any data (a loading gauge reserves it). */
export function sceneSize(form: GaugeForm): { readonly width: number; readonly height: number } {
  return form === 'bar'
    ? { width: BAR.width, height: BAR.height + 8 }
    : { width: ARC.width, height: ARC.height };
}

/** Builds the scene at `progress` (0 = empty fill, 1 = final). */
export function gaugeScene(input: GaugeSceneInput, form: GaugeForm, progress: number): Scene {
  return form === 'bar' ? barScene(input, progress) : arcScene(input, progress);
}

function clampTo([d0, d1]: readonly [number, number], v: number): number {
  return Math.min(Math.max(v, Math.min(d0, d1)), Math.max(d0, d1));
}

/** The stretch of the scale each comparator shades as "where the target wants the reading". */
function zone(input: GaugeSceneInput): readonly [number, number] | undefined {
  const [d0, d1] = input.domain;
  switch (input.comparator) {
    case 'at-least':
      return input.value === undefined ? undefined : [input.value, d1];
    case 'at-most':
      return input.value === undefined ? undefined : [d0, input.value];
    case 'keep-growing':
      return [clampTo(input.domain, 0), d1];
    default:
      return undefined;
  }
}

/** The point the fill grows from: zero, kept inside the scale. */
function origin(input: GaugeSceneInput): number {
  return clampTo(input.domain, 0);
}

function fillRange(input: GaugeSceneInput, progress: number): [number, number] | undefined {
  if (input.reading === undefined) return undefined;
  const from = origin(input);
  const to = from + (clampTo(input.domain, input.reading) - from) * progress;
  return [Math.min(from, to), Math.max(from, to)];
}

/** Which way a marker's bracket opens: +1 up the scale (floor), −1 down (ceiling), 0 none. */
function bracket(comparator: Comparator): 1 | -1 | 0 {
  if (comparator === 'at-least' || comparator === 'keep-growing') return 1;
  if (comparator === 'at-most') return -1;
  return 0;
}

/** Where the target marker stands. */
function targetAt(input: GaugeSceneInput): number | undefined {
  if (input.comparator === 'keep-growing') return clampTo(input.domain, 0);
  if (input.comparator === 'in-step-with') return undefined;
  return input.value;
}

/** How one form draws: a range of the scale, a marker across it (its place returned), a label. */
interface FormDrawing<At> {
  readonly range: (role: ShapeRole, range: readonly [number, number], inset?: number) => void;
  readonly marker: (role: ShapeRole, at: number, opens: 1 | -1 | 0, dashed?: boolean) => At;
  readonly label: (at: At, lines: readonly [string, string], role: ShapeRole) => void;
}

/**
 * What the arc and the bar draw alike, back to front: the track, the zone, the band, the fill;
 * then the target's marker and the reference's, each labelled.
 */
function drawScale<At>(input: GaugeSceneInput, progress: number, form: FormDrawing<At>): void {
  form.range('track', input.domain);
  const z = zone(input);
  if (z) form.range('zone', z);
  if (input.band) form.range('band', input.band);
  const fill = fillRange(input, progress);
  if (fill) form.range('fill', fill, 3);

  const target = targetAt(input);
  if (target !== undefined) {
    const at = form.marker('target', target, bracket(input.comparator));
    form.label(at, input.markerLines, 'marker-label');
  }
  if (input.reference !== undefined && input.referenceLines) {
    const at = form.marker('reference', input.reference, 0, true);
    form.label(at, input.referenceLines, 'marker-label');
  }
}

// ---------------------------------------------------------------------------------------------
// Arc

function arcScene(input: GaugeSceneInput, progress: number): Scene {
  const { cx, cy, r0, r1 } = ARC;
  const angle: Scale = linearScale(input.domain, [-Math.PI / 2, Math.PI / 2]);
  const shapes: Shape[] = [];
  const sector = (role: ShapeRole, [a, b]: readonly [number, number], inset = 0) => {
    const d = annularSector(cx, cy, r0 + inset, r1 - inset, angle(a), angle(b));
    if (d) shapes.push({ kind: 'path', role, d });
  };

  const marker = (role: ShapeRole, at: number, opens: 1 | -1 | 0, dashed = false) => {
    const a = angle(at);
    const [x0, y0] = polar(cx, cy, r0 - 6, a);
    const [x1, y1] = polar(cx, cy, r1 + 6, a);
    let d = dashed ? dashes([x0, y0], [x1, y1], 5, 3) : `M${x0},${y0}L${x1},${y1}`;
    if (opens) {
      const [x2, y2] = polar(cx, cy, r1 + 6, a + opens * 0.12);
      d += `A${r1 + 6},${r1 + 6} 0 0 ${opens > 0 ? 1 : 0} ${x2},${y2}`;
    }
    shapes.push({ kind: 'path', role, d });
    return a;
  };
  const label = (a: number, lines: readonly [string, string], role: ShapeRole) => {
    const [px, y] = polar(cx, cy, r1 + 12, a);
    const side = Math.abs(a) < 0.3 ? 0 : Math.sign(a);
    const anchor = side === 0 ? 'middle' : side > 0 ? 'start' : 'end';
    const top = side === 0 ? y - 20 : y - 7;
    // Kept inside the viewBox: a label near an end of the arc moves inwards rather than off it.
    const width = Math.max(estimate(lines[0], 13), estimate(lines[1], 16) * 1.08) * WIDE_FONT;
    const x =
      anchor === 'start'
        ? Math.min(px, ARC.width - width - 2)
        : anchor === 'end'
          ? Math.max(px, width + 2)
          : Math.min(Math.max(px, width / 2 + 2), ARC.width - width / 2 - 2);
    shapes.push(
      { kind: 'text', role: 'marker-caption', x: r(x), y: top, anchor, size: 13, text: lines[0] },
      { kind: 'text', role, x: r(x), y: top + 17, anchor, size: 16, text: lines[1] },
    );
  };

  drawScale(input, progress, { range: sector, marker, label });
  if (input.baselineMark !== undefined) {
    const a = angle(input.baselineMark);
    const [x0, y0] = polar(cx, cy, r0 + 3, a);
    const [x1, y1] = polar(cx, cy, r1 - 3, a);
    shapes.push({ kind: 'path', role: 'baseline-mark', d: `M${x0},${y0}L${x1},${y1}` });
  }

  const mid = (r0 + r1) / 2;
  for (const tick of input.ticks) {
    const a = angle(tick.value);
    // The ends of the scale are labelled below the arc; a tick inside it (zero) inside the ring.
    const end = Math.abs(Math.abs(a) - Math.PI / 2) < 1e-6;
    const [x, y] = polar(cx, cy, end ? mid : r0 - 14, a);
    // Centred under its end of the arc, but never past the edge of the viewBox.
    const half = (estimate(tick.text, 13) * WIDE_FONT) / 2;
    shapes.push({
      kind: 'text',
      role: 'tick-label',
      x: r(Math.min(Math.max(x, half + 2), ARC.width - half - 2)),
      y: end ? y + 19 : y + 4,
      anchor: 'middle',
      size: 13,
      text: tick.text,
    });
  }

  shapes.push(
    {
      kind: 'text',
      role: 'reading-caption',
      x: cx,
      y: cy - 46,
      anchor: 'middle',
      size: 14,
      // Inside the ring; a longer caption is shortened here (the legend says it in full).
      text: shorten(input.readingCaption, (2 * r0 - 24) / 14),
    },
    {
      kind: 'text',
      role: 'reading',
      x: cx,
      y: cy - 10,
      anchor: 'middle',
      size: Math.min(32, Math.round((2 * r0 - 24) / Math.max(1, textWidth(input.readingText)))),
      text: input.readingText,
    },
  );
  return { ...sceneSize('arc'), shapes };
}

/** A dashed straight line as separate segments (so no stroke-dasharray is needed). */
function dashes(
  [x0, y0]: readonly [number, number],
  [x1, y1]: readonly [number, number],
  dash: number,
  gap: number,
): string {
  const length = Math.hypot(x1 - x0, y1 - y0);
  const ux = (x1 - x0) / length;
  const uy = (y1 - y0) / length;
  let d = '';
  for (let s = 0; s < length; s += dash + gap) {
    const e = Math.min(length, s + dash);
    d += `M${r(x0 + ux * s)},${r(y0 + uy * s)}L${r(x0 + ux * e)},${r(y0 + uy * e)}`;
  }
  return d;
}

function r(n: number): number {
  return Math.round(n * 100) / 100;
}

// ---------------------------------------------------------------------------------------------
// Bar

function barScene(input: GaugeSceneInput, progress: number): Scene {
  const { x0, x1, y, h } = BAR;
  const x: Scale = linearScale(input.domain, [x0, x1]);
  const shapes: Shape[] = [];
  const rect = (role: ShapeRole, [a, b]: readonly [number, number], inset = 0) => {
    const left = x(a);
    const right = x(b);
    if (!(right - left > 1e-6)) return;
    shapes.push({
      kind: 'path',
      role,
      d: `M${r(left)},${y + inset}H${r(right)}V${y + h - inset}H${r(left)}Z`,
    });
  };

  const marker = (role: ShapeRole, at: number, opens: 1 | -1 | 0, dashed = false) => {
    const mx = r(x(at));
    let d = dashed ? dashes([mx, y - 8], [mx, y + h + 6], 4, 3) : `M${mx},${y - 8}V${y + h + 6}`;
    if (opens) d += `M${mx},${y - 8}h${opens * 9}`;
    shapes.push({ kind: 'path', role, d });
    return mx;
  };
  const label = (mx: number, lines: readonly [string, string], role: ShapeRole) => {
    const captionWidth = estimate(`${lines[0]} `, 13);
    const width = captionWidth + estimate(lines[1], 16) * 1.08;
    // Centred on the marker and kept inside the scale; caption and target meet at `cx`.
    const left = Math.min(Math.max(mx - width / 2, x0), x1 - width);
    const cx = r(left + captionWidth);
    shapes.push(
      {
        kind: 'text',
        role: 'marker-caption',
        x: cx,
        y: y - 16,
        anchor: 'end',
        size: 13,
        text: `${lines[0]} `,
      },
      { kind: 'text', role, x: cx + 3, y: y - 16, anchor: 'start', size: 16, text: lines[1] },
    );
  };

  drawScale(input, progress, { range: rect, marker, label });
  if (input.baselineMark !== undefined) {
    const bx = r(x(input.baselineMark));
    shapes.push({ kind: 'path', role: 'baseline-mark', d: `M${bx},${y + 3}V${y + h - 3}` });
  }
  for (const tick of input.ticks) {
    const tx = x(tick.value);
    const anchor = tx <= x0 + 1e-6 ? 'start' : tx >= x1 - 1e-6 ? 'end' : 'middle';
    shapes.push({
      kind: 'text',
      role: 'tick-label',
      x: r(tx),
      y: y + h + 17,
      anchor,
      size: 12,
      text: tick.text,
    });
  }
  if (input.reading !== undefined) {
    const captionWidth = estimate(`${input.readingCaption} `, 14) + 5;
    // The reading is bold: a little wider than the estimate for regular text.
    const width = captionWidth + estimate(input.readingText, 16) * 1.08;
    const end = x(clampTo(input.domain, input.reading));
    const left = Math.min(Math.max(end - width / 2, x0), x1 - width);
    shapes.push(
      {
        kind: 'text',
        role: 'reading-caption',
        x: r(left),
        y: y + h + 38,
        anchor: 'start',
        size: 14,
        text: `${input.readingCaption} `,
      },
      {
        kind: 'text',
        role: 'reading',
        x: r(left + captionWidth),
        y: y + h + 38,
        anchor: 'start',
        size: 16,
        text: input.readingText,
      },
    );
  }
  return { ...sceneSize('bar'), shapes };
}

/** `text` cut to at most `maxEms` of estimated width, ending in "…" when it was cut. */
function shorten(text: string, maxEms: number): string {
  if (textWidth(text) <= maxEms) return text;
  let out = '';
  for (const char of text) {
    if (textWidth(`${out}${char}…`) > maxEms) break;
    out += char;
  }
  return `${out.trimEnd()}…`;
}

/** Estimated width of a text at a font size, in viewBox units. */
function estimate(text: string, size: number): number {
  return textWidth(text) * size;
}
