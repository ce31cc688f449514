// LibreOffice as an independent spreadsheet engine for tests: recalculate a written workbook
// and hand back every sheet's values as text, so what the engine computed can be compared with
// what a real spreadsheet computes from the same formulas. Node-only; not used by the add-in.
import { execFile } from 'child_process';
import { existsSync, promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import JSZip from 'jszip';
import { listSheetParts } from './charts/packageParts';

const CSV_ALL_SHEETS = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

/** True when `soffice` is on the PATH. */
export function hasLibreOffice(): boolean {
  const dirs = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean);
  return dirs.some((dir) => existsSync(path.join(dir, 'soffice')));
}

/**
 * One profile per process that tells Calc to recalculate every formula on load
 * (OOXMLRecalcMode 0 = always); by default it would show the cached results we wrote.
 */
let profileDir: Promise<string> | undefined;
function recalculatingProfile(): Promise<string> {
  profileDir ??= (async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'pejlemaerke-lo-profile-'));
    await fs.mkdir(path.join(dir, 'user'), { recursive: true });
    const xcu =
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n' +
      '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>\n' +
      '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>\n' +
      '</oor:items>\n';
    await fs.writeFile(path.join(dir, 'user', 'registrymodifications.xcu'), xcu, 'utf8');
    return dir;
  })();
  return profileDir;
}

/** Three minutes covers every workbook the tests print; a 50,000-row workbook needs more (SOFFICE_TIMEOUT_MS). */
const SOFFICE_TIMEOUT_MS = Number(process.env.SOFFICE_TIMEOUT_MS ?? 180_000);

/** Conversions share one profile, and LibreOffice cannot run twice on a profile: queue them. */
let queue: Promise<unknown> = Promise.resolve();

function runSoffice(args: string[]): Promise<void> {
  const run = queue.then(
    () =>
      new Promise<void>((resolve, reject) => {
        execFile('soffice', args, { timeout: SOFFICE_TIMEOUT_MS }, (error, _stdout, stderr) => {
          if (error) reject(new Error(`soffice failed: ${error.message} ${stderr}`));
          else resolve();
        });
      }),
  );
  queue = run.catch(() => undefined);
  return run;
}

/** Converts with LibreOffice (headless, recalculating profile) into `outDir`, e.g. filter 'pdf'. */
export async function convertWithLibreOffice(inputPath: string, filter: string, outDir: string): Promise<void> {
  const profile = await recalculatingProfile();
  await runSoffice([
    `-env:UserInstallation=file://${profile}`,
    '--headless',
    '--norestore',
    '--convert-to',
    filter,
    '--outdir',
    outDir,
    path.resolve(inputPath),
  ]);
}

/** RFC 4180 CSV (quotes doubled inside quoted fields, newlines allowed inside quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * Recalculates every formula in LibreOffice and returns each sheet's values as text, keyed by
 * sheet name. Values are raw, not as formatted ('#,##0' still gives "70000"): the filter options
 * switch "save cell contents as shown" off. Rows and columns start at A1 whatever the used range.
 */
export async function recalculateToCsv(xlsxPath: string): Promise<Record<string, string[][]>> {
  const outDir = await fs.mkdtemp(path.join(os.tmpdir(), 'pejlemaerke-lo-csv-'));
  try {
    await convertWithLibreOffice(xlsxPath, CSV_ALL_SHEETS, outDir);
    const sheets = await listSheetParts(await JSZip.loadAsync(await fs.readFile(xlsxPath)));
    const base = path.basename(xlsxPath).replace(/\.[^.]+$/, '');
    const produced = await fs.readdir(outDir);
    const result: Record<string, string[][]> = {};
    for (const sheet of sheets) {
      const file = produced.find((f) => f === `${base}-${sheet.name}.csv`);
      if (file) result[sheet.name] = parseCsv(await fs.readFile(path.join(outDir, file), 'utf8'));
    }
    // A single-sheet workbook is exported as <file>.csv without the sheet suffix.
    if (sheets.length === 1 && !result[sheets[0].name] && produced.includes(`${base}.csv`)) {
      result[sheets[0].name] = parseCsv(await fs.readFile(path.join(outDir, `${base}.csv`), 'utf8'));
    }
    return result;
  } finally {
    await fs.rm(outDir, { recursive: true, force: true });
  }
}
