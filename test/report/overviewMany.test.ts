// Overblik with more units than fit on its page: it lists potentials, and every unit without one
// is counted in "øvrige", never shown as a row of 0 kr. among "the largest".
import { benchmarkGrid, type BenchmarkOptions } from '../../src/pipeline/benchmarkGrid';
import { reportFor } from '../../src/pipeline/run';
import { loadSnapshot } from '../../src/reference';
import { sheetByName, sheetText } from './checks';
import { Evaluator } from './evaluate';

function overviewOf(costsPerPupil: number[]) {
  const values = [['Skole', 'Nettoudgift (kr.)', 'Elever'], ...costsPerPupil.map((cost, i) => [`Skole ${i + 1}`, cost * 400, 400])];
  const grid = { sheet: 'Skoler', topLeft: 'A1', values };
  const options: BenchmarkOptions = { reference: loadSnapshot(), group: { kind: 'all' }, standard: 'median', area: 'folkeskole' };
  const model = reportFor(benchmarkGrid(grid, options), grid, { ...options, source: { kind: 'range', sheet: 'Skoler' } });
  return { model, sheet: sheetByName(model, 'Overblik') };
}

describe('Overblik with many units', () => {
  it('lists only the units with a potential when fewer than 20 have one, and sums the rest', () => {
    // 25 schools, 60,000 … 84,000 kr. per pupil: the 12 above the median (72,000) have a potential.
    const { model, sheet } = overviewOf(Array.from({ length: 25 }, (_, i) => 60_000 + i * 1_000));
    const table = sheet.tables[0];
    const [from, to] = table.range.split(':').map((a) => Number(/\d+$/.exec(a)?.[0]));
    expect(to - from).toBe(12);
    const text = sheetText(sheet);
    expect(text).toContain('De 12 enheder med størst potentiale');
    expect(text).toContain('Øvrige 13 enheder');
    const ev = new Evaluator(model);
    const listed = Array.from({ length: to - from }, (_, i) => ev.cell(sheet.name, `F${from + 1 + i}`) as number);
    expect(listed.every((p) => p > 0)).toBe(true);
    expect(ev.cell(sheet.name, `F${to + 1}`)).toBeCloseTo(0, 6);
  });

  it('lists the 20 largest when more than 20 units have a potential', () => {
    const { sheet } = overviewOf(Array.from({ length: 60 }, (_, i) => 60_000 + i * 1_000));
    const [from, to] = sheet.tables[0].range.split(':').map((a) => Number(/\d+$/.exec(a)?.[0]));
    expect(to - from).toBe(20);
    expect(sheetText(sheet)).toContain('Øvrige 40 enheder');
  });
});
