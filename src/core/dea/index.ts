// Public API of the DEA engine.
export { dea } from './dea';
export { deaPotentials } from './potentials';
export type { DeaPotential, DeaPotentials } from './potentials';
export { deaReasonKey } from './reasons';
export type {
  DeaInput,
  DeaReason,
  DeaReasonCode,
  DeaResult,
  DeaStats,
  DeaStatus,
  DeaUnitResult,
  Orientation,
  Rts,
} from './types';
