// An institution run compares the user's own units per their own denominator (per pupil, per
// child …), so its area spec takes its labels from the user's columns, not from the catalogue.
import type { AreaSpec } from '../core/benchmark/types';
import type { MappedColumn } from '../core/parse/types';
import { t } from '../i18n';
import type { ServiceAreaDefinition } from '../reference/types';

export function institutionAreaSpec(area: ServiceAreaDefinition | undefined, columns: MappedColumn[]): AreaSpec {
  const activityHeader = columns.find((column) => column.role === 'activity')?.header.trim() ?? '';
  const activity = activityHeader ? activityHeader.toLocaleLowerCase('da-DK') : '';
  const activityLabel = { da: activity || 'enhed', en: activity || 'unit' };
  const perUnit = singularDanish(activity) || 'enhed';
  return {
    id: area?.id ?? 'institutioner',
    name: area ? { ...area.name } : { da: t('pipeline.institutionArea', 'da'), en: t('pipeline.institutionArea', 'en') },
    // The sheet tabs use the short name ("Benchmark – Schools"), not a long name cut at 31 characters.
    ...(area?.shortName ? { shortName: { ...area.shortName } } : {}),
    unitLabel: {
      da: t('pipeline.perActivity', 'da', { activity: perUnit }),
      en: t('pipeline.perActivity', 'en', { activity: activity || 'unit' }),
    },
    activityLabel,
    direction: 'lower',
  };
}

/** Plural headers read badly after "kr. pr.": the common denominators in their singular form. */
const SINGULAR: Record<string, string> = {
  elever: 'elev', børn: 'barn', borgere: 'borger', beboere: 'beboer', pladser: 'plads',
  indbyggere: 'indbygger', brugere: 'bruger', klienter: 'klient', timer: 'time', døgn: 'døgn',
};

function singularDanish(header: string): string {
  const words = header.replace(/^antal\s+/, '').split(/\s+/);
  const last = words[words.length - 1] ?? '';
  if (SINGULAR[last]) words[words.length - 1] = SINGULAR[last];
  return words.join(' ');
}
