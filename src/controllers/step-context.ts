/**
 * How a story (`<report-scroller>`, `<report-deck>`) tells the elements inside it where the reader
 * is. Elements derive their state from this value alone, so they render the same whether the
 * reader scrolled there, clicked there, reloaded there or followed a deep link.
 */
import { createContext } from '@lit/context';

export interface StepState {
  /** Index of the active step; −1 before the first step is reached. */
  readonly index: number;
  /** The active step's id (its element id or `data-step-id`), when it has one. */
  readonly id: string | undefined;
  /** How far through the active step, 0–1. */
  readonly progress: number;
  /** How many steps the story has. */
  readonly count: number;
  /** Which way the reader last moved. */
  readonly direction: 'forward' | 'backward';
}

/** The attribute a story sets on each of its step elements, holding the step's index. */
export const STEP_ATTRIBUTE = 'data-report-step';

export const stepContext = createContext<StepState | undefined>('report-story/step');
