// `pejlemaerke areas`: which service areas exist and which the bundled data can benchmark.
import type { Lang } from '../core/types';
import { t } from '../i18n';
import { hasReferenceData, SERVICE_AREAS, sourcesFor } from '../reference';
import type { ReferenceBundle } from '../reference/types';
import type { CliIo } from './main';

export function printAreas(bundle: ReferenceBundle, json: boolean, lang: Lang, io: CliIo): void {
  const rows = SERVICE_AREAS.map((area) => ({
    id: area.id,
    name: area.name[lang],
    functions: area.functions,
    unit: area.unitLabel[lang],
    available: hasReferenceData(bundle, area.id),
    sources: sourcesFor(bundle, area.id).map((dataset) => `${dataset.table} ${dataset.period}`),
  }));
  if (json) {
    io.out(JSON.stringify(rows, null, 2));
    return;
  }
  io.out(t('cli.areas.title', lang, { origin: bundle.origin, built: bundle.builtAt.slice(0, 10) }));
  for (const row of rows) {
    const status = row.available ? row.sources.join(', ') : t('cli.areas.notInSnapshot', lang);
    const functions = row.functions.length > 0 ? ` (${row.functions.join(', ')})` : '';
    io.out(`  ${row.id.padEnd(16)} ${row.name}${functions} – ${status}`);
  }
}
