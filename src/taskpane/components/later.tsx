// Everything the pane shows after its first screen, in one chunk that loads right after the
// first screen is up (lazyParts.tsx): the read's details, steps 2–4, the run's footer and toast.
export { ReadDetails } from './ReadDetails';
export { ComparisonStep } from './ComparisonStep';
export { RunStep } from './RunStep';
export { ResultsStep } from './ResultsStep';
export { RunningFooter } from './RunningFooter';
export { RunToaster } from './RunToaster';
