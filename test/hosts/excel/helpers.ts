// Shared set-up of the Office.js host tests.
import { ExcelWorkbookHost } from '../../../src/hosts/excel';
import type { FakeExcel } from '../../../src/hosts/excel/fake';
import type { RunRequest } from '../../../src/pipeline/run';
import { loadSnapshot } from '../../../src/reference';

const NOW = new Date(Date.UTC(2025, 0, 15, 12, 0, 0));

export function hostFor(excel: FakeExcel, options: ConstructorParameters<typeof ExcelWorkbookHost>[1] = {}): ExcelWorkbookHost {
  // The fake's run has Excel.run's shape over its own proxy types.
  return new ExcelWorkbookHost(excel.run as unknown as ConstructorParameters<typeof ExcelWorkbookHost>[0], options);
}

export function budgetRequest(): RunRequest {
  return { reference: loadSnapshot(), group: { kind: 'all' }, standard: 'median', source: { kind: 'range', sheet: 'Budget 2025' }, now: NOW, runId: 'run-test' };
}

