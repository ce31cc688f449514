// The worker's job, as a plain function so node tests run it without a Worker: solve each engine
// run in turn and report progress, at most once per whole percent so messages stay few.
import { dea } from '../core/dea';
import type { DeaResult } from '../core/dea';
import type { DeaJob, DeaProgress, DeaSolver } from './protocol';

export function solveJobs(jobs: readonly DeaJob[], report: (progress: DeaProgress) => void): DeaResult[] {
  const runs = jobs.length;
  return jobs.map((job, index) => {
    const run = index + 1;
    let lastPercent = -1;
    const result = dea({
      ...job,
      onProgress: (done, total) => {
        const percent = Math.floor((100 * done) / Math.max(1, total));
        if (percent === lastPercent && done !== total) return;
        lastPercent = percent;
        report({ run, runs, done, total });
      },
    });
    // A run with no usable unit never calls back; say it is finished all the same.
    if (lastPercent < 0) report({ run, runs, done: 0, total: 0 });
    return result;
  });
}

/** The same solve in the calling thread, as a DeaSolver: for node tests and where no worker can start. */
export const solveDirectly: DeaSolver = async (jobs, onProgress, signal) => {
  if (signal?.aborted) throw new Error('DEA solve cancelled');
  return solveJobs(jobs, onProgress);
};
