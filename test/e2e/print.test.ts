// The written workbooks printed as a director would print them: each sheet through LibreOffice to
// A4 PDF. Overblik is exactly one page; no cell prints as '###'; no text on any page is smaller
// than 8 pt once the page is scaled to fit. Runs when LibreOffice, poppler and Carlito are there.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { DEMO_RUNS } from '../../src/cli/demoRuns';
import { run } from '../../src/cli/main';
import { canPrint, printSheet } from '../support/printSheets';

const ROOT = resolve(__dirname, '..', '..');
const quiet = { out: () => undefined, err: () => undefined };
const SMALLEST_PT = 8;
/** CI prints 2,000; `PRINT_MANY_UNITS=50000` checks the 50,000-row case (LibreOffice needs minutes for it). */
const MANY_UNITS = Number(process.env.PRINT_MANY_UNITS ?? 2000);
const printing = canPrint();
if (!printing) console.warn('Print tests skipped: they need soffice, pdftotext/pdfinfo and the Carlito font (see .ci/run).');
const maybe = printing ? describe : describe.skip;

async function sheetNames(path: string): Promise<string[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return book.worksheets.filter((ws) => ws.state === 'visible').map((ws) => ws.name);
}

/** A schools workbook with more units than Overblik lists, so it must summarise. */
async function manySchools(path: string, count: number): Promise<void> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Skoler');
  sheet.addRow(['Skole', 'Nettoudgift (kr.)', 'Elever', 'Karaktergennemsnit']);
  for (let i = 0; i < count; i++) {
    const pupils = 150 + ((i * 37) % 600);
    sheet.addRow([`Skole nr. ${i + 1} i den lange ende af kommunen`, pupils * (58_000 + ((i * 7919) % 19_000)), pupils, 6 + ((i * 13) % 30) / 10]);
  }
  await book.xlsx.writeFile(path);
}

maybe('printed through LibreOffice', () => {
  jest.setTimeout(600000);
  const dir = mkdtempSync(join(tmpdir(), 'pejlemaerke-print-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const measured: string[] = [];
  afterAll(() => console.log(`Printed pages and smallest text:\n${measured.join('\n')}`));

  const expectReadable = async (file: string, label: string): Promise<void> => {
    const xlsx = readFileSync(file);
    for (const sheet of await sheetNames(file)) {
      const printed = await printSheet(xlsx, sheet);
      measured.push(`  ${label} – ${sheet}: ${printed.pages} page(s), smallest ${printed.smallestPt.toFixed(1)} pt`);
      expect([sheet, printed.text.includes('###')]).toEqual([sheet, false]);
      expect([sheet, printed.smallestPt >= SMALLEST_PT]).toEqual([sheet, true]);
      if (sheet === 'Overblik') expect(printed.pages).toBe(1);
    }
  };

  test.each(DEMO_RUNS.map((demo, i) => [demo.args[demo.args.indexOf('--out') + 1], i]))('demo workbook %s', async (name, index) => {
    const demo = DEMO_RUNS[index as number];
    const out = join(dir, `demo-${index}.xlsx`);
    const args = demo.args.map((arg, i) => (demo.args[i - 1] === '--out' ? out : arg));
    expect(await run(['benchmark', join(ROOT, demo.file), ...args], quiet)).toBe(0);
    await expectReadable(out, String(name));
  });

  test(`${MANY_UNITS} schools: Overblik lists the 20 largest and the rest as one row, on one page`, async () => {
    const input = join(dir, 'mange-skoler.xlsx');
    const out = join(dir, 'mange-skoler-pejlemaerke.xlsx');
    await manySchools(input, MANY_UNITS);
    expect(await run(['benchmark', input, '--reference', 'snapshot', '--area', 'folkeskole', '--out', out], quiet)).toBe(0);
    const printed = await printSheet(readFileSync(out), 'Overblik');
    measured.push(`  ${MANY_UNITS.toLocaleString('en')} schools – Overblik: ${printed.pages} page(s), smallest ${printed.smallestPt.toFixed(1)} pt`);
    expect(printed.pages).toBe(1);
    expect(printed.text).not.toContain('###');
    expect(printed.text).toContain(`Øvrige ${(MANY_UNITS - 20).toLocaleString('da-DK')} enheder`);
    expect(printed.smallestPt).toBeGreaterThanOrEqual(SMALLEST_PT);
  });
});
