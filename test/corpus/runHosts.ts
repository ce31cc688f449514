// One corpus workbook through each host: the xlsx host (new workbook, then copy mode) and the
// Office.js host on the recording fake, seeded with what Excel would show of the same file.
import { readFile } from 'node:fs/promises';
import type { CellGrid, Problem } from '../../src/core/types';
import { ExcelWorkbookHost } from '../../src/hosts/excel';
import { FakeExcel, type SeedTable } from '../../src/hosts/excel/fake';
import { HostError, type ReadSource } from '../../src/hosts/types';
import { XlsxWorkbook } from '../../src/hosts/xlsx';
import { readGrid, usedRange } from '../../src/hosts/xlsx/readGrid';
import { runBenchmark, type RunOutcome, type RunRequest } from '../../src/pipeline/run';
import { loadSnapshot } from '../../src/reference';
import type { CorpusCase } from './cases';

const REFERENCE = loadSnapshot();

export function requestFor(entry: CorpusCase, source: ReadSource): RunRequest {
  return {
    source,
    reference: REFERENCE,
    group: { kind: 'all' },
    standard: 'median',
    area: entry.options?.area,
    method: entry.options?.method,
    lang: entry.options?.lang ?? 'da',
    now: new Date('2026-01-15T10:00:00Z'),
    runId: 'run-corpus',
  };
}

/** The sheet a run reads when the case names none: the first sheet. */
export async function sourceOf(entry: CorpusCase, input: XlsxWorkbook): Promise<ReadSource> {
  if (entry.source) return entry.source;
  const { sheets } = await input.listSources();
  return { kind: 'range', sheet: sheets[0] };
}

export interface HostRun {
  outcome?: RunOutcome;
  error?: unknown;
}

export async function attempt(work: () => Promise<RunOutcome>): Promise<HostRun> {
  try {
    return { outcome: await work() };
  } catch (error) {
    if (!(error instanceof HostError)) throw error; // anything else is a crash: the test fails on it
    return { error };
  }
}

/** The fake seeded with every sheet of the file as Excel would show it, tables and hidden rows too. */
export async function fakeFrom(path: string): Promise<FakeExcel> {
  const input = await XlsxWorkbook.open(await readFile(path));
  const date1904 = input.workbook.properties.date1904 === true;
  const grids: CellGrid[] = input.workbook.worksheets.map((ws) => {
    const range = usedRange(ws, date1904);
    return range ? readGrid(ws, range, date1904, (a) => a).grid : { sheet: ws.name, topLeft: 'A1', values: [] };
  });
  const { tables } = await input.listSources();
  const seeds: SeedTable[] = tables.map((t) => ({ name: t.name, sheet: t.sheet, range: t.range }));
  const excel = FakeExcel.fromGrids(grids, seeds);
  for (const ws of input.workbook.worksheets) {
    const sheet = excel.sheet(ws.name) ?? excel.addSheet(ws.name); // an empty sheet still exists in Excel
    if (ws.state === 'hidden') sheet.visibility = 'Hidden';
    if (ws.state === 'veryHidden') sheet.visibility = 'VeryHidden';
  }
  excel.sheets.sort((a, b) => input.workbook.worksheets.findIndex((ws) => ws.name === a.name) - input.workbook.worksheets.findIndex((ws) => ws.name === b.name));
  return excel;
}

export function officeHost(excel: FakeExcel): ExcelWorkbookHost {
  return new ExcelWorkbookHost(excel.run as unknown as ConstructorParameters<typeof ExcelWorkbookHost>[0]);
}

/** Errors and warnings as code@address, sorted, for comparing with a case's expectation. */
export function reported(problems: readonly Problem[]): string[] {
  return problems.filter((p) => p.severity !== 'info').map((p) => `${p.code}@${p.address}`).sort();
}

/** A sheet-qualified cell or range: Sheet!A1, 'Sheet name'!A1:D4. */
export const SHEET_ADDRESS = /^(?:'(?:[^']|'')+'|[^'!\s][^'!]*)!\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?$/;

export { runBenchmark };
