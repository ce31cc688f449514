// Reference data a finance officer can trust, through the CLI: nine years with a trend chart,
// flagged figures named and left out of the best standard, the measure in every summary, and the
// user's own framework table and comparison group read with their cell addresses.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from '../support/cli';

const EXAMPLE = join(__dirname, '..', '..', 'examples', 'kommune-budget.xlsx');

async function allText(path: string, sheetName: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.getWorksheet(sheetName);
  const texts: string[] = [];
  sheet?.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.text ?? ''))));
  return texts.join('\n');
}

describe('a day-care run against the best municipality', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pejlemaerke-refdata-'));
  const out = join(dir, 'dagtilbud.xlsx');
  let summary: ReturnType<typeof JSON.parse>;
  let text: string;

  beforeAll(async () => {
    const args = ['benchmark', EXAMPLE, '--reference', 'snapshot', '--group', 'all', '--standard', 'best', '--out', out];
    const json = await runCli([...args, '--json']);
    expect(json.code).toBe(0);
    summary = JSON.parse(json.stdout);
    text = (await runCli(args)).stdout;
  });

  it('names the municipality it left out and why, in words and in --json', () => {
    expect(text).toContain('Viborg, Dagtilbud: 1 kommune er udeladt af standarderne bedste, bedste kvartil og forventet niveau, fordi tallet sandsynligvis er konteret anderledes: Samsø (0 kr. pr. indbygger, kun 5.25.14: 0 eller derunder).');
    const day = summary.units.find((u: { area: string }) => u.area === 'dagtilbud');
    expect(day.leftOut).toEqual([{ code: '741', name: 'Samsø', value: 0, reason: 'nonPositive' }]);
    expect(day.standards.best.value).toBeGreaterThan(1000); // never Samsø's 0
    const area = summary.areas.find((a: { area: string }) => a.area === 'dagtilbud');
    expect(area.anomalies.flagged.map((f: { name: string }) => f.name)).toEqual(['Samsø']);
    expect(area.anomalies.rule).toEqual({ nonPositive: true, fractionOfMedian: 0.25 });
  });

  it('states the measure, and that the snapshot holds only 5.25.14 of day care', () => {
    const area = summary.areas.find((a: { area: string }) => a.area === 'dagtilbud');
    expect(area.measure).toMatchObject({ kind: 'perInhabitant', functions: ['5.25.14'], year: '2024', unit: 'kr. pr. indbygger, kun 5.25.14' });
    expect(area.measureMismatch.reason).toBe('Det indbyggede snapshot har ikke alle funktioner i Dagtilbud (5.25.xx); nøgletallet omfatter kun 5.25.14.');
    expect(summary.settings).toEqual({ measure: 'perInhabitant', includeAnomalies: false, year: null });
    expect(text).toContain('Mål: Nøgletal: nettoudgifter på 3.22.01 (REGK31, ART I alt netto) divideret med indbyggere');
  });

  it('gives every area a trend over 2016–2024 in current prices, with the 2016–2017 elderly break as gaps', async () => {
    const schools = summary.units.find((u: { area: string }) => u.area === 'folkeskole');
    expect(schools.trend.points.map((p: { period: string }) => p.period)).toEqual(['2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024']);
    expect(schools.trend.prices).toBe('current');
    expect(schools.trend.points[8].ownSource).toBe('own');
    const nursing = summary.units.find((u: { area: string }) => u.area === 'hjemmesygepleje');
    expect(nursing.trend.points.slice(0, 2).map((p: { own: number | null; gap: string }) => [p.own, p.gap])).toEqual([[null, 'notReported'], [null, 'notReported']]);
    const sheet = await allText(out, 'Benchmark – Folkeskole');
    expect(sheet).toContain('Udvikling 2016–2024: Viborg (løbende priser)');
    expect(sheet).toContain('Markerede tal – sandsynligvis konteret anderledes (2024)');
  });

  it('puts the anomaly rule with every flagged unit on Metode og kilder', async () => {
    const method = await allText(out, 'Metode og kilder');
    expect(method).toContain('Reglen: et nøgletal markeres, når det er 0 kr. eller derunder, eller under 25 % af medianen for alle kommuner');
    expect(method).toContain('Samsø (0 kr. pr. indbygger, kun 5.25.14: 0 eller derunder)');
    expect(method).toContain('År i udviklingen: 2016–2024');
  });

  it('keeps flagged figures in when asked to', async () => {
    const result = await runCli(['benchmark', EXAMPLE, '--reference', 'snapshot', '--standard', 'best', '--include-anomalies', '--out', join(dir, 'incl.xlsx'), '--json']);
    const included = JSON.parse(result.stdout);
    const day = included.units.find((u: { area: string }) => u.area === 'dagtilbud');
    expect(day.standards.best.value).toBe(0);
    expect(day.leftOut).toEqual([]);
  });
});

describe('framework conditions and a comparison group the user brings', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pejlemaerke-framework-'));

  async function workbook(): Promise<string> {
    const wb = new ExcelJS.Workbook();
    const figures = wb.addWorksheet('Budget');
    figures.addRows([['Kommunekode', 'Serviceområde', 'Nettoudgift', 'Indbyggere'], ['791', 'Folkeskole', 742_310_000, 98_140]]);
    const framework = wb.addWorksheet('Udligning');
    framework.addRow(['Kommunekode', 'Udgiftsbehov']);
    // Invented expenditure need, rising with the code so the fit has something to explain.
    for (const code of ['101', '147', '151', '153', '155', '157', '159', '161', '163', '165', '167', '169', '173', '175', '183', '185', '791']) {
      framework.addRow([Number(code), 50_000 + Number(code) * 10]);
    }
    framework.addRow(['999', 'ukendt']);
    const group = wb.addWorksheet('FLIS');
    group.addRows([['Kommune'], ['Herning'], ['Holstebro'], ['Silkeborg'], ['Randers']]);
    const path = join(dir, 'input.xlsx');
    await wb.xlsx.writeFile(path);
    return path;
  }

  it('uses the user’s variables for the expected level and the user’s list as the group, with their addresses', async () => {
    const input = await workbook();
    const out = join(dir, 'out.xlsx');
    const result = await runCli(['benchmark', input, '--sheet', 'Budget', '--reference', 'snapshot', '--framework', 'Udligning', '--group-list', 'FLIS', '--out', out, '--json']);
    expect(result.stderr).toBe('');
    const summary = JSON.parse(result.stdout);
    const unit = summary.units[0];
    expect(unit.group).toEqual({ label: 'Egen liste (5 kommuner)', n: 5 });
    expect(summary.areas[0].regression).toMatchObject({ n: 17, variables: ['user.udgiftsbehov'] });
    expect(summary.problems.some((p: { code: string; address: string }) => p.code === 'parse.code.unknown' && p.address === 'Udligning!A19')).toBe(true);
    const method = await allText(out, 'Metode og kilder');
    expect(method).toContain('Dine rammevilkår');
    expect(method).toContain('Udligning!A1:B19; kolonner: Udgiftsbehov (Udligning!B1, 17)');
    expect(method).toContain('Din sammenligningsgruppe');
  });

  it('says which tables and sheets exist when the name is wrong', async () => {
    const input = await workbook();
    const result = await runCli(['benchmark', input, '--sheet', 'Budget', '--reference', 'snapshot', '--framework', 'Udligningen', '--out', join(dir, 'x.xlsx')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('--framework Udligningen: projektmappen har ingen tabel eller ark med det navn. Tabeller: —. Ark: Budget, Udligning, FLIS.');
  });
});
