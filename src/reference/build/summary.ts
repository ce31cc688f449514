// A short printed account of what a build produced, so whoever runs the generator can eyeball it.
import type { ReferenceBundle } from '../types';
import { NATIONAL_CODE } from './names';

export function summariseBundle(bundle: ReferenceBundle): string[] {
  const lines = [`Reference snapshot built ${bundle.builtAt}: ${bundle.municipalities.length} municipalities`];
  lines.push(`  regions: ${countBy(bundle.municipalities.map((m) => `${m.regionCode} ${m.regionName}`))}`);
  lines.push(`  kommunegrupper: ${countBy(bundle.municipalities.map((m) => `${m.groupCode} ${m.groupName}`))}`);
  lines.push(`  structural variables: ${bundle.structuralVariables.map((v) => `${v.id} (${v.source} ${v.period})`).join(', ')}`);
  for (const ds of bundle.datasets) {
    const municipal = Object.entries(ds.values).filter(([code]) => code !== NATIONAL_CODE).map(([, v]) => v);
    const present = municipal.filter((v): v is number => v !== null);
    const missing = municipal.length - present.length;
    lines.push(
      `  ${ds.id}: ${present.length} values${missing ? ` (${missing} missing)` : ''}, ` +
        `Hele landet ${ds.values[NATIONAL_CODE] ?? '..'}, min ${Math.min(...present)}, max ${Math.max(...present)} ${ds.unit.da}`,
    );
  }
  return lines;
}

function countBy(keys: string[]): string {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([k, n]) => `${k} ${n}`).join(', ');
}
