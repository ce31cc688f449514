// Printing a written workbook the way a leader sees it: one sheet at a time through LibreOffice to
// PDF, then poppler's page count, text and word boxes. Word boxes on Carlito are about 1.22 × the
// font size high, which gives the printed size of the smallest text on the page.
import { execFileSync } from 'child_process';
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import JSZip from 'jszip';
import { convertWithLibreOffice, hasLibreOffice } from '../../src/hosts/xlsx/libreoffice';

const BOX_PER_POINT = 1.22;

export interface PrintedSheet {
  pages: number;
  text: string;
  /** Printed size in points of the smallest word on the pages. */
  smallestPt: number;
}

export function canPrint(): boolean {
  if (!hasLibreOffice()) return false;
  try {
    execFileSync('pdfinfo', ['-v'], { stdio: 'ignore' });
    return execFileSync('fc-list', { encoding: 'utf8' }).toLowerCase().includes('carlito');
  } catch {
    return false;
  }
}

/** A copy of the workbook in which only `sheet` is visible (a zip edit keeps cached values and charts). */
async function onlySheet(xlsx: Buffer, sheet: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const escaped = sheet.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
  let found = false;
  const edited = workbook.replace(/<sheet\b[^>]*\/>/g, (tag) => {
    const name = /\bname="([^"]*)"/.exec(tag)?.[1];
    if (name === escaped || name === sheet) {
      found = true;
      return tag.replace(/\sstate="[^"]*"/, '');
    }
    if (/state="veryHidden"/.test(tag)) return tag;
    return tag.replace(/\sstate="[^"]*"/, '').replace(/\/>$/, ' state="hidden"/>');
  })
    .replace(/\bfirstSheet="\d+"/, '');
  if (!found) throw new Error(`No sheet "${sheet}" in the workbook`);
  // LibreOffice prints a hidden sheet that has a print area of its own: keep only the target's.
  const index = [...workbook.matchAll(/<sheet\b[^>]*\/>/g)].findIndex((m) => [escaped, sheet].includes(/\bname="([^"]*)"/.exec(m[0])?.[1] ?? ''));
  // The printed sheet must also be the active one: LibreOffice prints an active hidden sheet.
  const active = edited.replace(/\bactiveTab="\d+"/, `activeTab="${index}"`);
  const trimmed = active.replace(/<definedName\b[^>]*name="_xlnm\.Print_Area"[^>]*localSheetId="(\d+)"[^>]*>[^<]*<\/definedName>/g, (tag, id: string) =>
    Number(id) === index ? tag : '');
  zip.file('xl/workbook.xml', trimmed);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

export async function printSheet(xlsx: Buffer, sheet: string): Promise<PrintedSheet> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'pejlemaerke-print-'));
  try {
    const file = path.join(dir, 'ark.xlsx');
    await fs.writeFile(file, await onlySheet(xlsx, sheet));
    await convertWithLibreOffice(file, 'pdf', dir);
    const pdf = path.join(dir, 'ark.pdf');
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const boxes = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    let smallest = Infinity;
    for (const m of boxes.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
      // Punctuation alone (a dash, a dot) has a box no taller than its glyph; it says nothing of the size.
      if (!/[\p{L}\p{N}]/u.test(m[5])) continue;
      // A word set vertically (an axis title) has a box taller than wide; its height is its length.
      if (m[5].length > 1 && Number(m[4]) - Number(m[2]) > Number(m[3]) - Number(m[1])) continue;
      smallest = Math.min(smallest, (Number(m[4]) - Number(m[2])) / BOX_PER_POINT);
    }
    return { pages, text, smallestPt: smallest };
  } finally {
    if (process.env.PRINT_KEEP) await fs.copyFile(path.join(dir, 'ark.pdf'), process.env.PRINT_KEEP).catch(() => undefined);
    await fs.rm(dir, { recursive: true, force: true });
  }
}
