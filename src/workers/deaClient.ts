// The pane's side of the DEA worker: start a worker for one solve, relay its progress, and end it
// when the answer comes, on failure or when the run is cancelled (terminate stops a solve midway).
import type { DeaBatch, DeaBatchResult, DeaProgress, DeaSolveRequest, DeaWorkerReply } from './protocol';

/** The part of a Worker used here, so tests can pass a fake. */
export interface WorkerLike {
  postMessage(message: DeaSolveRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<DeaWorkerReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export class DeaSolveAborted extends Error {
  constructor() {
    super('DEA solve cancelled');
    this.name = 'DeaSolveAborted';
  }
}

export function solveInWorker(
  createWorker: () => WorkerLike,
  batch: DeaBatch,
  onProgress: (progress: DeaProgress) => void,
  signal?: AbortSignal,
): Promise<DeaBatchResult> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new DeaSolveAborted());
    const worker = createWorker();
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', abort);
    };
    const abort = () => {
      finish();
      reject(new DeaSolveAborted());
    };
    signal?.addEventListener('abort', abort, { once: true });
    worker.onmessage = (event) => {
      const reply = event.data;
      if (reply.type === 'progress') {
        onProgress({ run: reply.run, runs: reply.runs, done: reply.done, total: reply.total, ...(reply.kind ? { kind: reply.kind } : {}) });
      } else if (reply.type === 'done') {
        finish();
        resolve({ results: reply.results, ...(reply.bootstrap ? { bootstrap: reply.bootstrap } : {}) });
      } else {
        finish();
        reject(new Error(reply.message));
      }
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(event.message || 'DEA worker failed'));
    };
    worker.postMessage({ type: 'solve', ...batch });
  });
}
