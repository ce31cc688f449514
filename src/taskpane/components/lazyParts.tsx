// The later parts of the pane as lazy components over one chunk, and a preload to fetch that chunk
// (and the previewer) as soon as the first screen is up, so nothing waits when the user goes on.
import { lazy } from 'react';

const later = () => import(/* webpackChunkName: "pane-steps" */ './later');

export const Later = {
  ReadDetails: lazy(() => later().then((m) => ({ default: m.ReadDetails }))),
  ComparisonStep: lazy(() => later().then((m) => ({ default: m.ComparisonStep }))),
  RunStep: lazy(() => later().then((m) => ({ default: m.RunStep }))),
  ResultsStep: lazy(() => later().then((m) => ({ default: m.ResultsStep }))),
  RunningFooter: lazy(() => later().then((m) => ({ default: m.RunningFooter }))),
  RunToaster: lazy(() => later().then((m) => ({ default: m.RunToaster }))),
};

export function preloadLater(): Promise<unknown> {
  return later();
}

/** The parser with the snapshot's municipalities, for judging figures before a run. */
export function loadPreviewer() {
  return import(/* webpackChunkName: "preview" */ '../preview').then((m) => m.previewer);
}
