// The whole job on plain data: the user's cells in, engine results and the report model out.
// Both shells (CLI, task pane) call this, whatever host read the cells; it does no I/O itself.
import { benchmarkInstitutions } from '../core/benchmark';
import type { MeasureKind } from '../core/benchmark/measure';
import type { BenchmarkResult, GroupSpec, OwnInstitution, StandardKind } from '../core/benchmark/types';
import { parseGrid, type FrameworkTable, type GroupListTable } from '../core/parse';
import type { ExplicitMapping, InputShape, InputUnit, ParseResult } from '../core/parse/types';
import type { CellGrid, Lang, Problem } from '../core/types';
import { resolveArea, SERVICE_AREAS, sourcesFor } from '../reference';
// Only the catalogue, not the StatBank client: a snapshot run must not pull the client in.
import { catalogueFor } from '../reference/statbank/liveBundle';
import type { ReferenceBundle } from '../reference/types';
import type { SourceNote } from '../report/types';
import type { DeaRunResult } from '../report/deaTypes';
import { runDea, type DeaRunOptions } from './dea';
import { inferAreaFromNames } from './areaFromNames';
import { institutionAreaSpec } from './institutionArea';
import { benchmarkMunicipalityUnits } from './municipalityAreas';
import { pipelineProblem, tableAddress } from './problems';
import { applyUserTables } from './userTables';

export { DEFAULT_MUNICIPAL_VARIABLES } from './userTables';

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
  /** The key figure's measure (part of the run's settings); default kr. per inhabitant as DST publishes it. */
  measure?: MeasureKind;
  /** Accounting year of the reference; default the newest it holds. */
  referenceYear?: string;
  /** Keep figures flagged as booking practice in the best, best-quartile and expected standards. */
  includeAnomalies?: boolean;
  /** The user's own framework conditions: kommunekode + numeric columns, as read from the workbook. */
  framework?: CellGrid;
  /** The user's comparison group: municipality codes or names, as read from the workbook. */
  groupList?: CellGrid;
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
  /** The user's framework table and comparison group as read, for Metode og kilder. */
  framework?: FrameworkTable;
  groupList?: GroupListTable;
}

/** The grid parsed exactly as benchmarkGrid parses it (the task pane plans its DEA on this). */
export function parseForBenchmark(grid: CellGrid, options: BenchmarkOptions): ParseResult {
  const { reference } = options;
  const method = options.method ?? 'keyfigures';
  // Columns named for DEA are read by name, whatever their header; a DEA alone needs no key figures.
  const figures = method === 'keyfigures' ? [] : [...(options.dea?.inputs ?? []), ...(options.dea?.outputs ?? [])];
  return parseGrid(grid, {
    mapping: options.mapping,
    shape: options.shape,
    ...(figures.length > 0 ? { figures } : {}),
    ...(method === 'dea' ? { requireKeyFigures: false } : {}),
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
  if (!parse.canRun) {
    // Plain headers (x1, y …) are found only when the DEA columns are named: say how.
    const unnamed = (options.method ?? 'keyfigures') !== 'keyfigures' && !options.dea?.inputs && !options.dea?.outputs;
    if (unnamed && parse.problems.some((p) => p.code === 'parse.header.notFound')) {
      problems.push(pipelineProblem('pipeline.dea.nameColumns', 'info', {}, lang, parse.grid.sheet));
    }
    return { parse, results: [], sources: [], problems, canRun: false };
  }

  const tables = applyUserTables({
    municipalities: reference.municipalities, group: options.group, expectedVariables: options.expectedVariables,
    framework: options.framework, groupList: options.groupList, lang,
  });
  problems.push(...tables.problems);
  // A DEA on figures alone (no cost or activity column) has no key figures to compute.
  const deaOnly = options.method === 'dea' && parse.shape === 'institution' && !hasKeyFigureColumns(parse);
  const results = deaOnly
    ? []
    : parse.shape === 'institution'
      ? [benchmarkInstitutionUnits(parse.units, parse, options, lang, problems)]
      : benchmarkMunicipalityUnits({
          units: parse.units, activityHeader: activityHeaderOf(parse), reference, catalogue: catalogueFor(reference),
          municipalities: tables.municipalities, area: areaOrNamed(parse, options, lang, problems), group: tables.group, standard: options.standard,
          expectedVariables: tables.expectedVariables, measure: options.measure, referenceYear: options.referenceYear,
          includeAnomalies: options.includeAnomalies, lang,
        }, problems);
  const computed = results.filter((result) => result.units.length > 0);
  for (const result of results) problems.push(...result.problems);
  placeUnplaced(problems, parse);
  if (computed.length === 0 && !deaOnly) problems.push(pipelineProblem('pipeline.nothingToRun', 'error', {}, lang, tableAddress(parse)));
  const dea = deaFor(parse, options, computed, lang, problems);
  if (deaOnly && !dea) problems.push(pipelineProblem('pipeline.nothingToRun', 'error', {}, lang, tableAddress(parse)));
  placeUnplaced(problems, parse);
  return {
    parse,
    results: computed,
    sources: sourceNotes(reference, computed, options, lang),
    problems,
    canRun: computed.length > 0 || (deaOnly && dea !== undefined),
    ...(dea ? { dea } : {}),
    ...(tables.framework && { framework: tables.framework }),
    ...(tables.groupList && { groupList: tables.groupList }),
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

function hasKeyFigureColumns(parse: ParseResult): boolean {
  return parse.columns.some((c) => c.role === 'cost') && parse.columns.some((c) => c.role === 'activity');
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
    includeAnomalies: options.includeAnomalies,
    lang,
  });
}

function sourceNotes(reference: ReferenceBundle, results: BenchmarkResult[], options: BenchmarkOptions, lang: Lang): SourceNote[] {
  const notes = new Map<string, SourceNote>();
  for (const result of results) {
    if (result.level !== 'municipality') continue;
    const seriesOptions = { measure: options.measure, year: options.referenceYear, lang };
    for (const dataset of sourcesFor(reference, result.area.id, catalogueFor(reference), seriesOptions)) {
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
