// The new sheet objects checked with a real spreadsheet program: LibreOffice opens the workbook,
// saves it again as .xlsx (what it kept is what it understood) and prints it to PDF.
import { execFileSync } from 'child_process';
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { XlsxWorkbook, convertWithLibreOffice, hasLibreOffice } from '../../../src/hosts/xlsx';
import { objectsReport } from '../objectsModel';
import { cellXml, openZip, partText, sheetXml } from './xmlParts';

const withLibreOffice = hasLibreOffice() ? describe : describe.skip;
if (!hasLibreOffice()) console.warn('LibreOffice (soffice) is not on PATH: the LibreOffice checks of the sheet objects are skipped.');

function hasPoppler(): boolean {
  try {
    execFileSync('pdffonts', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

withLibreOffice('sheet objects through LibreOffice', () => {
  jest.setTimeout(180000);
  let dir: string;
  let roundTrip: Awaited<ReturnType<typeof openZip>>;
  let pdf: string;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'pejlemaerke-objects-'));
    const file = path.join(dir, 'objekter.xlsx');
    const wb = XlsxWorkbook.createNew();
    await wb.writeReport(objectsReport());
    await wb.save(file);
    const out = path.join(dir, 'out');
    await convertWithLibreOffice(file, 'xlsx:Calc MS Excel 2007 XML', out);
    roundTrip = await openZip(await fs.readFile(path.join(out, 'objekter.xlsx')));
    await convertWithLibreOffice(file, 'pdf', dir);
    pdf = path.join(dir, 'objekter.pdf');
  });

  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  test('the protected sheet keeps its protection, its unlocked input cells and its validation', async () => {
    const xml = await sheetXml(roundTrip, 'Prioritering');
    expect(xml).toMatch(/<sheetProtection\b[^>]*\bsheet="(1|true)"/);
    const styles = await partText(roundTrip, 'xl/styles.xml');
    const xfs = (/<cellXfs\b.*?<\/cellXfs>/s.exec(styles)?.[0] ?? '').match(/<xf\b[^>]*\/>|<xf\b[^>]*>.*?<\/xf>/gs) ?? [];
    const locked = (address: string) => !/locked="(0|false)"/.test(xfs[Number(/ s="(\d+)"/.exec(cellXml(xml, address))?.[1] ?? 0)] ?? '');
    expect(locked('D4')).toBe(false);
    expect(locked('F6')).toBe(false);
    expect(locked('C4')).toBe(true);
    const rules = xml.match(/<dataValidation\b.*?<\/dataValidation>/gs) ?? [];
    expect(rules.some((r) => /type="list"/.test(r) && /sqref="D4:D6"/.test(r) && /ja,nej/.test(r))).toBe(true);
    expect(rules.some((r) => /type="whole"/.test(r) && /sqref="E4:E6"/.test(r))).toBe(true);
  });

  test('the line chart keeps its gap and error bars; the scatter keeps its labels from cells', async () => {
    const charts = await Promise.all(
      Object.keys(roundTrip.files).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p)).map((p) => partText(roundTrip, p)),
    );
    const line = charts.find((c) => c.includes('<c:lineChart>')) ?? '';
    expect(line).toContain('<c:dispBlanksAs val="gap"/>');
    expect(line).toContain('<c:errValType val="cust"/>');
    const scatter = charts.find((c) => c.includes('<c:scatterChart>')) ?? '';
    expect(scatter).toMatch(/Aarhus/);
    expect(scatter).toContain('<c:errValType val="cust"/>');
  });

  test('print area, titles and our names survive', async () => {
    const workbook = await partText(roundTrip, 'xl/workbook.xml');
    expect(workbook).toMatch(/<definedName[^>]*name="_xlnm.Print_Area"[^>]*>'?Prioritering'?!\$A\$1:\$H\$8<\/definedName>/);
    expect(workbook).toMatch(/<definedName[^>]*name="Samlet_realiseret"[^>]*>'?Prioritering'?!\$G\$8<\/definedName>/);
  });

  (hasPoppler() ? test : test.skip)('it prints in Carlito only, with no ### anywhere, the planner sheet on one page', async () => {
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line).toMatch(/^\S*Carlito/);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).not.toContain('###');
    const firstPage = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', pdf, '-'], { encoding: 'utf8' });
    expect(firstPage).toContain('Prioritering');
    expect(firstPage).toContain('I alt');
  });
});
