// The whole job on plain data: the user's cells in, engine results and the report model out.
// Both shells (CLI, task pane) call this, whatever host read the cells; it does no I/O itself.
import { benchmarkInstitutions, benchmarkMunicipalities } from '../core/benchmark';
import type { BenchmarkResult, GroupSpec, OwnInstitution, StandardKind } from '../core/benchmark/types';
import { parseGrid } from '../core/parse';
import type { ExplicitMapping, InputShape, InputUnit, ParseResult } from '../core/parse/types';
import type { CellGrid, Lang, Problem } from '../core/types';
import { t } from '../i18n';
import { areaSpecFor, hasReferenceData, referenceSeriesFor, resolveArea, SERVICE_AREAS, sourcesFor } from '../reference';
import { catalogueFor } from '../reference/statbank';
import type { ReferenceBundle, ServiceAreaDefinition } from '../reference/types';
import type { SourceNote } from '../report/types';
import type { DeaRunResult } from '../report/deaTypes';
import { runDea, type DeaRunOptions } from './dea';
import { inferAreaFromNames } from './areaFromNames';
import { activityFits } from './denominator';
import { institutionAreaSpec } from './institutionArea';
import { pipelineProblem, tableAddress } from './problems';

/** Variables that describe a municipality's framework conditions in the snapshot: size and age/household structure. */
export const DEFAULT_MUNICIPAL_VARIABLES = ['lnPopulation', 'shareWidowed', 'shareUnmarried'];

export interface BenchmarkOptions {
  reference: ReferenceBundle;
  group: GroupSpec;
  standard: StandardKind;
  /** Catalogue id or any text resolveArea understands; used when rows carry no area of their own. */
  area?: string;
  mapping?: ExplicitMapping;
  shape?: InputShape;
  /** Structural variables for the expected level (municipality ids or the user's structural column keys). */
  expectedVariables?: string[];
  lang?: Lang;
  /** 'dea' and 'both' add a DEA of the institutions (cost and quality together) to the key figures. */
  method?: BenchmarkMethod;
  /** Inputs, outputs, returns to scale and orientation of the DEA; defaults in runDea. */
  dea?: Omit<DeaRunOptions, 'lang' | 'area'>;
}

export type BenchmarkMethod = 'keyfigures' | 'dea' | 'both';

export interface BenchmarkOutcome {
  parse: ParseResult;
  results: BenchmarkResult[];
  sources: SourceNote[];
  /** Every problem of the run, parse and engine, in the order they arose. */
  problems: Problem[];
  /** False when nothing could be computed; nothing is to be written then. */
  canRun: boolean;
  /** The DEA run, when one was asked for and could be made. */
  dea?: DeaRunResult;
}

/** The grid parsed exactly as benchmarkGrid parses it (the task pane plans its DEA on this). */
export function parseForBenchmark(grid: CellGrid, options: BenchmarkOptions): ParseResult {
  const { reference } = options;
  return parseGrid(grid, {
    mapping: options.mapping,
    shape: options.shape,
    lang: options.lang ?? 'da',
    knownMunicipalityCodes: new Set(reference.municipalities.map((m) => m.code)),
    municipalityNames: new Map(reference.municipalities.map((m) => [m.code, m.name])),
  });
}

export function benchmarkGrid(grid: CellGrid, options: BenchmarkOptions): BenchmarkOutcome {
  const lang = options.lang ?? 'da';
  const { reference } = options;
  const parse = parseForBenchmark(grid, options);
  const problems = [...parse.problems];
  if (!parse.canRun) return { parse, results: [], sources: [], problems, canRun: false };

  const results =
    parse.shape === 'institution'
      ? [benchmarkInstitutionUnits(parse.units, parse, options, lang, problems)]
      : benchmarkMunicipalityUnits(parse.units, activityHeaderOf(parse), { ...options, area: areaOrNamed(parse, options, lang, problems) }, lang, problems);
  const computed = results.filter((result) => result.units.length > 0);
  for (const result of results) problems.push(...result.problems);
  placeUnplaced(problems, parse);
  if (computed.length === 0) problems.push(pipelineProblem('pipeline.nothingToRun', 'error', {}, lang, tableAddress(parse)));
  const dea = deaFor(parse, options, computed, lang, problems);
  placeUnplaced(problems, parse);
  return {
    parse,
    results: computed,
    sources: sourceNotes(reference, computed, lang),
    problems,
    canRun: computed.length > 0,
    ...(dea ? { dea } : {}),
  };
}

/**
 * The engine knows units, not cells: a problem about the whole comparison (no structural
 * variables, too few for a regression) gets the table's header row, so every problem of a run
 * says where. Set on the problem itself, which the report lists too.
 */
function placeUnplaced(problems: Problem[], parse: ParseResult): void {
  for (const problem of problems) if (!problem.address) problem.address = tableAddress(parse);
}

/** DEA beside the key figures; its problems join the run's, in the order they arose. */
function deaFor(parse: ParseResult, options: BenchmarkOptions, computed: BenchmarkResult[], lang: Lang, problems: Problem[]): DeaRunResult | undefined {
  const method = options.method ?? 'keyfigures';
  if (method === 'keyfigures') return undefined;
  const area = parse.shape === 'institution' ? computed[0]?.area : undefined;
  const run = runDea(parse, { ...options.dea, area, lang });
  problems.push(...(run.ok ? run.result.problems : run.problems));
  return run.ok ? run.result : undefined;
}

/**
 * The chosen area, or else the one the sheet or table is named after when rows do not say theirs
 * ("Folkeskole 2024" → folkeskole), with a note saying so.
 */
function areaOrNamed(parse: ParseResult, options: BenchmarkOptions, lang: Lang, problems: Problem[]): string | undefined {
  if (options.area || parse.units.every((unit) => unit.area !== undefined)) return options.area;
  const inferred = inferAreaFromNames(parse.grid, catalogueFor(options.reference));
  if (!inferred) return undefined;
  problems.push(
    pipelineProblem(
      `pipeline.area.fromName.${inferred.fromKind}`,
      'info',
      { area: inferred.area.name[lang], name: inferred.from },
      lang,
      tableAddress(parse),
    ),
  );
  return inferred.area.id;
}

function activityHeaderOf(parse: ParseResult): string | undefined {
  return parse.columns.find((column) => column.role === 'activity')?.header;
}

function benchmarkMunicipalityUnits(
  units: InputUnit[],
  activityHeader: string | undefined,
  options: BenchmarkOptions,
  lang: Lang,
  problems: Problem[],
): BenchmarkResult[] {
  const catalogue = catalogueFor(options.reference);
  const byArea = groupUnitsByArea(units, options.area, catalogue, lang, problems);
  const results: BenchmarkResult[] = [];
  for (const [area, areaUnits] of byArea) {
    if (!hasReferenceData(options.reference, area.id, catalogue)) {
      const origin = t(`pipeline.origin.${options.reference.origin}`, lang);
      problems.push(
        pipelineProblem('pipeline.area.noReference', 'error', { area: area.name[lang], origin, count: areaUnits.length }, lang, areaUnits[0].source.address),
      );
      continue;
    }
    const series = referenceSeriesFor(options.reference, area.id, { lang, catalogue });
    warnOnYearMismatch(areaUnits, series.period, lang, problems);
    const ownActivityFits = activityFits(activityHeader, area);
    if (activityHeader !== undefined && !ownActivityFits) {
      problems.push(
        pipelineProblem(
          'pipeline.activity.otherDenominator',
          'warning',
          { header: activityHeader, area: area.name[lang], unit: area.unitLabel[lang], period: series.weightPeriod },
          lang,
          areaUnits[0].source.address,
        ),
      );
    }
    results.push(
      benchmarkMunicipalities({
        area: areaSpecFor(area),
        own: areaUnits.map((unit) => ({
          id: unit.id,
          code: unit.municipalityCode ?? unit.id,
          name: unit.name,
          cost: unit.cost,
          activity: ownActivityFits ? unit.activity : undefined,
          address: unit.source.address,
        })),
        series,
        municipalities: options.reference.municipalities,
        group: options.group,
        standard: options.standard,
        expectedVariables: options.expectedVariables ?? DEFAULT_MUNICIPAL_VARIABLES,
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

function benchmarkInstitutionUnits(
  units: InputUnit[],
  parse: ParseResult,
  options: BenchmarkOptions,
  lang: Lang,
  problems: Problem[],
): BenchmarkResult {
  const chosen = areaOrNamed(parse, options, lang, problems);
  const area = chosen ? resolveArea(chosen) : undefined;
  if (options.area && !area) {
    const known = SERVICE_AREAS.map((a) => a.id).join(', ');
    problems.push(pipelineProblem('pipeline.area.unknown', 'error', { text: options.area, address: tableAddress(parse), known }, lang, tableAddress(parse)));
  }
  if (!area) problems.push(pipelineProblem('pipeline.institution.noArea', 'info', {}, lang, tableAddress(parse)));
  const spec = institutionAreaSpec(area, parse.columns);
  if (area) {
    // The snapshot's national figures are per inhabitant; a per-pupil line would compare unlike things.
    problems.push(
      pipelineProblem('pipeline.institution.noReferenceLine', 'info', { activity: spec.activityLabel[lang], unit: area.unitLabel[lang] }, lang, tableAddress(parse)),
    );
  }
  const structuralKeys = parse.columns.filter((c) => c.role === 'structural' && c.key).map((c) => c.key as string);
  const institutions: OwnInstitution[] = units.map((unit) => ({
    id: unit.id,
    name: unit.name,
    cost: unit.cost,
    activity: unit.activity ?? Number.NaN,
    quality: unit.quality,
    structural: unit.structural,
    address: unit.source.address,
  }));
  return benchmarkInstitutions({
    area: spec,
    institutions,
    standard: options.standard,
    expectedVariables: options.expectedVariables ?? structuralKeys,
    lang,
  });
}

function sourceNotes(reference: ReferenceBundle, results: BenchmarkResult[], lang: Lang): SourceNote[] {
  const notes = new Map<string, SourceNote>();
  for (const result of results) {
    for (const dataset of sourcesFor(reference, result.area.id, catalogueFor(reference))) {
      const existing = notes.get(dataset.id);
      if (existing) {
        existing.areaIds = [...(existing.areaIds ?? []), result.area.id];
        continue;
      }
      notes.set(dataset.id, {
        table: dataset.table,
        title: dataset.title[lang],
        period: dataset.period,
        origin: dataset.origin,
        fetchedAt: dataset.fetchedAt,
        updated: dataset.updated,
        query: dataset.query,
        flags: dataset.flags,
        attribution: dataset.attribution,
        provenance: dataset.provenance,
        areaIds: [result.area.id],
      });
    }
  }
  return [...notes.values()];
}
