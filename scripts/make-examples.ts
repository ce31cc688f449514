// Writes the two example workbooks in examples/. Their figures are synthetic (made by a seeded
// generator below), and each workbook says so on its first rows. Deterministic: document and zip
// entry timestamps are fixed, so regenerating writes the same bytes and never churns the repository.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { join } from 'node:path';
import { mkdirSync, writeFileSync } from 'node:fs';

const FIXED_DATE = new Date(Date.UTC(2025, 0, 15, 12, 0, 0));
const SYNTHETIC_NOTE =
  'OBS: Tallene i denne projektmappe er syntetiske (opdigtede) og bruges kun til at demonstrere Pejlemærke.';

/** Small deterministic generator (LCG) so the examples are reproducible. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Pejlemærke (eksempel)';
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  return workbook;
}

/** ExcelJS stamps every zip entry with the current time; restamp them so the file is reproducible. */
async function writeReproducibly(workbook: ExcelJS.Workbook, path: string): Promise<void> {
  const zip = await JSZip.loadAsync(Buffer.from(await workbook.xlsx.writeBuffer()));
  const stamped = new JSZip();
  for (const name of Object.keys(zip.files).sort()) {
    const entry = zip.files[name];
    if (!entry.dir) stamped.file(name, await entry.async('uint8array'), { date: FIXED_DATE, createFolders: false });
  }
  writeFileSync(path, await stamped.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

function styleHeader(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } };
    cell.border = { bottom: { style: 'thin' } };
  });
}

/** A municipality's budget per service area, long format, in 1.000 kr. as budgets usually are. */
async function municipalityBudget(path: string): Promise<void> {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet('Budget 2025');
  sheet.getCell('A1').value = 'Viborg Kommune – budget 2025 pr. serviceområde (eksempel)';
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.getCell('A2').value = SYNTHETIC_NOTE;
  sheet.getCell('A2').font = { italic: true, color: { argb: 'FFC00000' } };
  const header = sheet.getRow(4);
  header.values = ['Kommunekode', 'Kommune', 'Serviceområde', 'Nettoudgift (1.000 kr.)', 'Indbyggere'];
  styleHeader(header);
  const population = 98_140;
  const areas: [string, number][] = [
    ['Folkeskole', 742_310],
    ['SFO', 31_870],
    ['Dagtilbud', 305_960],
    ['Ældrepleje', 421_450],
    ['Hjemmesygepleje', 149_880],
  ];
  areas.forEach(([area, cost], index) => {
    sheet.getRow(5 + index).values = ['791', 'Viborg', area, cost, population];
  });
  const totalRow = sheet.getRow(5 + areas.length);
  totalRow.values = ['', 'I alt', '', areas.reduce((sum, [, cost]) => sum + cost, 0), null];
  totalRow.font = { bold: true };
  sheet.getColumn(4).numFmt = '#,##0';
  sheet.getColumn(5).numFmt = '#,##0';
  sheet.columns.forEach((column, index) => (column.width = [14, 14, 20, 24, 14][index]));
  await writeReproducibly(workbook, path);
}

const SCHOOL_NAMES = [
  'Nørreskolen', 'Søndre Skole', 'Vestervang Skole', 'Østbyskolen', 'Bakkeskolen', 'Engskolen',
  'Hedeskolen', 'Skovvangskolen', 'Fjordskolen', 'Åskolen', 'Kirkebakkeskolen', 'Møllevangskolen',
  'Rosenhøjskolen', 'Lindeskolen', 'Egeskolen', 'Birkeskolen', 'Højvangskolen', 'Strandskolen',
  'Søskolen', 'Mariehøjskolen', 'Toftevangskolen', 'Brårupskolen', 'Ålykkeskolen', 'Holmeskolen',
  'Overlund Skole',
];

/** About 25 schools: cost, pupils, quality and a socio-economic reference, as a native table. */
async function schools(path: string): Promise<void> {
  const random = seededRandom(2025);
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet('Skoler 2024');
  sheet.getCell('A1').value = 'Folkeskoler – regnskab 2024 (eksempel)';
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.getCell('A2').value = SYNTHETIC_NOTE;
  sheet.getCell('A2').font = { italic: true, color: { argb: 'FFC00000' } };
  const rows: (string | number | null)[][] = SCHOOL_NAMES.map((name, index) => {
    const pupils = Math.round(180 + random() * 620);
    const socio = Math.round((6.2 + random() * 1.6) * 100) / 100;
    const scaleEffect = 8_000 * Math.max(0, 400 - pupils) / 400;
    const perPupil = 62_000 + scaleEffect + (random() - 0.5) * 14_000;
    const cost = Math.round((pupils * perPupil) / 1000) * 1000;
    const grade = Math.round((socio + (random() - 0.4) * 0.9) * 10) / 10;
    const wellbeing = Math.round((3.7 + random() * 0.5) * 100) / 100;
    return [`${280100 + index * 7}`, name, cost, pupils, grade, wellbeing, socio];
  });
  // Two realistic slips a finance officer meets: a number typed as Danish text, and a missing count.
  rows[6][2] = new Intl.NumberFormat('da-DK').format(rows[6][2] as number);
  rows[17][3] = null;
  sheet.addTable({
    name: 'Skoler',
    ref: 'A4',
    headerRow: true,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: [
      { name: 'Inst.nr.' },
      { name: 'Skole' },
      { name: 'Nettoudgift (kr.)' },
      { name: 'Elever' },
      { name: 'Karaktergennemsnit' },
      { name: 'Trivsel' },
      { name: 'Socioøkonomisk reference' },
    ],
    rows,
  });
  sheet.getColumn(3).numFmt = '#,##0';
  sheet.columns.forEach((column, index) => (column.width = [10, 22, 18, 10, 20, 10, 24][index]));
  await writeReproducibly(workbook, path);
}

async function main(): Promise<void> {
  const dir = join(__dirname, '..', '..', 'examples');
  mkdirSync(dir, { recursive: true });
  await municipalityBudget(join(dir, 'kommune-budget.xlsx'));
  await schools(join(dir, 'skoler.xlsx'));
  console.log(`Wrote examples to ${dir}`);
}

void main();
