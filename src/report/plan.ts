// The planner's input on Prioritering is user data inside a sheet of ours. Before a re-run writes
// the sheet again, the input is read back from the old sheet and merged into the new rows by a
// stable key (area + unit + basis), so a choice, a realisation rate or a note is never lost: rows
// whose potential vanished are kept and marked, never deleted.
import type { CellGrid, CellValue } from '../core/types';
import { isCellError } from '../core/types';

/** One potential the planner can choose, as this run computed it. */
export interface PlanItem {
  key: string;
  area: string;
  unit: string;
  /** The standard (or DEA) the potential is measured against, as the reader sees it. */
  basis: string;
  /** Sheet-qualified absolute reference to the live potential. */
  potentialRef: string;
  potential: number;
}

/** What the planner typed on a row. */
export interface PlannerInput {
  chosen: boolean | null;
  /** Percent, 0–100. */
  rate: number | null;
  year: number | null;
  owner: string;
  note: string;
}

/** A row read back from an earlier Prioritering sheet. */
export interface PreviousPlanRow extends PlannerInput {
  key: string;
  area: string;
  unit: string;
  basis: string;
  /** The potential as it stood when the sheet was last written (or recalculated). */
  potential: number | null;
}

export interface PreviousPlan {
  rows: PreviousPlanRow[];
  target: number | null;
  years: (number | null)[];
}

export type PlanRow =
  | { status: 'current'; item: PlanItem; input: PlannerInput }
  | { status: 'gone'; previous: PreviousPlanRow };

/** Defaults for a potential the planner has not seen before: not chosen yet, full realisation. */
export const NEW_INPUT: PlannerInput = { chosen: false, rate: 100, year: null, owner: '', note: '' };

/**
 * New rows in the order of the earlier sheet (the planner's order), vanished rows where they were,
 * then potentials new in this run, largest first.
 */
export function mergePlan(items: readonly PlanItem[], previous: PreviousPlan | undefined): PlanRow[] {
  const byKey = new Map(items.map((item) => [item.key, item]));
  const seen = new Set<string>();
  const rows: PlanRow[] = [];
  for (const old of previous?.rows ?? []) {
    if (seen.has(old.key)) continue;
    seen.add(old.key);
    const item = byKey.get(old.key);
    const input: PlannerInput = { chosen: old.chosen, rate: old.rate, year: old.year, owner: old.owner, note: old.note };
    rows.push(item ? { status: 'current', item, input } : { status: 'gone', previous: old });
  }
  const fresh = items.filter((item) => !seen.has(item.key)).sort((a, b) => b.potential - a.potential);
  for (const item of fresh) rows.push({ status: 'current', item, input: { ...NEW_INPUT } });
  return rows;
}

// --- Reading an earlier sheet back -------------------------------------------------------------

/** Where things stand on the Prioritering sheet; the reader and the writer share it. */
export const PLAN_LAYOUT = {
  targetRow: 4,
  targetCol: 4,
  yearsRow: 4,
  firstYearCol: 7,
  yearSlots: 5,
  headerRow: 9,
  col: {
    area: 1, unit: 2, basis: 3, potential: 4, chosen: 5, rate: 6, year: 7, owner: 8, note: 9,
    realised: 10, running: 11, share: 12, status: 13, key: 14,
  },
} as const;

/** Header of the hidden key column, in every language the sheet is written in. */
export const KEY_HEADERS = ['Nøgle (Pejlemærke)', 'Key (Pejlemærke)'];
const YES = new Set(['ja', 'yes', 'j', 'y', 'x', 'true', '1']);
const NO = new Set(['nej', 'no', 'n', 'false', '0']);

function at(grid: CellGrid, row: number, col: number): CellValue {
  const origin = /^([A-Z]+)(\d+)$/.exec(grid.topLeft);
  const top = origin ? Number(origin[2]) : 1;
  const left = origin ? [...origin[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) : 1;
  return grid.values[row - top]?.[col - left] ?? null;
}

function text(value: CellValue): string {
  if (value === null || isCellError(value)) return '';
  return String(value).trim();
}

function number(value: CellValue): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value.trim().replace(/\s|%/g, '').replace(',', '.'));
    return Number.isFinite(parsed) ? parsed : null;
  }
  return null;
}

function choice(value: CellValue): boolean | null {
  if (typeof value === 'boolean') return value;
  const word = text(value).toLowerCase();
  if (YES.has(word)) return true;
  if (NO.has(word)) return false;
  return null;
}

/**
 * The planner's input from an earlier Prioritering sheet's cells (its used range from A1), or
 * undefined when the cells are not a sheet this layout wrote (the key column's header is missing).
 */
export function readPreviousPlan(grid: CellGrid): PreviousPlan | undefined {
  const { col, headerRow } = PLAN_LAYOUT;
  if (!KEY_HEADERS.includes(text(at(grid, headerRow, col.key)))) return undefined;
  const rows: PreviousPlanRow[] = [];
  const lastRow = rowCount(grid);
  for (let row = headerRow + 1; row <= lastRow; row++) {
    const key = text(at(grid, row, col.key));
    if (!key) continue;
    rows.push({
      key,
      area: text(at(grid, row, col.area)),
      unit: text(at(grid, row, col.unit)),
      basis: text(at(grid, row, col.basis)),
      potential: number(at(grid, row, col.potential)),
      chosen: choice(at(grid, row, col.chosen)),
      rate: number(at(grid, row, col.rate)),
      year: number(at(grid, row, col.year)),
      owner: text(at(grid, row, col.owner)),
      note: text(at(grid, row, col.note)),
    });
  }
  const years = Array.from({ length: PLAN_LAYOUT.yearSlots }, (_, i) => number(at(grid, PLAN_LAYOUT.yearsRow, PLAN_LAYOUT.firstYearCol + i)));
  return { rows, target: number(at(grid, PLAN_LAYOUT.targetRow, PLAN_LAYOUT.targetCol)), years };
}

function rowCount(grid: CellGrid): number {
  const origin = /^[A-Z]+(\d+)$/.exec(grid.topLeft);
  return (origin ? Number(origin[1]) : 1) + grid.values.length - 1;
}
