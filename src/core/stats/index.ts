export { mean, min, max, sum, weightedRatio, stdevPopulation, stdevSample } from './descriptive';
export { percentileInc, quartileInc, median, percentRankInc, rankEq, SortedSample } from './excel';
export { ols } from './ols';
export type { OlsFit, OlsFailure, OlsResult, PredictionInterval } from './ols';
export { lnGamma, incompleteBeta, studentTwoTailed, studentQuantileTwoTailed } from './studentT';
