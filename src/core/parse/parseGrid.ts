// From a grid of cell values to validated units, with every problem pointing at its cell.
import type { CellGrid, Problem } from '../types';
import type { ColumnRole, ExcludedRow, InputShape, InputUnit, MappedColumn, ParseOptions, ParseResult } from './types';
import { findHeaderRow, firstTextColumn, mapColumns } from './columns';
import { GridView, cellText } from './gridView';
import { moneyUnitOf } from './numbers';
import { ProblemLog } from './problems';
import { classifyRows } from './rows';
import { buildCodeIndex, readUnitRow, type RowPlan } from './unitRow';

const HEADER_SEARCH_ROWS = 20;

function singleRoles(columns: MappedColumn[]): Partial<Record<ColumnRole, MappedColumn>> {
  const single: Partial<Record<ColumnRole, MappedColumn>> = {};
  for (const col of columns) if (col.role !== 'quality' && col.role !== 'structural' && col.role !== 'figure') single[col.role] = col;
  return single;
}

/** Institution rows when the table names institutions; municipality rows otherwise. */
function inferShape(single: Partial<Record<ColumnRole, MappedColumn>>): { shape: InputShape; ambiguous: boolean } {
  const hasUnit = Boolean(single.unitName || single.unitId);
  if (hasUnit) return { shape: 'institution', ambiguous: Boolean(single.area) };
  return { shape: 'municipality', ambiguous: false };
}

/** Role names (string-table keys under parse.role.*) of required columns that are missing. */
function missingColumns(shape: InputShape, single: Partial<Record<ColumnRole, MappedColumn>>, keyFigures: boolean): string[] {
  const missing: string[] = [];
  if (shape === 'municipality' && !single.municipalityCode && !single.municipalityName) missing.push('municipality');
  if (shape === 'institution' && !single.unitName && !single.unitId) missing.push('unit');
  if (keyFigures && !single.cost) missing.push('cost');
  if (keyFigures && shape === 'institution' && !single.activity) missing.push('activity');
  return missing;
}

/**
 * With figures named by the caller (a DEA on plain headers such as x1, y) and no column headed
 * Enhed, Navn, Unit, DMU or id, the first text column names the units.
 */
function withUnitNames(view: GridView, headerRow: number, columns: MappedColumn[], figures: readonly string[]): MappedColumn[] {
  if (figures.length === 0 || columns.some((c) => c.role === 'unitName' || c.role === 'unitId')) return columns;
  const c = firstTextColumn(view, headerRow, new Set(columns.map((column) => column.index)));
  if (c === null) return columns;
  return [...columns, { index: c, header: cellText(view.cell(headerRow, c)), role: 'unitName' as const, via: 'synonym' as const }].sort((a, b) => a.index - b.index);
}

export function parseGrid(grid: CellGrid, options: ParseOptions = {}): ParseResult {
  const log = new ProblemLog(options.lang ?? 'da');
  const view = new GridView(grid);
  const gridInfo: ParseResult['grid'] = { sheet: grid.sheet, topLeft: grid.topLeft };
  if (grid.tableName !== undefined) gridInfo.tableName = grid.tableName;
  const result = (part: Partial<ParseResult> & Pick<ParseResult, 'shape' | 'headerRow'>): ParseResult => ({
    columns: [], unmapped: [], units: [], excluded: [], problems: log.all, canRun: false, grid: gridInfo, ...part,
  });

  const figures = options.figures ?? [];
  const headerRow = findHeaderRow(view, options.mapping, figures);
  if (headerRow === null) {
    log.add('error', 'parse.header.notFound', view.blockAddress(0, Math.min(HEADER_SEARCH_ROWS, view.height) - 1));
    return result({ shape: options.shape ?? 'municipality', headerRow: view.origin.row });
  }
  const headerAddress = view.rowAddress(headerRow);
  if (headerRow > 0) log.add('info', 'parse.header.foundBelowTop', headerAddress, { row: view.sheetRow(headerRow) });

  const mapped = mapColumns(view, headerRow, options.mapping ?? {}, log, figures);
  const columns = withUnitNames(view, headerRow, mapped.columns, figures);
  const unmapped = mapped.unmapped.filter((u) => !columns.some((c) => c.index === u.index));
  const single = singleRoles(columns);
  const inferred = inferShape(single);
  const shape = options.shape ?? inferred.shape;
  if (!options.shape && inferred.ambiguous) log.add('info', 'parse.shape.ambiguous', headerAddress);
  const base = { shape, headerRow: view.sheetRow(headerRow), columns, unmapped };

  const missing = missingColumns(shape, single, options.requireKeyFigures ?? true);
  for (const role of missing) log.add('error', 'parse.required.missing', headerAddress, { role });
  if (missing.length > 0) return result(base);

  const cost = single.cost;
  const money = cost ? moneyUnitOf(cost.header) : undefined;
  if (cost && money) {
    log.add('info', `parse.column.${money.unit}`, view.cellAddress(headerRow, cost.index), { column: cost.header });
  }
  const plan: RowPlan = {
    shape,
    single,
    quality: columns.filter((c) => c.role === 'quality'),
    structural: columns.filter((c) => c.role === 'structural'),
    figures: columns.filter((c) => c.role === 'figure'),
    costFactor: money?.factor ?? 1,
    knownCodes: options.knownMunicipalityCodes,
    codeByName: buildCodeIndex(options.municipalityNames),
    nameByCode: options.municipalityNames,
  };

  // Names first, so a row left out is labelled the way the user would call it.
  const labelColumns = (['unitName', 'municipalityName', 'unitId', 'municipalityCode', 'area'] as const)
    .flatMap((role) => (single[role] ? [single[role].index] : []));
  const kinds = classifyRows(view, headerRow, labelColumns);
  const units: InputUnit[] = [];
  const excluded: ExcludedRow[] = [];
  // The row that holds each id so far; a row left out for its own errors does not hold its id.
  const firstSeen = new Map<string, { address: string; used: boolean }>();
  kinds.forEach((kind, i) => {
    const r = headerRow + 1 + i;
    const address = view.rowAddress(r);
    if (kind.kind === 'blank') return;
    if (kind.kind === 'total') {
      log.add('info', 'parse.row.total', address, { text: kind.text });
      return;
    }
    if (kind.kind === 'note') {
      log.add('info', 'parse.row.note', address, { text: kind.text });
      return;
    }
    if (view.isHidden(r)) {
      const problem = log.add('warning', 'parse.row.hidden', address);
      const label = labelColumns.map((c) => cellText(view.cell(r, c))).find((s) => s !== '') ?? address;
      excluded.push({ address, label, problems: [problem] });
      return;
    }
    const outcome = readUnitRow(view, r, plan, log);
    if (outcome.duplicateKey !== undefined) {
      const first = firstSeen.get(outcome.duplicateKey);
      const params = { id: outcome.displayId, first: first?.address ?? '' };
      if (first?.used) {
        outcome.problems.push(log.add('error', 'parse.row.duplicate', outcome.identityAddress, params));
        outcome.unit = undefined;
      } else {
        if (first && outcome.unit) outcome.problems.push(log.add('warning', 'parse.row.duplicateOfExcluded', outcome.identityAddress, params));
        if (first && !outcome.unit) outcome.problems.push(log.add('error', 'parse.row.duplicateBothExcluded', outcome.identityAddress, params));
        if (!first || outcome.unit) firstSeen.set(outcome.duplicateKey, { address: outcome.identityAddress, used: outcome.unit !== undefined });
      }
    }
    if (outcome.unit) units.push(outcome.unit);
    else excluded.push({ address, label: outcome.label, problems: outcome.problems });
  });

  const minUnits = options.minUnits ?? (shape === 'institution' ? 3 : 1);
  const canRun = units.length >= minUnits;
  const hasDataRows = headerRow + 1 < view.height && kinds.some((kind) => kind.kind !== 'blank');
  if (!hasDataRows) {
    // A sheet of headers only: there is no row to point at, only the headers.
    log.add('error', 'parse.units.noDataRows', headerAddress);
    return result({ ...base, units, excluded, canRun: false });
  }
  const dataBlock = view.blockAddress(headerRow + 1, view.height - 1);
  if (!canRun) {
    log.add('error', tooFewCode(units.length), dataBlock, { count: units.length, min: minUnits });
    if (excluded.length > 0) log.add('info', 'parse.units.seeExcluded', excluded[0].address, { rows: excludedList(excluded) });
  } else {
    const total = units.length + excluded.length;
    if (total === 1) log.add('info', 'parse.summary.one', dataBlock);
    else log.add('info', 'parse.summary', dataBlock, { used: units.length, total, left: excluded.length });
  }
  return result({ ...base, units, excluded, canRun });
}

function tooFewCode(count: number): string {
  if (count === 0) return 'parse.units.tooFew.none';
  return count === 1 ? 'parse.units.tooFew.one' : 'parse.units.tooFew.many';
}

/** The rows left out, by address; a long list is cut with a count of the rest. */
function excludedList(excluded: ExcludedRow[]): string {
  const shown = excluded.slice(0, 5).map((row) => row.address);
  return excluded.length > shown.length ? `${shown.join(', ')} (+${excluded.length - shown.length})` : shown.join(', ');
}

/** Problems of one severity, in the order they were found; handy for shells listing errors first. */
export function problemsOf(result: ParseResult, severity: Problem['severity']): Problem[] {
  return result.problems.filter((p) => p.severity === severity);
}
