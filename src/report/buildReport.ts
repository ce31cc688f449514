// Engine results → the result workbook as a value. Sheet order is the reading order of a leader:
// overview first, then one benchmark sheet per area, the DEA sheet when there is one, the
// potentials, the planner's prioritisation, and method and sources last.
import type { Lang } from '../core/types';
import { t } from '../i18n';
import { absCell, sheetRef } from './a1';
import { buildBenchmarkSheet } from './benchmarkSheet';
import { buildDeaSheet, deaMethodName, type DeaSheetLayout } from './deaSheet';
import type { DeaReportInput } from './deaTypes';
import { areaName, areaTabName } from './describe';
import { standardLabel } from './format';
import { measureSummary } from './measureText';
import { buildMethodSheet } from './methodSheet';
import type { ReportModel } from './model';
import { SheetNamer, TableNamer } from './names';
import { buildOverviewSheet, type OverviewDea } from './overviewSheet';
import type { PlanItem } from './plan';
import { buildPotentialsSheet, HEADLINE_COL, type PotentialsLayout } from './potentialsSheet';
import { buildPrioritisationSheet } from './prioritisationSheet';
import type { ReportInput } from './types';
import { localiseFormats } from './localiseFormats';

export const GENERATOR = 'Pejlemærke';

/**
 * The potentials a planner can choose: each unit with a potential at its chosen standard, and each
 * DEA saving. A unit already at the standard has nothing to choose (and 50,000 of them would bury
 * the few that matter).
 */
function planItems(potentials: PotentialsLayout, potentialsSheet: string, dea: { input: DeaReportInput; layout: DeaSheetLayout; sheet: string } | undefined, lang: Lang): PlanItem[] {
  const items: PlanItem[] = potentials.rows.filter(({ unit }) => unit.potential > 0).map(({ result, unit, row }) => ({
    key: `${result.area.id}|${unit.unitId}|${unit.chosen}`,
    area: areaName(result, lang),
    unit: unit.name,
    basis: standardLabel(unit.chosen, lang),
    potentialRef: sheetRef(potentialsSheet, absCell(HEADLINE_COL, row)),
    potential: unit.potential,
  }));
  const radialColumn = dea?.layout.radialColumn;
  if (dea && radialColumn != null) {
    // Short, so the planner's table stays legible on paper; the DEA sheet names the method in full.
    const basis = t('plan.basis.dea', lang, { rts: dea.input.settings.rts.toUpperCase() });
    for (const unit of dea.input.units) {
      const row = dea.layout.unitRows.get(unit.id);
      if (row === undefined || !(unit.radialSaving !== null && unit.radialSaving !== undefined && unit.radialSaving > 0)) continue;
      items.push({
        key: `${dea.input.area.id}|${unit.id}|dea`,
        area: dea.input.area.name,
        unit: unit.name,
        basis,
        potentialRef: sheetRef(dea.sheet, absCell(radialColumn, row)),
        potential: unit.radialSaving,
      });
    }
  }
  return items;
}

export function buildReport(input: ReportInput): ReportModel {
  const lang: Lang = input.lang ?? 'da';
  const sheetNames = new SheetNamer();
  const tables = new TableNamer();
  // Fixed sheets claim their names first so an area called e.g. "Potentialer" cannot take them.
  const overviewName = sheetNames.take(t('report.sheet.overview', lang));
  const potentialsName = sheetNames.take(t('report.sheet.potentials', lang));
  const planName = sheetNames.take(t('plan.sheet', lang));
  const methodName = sheetNames.take(t('report.sheet.method', lang));
  const benchmarkNames = input.results.map((result) =>
    sheetNames.take(t('report.sheet.benchmark', lang, { area: areaTabName(result, lang) })),
  );

  const benchmarkSheets = input.results.map((result, i) =>
    buildBenchmarkSheet(result, benchmarkNames[i], {
      lang, sources: input.sources, tables, methodSheet: methodName, variableNames: input.variableNames,
    }),
  );
  const refs = new Map(benchmarkSheets.flatMap((layout) => [...layout.refs]));
  const potentials = buildPotentialsSheet(input.results, potentialsName, { lang, sources: input.sources, tables, methodSheet: methodName, refs });
  const deaName = input.dea ? sheetNames.take(t('report.sheet.dea', lang, { area: input.dea.area.shortName ?? input.dea.area.name })) : undefined;
  const dea = input.dea && deaName
    ? { input: input.dea, sheet: deaName, layout: buildDeaSheet(input.dea, deaName, { lang, tables, methodSheet: methodName }) }
    : undefined;
  const overviewDea: OverviewDea | undefined = dea && dea.layout.radialColumn !== null
    ? { sheet: dea.sheet, totalCell: absCell(dea.layout.radialColumn, dea.layout.totalRow), total: dea.layout.radialTotal, method: deaMethodName(dea.input, lang) }
    : undefined;
  const overview = buildOverviewSheet(input.results, potentials, overviewName, {
    lang, sources: input.sources, tables, methodSheet: methodName, potentialsSheet: potentialsName,
    prioritisationSheet: planName, refs, dea: overviewDea, referenceNote: input.referenceNote,
  });
  const plan = buildPrioritisationSheet(planItems(potentials, potentialsName, dea, lang), input.previousPlan, planName, {
    lang, tables, firstYear: new Date(input.createdAt).getUTCFullYear() + 1, measure: measureSummary(input.results, lang),
  });
  const method = buildMethodSheet(input, methodName, lang, tables);

  // A DEA on figures alone (no cost and activity columns) has no key figures: Overblik and
  // Potentialer would be empty shells, so the DEA sheet leads.
  if (input.results.length === 0 && dea) {
    const sheets = [dea.layout.sheet, plan.sheet, method];
    localiseFormats(sheets, lang);
    return {
      sheets,
      names: plan.names,
      meta: { generator: GENERATOR, version: input.version, createdAt: input.createdAt, runId: input.runId },
    };
  }
  const sheets = [
    overview.sheet,
    ...benchmarkSheets.map((layout) => layout.sheet),
    ...(dea ? [dea.layout.sheet] : []),
    potentials.sheet,
    plan.sheet,
    method,
  ];
  localiseFormats(sheets, lang);
  return {
    sheets,
    names: [...overview.names, ...plan.names],
    meta: { generator: GENERATOR, version: input.version, createdAt: input.createdAt, runId: input.runId },
  };
}
