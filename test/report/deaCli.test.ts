// The DEA choices on the command line (the CLI shell over the DEA sheet): validated options, usage
// errors with exit 2, a written DEA sheet, and the DEA units in --json.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parseCliArgs, UsageError } from '../../src/cli/args';
import { runCli } from '../support/cli';

const SCHOOLS = join(__dirname, '..', '..', 'examples', 'skoler.xlsx');

describe('DEA options', () => {
  it('default to key figures only, and to VRS input orientation with the default columns for DEA', () => {
    const plain = parseCliArgs(['benchmark', 'x.xlsx']);
    expect(plain).toMatchObject({ method: 'keyfigures', dea: { rts: 'vrs', orientation: 'in', slack: true, superEfficiency: false, bootstrap: 2000 } });
    const model = parseCliArgs(['benchmark', 'x.xlsx', '--method', 'dea', '--rts', 'fdh', '--super', '--slack', 'off', '--bootstrap', '0', '--seed', '7']);
    expect(model).toMatchObject({ dea: { rts: 'fdh', superEfficiency: true, slack: false, bootstrap: 0, seed: 7 } });
    const dea = parseCliArgs(['benchmark', 'x.xlsx', '--method', 'both', '--inputs', 'cost', '--outputs', 'Elever, trivsel', '--rts', 'crs', '--orientation', 'out', '--fixed', 'trivsel']);
    expect(dea).toMatchObject({ method: 'both', dea: { inputs: ['cost'], outputs: ['Elever', 'trivsel'], fixed: ['trivsel'], rts: 'crs', orientation: 'out' } });
  });

  it.each([
    [['--method', 'dea2'], '--method kan ikke være "dea2"'],
    [['--method', 'dea', '--rts', 'xyz'], '--rts kan ikke være "xyz"'],
    [['--method', 'dea', '--slack', 'maybe'], '--slack kan ikke være "maybe"'],
    [['--method', 'dea', '--bootstrap=-5'], '--bootstrap skal være et helt tal fra 0 til 100000'],
    [['--method', 'dea', '--bootstrap', '2.5'], '--bootstrap skal være et helt tal'],
    [['--bootstrap', '500'], '--bootstrap gælder kun DEA'],
    [['--super'], '--super gælder kun DEA'],
    [['--method', 'dea', '--orientation', 'both'], '--orientation kan ikke være "both"'],
    [['--method', 'dea', '--inputs', ' , '], '--inputs skal have mindst én kolonne'],
    [['--outputs', 'trivsel'], '--outputs gælder kun DEA'],
  ])('rejects %j with a usage error', (extra, message) => {
    expect(() => parseCliArgs(['benchmark', 'x.xlsx', ...extra])).toThrow(UsageError);
    expect(() => parseCliArgs(['benchmark', 'x.xlsx', ...extra])).toThrow(message);
  });

  it('exits 2 on a bad DEA option and explains the options in the help text, in both languages', async () => {
    const bad = await runCli(['benchmark', SCHOOLS, '--method', 'dea', '--rts', 'xyz']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('vrs, crs, drs, irs, fdh');
    expect((await runCli(['help'])).stdout).toContain('--method keyfigures|dea|both');
    expect((await runCli(['help', '--lang', 'en'])).stdout).toContain('--orientation in|out');
    const help = (await runCli(['help'])).stdout;
    for (const flag of ['--bootstrap B', '--seed N', '--slack on|off', '--super', 'vrs|crs|drs|irs|fdh']) expect(help).toContain(flag);
    expect(help).toMatch(/--fixed KOL1 +Ikke-påvirkelige input\/output \(non-discretionary\)/);
  });
});

describe('pejlemaerke benchmark --method both on the schools example', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pejlemaerke-dea-cli-'));

  it('writes the DEA sheet and includes the DEA units in --json', async () => {
    const out = join(dir, 'skoler-dea.xlsx');
    const result = await runCli(['benchmark', SCHOOLS, '--reference', 'snapshot', '--area', 'folkeskole', '--method', 'both', '--json', '--out', out]);
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary.method).toBe('both');
    expect(summary.dea.settings).toMatchObject({ rts: 'vrs', orientation: 'in' });
    expect(summary.dea.units).toHaveLength(24);
    for (const unit of summary.dea.units) {
      expect(unit.potential).toBeCloseTo(Math.max(0, (1 - unit.score) * unit.inputs[0]), 4);
      for (const peer of unit.peers) expect(summary.dea.units.find((u: { id: string }) => u.id === peer.id).score).toBeGreaterThan(0.999999);
    }
    expect(summary.sheets).toContain('DEA – Folkeskole');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.getWorksheet('DEA – Folkeskole')).toBeDefined();
  });

  it('tells in words how many schools are on the frontier and names learning partners', async () => {
    const result = await runCli(['benchmark', SCHOOLS, '--reference', 'snapshot', '--area', 'folkeskole', '--method', 'dea', '--out', join(dir, 'dea-only.xlsx')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/DEA, variabelt skalaafkast \(VRS\), inputorienteret: \d+ af 24 enheder ligger på fronten\./);
    expect(result.stdout).toContain('læringspartnere:');
    expect(result.stdout).not.toContain('Største potentialer (standard');
  });

  it('--bootstrap gives biasCorrected, ciLow and ciHigh per unit on the scale of efficiency (θ in, φ out)', async () => {
    for (const orientation of ['in', 'out'] as const) {
      const out = join(dir, `boot-${orientation}.xlsx`);
      const result = await runCli(['benchmark', SCHOOLS, '--reference', 'snapshot', '--area', 'folkeskole', '--method', 'dea', '--orientation', orientation,
        '--bootstrap', '200', '--seed', '3', '--json', '--out', out]);
      expect(result.code).toBe(0);
      const { dea } = JSON.parse(result.stdout);
      expect(dea.settings.bootstrap).toMatchObject({ replicates: 200, seed: 3 });
      for (const unit of dea.units) {
        expect(unit.ciLow).toBeLessThan(unit.ciHigh);
        expect(unit.bias).toBeCloseTo(unit.efficiency - unit.biasCorrected, 12);
        if (orientation === 'in') {
          expect(unit.theta).toBe(unit.efficiency);
          expect(unit.phi).toBeNull();
          expect(unit.efficiency).toBeLessThanOrEqual(1);
          expect(unit.biasCorrected).toBeLessThanOrEqual(unit.efficiency);
          expect(unit.ciHigh).toBeLessThanOrEqual(1.2);
        } else {
          expect(unit.phi).toBe(unit.efficiency);
          expect(unit.efficiency).toBeGreaterThanOrEqual(1);
          expect(unit.biasCorrected).toBeGreaterThanOrEqual(unit.efficiency);
          expect(unit.ciLow).toBeGreaterThan(0.8);
        }
        expect(unit.inputSlacks).toHaveLength(1);
        expect(unit.outputSlacks).toHaveLength(3);
        expect(['strong', 'weak', 'below']).toContain(unit.frontier);
      }
      // The same seed gives the same numbers.
      const again = JSON.parse((await runCli(['benchmark', SCHOOLS, '--reference', 'snapshot', '--area', 'folkeskole', '--method', 'dea',
        '--orientation', orientation, '--bootstrap', '200', '--seed', '3', '--json', '--out', out])).stdout);
      expect(again.dea.units.map((u: { ciLow: number }) => u.ciLow)).toEqual(dea.units.map((u: { ciLow: number }) => u.ciLow));
    }
  });

  it('--super reports a unit no other reaches as "ikke defineret", with peers for the others', async () => {
    const result = await runCli(['benchmark', SCHOOLS, '--reference', 'snapshot', '--area', 'folkeskole', '--method', 'dea', '--super', '--bootstrap', '0', '--json', '--out', join(dir, 'super.xlsx')]);
    expect(result.code).toBe(0);
    const { dea } = JSON.parse(result.stdout);
    expect(dea.settings.superEfficiency).toBe('model');
    const notDefined = dea.units.filter((u: { superScore: unknown }) => u.superScore === 'ikke defineret');
    expect(notDefined.length).toBeGreaterThan(0);
    for (const unit of notDefined) expect(unit).toMatchObject({ efficiency: null, score: null, rank: 1 });
    const above = dea.units.filter((u: { score: number | null }) => (u.score ?? 0) > 1);
    expect(above.length).toBeGreaterThan(0);
    for (const unit of above) expect(unit.peers.length).toBeGreaterThan(0);
  });

  it('reports an unknown DEA column as a problem and still writes the key-figure report', async () => {
    const result = await runCli(['benchmark', SCHOOLS, '--reference', 'snapshot', '--area', 'folkeskole', '--method', 'both', '--outputs', 'karakterer', '--out', join(dir, 'unknown.xlsx')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Kolonnen "karakterer"');
    expect(result.stdout).not.toContain('DEA – Folkeskole');
  });
});

describe('a workbook from the DEA literature with plain headers, without --map', () => {
  // Cooper, Seiford & Tone, "Data Envelopment Analysis" (2nd ed., 2007), Table 1.5: 12 hospitals,
  // doctors and nurses in, outpatients and inpatients out; CCR (CRS, input) scores printed to three
  // decimals. Laid out as a workbook would be: Sygehus, x1, x2, y1, y2.
  const dir = mkdtempSync(join(tmpdir(), 'pejlemaerke-dea-plain-'));
  const file = join(dir, 'sygehuse.xlsx');
  const published = [1, 1, 0.883, 1, 0.763, 0.835, 0.902, 0.796, 0.96, 0.871, 0.955, 0.958];
  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Data');
    sheet.addRow(['Sygehus', 'x1', 'x2', 'y1', 'y2']);
    const data = [[20, 151, 100, 90], [19, 131, 150, 50], [25, 160, 160, 55], [27, 168, 180, 72], [22, 158, 94, 66], [55, 255, 230, 90],
      [33, 235, 220, 88], [31, 206, 152, 80], [30, 244, 190, 100], [50, 268, 250, 100], [53, 306, 260, 147], [38, 284, 250, 120]];
    'ABCDEFGHIJKL'.split('').forEach((name, i) => sheet.addRow([name, ...data[i]]));
    await workbook.xlsx.writeFile(file);
  });

  it('runs when --inputs/--outputs name the columns, names units by the first text column, and matches the published scores', async () => {
    const out = join(dir, 'out.xlsx');
    const result = await runCli(['benchmark', file, '--reference', 'snapshot', '--method', 'dea', '--inputs', 'x1,x2', '--outputs', 'y1,y2',
      '--rts', 'crs', '--bootstrap', '0', '--json', '--out', out]);
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary.dea.units.map((u: { name: string }) => u.name)).toEqual('ABCDEFGHIJKL'.split(''));
    summary.dea.units.forEach((u: { efficiency: number }, i: number) => expect(Math.abs(u.efficiency - published[i])).toBeLessThanOrEqual(5e-4));
    expect(summary.sheets).toEqual(['DEA – Institutioner', 'Prioritering', 'Metode og kilder']);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.getWorksheet('DEA – Institutioner')?.getCell('A8').value).toBe('Enhed');
  });

  it('without the names it says how to name them', async () => {
    const result = await runCli(['benchmark', file, '--reference', 'snapshot', '--method', 'dea', '--out', join(dir, 'none.xlsx')]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('nævn kolonnerne med --inputs og --outputs');
  });
});
