// The promise to a leader: open the workbook in any spreadsheet, recalculate, and get the engine's
// numbers. Both examples run through the real pipeline into .xlsx files; LibreOffice recalculates
// every formula from scratch (cached values ignored), and each recomputed cell must equal the value
// the engine wrote. Skipped, visibly, when LibreOffice is not installed.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReadSource } from '../../src/hosts/types';
import { hasLibreOffice, recalculateToCsv, XlsxWorkbook } from '../../src/hosts/xlsx';
import { runBenchmark, type RunRequest } from '../../src/pipeline/run';
import { parseA1 } from '../../src/core/parse';
import { loadSnapshot } from '../../src/reference';
import type { CellModel } from '../../src/report/model';

const EXAMPLES = join(__dirname, '..', '..', 'examples');

const CASES: { name: string; file: string; source: ReadSource; request: Partial<RunRequest> }[] = [
  {
    name: 'municipality budget, kommunegruppe, median',
    file: 'kommune-budget.xlsx',
    source: { kind: 'range', sheet: 'Budget 2025' },
    request: { group: { kind: 'kommunegruppe' }, standard: 'median' },
  },
  {
    name: 'municipality budget, 10 similar municipalities, expected level',
    file: 'kommune-budget.xlsx',
    source: { kind: 'range', sheet: 'Budget 2025' },
    request: { group: { kind: 'similar', k: 10 }, standard: 'expected' },
  },
  {
    name: 'schools, best quartile',
    file: 'skoler.xlsx',
    source: { kind: 'table', name: 'Skoler' },
    request: { group: { kind: 'all' }, standard: 'quartile', area: 'folkeskole' },
  },
];

/** LibreOffice's CSV keeps percent formatting ("80%"); everything else arrives as plain numbers. */
function numberOrText(text: string): number | string {
  const percent = /^(-?[\d.]+)%$/.exec(text.trim());
  if (percent) return Number(percent[1]) / 100;
  const value = Number(text);
  return text.trim() !== '' && Number.isFinite(value) ? value : text;
}

const suite = hasLibreOffice() ? describe : describe.skip;
if (!hasLibreOffice()) console.warn('LibreOffice (soffice) is not installed: the recalculation tests are skipped.');

suite('written workbooks recalculate in LibreOffice to the engine’s numbers', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pejlemaerke-e2e-'));

  it.each(CASES)('$name', async ({ file, source, request }) => {
    const input = await XlsxWorkbook.open(join(EXAMPLES, file));
    const output = XlsxWorkbook.createNew();
    const outcome = await runBenchmark(input, output, {
      source,
      reference: loadSnapshot(),
      group: { kind: 'all' },
      standard: 'median',
      now: new Date('2026-01-15T10:00:00Z'),
      ...request,
    });
    expect(outcome.canRun).toBe(true);
    const path = join(dir, `${file}-${request.standard}.xlsx`);
    await output.save(path);
    const recalculated = await recalculateToCsv(path);

    let compared = 0;
    for (const sheet of outcome.report!.sheets) {
      const rows = recalculated[sheet.name];
      expect(rows).toBeDefined();
      for (const cell of sheet.cells.filter((c: CellModel) => c.formula !== undefined)) {
        const { row, col } = parseA1(cell.address);
        const spreadsheet = numberOrText(rows[row - 1]?.[col - 1] ?? '');
        const engine = cell.value ?? '';
        if (typeof engine === 'number') {
          if (typeof spreadsheet !== "number") throw new Error(`${sheet.name}!${cell.address} = ${cell.formula}: LibreOffice "${spreadsheet}", engine ${engine}`);
          const tolerance = 1e-9 * Math.max(1, Math.abs(engine));
          if (Math.abs((spreadsheet as number) - engine) > tolerance) {
            throw new Error(`${sheet.name}!${cell.address} = ${cell.formula}: LibreOffice ${spreadsheet}, engine ${engine}`);
          }
        } else {
          expect(String(spreadsheet)).toBe(String(engine));
        }
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(50);

    // The headline potentials as the engine computed them stand in the recalculated Potentialer sheet.
    const potentials = recalculated['Potentialer'].flat().map(Number).filter(Number.isFinite);
    for (const unit of outcome.results.flatMap((result) => result.units).filter((u) => u.potential > 0)) {
      expect(potentials.some((value) => Math.abs(value - unit.potential) <= 1e-6 * unit.potential)).toBe(true);
    }
  });
});
