// Finding the header row and deciding what each column means.
import type { ColumnRole, ExplicitMapping, MappedColumn } from './types';
import { columnLetterToNumber } from './address';
import { GridView, cellText, isBlank } from './gridView';
import { ProblemLog } from './problems';
import { guessRole } from './synonyms';
import { foldDanish, normaliseHeader, slugify } from './text';

/** Titles and notes above a table rarely take more than a handful of rows; 20 leaves room. */
const HEADER_SEARCH_ROWS = 20;
const MIN_MATCH_SCORE = 60;
/** Roles of which a table can use only one column; quality and structural may repeat. */
const MULTI_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>(['quality', 'structural', 'figure']);

/**
 * The grid row (0-based) whose cells best match known headers, or null. A row needs at least two
 * recognised headers, so a lone title such as "Udgifter til skoler 2024" is never taken for one.
 */
export function findHeaderRow(view: GridView, mapping: ExplicitMapping = {}, figures: readonly string[] = []): number | null {
  const explicitKeys = new Set([...Object.keys(mapping), ...figures].map((k) => foldDanish(k.trim())));
  let best: { row: number; hits: number; score: number } | null = null;
  for (let r = 0; r < Math.min(HEADER_SEARCH_ROWS, view.height); r++) {
    let hits = 0;
    let score = 0;
    for (let c = 0; c < view.width; c++) {
      const value = view.cell(r, c);
      if (typeof value !== 'string' || value.trim() === '') continue;
      const guess = guessRole(value);
      if (explicitKeys.has(foldDanish(value.trim()))) {
        hits++;
        score += 100;
      } else if (guess && guess.score >= MIN_MATCH_SCORE) {
        hits++;
        score += guess.score;
      }
    }
    if (hits >= 2 && (!best || hits > best.hits || (hits === best.hits && score > best.score))) {
      best = { row: r, hits, score };
    }
  }
  return best ? best.row : null;
}

/** Whether a "Kommune" column holds codes (101, "0101") rather than names, judged by its contents. */
function holdsCodes(view: GridView, headerRow: number, c: number): boolean {
  let filled = 0;
  let codes = 0;
  for (let r = headerRow + 1; r < view.height && filled < 50; r++) {
    const value = view.cell(r, c);
    if (isBlank(value)) continue;
    filled++;
    if (typeof value === 'number' && Number.isInteger(value) && value > 0 && value < 10000) codes++;
    else if (typeof value === 'string' && /^\d{1,4}$/.test(value.trim())) codes++;
  }
  return filled > 0 && codes / filled >= 0.6;
}

/** The column an explicit mapping key points at: a header first, then a worksheet column letter. */
function findExplicitColumn(view: GridView, headers: string[], key: string): number | null {
  const folded = foldDanish(key.trim());
  let index = headers.findIndex((h) => h !== '' && foldDanish(h) === folded);
  if (index < 0) {
    const normalised = normaliseHeader(key);
    if (normalised !== '') index = headers.findIndex((h) => h !== '' && normaliseHeader(h) === normalised);
  }
  if (index >= 0) return index;
  if (/^[A-Za-z]{1,3}$/.test(key.trim())) {
    const c = columnLetterToNumber(key) - view.origin.col;
    if (c >= 0 && c < view.width) return c;
  }
  return null;
}

interface Candidate {
  index: number;
  role: ColumnRole;
  score: number;
  via: 'synonym' | 'explicit';
  fromContents: boolean;
}

export interface ColumnMapping {
  columns: MappedColumn[];
  unmapped: { index: number; header: string }[];
}

export function mapColumns(view: GridView, headerRow: number, mapping: ExplicitMapping, log: ProblemLog, figures: readonly string[] = []): ColumnMapping {
  const headers = Array.from({ length: view.width }, (_, c) => cellText(view.cell(headerRow, c)));
  const headerAddress = (c: number) => view.cellAddress(headerRow, c);
  const explicit = new Map<number, ColumnRole | 'ignore'>();
  for (const [key, role] of Object.entries(mapping)) {
    const c = findExplicitColumn(view, headers, key);
    if (c === null) log.add('warning', 'parse.mapping.unmatched', view.rowAddress(headerRow), { key });
    else if (!explicit.has(c)) explicit.set(c, role);
  }

  const candidates: Candidate[] = [];
  for (let c = 0; c < view.width; c++) {
    const chosen = explicit.get(c);
    if (chosen === 'ignore') continue;
    if (chosen) {
      candidates.push({ index: c, role: chosen, score: 1000, via: 'explicit', fromContents: false });
      continue;
    }
    const guess = headers[c] === '' ? null : guessRole(headers[c]);
    if (!guess || guess.score < MIN_MATCH_SCORE) {
      // A header the caller asked for by name, with no role of its own: a figure, read as it is.
      if (headers[c] !== '' && namesFigure(headers[c], figures)) candidates.push({ index: c, role: 'figure', score: 100, via: 'explicit', fromContents: false });
      continue;
    }
    // A code found only by looking at the contents ranks below a column headed "Kommunekode".
    if (guess.municipalityNameOrCode && holdsCodes(view, headerRow, c)) {
      candidates.push({ index: c, role: 'municipalityCode', score: 70, via: 'synonym', fromContents: true });
    } else {
      candidates.push({ index: c, role: guess.role, score: guess.score, via: 'synonym', fromContents: false });
    }
  }

  const kept: Candidate[] = [];
  const byRole = new Map<ColumnRole, Candidate[]>();
  for (const cand of candidates) byRole.set(cand.role, [...(byRole.get(cand.role) ?? []), cand]);
  for (const [role, group] of byRole) {
    if (MULTI_ROLES.has(role)) {
      kept.push(...group);
      continue;
    }
    // Highest score wins; on a tie the leftmost column, which is where people put the main figure.
    const winner = group.reduce((a, b) => (b.score > a.score ? b : a));
    kept.push(winner);
    for (const loser of group) {
      if (loser === winner || (winner.via === 'explicit' && loser.via === 'synonym')) continue;
      log.add('warning', 'parse.column.duplicateRole', headerAddress(loser.index), {
        column: headers[loser.index],
        chosen: headers[winner.index],
        chosenAddress: headerAddress(winner.index),
        role,
      });
    }
  }

  kept.sort((a, b) => a.index - b.index);
  const usedKeys = new Set<string>();
  const columns: MappedColumn[] = kept.map((cand) => {
    const column: MappedColumn = { index: cand.index, header: headers[cand.index], role: cand.role, via: cand.via };
    if (MULTI_ROLES.has(cand.role)) column.key = uniqueKey(slugify(headers[cand.index]) || `column-${cand.index + 1}`, usedKeys);
    if (cand.fromContents) {
      log.add('info', 'parse.column.kommuneHoldsCodes', headerAddress(cand.index), { column: headers[cand.index] });
    }
    return column;
  });
  const mappedIndices = new Set(columns.map((col) => col.index));
  const unmapped = headers
    .map((header, index) => ({ index, header }))
    .filter((h) => h.header !== '' && !mappedIndices.has(h.index));
  return { columns, unmapped };
}

function uniqueKey(base: string, used: Set<string>): string {
  let key = base;
  for (let n = 2; used.has(key); n++) key = `${base}-${n}`;
  used.add(key);
  return key;
}

/** Whether a header is one of the names the caller gave, compared as the user would write it. */
function namesFigure(header: string, figures: readonly string[]): boolean {
  const folded = foldDanish(header.trim());
  const normalised = normaliseHeader(header);
  return figures.some((name) => foldDanish(name.trim()) === folded || (normalised !== '' && normaliseHeader(name) === normalised));
}

/**
 * The first column whose cells below the header are mostly text (names), not already used: what
 * names the units when no column is headed Enhed, Navn, Unit, DMU or id.
 */
export function firstTextColumn(view: GridView, headerRow: number, taken: ReadonlySet<number>): number | null {
  for (let c = 0; c < view.width; c++) {
    if (taken.has(c)) continue;
    let filled = 0;
    let texts = 0;
    for (let r = headerRow + 1; r < view.height && filled < 50; r++) {
      const value = view.cell(r, c);
      if (isBlank(value)) continue;
      filled++;
      if (typeof value === 'string' && !/^[-+]?[\d.,\s]+$/.test(value.trim())) texts++;
    }
    if (filled > 0 && texts / filled >= 0.6) return c;
  }
  return null;
}
