// The test evaluator is itself checked against values from Excel's documentation and by hand,
// so a report test that passes means something.
import type { ReportModel } from '../../src/report/model';
import { Evaluator, expandRange } from './evaluate';

function workbook(cells: Record<string, number | string | null>, formulas: Record<string, string> = {}): Evaluator {
  const model: ReportModel = {
    sheets: [{
      name: 'Ark 1', role: 'benchmark', columnWidths: [], merges: [], tables: [], conditionalFormats: [], charts: [],
      print: { orientation: 'landscape', paperSize: 'A4', fit: { width: 1, height: 0 }, gridlines: false },
      cells: [
        ...Object.entries(cells).map(([address, value]) => ({ address, value })),
        ...Object.entries(formulas).map(([address, formula]) => ({ address, formula })),
      ],
    }],
    meta: { generator: 't', version: '0', createdAt: '', runId: '' },
  };
  return new Evaluator(model);
}

describe('test evaluator', () => {
  const ev = workbook({ A1: 1, A2: 2, A3: 3, A4: 4, B1: 'x', B2: null, C1: 10, C2: 20 });
  const f = (formula: string): unknown => ev.formula('Ark 1', formula);

  it('follows QUARTILE.INC and MEDIAN', () => {
    // (4−1)·¼ = 0.75 → 1 + 0.75·(2−1)
    expect(f('QUARTILE.INC($A$1:$A$4,1)')).toBe(1.75);
    expect(f('QUARTILE.INC($A$1:$A$4,3)')).toBe(3.25);
    expect(f('MEDIAN($A$1:$A$4)')).toBe(2.5);
  });

  it('follows PERCENTRANK.INC with truncation and interpolation', () => {
    expect(f('PERCENTRANK.INC($A$1:$A$4,2)')).toBe(0.333);
    // 2.5 lies half-way between 1/3 and 2/3 → 0.5
    expect(f('PERCENTRANK.INC($A$1:$A$4,2.5)')).toBe(0.5);
    expect(f('PERCENTRANK.INC($A$1:$A$4,5)')).toEqual({ error: '#N/A' });
    expect(f('PERCENTRANK.INC($A$1:$A$4,2,6)')).toBe(0.333333);
    expect(f('ROUNDDOWN(PERCENTRANK.INC($A$1:$A$4,3,6),3)')).toBe(0.666);
    expect(f('ROUNDDOWN(-1.239,2)')).toBe(-1.23);
  });

  it('follows RANK.EQ in both orders and fails for values outside the range', () => {
    expect(f('RANK.EQ(3,$A$1:$A$4,1)')).toBe(3);
    expect(f('RANK.EQ(3,$A$1:$A$4,0)')).toBe(2);
    expect(f('RANK.EQ(3.5,$A$1:$A$4,1)')).toEqual({ error: '#N/A' });
  });

  it('ignores text and empty cells in references, treats empty as "" in comparisons', () => {
    expect(f('SUM($A$1:$B$4)')).toBe(10);
    expect(f('COUNT($A$1:$B$2)')).toBe(2);
    expect(f('IF(B2="","empty",1)')).toBe('empty');
    expect(f('MAX(0,A1-C1)*C2')).toBe(0);
    expect(f('SUMPRODUCT($A$1:$A$2,$C$1:$C$2)/SUM($C$1:$C$2)')).toBeCloseTo(50 / 30, 12);
    expect(f('B1+1')).toEqual({ error: '#VALUE!' });
  });

  it('expands ranges row by row', () => {
    expect(expandRange('A1', 'B2')).toEqual(['A1', 'B1', 'A2', 'B2']);
  });
});
