// Excel is stricter than LibreOffice: a part that breaks the Office Open XML schema makes Excel
// "repair" the file and drop content. Every XML part of the workbooks the product writes — the
// demo workbooks, a copy-mode output (and its re-run), and a report using every sheet object —
// must validate against the ISO/IEC 29500 transitional schemas after markup-compatibility
// processing. Uses xmllint (Debian libxml2-utils); skips visibly without it.
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { DEMO_RUNS } from '../../src/cli/demoRuns';
import { run } from '../../src/cli/main';
import { XlsxWorkbook } from '../../src/hosts/xlsx';
import { processMarkupCompatibility } from '../support/markupCompatibility';
import { schemaValidationUnavailable, validatePackage } from '../support/ooxmlSchemas';
import { objectsReport } from './objectsModel';

const ROOT = join(__dirname, '..', '..');
const unavailable = schemaValidationUnavailable();
const withSchemas = unavailable ? describe.skip : describe;
if (unavailable) console.warn(`OOXML schema validation is skipped: ${unavailable}.`);

const quiet = { out: (): void => undefined, err: (): void => undefined };

async function expectValid(xlsx: Buffer): Promise<void> {
  const report = await validatePackage(xlsx);
  expect(report.problems).toEqual([]);
  expect(report.unchecked).toEqual([]);
  // Each kind of part the brief lists was there to validate.
  for (const part of [/^\[Content_Types\]\.xml$/, /\.rels$/, /^xl\/workbook\.xml$/, /^xl\/styles\.xml$/, /^xl\/worksheets\//]) {
    expect(report.validated.some((p) => part.test(p))).toBe(true);
  }
}

withSchemas('every written part validates against the OOXML schemas', () => {
  jest.setTimeout(180000);
  const dir = mkdtempSync(join(tmpdir(), 'pejlemaerke-schemas-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test.each(DEMO_RUNS.map((demo, i) => [demo.args[demo.args.indexOf('--out') + 1], i]))('demo workbook %s', async (_name, index) => {
    const demo = DEMO_RUNS[index as number];
    const out = join(dir, `demo-${index}.xlsx`);
    const args = demo.args.map((arg, i) => (demo.args[i - 1] === '--out' ? out : arg));
    expect(await run(['benchmark', join(ROOT, demo.file), ...args], quiet)).toBe(0);
    const xlsx = readFileSync(out);
    const report = await validatePackage(xlsx);
    expect(report.validated.some((p) => p.startsWith('xl/charts/'))).toBe(true);
    expect(report.validated.some((p) => p.startsWith('xl/drawings/'))).toBe(true);
    expect(report.validated.some((p) => p.startsWith('xl/tables/'))).toBe(true);
    expect(report.validated).toContain('xl/sharedStrings.xml');
    await expectValid(xlsx);
  });

  test('copy mode: the report written into a copy of the input workbook, and a re-run on that copy', async () => {
    const input = join(dir, 'input.xlsx');
    copyFileSync(join(ROOT, 'examples', 'kommune-budget.xlsx'), input);
    const first = join(dir, 'copy-1.xlsx');
    const second = join(dir, 'copy-2.xlsx');
    expect(await run(['benchmark', input, '--reference', 'snapshot', '--copy', '--out', first], quiet)).toBe(0);
    await expectValid(readFileSync(first));
    expect(await run(['benchmark', first, '--reference', 'snapshot', '--copy', '--out', second], quiet)).toBe(0);
    await expectValid(readFileSync(second));
  });

  test('a report with every sheet object: validation, protection, names, line chart with a gap, error bars, labels, print area', async () => {
    const wb = XlsxWorkbook.createNew();
    await wb.writeReport(objectsReport());
    const xlsx = await wb.toBuffer();
    const report = await validatePackage(xlsx);
    expect(report.validated.filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))).toHaveLength(3);
    await expectValid(xlsx);
  });

  test("the same report into a user's workbook with its own names, then re-run", async () => {
    const user = new ExcelJS.Workbook();
    user.addWorksheet('Mine tal').getCell('A1').value = 5;
    const first = await XlsxWorkbook.open(Buffer.from((await user.xlsx.writeBuffer()) as ArrayBuffer));
    await first.writeReport(objectsReport('run-1'));
    const again = await XlsxWorkbook.open(await first.toBuffer());
    await again.writeReport(objectsReport('run-2'));
    await expectValid(await again.toBuffer());
  });
});

describe('the validation helper', () => {
  test('markup compatibility: ignorable attributes and elements go, AlternateContent becomes its Fallback', () => {
    const xml =
      '<?xml version="1.0"?><r xmlns="urn:main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
      'xmlns:x14ac="urn:new" mc:Ignorable="x14ac"><a x14ac:dyDescent="0.25" b="1"/><x14ac:extra><a/></x14ac:extra>' +
      '<mc:AlternateContent><mc:Choice Requires="x14ac"><x14ac:style/></mc:Choice><mc:Fallback><c v="2"/></mc:Fallback></mc:AlternateContent></r>';
    expect(processMarkupCompatibility(xml)).toBe(
      '<?xml version="1.0"?><r xmlns="urn:main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:x14ac="urn:new"><a b="1"/><c v="2"/></r>',
    );
  });

  (unavailable ? test.skip : test)('a part out of schema order is reported with the part and the element', async () => {
    const wb = XlsxWorkbook.createNew();
    await wb.writeReport(objectsReport());
    const zip = await JSZip.loadAsync(await wb.toBuffer());
    const chart = (await zip.file('xl/charts/chart3.xml')?.async('string')) ?? '';
    zip.file('xl/charts/chart3.xml', chart.replace('<c:max val="1"/><c:min val="0"/>', '<c:min val="0"/><c:max val="1"/>'));
    const report = await validatePackage(await zip.generateAsync({ type: 'nodebuffer' }));
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0].part).toBe('xl/charts/chart3.xml');
    expect(report.problems[0].message).toMatch(/max.*not expected/);
  });
});
