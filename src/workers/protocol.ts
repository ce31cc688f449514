// The messages between the task pane and the DEA worker. Types only, so importing this file never
// pulls the engine into the pane's initial bundle.
import type { DeaInput, DeaResult } from '../core/dea';

/** How far a solve has come: engine run `run` of `runs`, `done` of `total` units in that run. */
export interface DeaProgress {
  run: number;
  runs: number;
  done: number;
  total: number;
}

/** The engine's inputs without the progress callback (functions cannot cross to a worker). */
export type DeaJob = Omit<DeaInput, 'onProgress'>;

export interface DeaSolveRequest {
  type: 'solve';
  jobs: DeaJob[];
}

export type DeaWorkerReply =
  | ({ type: 'progress' } & DeaProgress)
  | { type: 'done'; results: DeaResult[] }
  | { type: 'error'; message: string };

/** Solves engine runs somewhere (a worker in the browser, the engine directly in node), reporting progress. */
export type DeaSolver = (jobs: DeaJob[], onProgress: (progress: DeaProgress) => void, signal?: AbortSignal) => Promise<DeaResult[]>;

/** Overall fraction done, 0..1. */
export function progressFraction(progress: DeaProgress): number {
  if (progress.runs <= 0) return 0;
  const within = progress.total > 0 ? Math.min(1, progress.done / progress.total) : 1;
  return Math.min(1, (progress.run - 1 + within) / progress.runs);
}
