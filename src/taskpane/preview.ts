// What the pane needs to judge figures before a run: the engine's parse with the snapshot's
// municipalities (names resolve, unknown codes show), the questions the engine's own guesses
// raise, and the known municipality codes. Loaded right after the pane shows (a chunk of its own),
// so the first screen does not wait for the parser and the snapshot.
import { parseGrid } from '../core/parse';
import type { ExplicitMapping, ParseResult } from '../core/parse/types';
import type { CellGrid, Lang } from '../core/types';
import { snapshotRegistry } from '../reference/snapshotRegistry';
import { questionsOf, type ColumnQuestion } from './questions';

export interface Previewer {
  parse(grid: CellGrid, mapping: ExplicitMapping, lang: Lang): ParseResult;
  /** Questions judged on the engine's own guesses (the user's mapping left out). */
  questions(grid: CellGrid): ColumnQuestion[];
  knownCodes: ReadonlySet<string>;
}

export function previewParse(grid: CellGrid, mapping: ExplicitMapping, lang: Lang): ParseResult {
  const { municipalities } = snapshotRegistry();
  return parseGrid(grid, {
    mapping,
    lang,
    knownMunicipalityCodes: new Set(municipalities.map((m) => m.code)),
    municipalityNames: new Map(municipalities.map((m) => [m.code, m.name])),
  });
}

export const previewer: Previewer = {
  parse: previewParse,
  questions: (grid) => questionsOf(parseGrid(grid)),
  knownCodes: new Set(snapshotRegistry().municipalities.map((m) => m.code)),
};
