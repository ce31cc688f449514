// Public surface of the reference layer. The snapshot generator (./build) is Node-only and is
// imported directly by scripts and tests, never from here, so the browser bundle stays free of fs.
export type { Dataset, DatasetOrigin, ReferenceBundle, ServiceAreaDefinition } from './types';
export {
  SERVICE_AREAS, customArea, getArea, resolveArea, normaliseAreaText, leadingFunctionCode, shortNameOf,
} from './catalogue';
export { loadSnapshot } from './snapshot';
export { validateBundle, BundleShapeError } from './validate';
export {
  areaSpecFor, referenceSeriesFor, referenceYears, sourcesFor, datasetsFor, hasReferenceData, ReferenceDataError, NATIONAL_AREA_CODE,
  type SeriesOptions,
} from './series';
