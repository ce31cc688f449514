// The planner's sheet: one row per potential with input columns, validation, protection and live
// totals; and the planner's input surviving a re-run through the stable row key.
import type { CellGrid } from '../../src/core/types';
import { buildReport } from '../../src/report';
import type { ReportModel, SheetModel } from '../../src/report/model';
import { mergePlan, PLAN_LAYOUT, readPreviousPlan, type PlanItem } from '../../src/report/plan';
import { cellAt, checkAll, sheetByName } from './checks';
import { Evaluator } from './evaluate';
import { institutionResult, municipalityResults, reportInput } from './fixtures';

const C = PLAN_LAYOUT.col;
const FIRST = PLAN_LAYOUT.headerRow + 1;

/** The sheet's cells as a host would read them back (values only, from A1). */
function gridOf(sheet: SheetModel): CellGrid {
  const values: (string | number | boolean | null)[][] = [];
  for (const c of sheet.cells) {
    const m = /^([A-Z]+)(\d+)$/.exec(c.address)!;
    const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const row = Number(m[2]);
    while (values.length < row) values.push([]);
    const line = values[row - 1];
    while (line.length < col) line.push(null);
    line[col - 1] = c.value ?? null;
  }
  return { sheet: sheet.name, topLeft: 'A1', values };
}

/** What a planner does by hand: type into an input cell of the written sheet. */
function type(sheet: SheetModel, col: number, row: number, value: string | number | null): SheetModel {
  const address = `${String.fromCharCode(64 + col)}${row}`;
  const cells = sheet.cells.filter((c) => c.address !== address);
  cells.push({ address, value });
  return { ...sheet, cells };
}

function plan(model: ReportModel): SheetModel {
  return sheetByName(model, 'Prioritering');
}

describe('Prioritering sheet', () => {
  const model = buildReport(reportInput(municipalityResults()));
  const sheet = plan(model);

  it('has one row per unit and area at the chosen standard, with a stable key in a hidden column', () => {
    const keys = [0, 1, 2].map((i) => cellAt(sheet, `N${FIRST + i}`)?.value);
    expect(keys).toEqual(['folkeskole|751-folkeskole|quartile', 'folkeskole|461-folkeskole|quartile', 'aeldre|751-aeldre|best']);
    expect(cellAt(sheet, `C${FIRST}`)?.value).toBe('Bedste kvartil');
    expect(cellAt(sheet, `D${FIRST}`)?.formula).toBe("'Potentialer'!$P$7");
    expect(sheet.hiddenColumns).toEqual([C.key]);
    expect(sheet.tables[0].columns).toEqual([
      'Område', 'Enhed', 'Målt mod', 'Potentiale (kr.)', 'Vælg (ja/nej)', 'Realiseringsgrad (%)', 'Budgetår', 'Ansvarlig', 'Note',
      'Realiseret (kr.)', 'Løbende sum (kr.)', 'Andel af målet', 'Status', 'Nøgle (Pejlemærke)',
    ]);
  });

  it('validates the planner input and protects everything else, without a password', () => {
    const rules = sheet.dataValidations ?? [];
    expect(rules.find((r) => r.range === `E${FIRST}:E${FIRST + 2}`)?.rule).toEqual({ kind: 'list', values: ['ja', 'nej'] });
    expect(rules.find((r) => r.range === `F${FIRST}:F${FIRST + 2}`)?.rule).toEqual({ kind: 'decimal', min: 0, max: 100 });
    expect(rules.find((r) => r.range === `G${FIRST}:G${FIRST + 2}`)?.rule).toEqual({ kind: 'whole', min: 2000, max: 2100 });
    expect(sheet.protection?.unlocked).toEqual(['D4:D4', 'G4:K4', `E${FIRST}:I${FIRST + 2}`]);
    expect(model.names).toContainEqual({ name: 'Prioriteret_i_alt', refersTo: "'Prioritering'!$D$5" });
  });

  it('computes the realised amount, the running total against the target, and totals per year and area', () => {
    let edited = type(sheet, C.chosen, FIRST, 'ja');
    edited = type(edited, C.rate, FIRST, 50);
    edited = type(edited, C.year, FIRST, 2026);
    edited = type(edited, C.chosen, FIRST + 2, 'ja');
    edited = type(edited, C.year, FIRST + 2, 2027);
    edited = type(edited, PLAN_LAYOUT.targetCol, PLAN_LAYOUT.targetRow, 200_000_000);
    const ev = new Evaluator({ ...model, sheets: model.sheets.map((s) => (s.name === sheet.name ? edited : s)) });
    expect(ev.cell(sheet.name, `J${FIRST}`)).toBe(72_000_000);
    expect(ev.cell(sheet.name, `J${FIRST + 2}`)).toBe(30_000_000);
    expect(ev.cell(sheet.name, 'D5')).toBe(102_000_000);
    expect(ev.cell(sheet.name, 'D6')).toBe(98_000_000);
    expect(ev.cell(sheet.name, `K${FIRST + 2}`)).toBe(102_000_000);
    expect(ev.cell(sheet.name, `L${FIRST + 2}`)).toBeCloseTo(0.51, 12);
    // Years 2026 and 2027 are the default first two slots of a report created in 2025.
    expect([cellAt(sheet, 'G4')?.value, cellAt(sheet, 'H4')?.value]).toEqual([2026, 2027]);
    expect([ev.cell(sheet.name, 'G5'), ev.cell(sheet.name, 'H5'), ev.cell(sheet.name, 'I5')]).toEqual([72_000_000, 30_000_000, 0]);
    const areaRow = sheet.cells.find((c) => c.value === 'Folkeskole' && Number(c.address.slice(1)) > FIRST + 2)!.address.slice(1);
    expect(ev.cell(sheet.name, `B${areaRow}`)).toBe(72_000_000);
  });

  it('passes the workbook invariants for municipality and institution runs', () => {
    checkAll(model);
    checkAll(buildReport(reportInput([institutionResult()])));
  });
});

describe('the planner input survives a re-run', () => {
  const first = buildReport(reportInput(municipalityResults()));
  let sheet = plan(first);
  sheet = type(sheet, C.chosen, FIRST + 1, 'ja');
  sheet = type(sheet, C.rate, FIRST + 1, 40);
  sheet = type(sheet, C.owner, FIRST + 1, 'Økonomichef');
  sheet = type(sheet, C.note, FIRST + 1, 'Se på klassedannelse');
  sheet = type(sheet, C.chosen, FIRST + 2, 'ja');
  sheet = type(sheet, C.note, FIRST + 2, 'Ældreplan 2027');
  sheet = type(sheet, PLAN_LAYOUT.targetCol, PLAN_LAYOUT.targetRow, 50_000_000);
  sheet = type(sheet, PLAN_LAYOUT.firstYearCol, PLAN_LAYOUT.yearsRow, 2030);
  const previous = readPreviousPlan(gridOf(sheet));

  it('reads the input back by key', () => {
    expect(previous?.target).toBe(50_000_000);
    expect(previous?.years[0]).toBe(2030);
    const odense = previous?.rows.find((r) => r.key === 'folkeskole|461-folkeskole|quartile');
    expect(odense).toMatchObject({ chosen: true, rate: 40, owner: 'Økonomichef', note: 'Se på klassedannelse', potential: 140_000_000 });
  });

  it('keeps rows whose potential vanished, marked udgået with their last potential, and adds new ones', () => {
    const [schools] = municipalityResults();
    const rerun = buildReport({ ...reportInput([{ ...schools, units: [schools.units[1]] }]), previousPlan: previous });
    const next = plan(rerun);
    const keys = next.cells.filter((c) => c.address.startsWith('N') && Number(c.address.slice(1)) >= FIRST).map((c) => c.value);
    expect(keys).toEqual(['folkeskole|751-folkeskole|quartile', 'folkeskole|461-folkeskole|quartile', 'aeldre|751-aeldre|best']);
    expect(cellAt(next, `M${FIRST}`)?.value).toBe('udgået');
    expect(cellAt(next, `M${FIRST + 1}`)?.value ?? null).toBeNull();
    expect(cellAt(next, `M${FIRST + 2}`)?.value).toBe('udgået');
    expect(cellAt(next, `D${FIRST + 2}`)).toMatchObject({ value: 30_000_000 });
    expect(cellAt(next, `D${FIRST + 2}`)?.formula).toBeUndefined();
    expect(cellAt(next, `I${FIRST + 2}`)?.value).toBe('Ældreplan 2027');
    expect(cellAt(next, `H${FIRST + 1}`)?.value).toBe('Økonomichef');
    expect(cellAt(next, 'D4')?.value).toBe(50_000_000);
    expect(cellAt(next, 'G4')?.value).toBe(2030);
    checkAll(rerun);
  });

  it('lets a vanished row come back with its input when the potential reappears', () => {
    const [schools, care] = municipalityResults();
    const gone = plan(buildReport({ ...reportInput([{ ...schools, units: [schools.units[1]] }]), previousPlan: previous }));
    const back = plan(buildReport({ ...reportInput([schools, care]), previousPlan: readPreviousPlan(gridOf(gone)) }));
    expect(cellAt(back, `M${FIRST + 2}`)?.value ?? null).toBeNull();
    expect(cellAt(back, `I${FIRST + 2}`)?.value).toBe('Ældreplan 2027');
    expect(cellAt(back, `E${FIRST + 2}`)?.value).toBe('ja');
  });

  it('is not fooled by a sheet it did not write', () => {
    expect(readPreviousPlan({ sheet: 'Prioritering', topLeft: 'A1', values: [['Mit eget ark']] })).toBeUndefined();
  });
});

describe('mergePlan', () => {
  const item = (key: string, potential: number): PlanItem => ({ key, area: 'A', unit: key, basis: 'Median', potentialRef: "'P'!$A$1", potential });

  it('orders new potentials largest first after the rows the planner already has', () => {
    const rows = mergePlan([item('a', 1), item('b', 5), item('c', 3)], {
      rows: [{ key: 'c', area: 'A', unit: 'c', basis: 'Median', potential: 3, chosen: true, rate: 10, year: null, owner: '', note: '' }],
      target: null, years: [],
    });
    expect(rows.map((r) => (r.status === 'current' ? r.item.key : r.previous.key))).toEqual(['c', 'b', 'a']);
    expect(rows[0].status === 'current' && rows[0].input.rate).toBe(10);
  });
});
