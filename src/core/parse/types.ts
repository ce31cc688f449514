import type { CellGrid, Lang, Problem } from '../types';

/** What a column of the user's table means to the engine. */
export type ColumnRole =
  | 'municipalityCode'
  | 'municipalityName'
  | 'unitId'
  | 'unitName'
  | 'area'
  | 'year'
  | 'cost'
  | 'activity'
  | 'quality'
  | 'structural'
  /** A number the user named for DEA (e.g. "x1") that has no other role; read as it is. */
  | 'figure';

export interface MappedColumn {
  /** Zero-based column index within the grid. */
  index: number;
  header: string;
  role: ColumnRole;
  /** For quality, structural and figure columns: a stable key derived from the header. */
  key?: string;
  /** How the role was found: a synonym match, or the user's explicit mapping. */
  via: 'synonym' | 'explicit';
}

/** An explicit mapping from header text (or column letter such as 'C') to role; overrides guesses. */
export type ExplicitMapping = Record<string, ColumnRole | 'ignore'>;

export type InputShape = 'municipality' | 'institution';

export interface ParseOptions {
  mapping?: ExplicitMapping;
  /** Known municipality codes (three digits) for the unknown-code check. */
  knownMunicipalityCodes?: ReadonlySet<string>;
  /** Municipality names by code, to resolve a name-only column to codes. */
  municipalityNames?: ReadonlyMap<string, string>;
  /** Minimum usable units for a run to go on (default 1 for municipality, 3 for institution). */
  minUnits?: number;
  /** Force a shape; otherwise it is inferred from the mapped columns. */
  shape?: InputShape;
  /**
   * Headers the caller will read as numbers by name (the DEA inputs and outputs given with
   * --inputs/--outputs or picked in the pane). A row holding them counts as a header row, and a
   * column so named with no role of its own is read as a 'figure'. Institutions without a column
   * of their own name are then named by the first text column.
   */
  figures?: string[];
  /** Cost and activity are required (key figures); false for a DEA on named figures alone. */
  requireKeyFigures?: boolean;
  lang?: Lang;
}

/** One row of the user's figures that passed validation. */
export interface InputUnit {
  /** Stable id: municipality code + area for municipality rows, institution id or name otherwise. */
  id: string;
  name: string;
  municipalityCode?: string;
  /** Service-area id (catalogue id) or the raw text when it could not be resolved. */
  area?: string;
  year?: number;
  /** Net expenditure in kr.; NaN when the table has no cost column (a DEA on named figures alone). */
  cost: number;
  /** The denominator (pupils, children, inhabitants …) when the row has one. */
  activity?: number;
  quality: Record<string, number>;
  structural: Record<string, number>;
  /** Numbers read from 'figure' columns, by key. */
  figures?: Record<string, number>;
  /** Where the row lives, so results can point back at it. */
  source: { sheet: string; row: number; address: string };
}

export interface ExcludedRow {
  address: string;
  label: string;
  problems: Problem[];
}

export interface ParseResult {
  shape: InputShape;
  headerRow: number; // 1-based worksheet row
  columns: MappedColumn[];
  /** Headers that were not mapped to anything. */
  unmapped: { index: number; header: string }[];
  units: InputUnit[];
  excluded: ExcludedRow[];
  problems: Problem[];
  /** False when too few units remain or required columns are missing. */
  canRun: boolean;
  grid: Pick<CellGrid, 'sheet' | 'topLeft' | 'tableName'>;
}
