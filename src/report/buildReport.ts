// Engine results → the result workbook as a value. Sheet order is the reading order of a leader:
// overview first, then one benchmark sheet per area, the DEA sheet when there is one, the potentials,
// and method and sources last.
import type { Lang } from '../core/types';
import { t } from '../i18n';
import { buildBenchmarkSheet } from './benchmarkSheet';
import { withDeaOnOverview } from './deaOverview';
import { buildDeaSheet, deaMethodName } from './deaSheet';
import { areaTabName } from './describe';
import { buildMethodSheet } from './methodSheet';
import type { ReportModel } from './model';
import { SheetNamer, TableNamer } from './names';
import { buildOverviewSheet } from './overviewSheet';
import { buildPotentialsSheet } from './potentialsSheet';
import type { ReportInput } from './types';

export const GENERATOR = 'Pejlemærke';

export function buildReport(input: ReportInput): ReportModel {
  const lang: Lang = input.lang ?? 'da';
  const sheetNames = new SheetNamer();
  const tables = new TableNamer();
  // Fixed sheets claim their names first so an area called e.g. "Potentialer" cannot take them.
  const overviewName = sheetNames.take(t('report.sheet.overview', lang));
  const potentialsName = sheetNames.take(t('report.sheet.potentials', lang));
  const methodName = sheetNames.take(t('report.sheet.method', lang));
  const benchmarkNames = input.results.map((result) =>
    sheetNames.take(t('report.sheet.benchmark', lang, { area: areaTabName(result, lang) })),
  );

  const benchmarkSheets = input.results.map((result, i) =>
    buildBenchmarkSheet(result, benchmarkNames[i], {
      lang, sources: input.sources, tables, methodSheet: methodName, variableNames: input.variableNames,
    }),
  );
  const potentials = buildPotentialsSheet(input.results, potentialsName, { lang, sources: input.sources, tables, methodSheet: methodName });
  const overview = buildOverviewSheet(input.results, potentials, overviewName, {
    lang, sources: input.sources, tables, methodSheet: methodName, potentialsSheet: potentialsName, referenceNote: input.referenceNote,
  });
  const method = buildMethodSheet(input, methodName, lang, tables);
  const deaName = input.dea ? sheetNames.take(t('report.sheet.dea', lang, { area: input.dea.area.name })) : undefined;
  const dea = input.dea && deaName ? buildDeaSheet(input.dea, deaName, { lang, tables, methodSheet: methodName }) : undefined;
  const overviewWithDea = dea && input.dea && deaName ? withDeaOnOverview(overview, dea, deaName, deaMethodName(input.dea, lang), lang) : overview;

  return {
    sheets: [overviewWithDea, ...benchmarkSheets, ...(dea ? [dea.sheet] : []), potentials.sheet, method],
    names: [],
    meta: { generator: GENERATOR, version: input.version, createdAt: input.createdAt, runId: input.runId },
  };
}
