/** The messages between the studio page and its worker (see `worker.ts`). */
import type { Dataset, Figure, Range } from '../../src/data/schema.js';
import type { FigureAtProblem } from '../../src/extract/figure-at.js';
import type { ReadResult, ReadStage } from './read-report.js';

export type WorkerRequest =
  | { readonly type: 'read'; readonly id: number; readonly text: string; readonly file: string }
  | {
      readonly type: 'figure';
      readonly id: number;
      readonly text: string;
      readonly range: Range;
      readonly language: Dataset['language'];
      readonly taken: readonly string[];
    };

export type WorkerReply =
  | { readonly type: 'progress'; readonly id: number; readonly stage: ReadStage }
  | { readonly type: 'read'; readonly id: number; readonly result: ReadResult }
  | {
      readonly type: 'figure';
      readonly id: number;
      readonly result: Figure | { readonly problem: FigureAtProblem };
    }
  | { readonly type: 'error'; readonly id: number; readonly message: string };
