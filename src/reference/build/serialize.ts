// Writes a bundle as JSON that diffs well: one municipality per line, one dataset field per line,
// dataset values ten to a line in code order. Same bundle in, same bytes out.
import type { Dataset, ReferenceBundle } from '../types';

const INDENT = '  ';
const VALUES_PER_LINE = 10;

export function formatBundleJson(bundle: ReferenceBundle): string {
  const lines: string[] = ['{'];
  const top: [string, string][] = [
    ['format', JSON.stringify(bundle.format)],
    ['builtAt', JSON.stringify(bundle.builtAt)],
    ['origin', JSON.stringify(bundle.origin)],
    ['attribution', JSON.stringify(bundle.attribution)],
    ['municipalities', listOfLines(bundle.municipalities.map((m) => JSON.stringify(m)), 1)],
    ['structuralVariables', listOfLines(bundle.structuralVariables.map((v) => JSON.stringify(v)), 1)],
    ['datasets', listOfLines(bundle.datasets.map((d) => formatDataset(d, 2)), 1)],
  ];
  top.forEach(([key, value], i) => {
    lines.push(`${INDENT}${JSON.stringify(key)}: ${value}${i < top.length - 1 ? ',' : ''}`);
  });
  lines.push('}');
  return lines.join('\n') + '\n';
}

function listOfLines(items: string[], depth: number): string {
  if (items.length === 0) return '[]';
  const pad = INDENT.repeat(depth + 1);
  return `[\n${items.map((item) => pad + item).join(',\n')}\n${INDENT.repeat(depth)}]`;
}

function formatDataset(ds: Dataset, depth: number): string {
  const pad = INDENT.repeat(depth + 1);
  const entries = Object.entries(ds).map(([key, value]) => {
    const rendered = key === 'values' ? formatValues(ds.values, depth + 1) : JSON.stringify(value);
    return `${pad}${JSON.stringify(key)}: ${rendered}`;
  });
  return `{\n${entries.join(',\n')}\n${INDENT.repeat(depth)}}`;
}

function formatValues(values: Record<string, number | null>, depth: number): string {
  // Sorted as strings so '000' (Hele landet) leads; JS would otherwise list it after '101'…'860'.
  const pairs = Object.keys(values).sort().map((code) => `${JSON.stringify(code)}: ${JSON.stringify(values[code])}`);
  if (pairs.length === 0) return '{}';
  const pad = INDENT.repeat(depth + 1);
  const rows: string[] = [];
  for (let i = 0; i < pairs.length; i += VALUES_PER_LINE) rows.push(pad + pairs.slice(i, i + VALUES_PER_LINE).join(', '));
  return `{\n${rows.join(',\n')}\n${INDENT.repeat(depth)}}`;
}
