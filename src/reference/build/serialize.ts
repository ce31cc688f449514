// Writes the snapshot's two files as JSON that diffs well: one municipality, one framework
// variable, one dataset per line. Same bundle in, same bytes out.
import { encodeSnapshot } from '../snapshotFormat';
import type { ReferenceBundle } from '../types';

const INDENT = '  ';

export interface SnapshotFiles {
  /** src/reference/snapshot/registry.json */
  registry: string;
  /** src/reference/snapshot/series.json */
  series: string;
}

export function formatSnapshotFiles(bundle: ReferenceBundle): SnapshotFiles {
  const { registry, series } = encodeSnapshot(bundle);
  return {
    registry: objectOfLines([
      ['format', JSON.stringify(registry.format)],
      ['builtAt', JSON.stringify(registry.builtAt)],
      ['origin', JSON.stringify(registry.origin)],
      ['attribution', JSON.stringify(registry.attribution)],
      ['years', JSON.stringify(registry.years)],
      ['functions', listOfLines(registry.functions.map((f) => JSON.stringify(f)), 1)],
      ['municipalities', listOfLines(registry.municipalities.map((m) => JSON.stringify(m)), 1)],
      ['structuralVariables', listOfLines(registry.structuralVariables.map((v) => JSON.stringify(v)), 1)],
    ]),
    series: objectOfLines([
      ['format', JSON.stringify(series.format)],
      ['areaCodes', JSON.stringify(series.areaCodes)],
      [
        'groups',
        listOfLines(
          series.groups.map((g) => `{"shared": ${JSON.stringify(g.shared)}, "datasets": ${listOfLines(g.datasets.map((d) => JSON.stringify(d)), 3)}}`),
          1,
        ),
      ],
    ]),
  };
}

function objectOfLines(entries: [string, string][]): string {
  const lines = entries.map(([key, value], i) => `${INDENT}${JSON.stringify(key)}: ${value}${i < entries.length - 1 ? ',' : ''}`);
  return `{\n${lines.join('\n')}\n}\n`;
}

function listOfLines(items: string[], depth: number): string {
  if (items.length === 0) return '[]';
  const pad = INDENT.repeat(depth + 1);
  return `[\n${items.map((item) => pad + item).join(',\n')}\n${INDENT.repeat(depth)}]`;
}
