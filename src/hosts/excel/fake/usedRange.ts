// The used range of a fake sheet, as getUsedRange computes it.
import { parseBox, type Box, type FakeSheet } from './state';

/** Bounding box of cells with values (and with formats too unless valuesOnly); A1 for an empty sheet. */
export function usedBox(sheet: FakeSheet, valuesOnly: boolean): Box {
  return usedBoxOrUndefined(sheet, valuesOnly) ?? { top: 1, left: 1, bottom: 1, right: 1 };
}

export function usedBoxOrUndefined(sheet: FakeSheet, valuesOnly: boolean): Box | undefined {
  let box: Box | undefined;
  for (const [key, cell] of sheet.cells) {
    if (cell.type === 'Empty' && !cell.formula && (valuesOnly || (!cell.style && !cell.numberFormat))) continue;
    const b = parseBox(key) as Box;
    box = box
      ? { top: Math.min(box.top, b.top), left: Math.min(box.left, b.left), bottom: Math.max(box.bottom, b.bottom), right: Math.max(box.right, b.right) }
      : b;
  }
  return box;
}
