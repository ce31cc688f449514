// Builds small user workbooks with ExcelJS for the host tests (no binary fixtures to maintain).
import ExcelJS from 'exceljs';

export async function toBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** "Mine tal": a header, eight municipalities, a merged title, a hidden row, odd cell kinds. */
export function userWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Mine tal');
  ws.getCell('B2').value = 'Skoleudgifter 2024';
  ws.mergeCells('B2:D2');
  ws.getCell('B4').value = 'Kommune';
  ws.getCell('C4').value = 'Udgift';
  ws.getCell('D4').value = 'Elever';
  const rows: [string, number, number][] = [
    ['Aarhus', 61000, 1200],
    ['Odense', 58000, 950],
    ['Aalborg', 64000, 800],
  ];
  rows.forEach(([name, cost, pupils], i) => {
    ws.getCell(5 + i, 2).value = name;
    ws.getCell(5 + i, 3).value = cost;
    ws.getCell(5 + i, 4).value = pupils;
  });
  ws.getRow(6).hidden = true;
  ws.getCell('B8').value = { richText: [{ text: 'Es' , font: { bold: true } }, { text: 'bjerg' }] };
  ws.getCell('C8').value = { formula: 'C5-6000', result: 55000 };
  ws.getCell('D8').value = { error: '#DIV/0!' };
  ws.getCell('B9').value = { text: 'Randers', hyperlink: 'https://www.randers.dk' };
  ws.getCell('C9').value = { formula: 'SUM(C5:C7)' };
  ws.getCell('D9').value = new Date(Date.UTC(2024, 0, 1));
  ws.getCell('E9').value = true;
  ws.getCell('F20').value = null;

  const tableSheet = wb.addWorksheet('Tabel');
  tableSheet.addTable({
    name: 'Skoletal',
    ref: 'B3',
    headerRow: true,
    totalsRow: true,
    columns: [{ name: 'Kommune', totalsRowLabel: 'I alt' }, { name: 'Udgift', totalsRowFunction: 'sum' }],
    rows: [['Aarhus', 61000], ['Odense', 58000]],
  });
  wb.addWorksheet('Skjult', { state: 'hidden' }).getCell('A1').value = 'skjult';
  return wb;
}
