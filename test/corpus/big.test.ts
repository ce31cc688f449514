// The corpus's 100,000-row workbook, generated once per run into a temporary folder, read by both
// hosts and run through parse, engine and report model. Writing the result workbook for 100,000
// units does not fit the default Node heap today (see `npm run bench`, "CLI end to end"); the write
// is covered by the small corpus, the 150-institution LibreOffice test and the bench.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XlsxWorkbook } from '../../src/hosts/xlsx';
import { benchmarkGrid } from '../../src/pipeline/benchmarkGrid';
import { reportFor } from '../../src/pipeline/run';
import { fakeCells, xlsxCells } from '../support/workbookSnapshot';
import { CASES, type CorpusCase } from './cases';
import { generateCorpus } from './generate';
import { fakeFrom, officeHost, reported, requestFor, sourceOf } from './runHosts';

const big = CASES.filter((entry) => entry.big);
const dir = mkdtempSync(join(tmpdir(), 'pejlemaerke-corpus-big-'));
let paths = new Map<string, string>();

beforeAll(async () => {
  paths = await generateCorpus(dir, (entry) => entry.big === true);
}, 300_000);

describe.each(big.map((entry) => [entry.id, entry] as const))('%s', (_id, entry: CorpusCase) => {
  it('the xlsx host reads it, every row is benchmarked, the report model is built, the input is untouched', async () => {
    const input = await XlsxWorkbook.open(paths.get(entry.id) as string);
    const before = xlsxCells(input.workbook);
    const request = requestFor(entry, await sourceOf(entry, input));
    const grid = await input.read(request.source);
    const outcome = benchmarkGrid(grid, request);
    expect(outcome.canRun).toBe(true);
    expect(reported(outcome.problems)).toEqual(entry.problems ?? []);
    expect(outcome.results[0].units).toHaveLength(100_000);
    const model = reportFor(outcome, grid, request);
    expect(model.sheets.length).toBeGreaterThanOrEqual(3);
    expect(xlsxCells(input.workbook)).toEqual(before);
  }, 600_000);

  it('the Office.js host reads the same cells from the fake, with the same problems', async () => {
    const excel = await fakeFrom(paths.get(entry.id) as string);
    const before = fakeCells(excel);
    const request = requestFor(entry, entry.source ?? { kind: 'range', sheet: 'Skoler' });
    const grid = await officeHost(excel).read(request.source);
    const outcome = benchmarkGrid(grid, request);
    expect(reported(outcome.problems)).toEqual(entry.problems ?? []);
    expect(outcome.results[0].units).toHaveLength(100_000);
    expect(fakeCells(excel)).toEqual(before);
  }, 600_000);
});
