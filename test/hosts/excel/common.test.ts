// Host-agnostic rules in src/hosts/common and the pure planning helpers of the Office.js host.
import { freeSheetName, freeTableName, guardText, legalSheetName, legalTableName, needsTextGuard, parseRegistryRows, registryRows, renameReferences } from '../../../src/hosts/common';
import { blocks, columnWidthPoints, styleRuns } from '../../../src/hosts/excel';
import { packSteps } from '../../../src/hosts/excel/host';

describe('text guard', () => {
  it.each([
    ["=cmd|' /C calc'!A0", true],
    ['+4512345678', true],
    ['-5 %', true],
    ['@SUM(A1)', true],
    ['\tx', true],
    ['\rx', true],
    ["'Mine tal'!C7", true],
    ['791', true],
    ['(123)', true],
    ['TRUE', true],
    ['falsk', true],
    ['#N/A', true],
    ['jan 5', true],
    ['marts 2024', true],
    ['Viborg', false],
    ['Nettoudgift (1.000 kr.)', false],
    ['I alt', false],
    ['', false],
  ])('%j needs a guard: %s', (text, expected) => {
    expect(needsTextGuard(text)).toBe(expected);
  });

  it('adds exactly one apostrophe', () => {
    expect(guardText('=1+1')).toBe("'=1+1");
    expect(guardText("'citat'")).toBe("''citat'");
    expect(guardText('Viborg')).toBe('Viborg');
  });
});

describe('names', () => {
  it('legalises and frees sheet names case-insensitively within 31 characters', () => {
    expect(legalSheetName("'Kvartal 1/2: [udkast]?'")).toBe('Kvartal 1-2- -udkast--');
    const taken = new Set(['overblik', 'overblik (2)']);
    expect(freeSheetName('Overblik', taken)).toBe('Overblik (3)');
    expect(freeSheetName('_Pejlemaerke', new Set())).toBe('_Pejlemaerke (2)');
    expect(freeSheetName('History', new Set())).toBe('History (2)');
    const long = 'Benchmark – Hjemmesygeplejen i kommunen';
    const name = freeSheetName(long, new Set([legalSheetName(long).toLowerCase()]));
    // 'Benchmark – ' (12) + 'Hjemmesygepleje' (15) + ' (2)' (4) = 31 characters.
    expect(name).toBe('Benchmark – Hjemmesygepleje (2)');
    expect(name.length).toBeLessThanOrEqual(31);
  });

  it('legalises and frees table names', () => {
    expect(legalTableName('Tal 2025-benchmark')).toBe('Tal_2025_benchmark');
    expect(legalTableName('2025')).toBe('T_2025');
    expect(legalTableName('Tal2')).toBe('T_Tal2');
    expect(freeTableName('Benchmark', new Set(['benchmark', 'benchmark_2']))).toBe('Benchmark_3');
  });
});

describe('registry layout', () => {
  it('round-trips sheets with their roles and our names, and refuses a sheet that is not ours', () => {
    const registry = {
      sheets: [{ name: 'Overblik', role: 'overview' as const }, { name: 'Prioritering', role: 'prioritisation' as const }],
      names: ['Samlet_potentiale'],
      runId: 'r1',
      version: '0.1.0',
      createdAt: '2025-01-15',
      generator: 'Pejlemærke',
    };
    const rows = registryRows(registry);
    expect(rows.slice(0, 2)).toEqual([['pejlemaerke-own-sheets', '2', ''], ['generator', 'Pejlemærke', '']]);
    expect(rows.slice(5)).toEqual([['sheet', 'Overblik', 'overview'], ['sheet', 'Prioritering', 'prioritisation'], ['name', 'Samlet_potentiale', '']]);
    expect(parseRegistryRows(rows)).toEqual(registry);
    // Excel hands numbers back for numeric-looking text written by other tools.
    expect(parseRegistryRows([['pejlemaerke-own-sheets', 1], ['sheet', 'A'], ['', '']])?.sheets).toEqual([{ name: 'A' }]);
    expect(parseRegistryRows([['mine noter', '']])).toBeUndefined();
  });

  it('reads a version 1 registry (two columns, no roles, no names)', () => {
    const v1 = [['pejlemaerke-own-sheets', '1'], ['generator', 'Pejlemærke'], ['runId', 'r0'], ['sheet', 'Overblik'], ['sheet', 'Potentialer']];
    expect(parseRegistryRows(v1)).toEqual({ sheets: [{ name: 'Overblik' }, { name: 'Potentialer' }], names: [], runId: 'r0', generator: 'Pejlemærke' });
  });

  it('ignores a role it does not know', () => {
    expect(parseRegistryRows([['pejlemaerke-own-sheets', '2'], ['sheet', 'X', 'chart-sheet']])?.sheets).toEqual([{ name: 'X' }]);
  });
});

describe('formula references', () => {
  const renames = { sheets: new Map([['Potentialer', '~pm-2'], ["Bob's", 'Ny']]), tables: new Map([['Tabel', 'Tmp_1']]) };
  it('renames sheets and tables outside strings and structured-reference brackets', () => {
    expect(renameReferences("Potentialer!B7+'Potentialer'!C7", renames)).toBe("'~pm-2'!B7+'~pm-2'!C7");
    expect(renameReferences("'Bob''s'!A1", renames)).toBe("'Ny'!A1");
    expect(renameReferences('SUM(Tabel[Potentialer])&"Potentialer!A1"', renames)).toBe('SUM(Tmp_1[Potentialer])&"Potentialer!A1"');
    expect(renameReferences('Tabeller!A1+TabelX[a]', renames)).toBe('Tabeller!A1+TabelX[a]');
  });

  it('renames defined names used as such, never functions, sheet prefixes or text', () => {
    const names = { names: new Map([['Samlet', 'Samlet_2']]) };
    expect(renameReferences('Samlet*2+SUM(samlet)', names)).toBe('Samlet_2*2+SUM(Samlet_2)');
    expect(renameReferences('SAMLET(1)+Samlet!A1+\'X\'!Samlet&"Samlet"+Tabel[Samlet]', names)).toBe('SAMLET(1)+Samlet!A1+\'X\'!Samlet&"Samlet"+Tabel[Samlet]');
    expect(renameReferences('SamletX+Samlet.2', names)).toBe('SamletX+Samlet.2');
  });
});

describe('planning helpers', () => {
  it('converts character widths to points as Excel does for Calibri 11', () => {
    // Excel's default column: 8.43 characters shown, 9.140625 stored, 64 px = 48 pt.
    expect(columnWidthPoints(9.140625)).toBe(48);
    // 20 characters: trunc((5120 + 18) / 256 · 7) = trunc(140.49) = 140 px = 105 pt.
    expect(columnWidthPoints(20)).toBe(105);
  });

  it('writes one block with holes left null, cut into row bands under the byte cap', () => {
    const cells = [{ address: 'B2', value: 1 }, { address: 'D3', value: 'x' }, { address: 'C4', value: 2 }];
    const [one] = blocks(cells, (c) => c.value ?? null, 10_000);
    expect(one).toMatchObject({ address: 'B2:D4', rows: [[1, null, null], [null, null, 'x'], [null, 2, null]] });
    const bands = blocks(cells, (c) => c.value ?? null, 20);
    expect(bands.map((b) => b.address)).toEqual(['B2:D2', 'B3:D3', 'B4:D4']);
  });

  it('groups equally styled cells into rectangles', () => {
    const bold = { bold: true };
    const runs = styleRuns([
      { address: 'A1', style: bold }, { address: 'B1', style: bold }, { address: 'A2', style: bold }, { address: 'B2', style: bold },
      { address: 'C1', style: { fill: 'FFEEDD' } }, { address: 'A4', style: bold },
    ]);
    expect(runs).toEqual([{ address: 'A1:B2', style: bold }, { address: 'C1', style: { fill: 'FFEEDD' } }, { address: 'A4', style: bold }]);
  });

  it('packs steps greedily under the budget', () => {
    const step = (bytes: number) => ({ label: String(bytes), bytes, queue: () => undefined });
    expect(packSteps([step(40), step(50), step(30), step(200), step(10)], 100).map((c) => c.map((s) => s.bytes))).toEqual([[40, 50], [30], [200], [10]]);
  });
});
