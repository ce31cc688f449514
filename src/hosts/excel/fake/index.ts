// A recording fake of the Excel JavaScript API surface the Office.js host uses. Browser-safe (no
// Node imports): tests run the host against it, and a playground can render its workbook.
export { FakeExcel, DEFAULT_PAYLOAD_LIMIT, type SeedTable } from './workbookState';
export { FakeRequestContext, type SyncRecord } from './context';
export { FakeOfficeError } from './errors';
export type { FakeCell, FakeCellStyle, FakeChart, FakeConditionalFormat, FakeDataValidation, FakeName, FakeSeries, FakeSheet, FakeTable } from './state';
