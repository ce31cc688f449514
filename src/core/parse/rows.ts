// Telling data rows from the rows people put around them: totals, averages, notes and blanks.
import { GridView, cellText, isBlank } from './gridView';
import { foldWords } from './text';

export type RowKind = { kind: 'blank' } | { kind: 'total'; text: string } | { kind: 'note'; text: string } | { kind: 'data' };

// Labels of rows that sum or average the rows above them (folded, punctuation as spaces).
const TOTAL_LABELS = new Set([
  'i alt', 'ialt', 'total', 'totalt', 'totaler', 'sum', 'summa', 'samlet', 'samlet sum', 'hele kommunen',
  'hele landet', 'landsgennemsnit', 'landsgennemsnittet', 'gennemsnit', 'gennemsnittet', 'alle kommuner',
  'alle skoler', 'alle institutioner', 'subtotal', 'grand total', 'average', 'mean', 'all municipalities',
  'whole country', 'denmark total',
]);
// Only prefixes no institution name starts with; "Sum…" and "Samlet…" could be real names.
const TOTAL_PREFIXES = ['i alt ', 'total ', 'totalt ', 'subtotal ', 'gennemsnit ', 'landsgennemsnit '];
const NOTE_PREFIXES = ['kilde', 'kilder', 'note', 'noter', 'anm', 'anmaerkning', 'bemaerk', 'obs', 'fodnote',
  'forklaring', 'opdateret', 'udtrukket', 'source', 'sources', 'notes'];

export function isTotalLabel(text: string): boolean {
  const words = foldWords(text);
  return TOTAL_LABELS.has(words) || TOTAL_PREFIXES.some((p) => words.startsWith(p));
}

function isNoteText(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.startsWith('*') || trimmed.startsWith('¹') || trimmed.startsWith('1)')) return true;
  const firstWord = foldWords(trimmed).split(' ')[0];
  return NOTE_PREFIXES.includes(firstWord);
}

function filledCells(view: GridView, r: number): number[] {
  const filled: number[] = [];
  for (let c = 0; c < view.width; c++) if (!isBlank(view.cell(r, c))) filled.push(c);
  return filled;
}

/**
 * Classify the data rows below the header. A totals row is recognised by its label in any of the
 * `labelColumns` (names, codes, areas) or in its first filled cell. A row with a single text cell
 * is a note when it starts like one ("Kilde: …", "* …") or when no row after it holds data, so a
 * lone name in the middle of the table is still reported as a row with missing figures.
 */
export function classifyRows(view: GridView, headerRow: number, labelColumns: number[]): RowKind[] {
  const kinds: RowKind[] = [];
  const filledByRow = new Map<number, number[]>();
  let lastMultiCellRow = -1;
  for (let r = headerRow + 1; r < view.height; r++) {
    const filled = filledCells(view, r);
    filledByRow.set(r, filled);
    if (filled.length > 1) lastMultiCellRow = r;
  }
  for (let r = headerRow + 1; r < view.height; r++) {
    const filled = filledByRow.get(r) ?? [];
    if (filled.length === 0) {
      kinds.push({ kind: 'blank' });
      continue;
    }
    const labels = [...new Set([...labelColumns, filled[0]])].map((c) => cellText(view.cell(r, c))).filter((s) => s !== '');
    const total = labels.find(isTotalLabel);
    if (total !== undefined) {
      kinds.push({ kind: 'total', text: total });
      continue;
    }
    const only = filled.length === 1 ? view.cell(r, filled[0]) : null;
    if (typeof only === 'string' && (isNoteText(only) || r > lastMultiCellRow)) {
      kinds.push({ kind: 'note', text: only.trim() });
      continue;
    }
    kinds.push({ kind: 'data' });
  }
  return kinds;
}
