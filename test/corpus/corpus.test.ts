// The hostile corpus through both hosts. For every workbook: nothing crashes; exactly the expected
// problems are reported, each at a sheet!cell address; no user cell changes (every cell compared
// before and after, and after a save and re-open); a run that fails leaves no output file and no
// sheet behind. The workbooks are generated once per run into a temporary folder (cases.ts).
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run as runCli } from '../../src/cli/main';
import { REGISTRY_SHEET } from '../../src/hosts/common/registry';
import { HostError } from '../../src/hosts/types';
import { XlsxWorkbook } from '../../src/hosts/xlsx';
import { fakeCells, xlsxCells } from '../support/workbookSnapshot';
import { CASES, fileName, type CorpusCase } from './cases';
import { generateCorpus } from './generate';
import { attempt, fakeFrom, officeHost, reported, requestFor, runBenchmark, SHEET_ADDRESS, sourceOf } from './runHosts';

const dir = mkdtempSync(join(tmpdir(), 'pejlemaerke-corpus-'));
const outDir = mkdtempSync(join(tmpdir(), 'pejlemaerke-corpus-out-'));
const small = CASES.filter((entry) => !entry.big);
const path = (entry: CorpusCase) => join(dir, fileName(entry));

beforeAll(async () => {
  await generateCorpus(dir, (entry) => !entry.big);
}, 120_000);

it('has at least 60 workbooks, each covering an item of the list', () => {
  expect(CASES.length).toBeGreaterThanOrEqual(60);
  expect(new Set(CASES.map((c) => c.id)).size).toBe(CASES.length);
});

function checkProblems(entry: CorpusCase, problems: { address: string; code: string; severity: string }[]): void {
  const got = reported(problems as never);
  const want = [...(entry.problems ?? [])].sort();
  const missing = want.filter((p) => !got.includes(p));
  const extra = got.filter((p) => !want.includes(p));
  if (missing.length + extra.length > 0) throw new Error(`${entry.id}: missing ${JSON.stringify(missing)}; unexpected ${JSON.stringify(extra)}`);
  expect(got).toEqual(want);
  const unplaced = problems.filter((p) => !SHEET_ADDRESS.test(p.address)).map((p) => `${p.code}@${p.address}`);
  expect(unplaced).toEqual([]);
}

const userSheetsOf = (names: string[]) => (name: string) => names.includes(name);

describe.each(small.map((entry) => [entry.id, entry] as const))('%s', (_id, entry) => {
  it('the xlsx host, a new workbook: the expected problems, the input untouched; the CLI writes all or nothing', async () => {
    const file = path(entry);
    const out = join(outDir, `${entry.id}-out.xlsx`);
    const cli = { out: [] as string[], err: [] as string[] };
    const code = await runCli(['benchmark', file, '--reference', 'snapshot', '--out', out, ...cliOptions(entry)], {
      out: (text) => cli.out.push(text),
      err: (text) => cli.err.push(text),
    });
    expect(cli.err.join('\n')).not.toMatch(/\n\s+at /);
    expect(readdirSync(outDir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    if (entry.outcome === 'unreadable') {
      await expect(XlsxWorkbook.open(file)).rejects.toThrow(entry.message as RegExp);
      expect(code).toBe(3);
      expect(cli.err.join('\n')).toMatch(entry.message as RegExp);
      expect(existsSync(out)).toBe(false);
      return;
    }
    expect(code).toBe(entry.outcome === 'runs' ? 0 : 1);
    expect(existsSync(out)).toBe(entry.outcome === 'runs');

    const input = await XlsxWorkbook.open(file);
    const before = xlsxCells(input.workbook);
    const output = XlsxWorkbook.createNew();
    const { outcome, error } = await attempt(async () => runBenchmark(input, output, requestFor(entry, await sourceOf(entry, input))));
    expect(error).toBeUndefined();
    expect(outcome?.canRun).toBe(entry.outcome === 'runs');
    checkProblems(entry, outcome?.problems ?? []);
    expect(xlsxCells(input.workbook)).toEqual(before);
    if (entry.outcome === 'runs') {
      const reopened = await XlsxWorkbook.open(await output.toBuffer());
      expect(reopened.ownSheetNames()).toEqual(outcome?.write?.written);
      if (entry.id === 'formula-like-names') expectNoUserTextAsFormula(reopened);
    } else {
      expect(output.workbook.worksheets).toHaveLength(0);
    }
  });

  it('the xlsx host, copy mode: refuses what it would lose, else keeps every user cell through a save', async () => {
    if (entry.outcome === 'unreadable') return expect(XlsxWorkbook.open(readFileSync(path(entry)))).rejects.toThrow(HostError);
    const input = await XlsxWorkbook.open(path(entry));
    const before = xlsxCells(input.workbook);
    const userSheets = Object.keys(before);
    const { outcome, error } = await attempt(async () => runBenchmark(input, input, requestFor(entry, await sourceOf(entry, input))));
    const refusal = entry.copyRefused ?? entry.sameWorkbookRefused;
    if (refusal && entry.outcome === 'runs') {
      expect(error).toBeInstanceOf(HostError);
      expect((error as Error).message).toMatch(refusal);
      expect(xlsxCells(input.workbook)).toEqual(before);
      return;
    }
    expect(error).toBeUndefined();
    if (entry.outcome !== 'runs') {
      expect(xlsxCells(input.workbook)).toEqual(before);
      return;
    }
    const reopened = await XlsxWorkbook.open(await input.toBuffer());
    expect(xlsxCells(reopened.workbook, userSheetsOf(userSheets))).toEqual(before);
    const written = outcome?.write?.written ?? [];
    for (const taken of entry.takenNames ?? []) expect(written).toContain(`${taken} (2)`);
    expect(reopened.ownSheetNames()).toEqual(written);
  });

  it('the Office.js host on the recording fake: the same problems, the user’s sheets untouched', async () => {
    // Excel itself refuses to open a corrupted file, so there is nothing for the add-in to read.
    if (entry.outcome === 'unreadable') return;
    const excel = await fakeFrom(path(entry));
    const before = fakeCells(excel);
    const userSheets = Object.keys(before);
    const host = officeHost(excel);
    const source = entry.source ?? { kind: 'range' as const, sheet: excel.sheets[0].name };
    const { outcome, error } = await attempt(() => runBenchmark(host, host, requestFor(entry, source)));
    if (entry.sameWorkbookRefused) {
      expect((error as Error | undefined)?.message).toMatch(entry.sameWorkbookRefused);
      expect(fakeCells(excel)).toEqual(before);
      return;
    }
    expect(error).toBeUndefined();
    expect(outcome?.canRun).toBe(entry.outcome === 'runs');
    checkProblems(entry, outcome?.problems ?? []);
    expect(fakeCells(excel, userSheetsOf(userSheets))).toEqual(before);
    const added = excel.sheets.map((s) => s.name).filter((name) => !userSheets.includes(name));
    if (entry.outcome === 'runs') expect(added).toEqual([...(outcome?.write?.written ?? []), REGISTRY_SHEET]);
    else expect(added).toEqual([]);
  });
});

function cliOptions(entry: CorpusCase): string[] {
  const source = entry.source;
  return [
    ...(source?.kind === 'table' ? ['--table', source.name] : source?.kind === 'range' ? ['--sheet', source.sheet] : []),
    ...(entry.options?.area ? ['--area', entry.options.area] : []),
    ...(entry.options?.method ? ['--method', entry.options.method] : []),
    ...(entry.options?.lang ? ['--lang', entry.options.lang] : []),
  ];
}

/** Text from the user that looks like a formula must land as text in every report cell. */
function expectNoUserTextAsFormula(workbook: XlsxWorkbook): void {
  const formulas: string[] = [];
  for (const ws of workbook.workbook.worksheets) {
    ws.eachRow((row) => row.eachCell((cell) => {
      const value = cell.value as { formula?: string } | null;
      if (value && typeof value === 'object' && typeof value.formula === 'string' && /HYPERLINK|Skolen|Tabskolen/.test(value.formula)) formulas.push(`${ws.name}!${cell.address}`);
    }));
  }
  expect(formulas).toEqual([]);
}
