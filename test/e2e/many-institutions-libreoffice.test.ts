// 150 institutions compared with each other: LibreOffice must recalculate every statistic and
// every own-table cell to the engine's number. From 100 rows on, LibreOffice 7.4's threaded
// formula-group calculation reported a false circular reference (Err:522, #VALUE! once saved) in
// the quartiles, the median and everything that refers to them, while the statistics read the
// members' single-cell copies of the own key figures. They now read the own table's column.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseA1 } from '../../src/core/parse';
import type { CellValue } from '../../src/core/types';
import { hasLibreOffice, recalculateToCsv, XlsxWorkbook } from '../../src/hosts/xlsx';
import { benchmarkGrid, type BenchmarkOptions } from '../../src/pipeline/benchmarkGrid';
import { reportFor } from '../../src/pipeline/run';
import { loadSnapshot } from '../../src/reference';

function institutions(count: number): CellValue[][] {
  const rows: CellValue[][] = [['Inst.nr.', 'Institution', 'Nettoudgift (kr.)', 'Elever', 'Karaktergennemsnit']];
  for (let i = 1; i <= count; i++) rows.push([`I${i}`, `Skole ${i}`, 40_000_000 + ((i * 7919) % 9973) * 2000, 300 + ((i * 37) % 400), 6 + (i % 30) / 10]);
  return rows;
}

function modelFor(count: number) {
  const grid = { sheet: 'Skoler', topLeft: 'A1', values: institutions(count) };
  const options: BenchmarkOptions = { reference: loadSnapshot(), group: { kind: 'all' }, standard: 'quartile', area: 'folkeskole' };
  const outcome = benchmarkGrid(grid, options);
  return reportFor(outcome, grid, { ...options, source: { kind: 'range', sheet: 'Skoler' }, now: new Date('2026-01-15T10:00:00Z') });
}

describe('statistics of institutions compared with each other', () => {
  it('read the own table’s key-figure column, not the members’ copies of it', () => {
    const sheet = modelFor(150).sheets.find((s) => s.name.startsWith('Benchmark'))!;
    const formulas = sheet.cells.filter((c) => c.formula && /^(MEDIAN|QUARTILE\.INC|MIN|MAX|AVERAGE|COUNT)\(/.test(c.formula));
    expect(formulas.length).toBeGreaterThanOrEqual(7);
    for (const cell of formulas) expect(cell.formula).toMatch(/\(\$E\$8:\$E\$157[,)]/);
    const rank = sheet.cells.find((c) => c.address === 'I8');
    expect(rank?.formula).toBe('RANK.EQ(E8,$E$8:$E$157,1)');
  });
});

const suite = hasLibreOffice() ? describe : describe.skip;
if (!hasLibreOffice()) console.warn('LibreOffice (soffice) is not installed: the 150-institution recalculation test is skipped.');

suite('150 institutions recalculate in LibreOffice', () => {
  it('to the engine’s numbers, with no error cell anywhere', async () => {
    const model = modelFor(150);
    const workbook = XlsxWorkbook.createNew();
    await workbook.writeReport(model);
    const path = join(mkdtempSync(join(tmpdir(), 'pejlemaerke-many-')), 'institutions.xlsx');
    await workbook.save(path);
    const recalculated = await recalculateToCsv(path);
    let compared = 0;
    for (const sheet of model.sheets) {
      const rows = recalculated[sheet.name];
      const errors = rows.flatMap((row, r) => row.flatMap((text, c) => (/^(#|Err:)/.test(text) ? [`${sheet.name} r${r + 1}c${c + 1}: ${text}`] : [])));
      expect(errors).toEqual([]);
      for (const cell of sheet.cells) {
        if (cell.formula === undefined || typeof cell.value !== 'number') continue;
        const { row, col } = parseA1(cell.address);
        const text = rows[row - 1]?.[col - 1] ?? '';
        const value = /%$/.test(text) ? Number(text.slice(0, -1)) / 100 : Number(text);
        if (Math.abs(value - cell.value) > 1e-9 * Math.max(1, Math.abs(cell.value))) {
          throw new Error(`${sheet.name}!${cell.address} = ${cell.formula}: LibreOffice "${text}", engine ${cell.value}`);
        }
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(150 * 6);
  }, 180_000);
});
