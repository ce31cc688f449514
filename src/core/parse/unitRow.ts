// One data row → one unit (or the reasons it cannot be one).
import type { Problem } from '../types';
import type { ColumnRole, InputShape, InputUnit, MappedColumn } from './types';
import { type CellContext, readMunicipalityCode, readNumber, readText, readYear, report } from './cells';
import { GridView, isBlank } from './gridView';
import { ProblemLog } from './problems';
import { foldDanish, municipalityNameKeys } from './text';

/** What the row reader needs to know once per table. */
export interface RowPlan {
  shape: InputShape;
  single: Partial<Record<ColumnRole, MappedColumn>>;
  quality: MappedColumn[];
  structural: MappedColumn[];
  /** Numbers the caller named (DEA on plain headers); absent or empty otherwise. */
  figures?: MappedColumn[];
  /** 1, 1000 or 1 000 000: what the cost header's unit turns into kr. */
  costFactor: number;
  knownCodes?: ReadonlySet<string>;
  /** Municipality code by every key municipalityNameKeys gives for its name. */
  codeByName: Map<string, string>;
  nameByCode?: ReadonlyMap<string, string>;
}

export interface RowOutcome {
  unit?: InputUnit;
  problems: Problem[];
  label: string;
  /** Folded id used to find repeated units; undefined when the row has no identity. */
  duplicateKey?: string;
  displayId: string;
  /** The cell that identifies the row (code, id or name), for duplicate messages. */
  identityAddress: string;
}

export function buildCodeIndex(names?: ReadonlyMap<string, string>): Map<string, string> {
  const index = new Map<string, string>();
  for (const [code, name] of names ?? []) {
    for (const key of municipalityNameKeys(name)) if (!index.has(key)) index.set(key, code);
  }
  return index;
}

function resolveName(name: string, index: Map<string, string>): string | undefined {
  for (const key of municipalityNameKeys(name)) {
    const code = index.get(key);
    if (code) return code;
  }
  return undefined;
}

/** Avoids 1.1 × 1000 = 1100.0000000000002 showing up in a finance officer's sheet. */
function scale(value: number, factor: number): number {
  return factor === 1 ? value : Number((value * factor).toPrecision(15));
}

export function readUnitRow(view: GridView, r: number, plan: RowPlan, log: ProblemLog): RowOutcome {
  const problems: Problem[] = [];
  const ctx = (col: MappedColumn): CellContext => ({
    log,
    rowProblems: problems,
    address: view.cellAddress(r, col.index),
    column: col.header,
    role: col.role,
  });
  const { single } = plan;
  const read = <T>(role: ColumnRole, reader: (c: CellContext, col: MappedColumn) => T): T | undefined => {
    const col = single[role];
    return col ? reader(ctx(col), col) : undefined;
  };
  const cellOf = (col: MappedColumn) => view.cell(r, col.index);

  let code = read('municipalityCode', (c, col) => readMunicipalityCode(c, cellOf(col), plan.knownCodes));
  const municipalityName = read('municipalityName', (c, col) => readText(c, cellOf(col)));
  const codeCellFilled = single.municipalityCode !== undefined && !isBlank(view.cell(r, single.municipalityCode.index));
  if (code === undefined && !codeCellFilled && municipalityName !== undefined && plan.codeByName.size > 0) {
    code = resolveName(municipalityName, plan.codeByName);
    if (code === undefined) {
      report(ctx(single.municipalityName as MappedColumn), 'error', 'parse.name.unknown', { text: municipalityName });
    }
  }
  const unitId = read('unitId', (c, col) => readText(c, cellOf(col)));
  const unitName = read('unitName', (c, col) => readText(c, cellOf(col)));
  const area = read('area', (c, col) => readText(c, cellOf(col)));
  const year = read('year', (c, col) => readYear(c, cellOf(col)));

  const rowAddress = view.rowAddress(r);
  const hadErrors = () => problems.some((p) => p.severity === 'error');
  if (plan.shape === 'municipality' && code === undefined && municipalityName === undefined && !hadErrors()) {
    problems.push(log.add('error', 'parse.row.noMunicipality', rowAddress));
  }
  if (plan.shape === 'institution' && unitId === undefined && unitName === undefined && !hadErrors()) {
    problems.push(log.add('error', 'parse.row.noUnit', rowAddress));
  }

  let cost = read('cost', (c, col) => readNumber(c, cellOf(col), true));
  if (cost !== undefined && single.cost) {
    cost = scale(cost, plan.costFactor);
    if (cost < 0) report(ctx(single.cost), 'error', 'parse.cost.negative', { value: cost });
    else if (cost === 0) report(ctx(single.cost), 'warning', 'parse.cost.zero');
  }
  const activity = read('activity', (c, col) => {
    const value = readNumber(c, cellOf(col), plan.shape === 'institution');
    if (value !== undefined && value <= 0) report(c, 'error', 'parse.activity.notPositive', { value });
    return value;
  });
  const readMany = (cols: MappedColumn[]) => {
    const values: Record<string, number> = {};
    for (const col of cols) {
      const value = readNumber(ctx(col), cellOf(col), false);
      if (value !== undefined) values[col.key ?? col.header] = value;
    }
    return values;
  };
  const quality = readMany(plan.quality);
  const structural = readMany(plan.structural);
  const figures = readMany(plan.figures ?? []);

  const municipalityLabel = municipalityName ?? (code ? (plan.nameByCode?.get(code) ?? code) : undefined);
  const name = plan.shape === 'municipality' ? municipalityLabel : (unitName ?? unitId);
  const label = name ?? unitId ?? code ?? rowAddress;

  const idParts: string[] = [];
  if (plan.shape === 'municipality') {
    const base = code ?? municipalityName;
    if (base !== undefined) idParts.push(base, ...(area !== undefined ? [area] : []));
  } else {
    const base = unitId ?? unitName;
    if (base !== undefined) idParts.push(...(code !== undefined ? [code] : []), base);
  }
  if (idParts.length > 0 && year !== undefined) idParts.push(String(year));
  const identityCol =
    plan.shape === 'municipality'
      ? (single.municipalityCode ?? single.municipalityName)
      : (single.unitId && unitId !== undefined ? single.unitId : single.unitName);
  const outcome: RowOutcome = {
    problems,
    label,
    duplicateKey: idParts.length > 0 ? foldDanish(idParts.join(':')) : undefined,
    displayId: idParts.join(' / '),
    identityAddress: identityCol ? view.cellAddress(r, identityCol.index) : rowAddress,
  };
  // Without a cost column (a DEA on named figures alone) the row needs none.
  if (hadErrors() || (single.cost && cost === undefined) || idParts.length === 0) return outcome;

  const unit: InputUnit = {
    id: idParts.join(':'),
    name: name ?? idParts[0],
    cost: cost ?? Number.NaN,
    quality,
    structural,
    source: { sheet: view.sheet, row: view.sheetRow(r), address: rowAddress },
  };
  if (code !== undefined) unit.municipalityCode = code;
  if (area !== undefined) unit.area = area;
  if (year !== undefined) unit.year = year;
  if (activity !== undefined) unit.activity = activity;
  if ((plan.figures ?? []).length > 0) unit.figures = figures;
  outcome.unit = unit;
  return outcome;
}
