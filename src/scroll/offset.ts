/**
 * The trigger line of a scroll story: where in the viewport a step becomes the active one.
 *
 * Written as scrollama writes it — a fraction of the viewport height from the top (`0.5`), or
 * pixels from the top (`"80px"`, for pages with a sticky header) — and validated here, because
 * scrollama 3.2 answers an offset outside 0–1 or a malformed `"…px"` with a `ReferenceError`
 * thrown from inside its own code.
 */

/** A validated trigger line. */
export type TriggerOffset =
  | { readonly kind: 'fraction'; readonly value: number }
  | { readonly kind: 'pixels'; readonly value: number };

/** The middle of the viewport: scrollama's default, and ours. */
export const DEFAULT_OFFSET: TriggerOffset = { kind: 'fraction', value: 0.5 };

/** Thrown for an offset that is neither a fraction 0–1 nor a non-negative `"NNpx"`. */
export class OffsetError extends RangeError {
  override name = 'OffsetError';
}

const PIXELS = /^(\d+(?:\.\d+)?|\.\d+)px$/;
const FRACTION = /^(\d+(?:\.\d+)?|\.\d+)$/;

/**
 * Reads an offset as an attribute or `data-offset` gives it. Blank or missing → `fallback`.
 * @throws OffsetError naming the value when it cannot be used
 */
export function parseOffset(
  input: string | number | null | undefined,
  fallback: TriggerOffset = DEFAULT_OFFSET,
): TriggerOffset {
  if (input === null || input === undefined) return fallback;
  const text = String(input).trim();
  if (text === '') return fallback;
  const pixels = PIXELS.exec(text);
  if (pixels) return { kind: 'pixels', value: Number(pixels[1]) };
  if (FRACTION.test(text)) {
    const value = Number(text);
    if (value <= 1) return { kind: 'fraction', value };
  }
  throw new OffsetError(
    `offset ${JSON.stringify(text)} is not usable: give a fraction of the viewport height from 0 to 1 (0.5) or pixels from the top ("80px")`,
  );
}

/** The trigger line's distance from the top of a viewport of the given height, in CSS pixels. */
export function triggerY(offset: TriggerOffset, viewportHeight: number): number {
  return offset.kind === 'pixels' ? offset.value : offset.value * viewportHeight;
}

/** The offset as scrollama's `setup({ offset })` takes it. */
export function scrollamaOffset(offset: TriggerOffset): number | `${number}px` {
  return offset.kind === 'pixels' ? `${offset.value}px` : offset.value;
}
