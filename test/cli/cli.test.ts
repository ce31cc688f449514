// The CLI as a user runs it: real example workbooks in, a real .xlsx out, words or JSON on stdout,
// and a clear message with a non-zero exit for every kind of bad input.
import { mkdtempSync, existsSync, copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { run, type CliIo } from '../../src/cli/main';

const EXAMPLES = join(__dirname, '..', '..', 'examples');

function capture(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (text) => stdout.push(text), err: (text) => stderr.push(text) };
}

async function runCli(args: string[]) {
  const io = capture();
  const code = await run(args, io);
  return { code, stdout: io.stdout.join('\n'), stderr: io.stderr.join('\n') };
}

describe('pejlemaerke benchmark', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pejlemaerke-cli-'));

  it('benchmarks the municipality example and writes a new workbook with the report sheets', async () => {
    const out = join(dir, 'kommune.xlsx');
    const result = await runCli(['benchmark', join(EXAMPLES, 'kommune-budget.xlsx'), '--reference', 'snapshot', '--group', 'kommunegruppe', '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Største potentialer');
    expect(existsSync(out)).toBe(true);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const names = workbook.worksheets.map((ws) => ws.name);
    expect(names).toEqual(expect.arrayContaining(['Overblik', 'Potentialer', 'Metode og kilder', 'Benchmark – Folkeskole']));
  });

  it('prints a JSON summary whose potentials follow from its own figures', async () => {
    const out = join(dir, 'skoler.xlsx');
    const result = await runCli(['benchmark', join(EXAMPLES, 'skoler.xlsx'), '--reference', 'snapshot', '--area', 'folkeskole', '--standard', 'quartile', '--out', out, '--json']);
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary.shape).toBe('institution');
    expect(summary.units.length).toBe(24); // 25 schools, one without a pupil count is left out
    expect(summary.excluded).toHaveLength(1);
    expect(summary.problems.some((p: { address: string }) => p.address.includes('D22'))).toBe(true);
    for (const unit of summary.units) {
      const q1 = unit.standards.quartile.value;
      expect(unit.potential).toBeCloseTo(Math.max(0, unit.keyFigure - q1) * unit.activity, 4);
      expect(unit.keyFigure).toBeCloseTo(unit.cost / unit.activity, 9);
    }
  });

  it('refuses bad command lines with exit code 2 and a message, never a stack trace', async () => {
    for (const args of [
      ['benchmark'],
      ['benchmark', 'a.xlsx', '--standard', 'cheapest'],
      ['benchmark', 'a.xlsx', '--group', '12,abc'],
      ['benchmark', 'a.xlsx', '--sheet', 'A', '--table', 'B'],
      ['frobnicate'],
    ]) {
      const result = await runCli(args);
      expect(result.code).toBe(2);
      expect(result.stderr.length).toBeGreaterThan(10);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('says so when the input file is missing or is not a workbook', async () => {
    const missing = await runCli(['benchmark', join(dir, 'nope.xlsx')]);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('findes ikke');
    const notXlsx = join(dir, 'text.xlsx');
    writeFileSync(notXlsx, 'not a zip');
    const broken = await runCli(['benchmark', notXlsx]);
    expect(broken.code).toBe(3);
    expect(broken.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 1 and writes nothing when the figures cannot be benchmarked', async () => {
    const out = join(dir, 'never.xlsx');
    const result = await runCli(['benchmark', join(EXAMPLES, 'skoler.xlsx'), '--reference', 'snapshot', '--table', 'Skoler', '--map', 'Nettoudgift (kr.)=ignore', '--out', out]);
    expect(result.code).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(result.stdout).toContain('Der er ikke beregnet eller skrevet noget');
  });

  it('re-running --copy on its own output replaces only its own sheets and keeps the input sheet', async () => {
    const input = join(dir, 'copy-input.xlsx');
    copyFileSync(join(EXAMPLES, 'kommune-budget.xlsx'), input);
    const first = join(dir, 'copy-1.xlsx');
    const second = join(dir, 'copy-2.xlsx');
    expect((await runCli(['benchmark', input, '--reference', 'snapshot', '--copy', '--out', first])).code).toBe(0);
    expect((await runCli(['benchmark', first, '--reference', 'snapshot', '--copy', '--out', second])).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(second);
    const visible = workbook.worksheets.filter((ws) => ws.state !== 'veryHidden').map((ws) => ws.name);
    expect(visible.filter((name) => name === 'Overblik')).toHaveLength(1);
    expect(visible).toContain('Budget 2025');
    const original = new ExcelJS.Workbook();
    await original.xlsx.load(readFileSync(input) as unknown as ExcelJS.Buffer);
    const before = original.getWorksheet('Budget 2025')!;
    const after = workbook.getWorksheet('Budget 2025')!;
    for (let row = 1; row <= before.rowCount; row++) {
      for (let col = 1; col <= 5; col++) expect(after.getCell(row, col).value).toEqual(before.getCell(row, col).value);
    }
  });

  it('prints help and the area list', async () => {
    expect((await runCli(['help'])).stdout).toContain('pejlemaerke benchmark');
    const areas = await runCli(['areas', '--json']);
    const list = JSON.parse(areas.stdout);
    expect(list.find((a: { id: string }) => a.id === 'folkeskole').available).toBe(true);
    expect(list.find((a: { id: string }) => a.id === 'administration').available).toBe(true);
    expect(list.find((a: { id: string }) => a.id === 'total').available).toBe(false);
  });
});
