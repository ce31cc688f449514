// The worker's job, as a plain function so node tests run it without a Worker: solve each engine
// run in turn, then the bootstrap on its baseline's result, and report progress at most once per
// whole percent of each step so messages stay few.
import { dea, deaBootstrap } from '../core/dea';
import type { DeaBatch, DeaBatchResult, DeaProgress, DeaSolver } from './protocol';

export function solveJobs(batch: DeaBatch, report: (progress: DeaProgress) => void): DeaBatchResult {
  const { jobs, bootstrap } = batch;
  const runs = jobs.length + (bootstrap ? 1 : 0);
  const throttled = (run: number, kind: DeaProgress['kind']) => {
    let lastPercent = -1;
    return {
      onProgress: (done: number, total: number) => {
        const percent = Math.floor((100 * done) / Math.max(1, total));
        if (percent === lastPercent && done !== total) return;
        lastPercent = percent;
        report({ run, runs, done, total, kind });
      },
      // A step with nothing to do never calls back; say it is finished all the same.
      finish: () => {
        if (lastPercent < 0) report({ run, runs, done: 0, total: 0, kind });
      },
    };
  };
  const results = jobs.map((job, index) => {
    const progress = throttled(index + 1, 'units');
    const result = dea({ ...job, onProgress: progress.onProgress });
    progress.finish();
    return result;
  });
  if (!bootstrap) return { results };
  const baseline = results[bootstrap.baseline];
  if (!baseline) throw new Error(`DEA worker: no result ${bootstrap.baseline} to bootstrap`);
  const progress = throttled(runs, 'replicates');
  const answer = deaBootstrap({ ...bootstrap.job, baseline, onProgress: progress.onProgress });
  progress.finish();
  return { results, bootstrap: answer };
}

/** The same solve in the calling thread, as a DeaSolver: for node tests and where no worker can start. */
export const solveDirectly: DeaSolver = async (batch, onProgress, signal) => {
  if (signal?.aborted) throw new Error('DEA solve cancelled');
  return solveJobs(batch, onProgress);
};
