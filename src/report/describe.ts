// Sentences that describe sources and comparison groups, shared by several sheets.
import type { BenchmarkResult, GroupSpec } from '../core/benchmark/types';
import type { Lang } from '../core/types';
import { t } from '../i18n';
import { longDate, standardLabel } from './format';
import type { SourceNote } from './types';
import { formatNumber } from '../core/parse/numbers';

/** The sources a benchmark sheet should cite: those tagged with the area, or all untagged ones. */
export function sourcesForArea(sources: SourceNote[], areaId: string): SourceNote[] {
  return sources.filter((source) => !source.areaIds || source.areaIds.includes(areaId));
}

/** One source in a few words, e.g. "REGK31 (2024), øjebliksbillede fra 1. januar 2025, ikke hentet live". */
export function sourceFragment(source: SourceNote, lang: Lang): string {
  return t(`report.source.fragment.${source.origin}`, lang, {
    table: source.table,
    period: source.period,
    date: longDate(source.fetchedAt, lang),
  });
}

/** The one-line source statement at the top of a sheet. */
export function sourceLine(sources: SourceNote[], lang: Lang): string {
  if (sources.length === 0) return t('report.source.ownDataOnly', lang);
  // Five areas from one REGK31 extract are one source to a reader, not five.
  const fragments = [...new Set(sources.map((source) => sourceFragment(source, lang)))].join('; ');
  return t('report.source.line', lang, { fragments });
}

/** The StatBank query as readable, repeatable text: "FUNKTION=32201; PRISENHED=INDL". */
export function queryText(query: Record<string, string[]>): string {
  return Object.entries(query)
    .map(([variable, codes]) => `${variable}=${codes.join(',')}`)
    .join('; ');
}

export function variableName(id: string, names: Record<string, string> | undefined): string {
  return names?.[id] ?? id;
}

/**
 * How a comparison group was chosen, in words. `institutions` is the number of units when the
 * group is the user's own institutions rather than municipalities.
 */
export function groupSpecText(spec: GroupSpec, lang: Lang, names?: Record<string, string>, institutions?: number): string {
  switch (spec.kind) {
    case 'all':
      return institutions === undefined ? t('report.group.all', lang) : t('report.group.allInstitutions', lang, { count: formatNumber(institutions, lang) });
    case 'kommunegruppe':
      return t('report.group.kommunegruppe', lang);
    case 'region':
      return t('report.group.region', lang);
    case 'list':
      return t('report.group.list', lang, { count: spec.codes.length, codes: spec.codes.join(', ') });
    case 'similar': {
      const variables = spec.variables ?? [];
      const described = variables.length
        ? variables
            .map((id) => {
              const weight = spec.weights?.[id] ?? 1;
              return t('report.group.variableWithWeight', lang, { name: variableName(id, names), weight });
            })
            .join(', ')
        : t('report.group.allVariables', lang);
      return t('report.group.similar', lang, { k: spec.k, variables: described });
    }
  }
}

/** The area name used in sheet names and tables. */
export function areaName(result: BenchmarkResult, lang: Lang): string {
  return result.area.name[lang] || result.area.id;
}

/** The area's name for a sheet tab: its short name when it has one. */
export function areaTabName(result: BenchmarkResult, lang: Lang): string {
  return result.area.shortName?.[lang] || areaName(result, lang);
}

/** "median" / "bedste kvartil" …, or a mixed wording when areas use different standards. */
export function headlineStandard(results: BenchmarkResult[], lang: Lang): string {
  const kinds = new Set(results.flatMap((result) => result.units.map((unit) => unit.chosen)));
  if (kinds.size === 1) return standardLabel([...kinds][0], lang).toLowerCase();
  return t('report.standard.mixed', lang);
}
