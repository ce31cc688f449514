// A short printed account of what a build produced, so whoever runs the generator can eyeball it:
// one line per REGK31 function (years, not-reported years, newest year's range), one per weight.
import type { Dataset, ReferenceBundle } from '../types';
import { NATIONAL_CODE } from './names';

export function summariseBundle(bundle: ReferenceBundle): string[] {
  const lines = [`Reference snapshot built ${bundle.builtAt}: ${bundle.municipalities.length} municipalities`];
  lines.push(`  regions: ${countBy(bundle.municipalities.map((m) => `${m.regionCode} ${m.regionName}`))}`);
  lines.push(`  kommunegrupper: ${countBy(bundle.municipalities.map((m) => `${m.groupCode} ${m.groupName}`))}`);
  lines.push(`  framework variables: ${bundle.structuralVariables.map((v) => `${v.id} (${v.source} ${v.period})`).join(', ')}`);
  const byFunction = new Map<string, Dataset[]>();
  for (const ds of bundle.datasets) {
    if (ds.role !== 'keyFigure' || !ds.functionCode) continue;
    byFunction.set(ds.functionCode, [...(byFunction.get(ds.functionCode) ?? []), ds]);
  }
  for (const [code, list] of byFunction) {
    const years = list.map((d) => d.period).sort();
    const notReported = list.filter((d) => d.notReported).map((d) => d.period);
    const newest = list.find((d) => d.period === years[years.length - 1]) as Dataset;
    lines.push(`  REGK31 ${code}: ${years[0]}–${years[years.length - 1]}${notReported.length ? `, not reported ${notReported.join(', ')}` : ''}; ${describe(newest)}`);
  }
  for (const ds of bundle.datasets.filter((d) => d.role === 'weight')) lines.push(`  weights ${ds.year}: ${ds.table} ${ds.period}, Hele landet ${ds.values[NATIONAL_CODE]}`);
  return lines;
}

function describe(ds: Dataset): string {
  const present = Object.entries(ds.values).filter(([code]) => code !== NATIONAL_CODE).map(([, v]) => v).filter((v): v is number => v !== null);
  return `${ds.period} Hele landet ${ds.values[NATIONAL_CODE] ?? '..'}, min ${Math.min(...present)}, max ${Math.max(...present)} ${ds.unit.da}`;
}

function countBy(keys: string[]): string {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([k, n]) => `${k} ${n}`).join(', ');
}
