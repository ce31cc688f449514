// Public API of the DEA engine.
export { dea } from './dea';
export { deaBootstrap, DEFAULT_REPLICATES, DEFAULT_SEED } from './bootstrap';
export type { DeaBootstrapInput, DeaBootstrapJob, DeaBootstrapResult, DeaBootstrapUnit } from './bootstrap';
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
  DeaWarning,
  Orientation,
  Rts,
} from './types';
