// Comparison-group blocks on a benchmark sheet: group statistics as live formulas over a native
// table of the group's members. Units whose groups are identical share one block (institutions
// are all compared with the same set), otherwise each own unit gets its own block.
import type { Distribution, GroupMember, GroupSpec, UnitBenchmark } from '../core/benchmark/types';
import type { Direction } from '../core/types';

export const STAT_KEYS = ['min', 'q1', 'median', 'q3', 'max', 'mean', 'weightedMean', 'n'] as const;
/** 'bestClean' and 'quartileClean': the best and best-quartile standards without flagged members. */
export type StatKey = (typeof STAT_KEYS)[number] | 'national' | 'bestClean' | 'quartileClean';

export interface GroupBlock {
  label: string;
  spec: GroupSpec;
  /** Best first, respecting the direction, so rank 1 is the top row. */
  members: GroupMember[];
  units: UnitBenchmark[];
  distribution: Distribution;
}

/** True when the block's standards left flagged members out, so the sheet shows both sets of figures. */
export function leavesOutFlagged(block: GroupBlock): boolean {
  return block.units.some((u) => (u.leftOut?.length ?? 0) > 0);
}

export interface PlacedBlock extends GroupBlock {
  headingRow: number;
  descriptionRow: number;
  statRows: Map<StatKey, number>;
  headerRow: number;
  firstRow: number;
  lastRow: number;
  memberRows: Map<string, number>;
}

// Institution runs share one member list across all units (50,000 units, one list), so whatever
// is derived from a list is derived once per list, not once per unit.
const signatures = new WeakMap<readonly GroupMember[], string>();
const indexes = new WeakMap<readonly GroupMember[], Map<string, GroupMember>>();
const flaggedOwn = new WeakMap<readonly GroupMember[], GroupMember[]>();

function ownFlagged(members: readonly GroupMember[]): GroupMember[] {
  let owns = flaggedOwn.get(members);
  if (!owns) {
    owns = members.filter((m) => m.isOwn);
    flaggedOwn.set(members, owns);
  }
  return owns;
}

function signature(unit: UnitBenchmark): string {
  const list = unit.group.members;
  let key = signatures.get(list);
  if (key === undefined) {
    const members = list.map((m) => `${m.id}:${m.keyFigure}:${m.weight}:${m.distance ?? ''}`).sort();
    key = `${unit.group.label}|${members.join(',')}`;
    signatures.set(list, key);
  }
  return key;
}

/** Members by id, built once per member list. */
export function memberById(members: readonly GroupMember[]): Map<string, GroupMember> {
  let index = indexes.get(members);
  if (!index) {
    index = new Map(members.map((m) => [m.id, m]));
    indexes.set(members, index);
  }
  return index;
}

/**
 * The group member that stands for this unit, or undefined when the engine did not include it:
 * the member flagged own (municipality groups), else the member with the unit's own id (the shared
 * institution list, where nobody is flagged).
 */
export function ownMemberId(unit: UnitBenchmark): string | undefined {
  const index = memberById(unit.group.members);
  for (const id of [unit.unitId, unit.code]) {
    const member = id === undefined ? undefined : index.get(id);
    if (member?.isOwn) return member.id;
  }
  const owns = ownFlagged(unit.group.members);
  if (owns.length === 1) return owns[0].id;
  if (owns.length === 0 && index.has(unit.unitId)) return unit.unitId;
  return undefined;
}

export function groupBlocks(units: UnitBenchmark[], direction: Direction): GroupBlock[] {
  const bySignature = new Map<string, GroupBlock>();
  for (const unit of units) {
    const key = signature(unit);
    const existing = bySignature.get(key);
    if (existing) {
      existing.units.push(unit);
      continue;
    }
    const members = [...unit.group.members].sort((a, b) =>
      direction === 'lower' ? a.keyFigure - b.keyFigure : b.keyFigure - a.keyFigure,
    );
    bySignature.set(key, {
      label: unit.group.label,
      spec: unit.group.spec,
      members,
      units: [unit],
      distribution: unit.distribution,
    });
  }
  return [...bySignature.values()];
}

/** Give every block its rows, starting at `startRow`; returns the blocks and the first free row. */
export function placeBlocks(
  blocks: GroupBlock[],
  startRow: number,
  withNational: boolean,
  withMemberTables = true,
): { placed: PlacedBlock[]; nextRow: number } {
  let row = startRow;
  const placed = blocks.map((block) => {
    const statKeys: StatKey[] = [
      ...STAT_KEYS, ...(withNational ? (['national'] as const) : []), ...(leavesOutFlagged(block) ? (['bestClean', 'quartileClean'] as const) : []),
    ];
    const headingRow = row;
    const descriptionRow = row + 1;
    const statRows = new Map<StatKey, number>();
    statKeys.forEach((key, i) => statRows.set(key, descriptionRow + 1 + i));
    const headerRow = descriptionRow + statKeys.length + 2;
    const firstRow = headerRow + 1;
    const memberRows = new Map<string, number>();
    if (!withMemberTables) {
      row = descriptionRow + statKeys.length + 2;
      return { ...block, headingRow, descriptionRow, statRows, headerRow: 0, firstRow: 0, lastRow: -1, memberRows };
    }
    const lastRow = headerRow + block.members.length;
    block.members.forEach((member, i) => memberRows.set(member.id, firstRow + i));
    row = lastRow + 3;
    return { ...block, headingRow, descriptionRow, statRows, headerRow, firstRow, lastRow, memberRows };
  });
  return { placed, nextRow: row };
}

/** True when the engine's value and the spreadsheet's value are the same number for our purposes. */
export function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** The stat a standard links to in this block: without flagged members where the block left them out. */
export function cleanStat(block: GroupBlock & { statRows: Map<StatKey, number> }, stat: StatKey): StatKey {
  if ((stat === 'min' || stat === 'max') && block.statRows.has('bestClean')) return 'bestClean';
  if ((stat === 'q1' || stat === 'q3') && block.statRows.has('quartileClean')) return 'quartileClean';
  return stat;
}
