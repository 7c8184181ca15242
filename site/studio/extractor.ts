/**
 * The page's side of the worker: one small interface, {@link Extractor}, that the studio calls and
 * tests can replace. `workerExtractor()` runs everything in a Web Worker; replies are matched to
 * requests by id, and a worker that fails to start or crashes rejects every pending request with a
 * message.
 */
import type { Dataset, Figure, Range } from '../../src/data/schema.js';
import type { FigureAtProblem } from '../../src/extract/figure-at.js';
import type { DraftStoryOptions } from '../../src/story/draft.js';
import type { Story } from '../../src/story/schema.js';
import type { ReadResult, ReadStage } from './read-report.js';
import type { WorkerReply, WorkerRequest } from './worker-protocol.js';

export interface Extractor {
  read(text: string, file: string, progress?: (stage: ReadStage) => void): Promise<ReadResult>;
  figure(
    text: string,
    range: Range,
    language: Dataset['language'],
    taken: readonly string[],
  ): Promise<Figure | { readonly problem: FigureAtProblem }>;
  draft(dataset: Dataset, options?: DraftStoryOptions): Promise<Story>;
  dispose(): void;
}

type Distributive<T> = T extends unknown ? Omit<T, 'id'> : never;

interface Pending {
  readonly resolve: (reply: WorkerReply) => void;
  readonly reject: (error: Error) => void;
  readonly progress?: ((stage: ReadStage) => void) | undefined;
}

/**
 * An extractor that reads reports in a Web Worker made by `make` (a new worker is made after a
 * crash). Drafting a story is `draft`, run where the page says: `draftStory()` reaches the story
 * renderer's module, which needs a document (Lit), so it cannot load in a worker as it stands.
 */
export function workerExtractor(
  make: () => Worker,
  draft: (dataset: Dataset, options?: DraftStoryOptions) => Promise<Story>,
): Extractor {
  let worker: Worker | undefined;
  let next = 1;
  const pending = new Map<number, Pending>();

  const fail = (message: string) => {
    for (const p of pending.values()) p.reject(new Error(message));
    pending.clear();
    worker?.terminate();
    worker = undefined;
  };

  const start = (): Worker => {
    if (worker) return worker;
    const w = make();
    w.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      const waiting = pending.get(reply.id);
      if (!waiting) return;
      if (reply.type === 'progress') {
        waiting.progress?.(reply.stage);
        return;
      }
      pending.delete(reply.id);
      if (reply.type === 'error') waiting.reject(new Error(reply.message));
      else waiting.resolve(reply);
    });
    w.addEventListener('error', (event) => {
      event.preventDefault();
      fail(event.message || 'the extractor stopped');
    });
    worker = w;
    return w;
  };

  const ask = (
    request: Distributive<WorkerRequest>,
    progress?: (stage: ReadStage) => void,
  ): Promise<WorkerReply> =>
    new Promise((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve, reject, progress });
      start().postMessage({ ...request, id });
    });

  const expect = <K extends WorkerReply['type']>(reply: WorkerReply, type: K) => {
    if (reply.type !== type) throw new Error(`the extractor answered ${reply.type}, not ${type}`);
    return reply as Extract<WorkerReply, { type: K }>;
  };

  return {
    async read(text, file, progress) {
      return expect(await ask({ type: 'read', text, file }, progress), 'read').result;
    },
    async figure(text, range, language, taken) {
      return expect(await ask({ type: 'figure', text, range, language, taken }), 'figure').result;
    },
    draft,
    dispose() {
      fail('the studio closed');
    },
  };
}
