// The DEA sheet's promise: open the workbook in a spreadsheet, recalculate, and every formula gives
// the engine's number. The schools example runs through the real pipeline with --method both into an
// .xlsx file that LibreOffice recalculates from scratch. Skipped, visibly, without LibreOffice.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseA1 } from '../../src/core/parse';
import { hasLibreOffice, recalculateToCsv, XlsxWorkbook } from '../../src/hosts/xlsx';
import { runBenchmark } from '../../src/pipeline/run';
import { loadSnapshot } from '../../src/reference';

/** LibreOffice's CSV keeps percent formatting ("83.4%"); everything else arrives as plain numbers. */
function numberOrText(text: string): number | string {
  const percent = /^(-?[\d.]+(?:E-?\d+)?)%$/i.exec(text.trim());
  if (percent) return Number(percent[1]) / 100;
  const value = Number(text);
  return text.trim() !== '' && Number.isFinite(value) ? value : text;
}

const suite = hasLibreOffice() ? describe : describe.skip;
if (!hasLibreOffice()) console.warn('LibreOffice (soffice) is not installed: the DEA recalculation test is skipped.');

suite('the DEA sheet recalculates in LibreOffice to the engine’s numbers', () => {
  it.each([
    { name: 'VRS, input-oriented (potentials in kr.)', dea: {} },
    { name: 'CRS, output-oriented', dea: { rts: 'crs' as const, orientation: 'out' as const } },
  ])('$name', async ({ dea }) => {
    const input = await XlsxWorkbook.open(join(__dirname, '..', '..', 'examples', 'skoler.xlsx'));
    const output = XlsxWorkbook.createNew();
    const outcome = await runBenchmark(input, output, {
      source: { kind: 'table', name: 'Skoler' },
      reference: loadSnapshot(),
      group: { kind: 'all' },
      standard: 'quartile',
      area: 'folkeskole',
      method: 'both',
      dea,
      now: new Date('2026-01-15T10:00:00Z'),
    });
    expect(outcome.dea).toBeDefined();
    const path = join(mkdtempSync(join(tmpdir(), 'pejlemaerke-dea-')), 'skoler-dea.xlsx');
    await output.save(path);
    const recalculated = await recalculateToCsv(path);

    const sheets = outcome.report!.sheets.filter((s) => s.role === 'dea' || s.role === 'overview');
    let compared = 0;
    for (const sheet of sheets) {
      const rows = recalculated[sheet.name];
      expect(rows).toBeDefined();
      for (const cell of sheet.cells.filter((c) => c.formula !== undefined)) {
        const { row, col } = parseA1(cell.address);
        const spreadsheet = numberOrText(rows[row - 1]?.[col - 1] ?? '');
        const engine = cell.value ?? '';
        if (typeof engine === 'number') {
          if (typeof spreadsheet !== 'number') throw new Error(`${sheet.name}!${cell.address} = ${cell.formula}: LibreOffice "${spreadsheet}", engine ${engine}`);
          if (Math.abs(spreadsheet - engine) > 1e-9 * Math.max(1, Math.abs(engine))) {
            throw new Error(`${sheet.name}!${cell.address} = ${cell.formula}: LibreOffice ${spreadsheet}, engine ${engine}`);
          }
        } else {
          expect(String(spreadsheet)).toBe(String(engine));
        }
        compared++;
      }
    }
    const deaFormulas = outcome.report!.sheets.find((s) => s.role === 'dea')!.cells.filter((c) => c.formula).length;
    expect(deaFormulas).toBeGreaterThan(20);
    expect(compared).toBeGreaterThanOrEqual(deaFormulas);
  });
});
