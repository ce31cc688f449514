// Municipality-level runs: the user's rows grouped by service area, each area benchmarked against
// the reference in the run's measure and year. An area the reference cannot serve in that measure
// is said plainly, and the measure it can serve is named in every column header.
import { benchmarkMunicipalities } from '../core/benchmark';
import type { MeasureKind } from '../core/benchmark/measure';
import type { BenchmarkResult, GroupSpec, StandardKind } from '../core/benchmark/types';
import type { InputUnit } from '../core/parse/types';
import type { Lang, Municipality, Problem } from '../core/types';
import { t } from '../i18n';
import { areaSpecFor, hasReferenceData, referenceSeriesFor, resolveArea } from '../reference';
import type { ReferenceBundle, ServiceAreaDefinition } from '../reference/types';
import { activityFits } from './denominator';
import { pipelineProblem } from './problems';

export interface MunicipalityAreasInput {
  units: InputUnit[];
  activityHeader: string | undefined;
  reference: ReferenceBundle;
  catalogue: readonly ServiceAreaDefinition[];
  municipalities: Municipality[];
  area?: string;
  group: GroupSpec;
  standard: StandardKind;
  expectedVariables: string[];
  measure?: MeasureKind;
  referenceYear?: string;
  includeAnomalies?: boolean;
  lang: Lang;
}

export function benchmarkMunicipalityUnits(input: MunicipalityAreasInput, problems: Problem[]): BenchmarkResult[] {
  const { lang, reference, catalogue } = input;
  const byArea = groupUnitsByArea(input.units, input.area, catalogue, lang, problems);
  const results: BenchmarkResult[] = [];
  for (const [area, areaUnits] of byArea) {
    const address = areaUnits[0].source.address;
    if (!hasReferenceData(reference, area.id, catalogue)) {
      const origin = t(`pipeline.origin.${reference.origin}`, lang);
      problems.push(pipelineProblem('pipeline.area.noReference', 'error', { area: area.name[lang], origin, count: areaUnits.length }, lang, address));
      continue;
    }
    let series;
    try {
      series = referenceSeriesFor(reference, area.id, { lang, catalogue, measure: input.measure, year: input.referenceYear });
    } catch (error) {
      problems.push(pipelineProblem('pipeline.area.referenceFailed', 'error', { area: area.name[lang], message: (error as Error).message }, lang, address));
      continue;
    }
    if (series.measureMismatch) {
      problems.push(pipelineProblem('pipeline.measure.mismatch', 'warning', {
        area: area.name[lang], reason: series.measureMismatch.reason[lang], measure: series.measure?.unitLabel[lang] ?? area.unitLabel[lang],
      }, lang, address));
    }
    warnOnYearMismatch(areaUnits, series.period, lang, problems);
    // The measure decides what the key figure divides by: all inhabitants per inhabitant, the band otherwise.
    const perInhabitant = series.measure?.kind === 'perInhabitant';
    const ownActivityFits = activityFits(input.activityHeader, area, perInhabitant ? 'alle' : undefined);
    if (input.activityHeader !== undefined && !ownActivityFits) {
      problems.push(pipelineProblem('pipeline.activity.otherDenominator', 'warning', {
        header: input.activityHeader, area: area.name[lang], unit: series.measure?.unitLabel[lang] ?? area.unitLabel[lang], period: series.weightPeriod,
      }, lang, address));
    }
    const spec = areaSpecFor(area);
    // Column headers name the measure actually used (e.g. 'kr. pr. indbygger, kun 5.25.14').
    if (series.measure) spec.unitLabel = { ...series.measure.unitLabel };
    if (perInhabitant) spec.activityLabel = { da: 'indbyggere', en: 'inhabitants' };
    results.push(
      benchmarkMunicipalities({
        area: spec,
        own: areaUnits.map((unit) => ({
          id: unit.id,
          code: unit.municipalityCode ?? unit.id,
          name: unit.name,
          cost: unit.cost,
          activity: ownActivityFits ? unit.activity : undefined,
          address: unit.source.address,
        })),
        series,
        municipalities: input.municipalities,
        group: input.group,
        standard: input.standard,
        expectedVariables: input.expectedVariables,
        includeAnomalies: input.includeAnomalies,
        lang,
      }),
    );
  }
  return results;
}

function groupUnitsByArea(
  units: InputUnit[],
  fallbackArea: string | undefined,
  catalogue: readonly ServiceAreaDefinition[],
  lang: Lang,
  problems: Problem[],
): Map<ServiceAreaDefinition, InputUnit[]> {
  const byArea = new Map<ServiceAreaDefinition, InputUnit[]>();
  for (const unit of units) {
    const text = unit.area ?? fallbackArea;
    if (!text) {
      problems.push(pipelineProblem('pipeline.area.missing', 'error', { address: unit.source.address }, lang, unit.source.address));
      continue;
    }
    const area = resolveArea(text, catalogue);
    if (!area) {
      const known = catalogue.map((a) => a.id).join(', ');
      problems.push(pipelineProblem('pipeline.area.unknown', 'error', { text, address: unit.source.address, known }, lang, unit.source.address));
      continue;
    }
    byArea.set(area, [...(byArea.get(area) ?? []), unit]);
  }
  return byArea;
}

function warnOnYearMismatch(units: InputUnit[], referencePeriod: string, lang: Lang, problems: Problem[]): void {
  const years = [...new Set(units.map((unit) => unit.year).filter((year): year is number => year !== undefined))];
  const mismatched = years.filter((year) => String(year) !== referencePeriod);
  if (mismatched.length === 0) return;
  const first = units.find((unit) => unit.year !== undefined && String(unit.year) !== referencePeriod);
  problems.push(
    pipelineProblem('pipeline.year.mismatch', 'warning', { own: mismatched.join(', '), reference: referencePeriod }, lang, first?.source.address ?? ''),
  );
}
