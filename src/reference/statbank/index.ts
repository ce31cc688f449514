// Public, browser-safe surface of the live StatBank client. Node-only parts (FileCache,
// refreshSnapshot) are in ./node so the task-pane bundle never pulls in fs.
export type {
  Cube, CubeDimension, DataFormat, DataOptions, RequestCounters, Selection, SubjectInfo, TableInfo, TableSummary,
  TableValue, TableVariable,
} from './types';
export { StatbankClient, DEFAULT_BASE_URL, normaliseQuery, type StatbankClientOptions } from './client';
export { StatbankError, DST_ERROR_CODES, statbankText, type StatbankErrorCode } from './errors';
export { parseJsonStat } from './jsonstat';
export { parseStatbankCsv, type CsvOptions } from './csv';
export { parseTableInfo, parseSubjects, parseTables } from './tableinfo';
export { resolveSelection, estimateCells, matchExpression, closeMatches, type ResolvedVariable } from './selection';
export { cubeValue, cubeCells, mergeCubes, splitSelection, DST_CELL_LIMIT } from './cube';
export { MemoryCache, LocalStorageCache, TABLEINFO_TTL_MS, type Cache, type StorageLike } from './cache';
export {
  availableYears, newestYear, ageBandFor, ageCodes, functionCodes, regk31Selection, folk1aSelection, populationPeriod,
  NUMERATOR_TABLE, DENOMINATOR_TABLE, type AgeBand,
} from './queries';
export { liveDatasetIds, numeratorValues, denominatorValues, keyFigureValues, type LiveDatasetIds } from './liveDatasets';
export { fetchLiveBundle, fetchLiveParts, liveCatalogue, liveBundleYear, catalogueFor, LIVE_ATTRIBUTION, type LiveBundleOptions } from './liveBundle';
export {
  loadReference, formatDate, DEFAULT_DEADLINE_MS, type AreaStatus, type LoadReferenceOptions, type LoadedReference, type ReferenceStatus,
} from './loadReference';
export { crossCheckNglk, crossCheckLines, checkMessage, NGLK_TABLE, type NglkCrossCheck, type NglkComparison, type CrossCheckOptions } from './nglk';
export { liveAreasLine } from './fallbackText';
