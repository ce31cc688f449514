// Pipeline problems are made the same way as the engine's: the code is the string-table key.
export { benchProblem as pipelineProblem } from '../core/benchmark/problems';
