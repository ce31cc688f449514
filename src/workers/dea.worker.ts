// The DEA worker: receives engine runs, solves them off the pane's thread and posts progress and
// the results back. Bundled as its own chunk; it loads only when a run uses DEA.
import type { DeaSolveRequest, DeaWorkerReply } from './protocol';
import { solveJobs } from './solveJobs';

// The project's lib is DOM, not WebWorker: describe the two members of the worker scope we use.
interface WorkerScope {
  postMessage(message: DeaWorkerReply): void;
  onmessage: ((event: MessageEvent<DeaSolveRequest>) => void) | null;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  if (event.data?.type !== 'solve') return;
  try {
    const { jobs, bootstrap } = event.data;
    const answer = solveJobs({ jobs, ...(bootstrap ? { bootstrap } : {}) }, (progress) => scope.postMessage({ type: 'progress', ...progress }));
    scope.postMessage({ type: 'done', ...answer });
  } catch (error) {
    scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
