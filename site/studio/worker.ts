/**
 * The studio's Web Worker: reading a report (the extractor, the numbers, the hash) and reading a
 * figure at a number — the long work, kept off the page's main thread. Messages are
 * {@link WorkerRequest} in, {@link WorkerReply} out.
 */
/// <reference lib="webworker" />
import { readFigure, readReport } from './read-report.js';
import type { WorkerReply, WorkerRequest } from './worker-protocol.js';

const scope = self as unknown as DedicatedWorkerGlobalScope;

function reply(message: WorkerReply): void {
  scope.postMessage(message);
}

scope.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  try {
    switch (request.type) {
      case 'read': {
        const result = readReport(request.text, request.file, (stage) =>
          reply({ type: 'progress', id: request.id, stage }),
        );
        reply({ type: 'read', id: request.id, result });
        break;
      }
      case 'figure':
        reply({
          type: 'figure',
          id: request.id,
          result: readFigure(request.text, request.range, request.language, request.taken),
        });
        break;
    }
  } catch (error) {
    reply({
      type: 'error',
      id: request.id,
      message: error instanceof Error ? error.message : String(error),
    });
  }
});
