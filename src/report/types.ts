// What the report builder needs: engine results plus where the data came from and what the input was.
import type { BenchmarkResult } from '../core/benchmark/types';
import type { FrameworkTable, GroupListTable } from '../core/parse/framework';
import type { Lang, Problem, StructuralVariable } from '../core/types';
import type { DatasetOrigin } from '../reference/types';
import type { DeaReportInput } from './deaTypes';
import type { PreviousPlan } from './plan';

/** One dataset used in the run, as it must be cited on the sheets. */
export interface SourceNote {
  /** StatBank table id, e.g. 'REGK31'. */
  table: string;
  title: string;
  period: string;
  origin: DatasetOrigin;
  /** ISO 8601: when fetched (live/cache) or when the snapshot was built. */
  fetchedAt: string;
  /** DST's own 'updated' stamp, ISO 8601, when known. */
  updated?: string;
  query: Record<string, string[]>;
  flags: string[];
  attribution: string;
  provenance: string;
  /** Service areas this dataset served; when absent the source is cited on every benchmark sheet. */
  areaIds?: string[];
}

export interface InputNote {
  file?: string;
  sheet: string;
  range: string;
  tableName?: string;
  unitsUsed: number;
  rowsExcluded: number;
}

export interface ReportInput {
  lang?: Lang;
  /** One per service area at municipality level, or one for an institution run. */
  results: BenchmarkResult[];
  sources: SourceNote[];
  input: InputNote;
  /** Parse problems to list on the method sheet. */
  problems: Problem[];
  createdAt: string;
  runId: string;
  version: string;
  /** Why the run uses other reference data than asked for (e.g. live failed, snapshot used), in words. */
  referenceNote?: string;
  /** Results of checking the reference figures against DST's own key figures (NGLK), one line each. */
  referenceChecks?: string[];
  /** Display names of structural variables by id (similarity and regression); ids are shown otherwise. */
  variableNames?: Record<string, string>;
  /** The reference's framework variables (source, period, caveats), cited on Metode og kilder when used. */
  frameworkVariables?: StructuralVariable[];
  /** Tables the user brought: framework conditions and a comparison group, with where they were read. */
  userTables?: { framework?: FrameworkTable; groupList?: GroupListTable };
  /** A DEA run on the same institutions: adds a "DEA – <område>" sheet and its sums on Overblik. */
  dea?: DeaReportInput;
  /** The planner's input read back from an earlier Prioritering sheet, merged into the new one. */
  previousPlan?: PreviousPlan;
}
