/**
 * Which step is at the trigger line, worked out from geometry alone.
 *
 * scrollama reports enter/exit events as IntersectionObserver sees them, and misses steps on a fast
 * fling, after a reload mid-page or after a resize. The scroller treats its events as a hint that
 * something may have changed and asks this function what is true now, so the answer depends only on
 * where the steps are — never on the path the reader took to get there.
 */

/** One step's box in viewport coordinates, and the trigger line that applies to it. */
export interface StepBox {
  /** Distance of the step's top edge from the viewport top (negative once scrolled past). */
  readonly top: number;
  readonly height: number;
  /** The trigger line's distance from the viewport top for this step. */
  readonly trigger: number;
}

export interface ActiveStep {
  /** The active step: the last one whose top edge has reached its trigger line; −1 before any. */
  readonly index: number;
  /** How far the trigger line has travelled through the active step, 0–1 (0 before any step). */
  readonly progress: number;
}

export const BEFORE_FIRST_STEP: ActiveStep = { index: -1, progress: 0 };

/**
 * The active step among `boxes` (in document order; `null` for a step that is not rendered).
 * A step stays active from the moment its top edge reaches the trigger line until the next step's
 * does, so the gap between two steps belongs to the one above it and the last step stays active
 * below the end of the story.
 */
export function activeStep(boxes: readonly (StepBox | null)[]): ActiveStep {
  let index = -1;
  boxes.forEach((box, i) => {
    if (box && box.top <= box.trigger) index = i;
  });
  const box = boxes[index];
  if (!box) return BEFORE_FIRST_STEP;
  const progress = box.height > 0 ? (box.trigger - box.top) / box.height : 1;
  return { index, progress: Math.min(1, Math.max(0, progress)) };
}

/**
 * How far to scroll (CSS pixels, positive = down) so that a step sits at its trigger line: with
 * `progress`, that far through it; otherwise its middle on the line when it is short, its top a
 * little above the line when it is tall. In every case `activeStep` then names it.
 */
export function scrollDeltaToStep(box: StepBox, viewportHeight: number, progress?: number): number {
  const lead =
    progress === undefined
      ? Math.min(Math.min(box.height, viewportHeight) / 2, box.trigger)
      : Math.min(box.height, progress * box.height);
  return box.top - (box.trigger - Math.max(1, lead));
}
