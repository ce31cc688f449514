// The service area a sheet or table is named after ("Folkeskole 2024" → folkeskole), for input
// that carries no area column when none was chosen. Only an unambiguous name counts: exactly one
// area is named in the table's and the sheet's names together, so "Skoler og SFO" decides nothing.
import type { CellGrid } from '../core/types';
import { resolveArea } from '../reference';
import type { ServiceAreaDefinition } from '../reference/types';

export interface InferredArea {
  area: ServiceAreaDefinition;
  /** The sheet or table name the area was read from, as the user wrote it. */
  from: string;
  fromKind: 'sheet' | 'table';
}

/** Every area named by a run of whole words in `name` (words of letters only; years are skipped). */
function areasNamedIn(name: string, catalogue: readonly ServiceAreaDefinition[]): Set<ServiceAreaDefinition> {
  const words = name.split(/[^\p{L}]+/u).filter((word) => word !== '');
  const found = new Set<ServiceAreaDefinition>();
  for (let start = 0; start < words.length; start++) {
    for (let end = start + 1; end <= words.length; end++) {
      const area = resolveArea(words.slice(start, end).join(' '), catalogue);
      if (area) found.add(area);
    }
  }
  return found;
}

export function inferAreaFromNames(
  grid: Pick<CellGrid, 'sheet' | 'tableName'>,
  catalogue: readonly ServiceAreaDefinition[],
): InferredArea | undefined {
  const sources: { name: string; kind: 'sheet' | 'table' }[] = [
    ...(grid.tableName ? [{ name: grid.tableName, kind: 'table' as const }] : []),
    { name: grid.sheet, kind: 'sheet' },
  ];
  const named = sources.map((source) => ({ ...source, areas: areasNamedIn(source.name, catalogue) }));
  const all = new Set(named.flatMap((source) => [...source.areas]));
  if (all.size !== 1) return undefined;
  const [area] = all;
  const source = named.find((candidate) => candidate.areas.has(area)) as (typeof named)[number];
  return { area, from: source.name, fromKind: source.kind };
}
