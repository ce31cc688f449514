// Shared plain-data types of the engine. Hosts produce CellGrid; parse produces units;
// benchmark consumes units plus reference data. Nothing here knows about Excel or files.

export type Lang = 'da' | 'en';

/** An Excel error value as a host reads it, e.g. '#DIV/0!' or '#N/A'. */
export interface CellError {
  error: string;
}

export type CellValue = number | string | boolean | null | CellError;

export function isCellError(value: unknown): value is CellError {
  return typeof value === 'object' && value !== null && typeof (value as CellError).error === 'string';
}

/** A rectangular block of cell values exactly as a host read it. */
export interface CellGrid {
  sheet: string;
  /** Address of values[0][0], A1 style without sheet, e.g. 'B3'. */
  topLeft: string;
  values: CellValue[][];
  /** Per row of `values`: true when the row is hidden or filtered out in the workbook. */
  hiddenRows?: boolean[];
  /** Name of the Excel table the grid came from, when it came from one. */
  tableName?: string;
}

export type Severity = 'error' | 'warning' | 'info';

export interface Problem {
  /** Sheet-qualified A1 address, e.g. "'Mine tal'!C7" or 'Ark1!A1:F1'. */
  address: string;
  severity: Severity;
  code: string;
  params: Record<string, string | number>;
  /** The message rendered in the language the caller asked for (Danish by default). */
  message: string;
}

/** 'lower' for costs (lower is better), 'higher' for quality measures. */
export type Direction = 'lower' | 'higher';

/** One municipality as the reference data knows it. */
export interface Municipality {
  code: string; // three digits, '101'
  name: string;
  regionCode: string; // '081'..'085'
  regionName: string;
  groupCode: string; // DST KOMGRP '1'..'5'
  groupName: string;
  /** Structural variables usable for similarity and the expected level, by id. */
  structural: Record<string, number>;
}

/** A framework variable offered for similarity and the expected level. */
export interface StructuralVariable {
  id: string;
  name: Record<Lang, string>;
  period: string;
  /** Short source, e.g. 'FOLK1AM' or 'noegletal.dk'. */
  source: string;
  /** 'category' for kommunegruppe and region (compared as equal/different); numeric otherwise. */
  kind?: 'numeric' | 'category';
  /** The attribution the source asks for, e.g. 'Kilde: noegletal.dk (Indenrigs- og Sundhedsministeriet)'. */
  attribution?: string;
  /** Where the figures came from, in words (repository, file, commit). */
  provenance?: string;
  /** A caveat that travels with the variable, e.g. a series break. */
  note?: Record<Lang, string>;
}
