/**
 * A deck's slides as a list: where an index lands, which slide a URL fragment names and the
 * fragment of a slide, the step state the slides' elements follow, the speaker view's address.
 */
import type { DeckAction } from '../controllers/deck-keys-controller.js';
import type { StepState } from '../controllers/step-context.js';
import type { ReportLocale } from '../format/format.js';
import { messages } from '../i18n/messages.js';
import { deckWords } from '../i18n/deck.js';
import { STEP_ATTRIBUTE } from '../controllers/step-context.js';
import { CURRENT_ATTRIBUTE, NOTES_ATTRIBUTE, findStep, isStep, stepId } from '../story/markup.js';

/**
 * Sorts a deck's children into slides and extra controls (`slot="controls"`), marks each slide
 * with its index and hides its speaker notes; slides that left the deck lose their marks.
 */
export function arrangeSlides(
  children: readonly Element[],
  previous: readonly HTMLElement[],
): { slides: HTMLElement[]; controls: HTMLElement[] } {
  const slides: HTMLElement[] = [];
  const controls: HTMLElement[] = [];
  for (const child of children) {
    if (!isStep(child)) continue;
    if (child.getAttribute('slot') === 'controls') controls.push(child);
    else slides.push(child);
  }
  for (const old of previous) {
    if (slides.includes(old)) continue;
    old.removeAttribute(STEP_ATTRIBUTE);
    old.removeAttribute(CURRENT_ATTRIBUTE);
  }
  slides.forEach((slide, i) => {
    slide.setAttribute(STEP_ATTRIBUTE, String(i));
    for (const notes of slide.querySelectorAll<HTMLElement>(`[${NOTES_ATTRIBUTE}]`)) {
      notes.hidden = true;
    }
  });
  return { slides, controls };
}

/** An index kept on a slide: rounded, from 0 to the last (0 when there are none or it is NaN). */
export function clampIndex(index: number, count: number): number {
  if (!Number.isFinite(index)) return 0;
  return Math.min(Math.max(0, Math.round(index)), Math.max(0, count - 1));
}

/** The slide a key moves to (next, previous, first, last, a typed number), or undefined. */
export function moveTo(action: DeckAction, index: number, count: number): number | undefined {
  if (typeof action === 'object') return action.go - 1;
  switch (action) {
    case 'next':
      return index + 1;
    case 'previous':
      return index - 1;
    case 'first':
      return 0;
    case 'last':
      return count - 1;
    default:
      return undefined;
  }
}

/**
 * The slide a fragment names: `#slide-id` always; `#/3` (the third slide) only when the deck
 * follows the URL (`numbered`).
 */
export function slideFromHash(
  slides: readonly HTMLElement[],
  hash: string,
  numbered: boolean,
): number | undefined {
  const number = /^\/(\d+)$/.exec(hash);
  if (number) {
    const n = Number(number[1]);
    return numbered && n >= 1 && n <= slides.length ? n - 1 : undefined;
  }
  const index = findStep(slides, hash);
  return index >= 0 ? index : undefined;
}

/** The fragment of a slide: its id, else its number (`/3`). */
export function hashFor(slides: readonly HTMLElement[], index: number): string {
  const slide = slides[index];
  return (slide ? stepId(slide) : undefined) ?? `/${index + 1}`;
}

/** The step the elements on the slides follow: the slide shown, always fully entered. */
export function slideState(
  slides: readonly HTMLElement[],
  index: number,
  direction: StepState['direction'],
): StepState {
  const slide = slides[index];
  return {
    index: slide ? index : -1,
    id: slide ? stepId(slide) : undefined,
    progress: slide ? 1 : 0,
    count: slides.length,
    direction,
  };
}

/** What a screen reader hears on arriving at a slide: its number, and its heading when it has one. */
export function slideAnnouncement(
  slides: readonly HTMLElement[],
  index: number,
  locale: ReportLocale,
): string {
  const slide = slides[index];
  if (!slide) return '';
  const words = messages(locale);
  const position = deckWords(locale).slide(String(index + 1), String(slides.length));
  const heading = slide.querySelector('h1, h2, h3')?.textContent.trim();
  return heading ? words.common.labelled(position, heading) : position;
}

/** A page's address with `view=speaker` in its query and the slide in its fragment. */
export function speakerUrl(href: string, hash: string): string {
  const url = new URL(href);
  url.searchParams.set('view', 'speaker');
  url.hash = hash;
  return url.href;
}

/** 754 000 ms → 12:34; an hour or more → 1:02:03. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}
