// The CLI's own edges: options it does not know, where --json writes (nowhere unless --out), files
// it must not overwrite, and writes that fail half-way (full disk, read-only folder).
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from '../support/cli';
import { defaultOutPath, writeAtomically, type OutputFs } from '../../src/cli/output';

const EXAMPLES = join(__dirname, '..', '..', 'examples');

const SCHOOLS = ['--reference', 'snapshot', '--area', 'folkeskole'];

describe('the command line', () => {
  it('answers an unknown option in its own words, Danish or English, with exit 2', async () => {
    const da = await runCli(['benchmark', 'a.xlsx', '--turbo']);
    expect(da.code).toBe(2);
    expect(da.stderr).toBe('Valget "--turbo" findes ikke. Skriv "pejlemaerke help" for at se valgene.');
    const en = await runCli(['benchmark', 'a.xlsx', '--lang', 'en', '--turbo']);
    expect(en.stderr).toBe('There is no option "--turbo". Run "pejlemaerke help" to see the options.');
    const missing = await runCli(['benchmark', 'a.xlsx', '--sheet']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('Valget "--sheet" skal have en værdi, fx --sheet VÆRDI.');
    const extra = await runCli(['benchmark', 'a.xlsx', '--json=yes']);
    expect(extra.stderr).toBe('Valget "--json" tager ingen værdi. Skriv det alene.');
  });
});

describe('where the result goes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pejlemaerke-out-'));

  it('--json without --out prints the summary and writes no workbook', async () => {
    const input = join(dir, `json-only-${process.pid}.xlsx`);
    copyFileSync(join(EXAMPLES, 'skoler.xlsx'), input);
    const result = await runCli(['benchmark', input, ...SCHOOLS, '--json']);
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary.output).toBeNull();
    expect(summary.sheets).toEqual([]);
    expect(summary.units.length).toBe(24);
    expect(existsSync(defaultOutPath(input))).toBe(false);
  });

  it('never overwrites a file that is not an earlier result, and says when it replaces one', async () => {
    const out = join(dir, 'user-file.xlsx');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Mine').getCell('A1').value = 'my own work';
    await workbook.xlsx.writeFile(out);
    const before = readFileSync(out);
    const refused = await runCli(['benchmark', join(EXAMPLES, 'skoler.xlsx'), ...SCHOOLS, '--out', out]);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain('findes allerede og er ikke et resultat fra Pejlemærke');
    expect(readFileSync(out).equals(before)).toBe(true);

    const ours = join(dir, 'ours.xlsx');
    expect((await runCli(['benchmark', join(EXAMPLES, 'skoler.xlsx'), ...SCHOOLS, '--out', ours])).code).toBe(0);
    const again = await runCli(['benchmark', join(EXAMPLES, 'skoler.xlsx'), ...SCHOOLS, '--out', ours]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('det erstatter et tidligere resultat fra Pejlemærke');
    const json = await runCli(['benchmark', join(EXAMPLES, 'skoler.xlsx'), ...SCHOOLS, '--out', ours, '--json']);
    expect(JSON.parse(json.stdout).replacedOutput).toBe(true);
  });

  it('refuses to write over the input file itself', async () => {
    const input = join(dir, 'self.xlsx');
    copyFileSync(join(EXAMPLES, 'skoler.xlsx'), input);
    const result = await runCli(['benchmark', input, ...SCHOOLS, '--copy', '--out', input]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('må ikke overskrive inddatafilen');
  });
});

describe('a write that fails half-way leaves nothing behind', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pejlemaerke-fault-'));
  const faulty = (code: string, step: 'writeFile' | 'rename'): OutputFs => ({
    mkdir: async () => undefined,
    writeFile: async (path, data) => {
      writeFileSync(path, data.subarray(0, 10)); // a partial file, as a full disk leaves it
      if (step === 'writeFile') throw Object.assign(new Error(code), { code });
    },
    rename: async () => {
      throw Object.assign(new Error(code), { code });
    },
    rm: async (path) => rmSync(path, { force: true }),
  });

  it.each([
    ['ENOSPC', 'writeFile', 'disken er fuld'],
    ['EROFS', 'rename', 'mappen er skrivebeskyttet'],
    ['EACCES', 'writeFile', 'du har ikke lov til at skrive i mappen'],
  ] as const)('%s during %s: a clear message, no file, no temp file', async (code, step, words) => {
    const target = join(dir, `${code}.xlsx`);
    await expect(writeAtomically(target, Buffer.alloc(1000), 'da', faulty(code, step))).rejects.toThrow(words);
    expect(readdirSync(dir)).toEqual([]);
  });

  // The real thing, where the machine lets us mount a tiny file system (root in CI and here).
  const mnt = join(dir, 'mnt');
  let mounted: 'full' | 'readonly' | undefined;
  const tryMount = (options: string): boolean => {
    try {
      mkdirSync(mnt, { recursive: true });
      execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', mnt], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  };
  afterEach(() => {
    if (mounted) execFileSync('umount', [mnt], { stdio: 'ignore' });
    mounted = undefined;
  });

  it('on a really full disk: exit 3, the message, and no file at all', async () => {
    if (!tryMount('size=16k')) return console.warn('mount not permitted here: the real full-disk check is skipped');
    mounted = 'full';
    writeFileSync(join(mnt, 'filler'), Buffer.alloc(12 * 1024));
    const out = join(mnt, 'result.xlsx');
    const result = await runCli(['benchmark', join(EXAMPLES, 'skoler.xlsx'), ...SCHOOLS, '--out', out]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('disken er fuld');
    expect(readdirSync(mnt)).toEqual(['filler']);
  });

  it('in a read-only folder: exit 3 and the message', async () => {
    if (!tryMount('ro,size=16k')) return console.warn('mount not permitted here: the real read-only check is skipped');
    mounted = 'readonly';
    const result = await runCli(['benchmark', join(EXAMPLES, 'skoler.xlsx'), ...SCHOOLS, '--out', join(mnt, 'result.xlsx'), '--lang', 'en']);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('the folder is read-only');
    expect(readdirSync(mnt)).toEqual([]);
  });
});
