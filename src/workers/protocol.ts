// The messages between the task pane and the DEA worker. Types only, so importing this file never
// pulls the engine into the pane's initial bundle.
import type { DeaBootstrapJob, DeaBootstrapResult, DeaInput, DeaResult } from '../core/dea';

/** How far a solve has come: step `run` of `runs` (engine runs, then the bootstrap), `done` of `total` in it. */
export interface DeaProgress {
  run: number;
  runs: number;
  done: number;
  total: number;
  /** What the current step is: an engine run (units solved) or the bootstrap (replicates done). */
  kind?: 'units' | 'replicates';
}

/** The engine's inputs without the progress callback (functions cannot cross to a worker). */
export type DeaJob = Omit<DeaInput, 'onProgress'>;

/** What one solve asks for: engine runs, and a bootstrap whose baseline is one of their results. */
export interface DeaBatch {
  jobs: DeaJob[];
  bootstrap?: { job: DeaBootstrapJob; baseline: number };
}

export interface DeaBatchResult {
  results: DeaResult[];
  bootstrap?: DeaBootstrapResult;
}

export interface DeaSolveRequest extends DeaBatch {
  type: 'solve';
}

export type DeaWorkerReply =
  | ({ type: 'progress' } & DeaProgress)
  | ({ type: 'done' } & DeaBatchResult)
  | { type: 'error'; message: string };

/** Solves a batch somewhere (a worker in the browser, the engine directly in node), reporting progress. */
export type DeaSolver = (batch: DeaBatch, onProgress: (progress: DeaProgress) => void, signal?: AbortSignal) => Promise<DeaBatchResult>;

/** Overall fraction done, 0..1. */
export function progressFraction(progress: DeaProgress): number {
  if (progress.runs <= 0) return 0;
  const within = progress.total > 0 ? Math.min(1, progress.done / progress.total) : 1;
  return Math.min(1, (progress.run - 1 + within) / progress.runs);
}
