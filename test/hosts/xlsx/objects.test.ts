// The sheet objects beyond cells and tables, as the .xlsx host writes them: cached zeros, named
// fonts, print setup and print names, hidden columns, data validation, protection and defined names.
import ExcelJS from 'exceljs';
import { XlsxWorkbook } from '../../../src/hosts/xlsx';
import type { ReportModel } from '../../../src/report/model';
import { objectsReport, planningSheet, META } from '../objectsModel';
import { toBuffer } from './inputWorkbook';
import { cachedOf, cellXml, openZip, partText, sheetXml } from './xmlParts';

async function written(model: ReportModel = objectsReport(), into?: Buffer) {
  const wb = into ? await XlsxWorkbook.open(into) : XlsxWorkbook.createNew();
  const summary = await wb.writeReport(model);
  const buffer = await wb.toBuffer();
  return { wb, summary, buffer, zip: await openZip(buffer) };
}

function definedNames(workbookXml: string): string[] {
  return [...workbookXml.matchAll(/<definedName\b[^>]*>.*?<\/definedName>/g)].map(([tag]) => tag);
}

describe('cached formula results', () => {
  test('0 and false are cached as <v>0</v>, also in table cells that ExcelJS rewrites', async () => {
    const { zip } = await written();
    const xml = await sheetXml(zip, 'Prioritering');
    // G5/G6 are 0 and H5/H6 false, all inside the table A3:H6.
    expect(cellXml(xml, 'G5')).toMatch(/<f>.*<\/f><v>0<\/v>/);
    expect(cellXml(xml, 'G6')).toMatch(/<f>.*<\/f><v>0<\/v>/);
    expect(cellXml(xml, 'H5')).toMatch(/t="b"><f>.*<\/f><v>0<\/v>/);
    expect(cachedOf(xml, 'H4')).toBe('1');
    // The same outside a table.
    const sheet = { ...planningSheet(), tables: [] };
    const plain = await sheetXml((await written({ sheets: [sheet], meta: META })).zip, 'Prioritering');
    expect(cellXml(plain, 'G5')).toMatch(/<f>.*<\/f><v>0<\/v>/);
    expect(cellXml(plain, 'H6')).toMatch(/t="b"><f>.*<\/f><v>0<\/v>/);
  });

  test('a formula cached as 0 reads back as 0, not as a formula without a result', async () => {
    const { buffer } = await written();
    const reread = await XlsxWorkbook.open(buffer);
    const { grid, notes } = await reread.readWithNotes({ kind: 'range', sheet: 'Prioritering', range: 'G4:H6' });
    expect(grid.values).toEqual([[600000, true], [0, false], [0, false]]);
    expect(notes).toEqual([]);
  });
});

describe('fonts', () => {
  test('every cell, styled or not, is written in a named Calibri of the report size', async () => {
    const { zip } = await written();
    const styles = await partText(zip, 'xl/styles.xml');
    const fonts = (/<fonts\b.*?<\/fonts>/.exec(styles)?.[0] ?? '').match(/<font>.*?<\/font>/g) ?? [];
    expect(fonts.length).toBeGreaterThan(1);
    for (const font of fonts) expect(font).toMatch(/<sz val="(11|14)"\/>.*<name val="Calibri"\/>/);
    // The unstyled key cell A4 uses a font with a name too (not the theme default by accident).
    const xml = await sheetXml(zip, 'Prioritering');
    const styleIndex = Number(/ s="(\d+)"/.exec(cellXml(xml, 'A4'))?.[1]);
    const xfs = (/<cellXfs\b.*?<\/cellXfs>/.exec(styles)?.[0] ?? '').match(/<xf\b[^>]*>/g) ?? [];
    const fontId = Number(/fontId="(\d+)"/.exec(xfs[styleIndex])?.[1]);
    expect(fonts[fontId]).toContain('<name val="Calibri"/>');
  });
});

describe('print setup', () => {
  test('fit, A4 margins, no gridlines on paper, print area and titles as defined names', async () => {
    const { zip } = await written();
    const xml = await sheetXml(zip, 'Prioritering');
    expect(xml).toContain('<pageSetUpPr fitToPage="1"/>');
    expect(xml).toMatch(/<pageSetup paperSize="9" orientation="landscape"[^>]* fitToWidth="1" fitToHeight="1"\/>/);
    expect(xml).toContain('<pageMargins left="0.4" right="0.4" top="0.6" bottom="0.6" header="0.25" footer="0.25"/>');
    expect(xml).not.toMatch(/<printOptions[^>]*gridLines="1"/);
    // The trend sheet asks for gridlines on paper.
    expect(await sheetXml(zip, 'Udvikling')).toMatch(/<printOptions[^>]*gridLines="1"/);
    const names = definedNames(await partText(zip, 'xl/workbook.xml'));
    expect(names).toContain(`<definedName name="_xlnm.Print_Area" localSheetId="0">'Prioritering'!$A$1:$H$8</definedName>`);
    expect(names).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">'Prioritering'!$3:$3</definedName>`);
  });

  test('0 × 0 pages means no fit at all; a sheet name with an apostrophe is quoted in the print names', async () => {
    const sheet = { ...planningSheet("Kommunens' plan"), print: { ...planningSheet().print, fit: { width: 0, height: 0 } } };
    const { zip } = await written({ sheets: [sheet], meta: META });
    const xml = await sheetXml(zip, "Kommunens' plan");
    // (ExcelJS writes its default fitToWidth/fitToHeight; without fitToPage they mean nothing.)
    expect(xml).not.toContain('fitToPage="1"');
    expect(definedNames(await partText(zip, 'xl/workbook.xml'))).toContain(
      `<definedName name="_xlnm.Print_Area" localSheetId="0">'Kommunens'' plan'!$A$1:$H$8</definedName>`,
    );
  });
});

describe('hidden columns, data validation and protection', () => {
  test('the key column is hidden', async () => {
    const xml = await sheetXml((await written()).zip, 'Prioritering');
    expect(xml).toContain('<col min="1" max="1" width="10" hidden="1" customWidth="1"/>');
  });

  test('a ja/nej list and a whole number 0–100, with prompt and error texts', async () => {
    const xml = await sheetXml((await written()).zip, 'Prioritering');
    const rules = xml.match(/<dataValidation\b.*?<\/dataValidation>/g) ?? [];
    expect(rules).toHaveLength(2);
    expect(rules[0]).toMatch(/type="list" allowBlank="1" showInputMessage="1" promptTitle="Vælg" prompt="ja = potentialet indgår i budgettet" showErrorMessage="1" errorStyle="stop" errorTitle="Vælg ja eller nej"/);
    expect(rules[0]).toContain('sqref="D4:D6"><formula1>&quot;ja,nej&quot;</formula1>');
    expect(rules[1]).toMatch(/type="whole" allowBlank="1" showErrorMessage="1"/);
    expect(rules[1]).not.toContain('operator='); // "between" is the default and is left out
    expect(rules[1]).toContain('sqref="E4:E6"><formula1>0</formula1><formula2>100</formula2>');
  });

  test('rules Excel would not take are refused before anything is written', async () => {
    const bad = planningSheet();
    bad.dataValidations = [{ ...(bad.dataValidations ?? [])[0], error: { title: 'En titel der er alt for lang til Excel', message: 'x' } }];
    const wb = XlsxWorkbook.createNew();
    await expect(wb.writeReport({ sheets: [bad], meta: META })).rejects.toThrow(/32/);
    expect(wb.workbook.worksheets).toHaveLength(0);
  });

  test('protected without a password; sort and filter allowed (attribute 0), input cells unlocked', async () => {
    const { zip } = await written();
    const xml = await sheetXml(zip, 'Prioritering');
    const protection = /<sheetProtection\b[^>]*\/>/.exec(xml)?.[0] ?? '';
    expect(protection).toMatch(/ sheet="1"/);
    expect(protection).toMatch(/ sort="0"/);
    expect(protection).toMatch(/ autoFilter="0"/);
    expect(protection).not.toMatch(/password|hashValue/);
    const styles = await partText(zip, 'xl/styles.xml');
    const xfs = (/<cellXfs\b.*?<\/cellXfs>/.exec(styles)?.[0] ?? '').match(/<xf\b[^>]*\/>|<xf\b[^>]*>.*?<\/xf>/g) ?? [];
    const lockedOf = (address: string) => {
      const xf = xfs[Number(/ s="(\d+)"/.exec(cellXml(xml, address))?.[1] ?? 0)];
      return !/<protection locked="0"\/>/.test(xf);
    };
    for (const address of ['D4', 'E5', 'F6']) expect(lockedOf(address)).toBe(false); // F6 is empty in the model
    for (const address of ['C4', 'G5', 'B3']) expect(lockedOf(address)).toBe(true);
  });

  test('sort and filter not allowed: the attributes are left at their default 1 (protected)', async () => {
    const sheet = { ...planningSheet(), protection: { unlocked: [], allowSort: false, allowFilter: false } };
    const xml = await sheetXml((await written({ sheets: [sheet], meta: META })).zip, 'Prioritering');
    const protection = /<sheetProtection\b[^>]*\/>/.exec(xml)?.[0] ?? '';
    expect(protection).not.toMatch(/ sort=|autoFilter=/);
  });
});

describe('defined names', () => {
  test('workbook-level names with comments, recorded in the registry', async () => {
    const { zip, summary, buffer } = await written();
    expect(summary.names).toEqual(['Samlet_realiseret', 'Udgift_2023']);
    const names = definedNames(await partText(zip, 'xl/workbook.xml'));
    expect(names).toContain(`<definedName name="Samlet_realiseret" comment="Sum af de valgte potentialer">'Prioritering'!$G$8</definedName>`);
    expect(names).toContain(`<definedName name="Udgift_2023">'Udvikling'!$B$6</definedName>`);
    const reread = await XlsxWorkbook.open(buffer);
    const again = await reread.writeReport(objectsReport('run-2'));
    expect(again.names).toEqual(['Samlet_realiseret', 'Udgift_2023']); // ours replaced, not doubled
    expect(definedNames(await partText(await openZip(await reread.toBuffer()), 'xl/workbook.xml'))).toHaveLength(4);
  });

  test("the user's names survive as written; ours gives way and the report's formulas follow", async () => {
    const user = new ExcelJS.Workbook();
    user.addWorksheet('Mine tal').getCell('A1').value = 5;
    user.addWorksheet('Prioritering').getCell('A1').value = 'mine noter';
    const plain = await openZip(await toBuffer(user));
    const userNames =
      '<definedNames><definedName name="Sats">0.25</definedName>' +
      `<definedName name="Samlet_realiseret">'Mine tal'!$A$1</definedName>` +
      `<definedName name="Lokal" localSheetId="0" hidden="1">'Mine tal'!$A$1:$A$3*2</definedName>` +
      `<definedName name="_xlnm.Print_Area" localSheetId="1">'Prioritering'!$A$1:$C$3</definedName></definedNames>`;
    const workbookXml = (await plain.file('xl/workbook.xml')?.async('string')) ?? '';
    plain.file('xl/workbook.xml', workbookXml.replace('<calcPr', `${userNames}<calcPr`));
    const input = await plain.generateAsync({ type: 'nodebuffer' });

    const model = objectsReport();
    // A report cell that uses one of its own names.
    model.sheets[0].cells.push({ address: 'J1', formula: 'Samlet_realiseret*2', value: 1200000 });
    const { zip, summary } = await written(model, input);
    expect(summary.written).toEqual(['Prioritering (2)', 'Udvikling']);
    expect(summary.names).toEqual(['Samlet_realiseret_2', 'Udgift_2023']);
    const names = definedNames(await partText(zip, 'xl/workbook.xml'));
    expect(names).toEqual(expect.arrayContaining([
      '<definedName name="Sats">0.25</definedName>',
      `<definedName name="Samlet_realiseret">'Mine tal'!$A$1</definedName>`,
      `<definedName name="Lokal" localSheetId="0" hidden="1">'Mine tal'!$A$1:$A$3*2</definedName>`,
      `<definedName name="_xlnm.Print_Area" localSheetId="1">'Prioritering'!$A$1:$C$3</definedName>`,
      `<definedName name="Samlet_realiseret_2" comment="Sum af de valgte potentialer">'Prioritering (2)'!$G$8</definedName>`,
      `<definedName name="_xlnm.Print_Area" localSheetId="2">'Prioritering (2)'!$A$1:$H$8</definedName>`,
    ]));
    const xml = await sheetXml(zip, 'Prioritering (2)');
    expect(/<f>(.*?)<\/f>/.exec(cellXml(xml, 'J1'))?.[1]).toBe('Samlet_realiseret_2*2');
  });

  test('a name that is not a legal Excel name or not a cell reference is a model error', async () => {
    for (const names of [[{ name: 'A1', refersTo: "'Prioritering'!$A$1" }], [{ name: 'Tal', refersTo: 'SUM(1,2)' }]]) {
      const wb = XlsxWorkbook.createNew();
      await expect(wb.writeReport({ ...objectsReport(), names })).rejects.toThrow(/Prioritering/);
      expect(wb.workbook.worksheets).toHaveLength(0);
    }
  });
});
