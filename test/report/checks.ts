// Invariants every report must satisfy, whatever the results: legal names, tables whose header
// cells match, formulas whose cached values are what a spreadsheet computes, charts pointing at cells.
import type { ReportModel, SheetModel } from '../../src/report/model';
import { Evaluator, expandRange, isError, type Scalar } from './evaluate';

const RANGE_REF = /^(?:'((?:[^']|'')+)'!)?(\$?[A-Z]+\$?\d+)(?::(\$?[A-Z]+\$?\d+))?$/;

export function parseRef(ref: string): { sheet?: string; cells: string[] } {
  const m = RANGE_REF.exec(ref);
  if (!m) throw new Error(`Not a range reference: ${ref}`);
  return { sheet: m[1]?.replace(/''/g, "'"), cells: expandRange(m[2].replace(/\$/g, ''), (m[3] ?? m[2]).replace(/\$/g, '')) };
}

export function cellAt(sheet: SheetModel, address: string) {
  return sheet.cells.find((c) => c.address === address);
}

export function sheetByName(model: ReportModel, name: string): SheetModel {
  const sheet = model.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`No sheet ${name}; have ${model.sheets.map((s) => s.name).join(', ')}`);
  return sheet;
}

/** A string that a person would read as a number: '1.234', '12,5', '75.000 kr.', '50%'. */
export function looksLikeFormattedNumber(text: string): boolean {
  const t = text.trim();
  return (
    /^[-+−]?\d{1,3}([.,\s]\d{3})+([.,]\d+)?(\s?(kr\.?|%))?$/.test(t) ||
    /^[-+−]?\d+[.,]\d+(\s?(kr\.?|%))?$/.test(t) ||
    /^[-+−]?[\d.,\s]+\s?(kr\.?|%)$/.test(t)
  );
}

export function checkSheetNames(model: ReportModel): void {
  const lower = model.sheets.map((s) => s.name.toLowerCase());
  expect(new Set(lower).size).toBe(lower.length);
  for (const sheet of model.sheets) {
    expect(sheet.name.length).toBeGreaterThan(0);
    expect(sheet.name.length).toBeLessThanOrEqual(31);
    expect(sheet.name).not.toMatch(/[[\]:*?/\\]/);
    expect(sheet.name).not.toMatch(/^'|'$/);
  }
}

export function checkTables(model: ReportModel): void {
  const names = model.sheets.flatMap((s) => s.tables.map((t) => t.name));
  expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  for (const sheet of model.sheets) {
    const covered = new Set<string>();
    for (const table of sheet.tables) {
      expect(table.name).toMatch(/^[A-Za-z][A-Za-z0-9_]*$/);
      const [from, to] = table.range.split(':');
      const cells = expandRange(from, to);
      const firstRow = Number(/\d+$/.exec(from)?.[0]);
      const header = cells.filter((a) => Number(/\d+$/.exec(a)?.[0]) === firstRow);
      expect(header.length).toBe(table.columns.length);
      expect(cells.length).toBeGreaterThan(header.length); // at least one data row
      header.forEach((address, i) => expect(cellAt(sheet, address)?.value).toBe(table.columns[i]));
      expect(new Set(table.columns.map((c) => c.toLowerCase())).size).toBe(table.columns.length);
      for (const address of cells) {
        expect(covered.has(address)).toBe(false); // tables must not overlap
        covered.add(address);
      }
    }
  }
}

function sameValue(actual: Scalar, cached: unknown): boolean {
  if (typeof actual === 'number' && typeof cached === 'number') {
    return Math.abs(actual - cached) <= 1e-9 * Math.max(1, Math.abs(actual));
  }
  return actual === cached;
}

/** Recompute every formula and compare with its cached value; returns the number of formulas checked. */
export function checkFormulas(model: ReportModel): number {
  const evaluator = new Evaluator(model);
  const mismatches: string[] = [];
  let count = 0;
  for (const sheet of model.sheets) {
    for (const c of sheet.cells) {
      if (c.formula === undefined) continue;
      count++;
      expect(c.formula.startsWith('=')).toBe(false);
      expect(c.formula).not.toMatch(/_xlfn|\[|;/);
      // Ranges are absolute A1 so LibreOffice and Excel read them alike.
      for (const m of c.formula.matchAll(/(\$?[A-Z]+\$?\d+):(\$?[A-Z]+\$?\d+)/g)) {
        expect(m[0]).toMatch(/^\$[A-Z]+\$\d+:\$[A-Z]+\$\d+$/);
      }
      const actual = evaluator.cell(sheet.name, c.address);
      if (isError(actual) || !sameValue(actual, c.value)) {
        mismatches.push(`${sheet.name}!${c.address} = ${c.formula}: computed ${JSON.stringify(actual)}, cached ${JSON.stringify(c.value)}`);
      }
    }
  }
  expect(mismatches).toEqual([]);
  return count;
}

export function checkCharts(model: ReportModel): void {
  for (const sheet of model.sheets) {
    for (const chart of sheet.charts) {
      expect(chart.series.length).toBeGreaterThan(0);
      for (const series of chart.series) {
        const values = parseRef(series.values);
        expect(values.sheet).toBeDefined();
        const target = sheetByName(model, values.sheet ?? '');
        for (const address of values.cells) expect(cellAt(target, address)).toBeDefined();
        if (series.categories) {
          const categories = parseRef(series.categories);
          expect(categories.cells.length).toBe(values.cells.length);
          const catSheet = sheetByName(model, categories.sheet ?? '');
          for (const address of categories.cells) expect(typeof cellAt(catSheet, address)?.value).toBe('string');
        }
      }
    }
  }
}

export function checkValues(model: ReportModel): void {
  for (const sheet of model.sheets) {
    const seen = new Set<string>();
    for (const c of sheet.cells) {
      expect(c.address).toMatch(/^[A-Z]+\d+$/);
      expect(seen.has(c.address)).toBe(false);
      seen.add(c.address);
      if (typeof c.value === 'string' && looksLikeFormattedNumber(c.value)) {
        throw new Error(`Formatted number string at ${sheet.name}!${c.address}: ${c.value}`);
      }
      if (typeof c.value === 'number') expect(Number.isFinite(c.value)).toBe(true);
    }
    for (const cf of sheet.conditionalFormats) {
      expect(cf.range).toMatch(/^[A-Z]+\d+:[A-Z]+\d+$/);
      if (cf.kind === 'expression') expect(cf.formula.startsWith('=')).toBe(false);
    }
  }
}

export function checkAll(model: ReportModel): void {
  checkSheetNames(model);
  checkTables(model);
  checkFormulas(model);
  checkCharts(model);
  checkValues(model);
}

/** All text on a sheet, for looking for sentences. */
export function sheetText(sheet: SheetModel): string {
  return sheet.cells.filter((c) => typeof c.value === 'string').map((c) => c.value).join('\n');
}
