// Input grids mirroring the two example workbooks (examples/*.xlsx), for seeding the fake.
import type { CellGrid, CellValue } from '../../../src/core/types';

const NOTE = 'OBS: Tallene i denne projektmappe er syntetiske (opdigtede) og bruges kun til at demonstrere Pejlemærke.';

/** examples/kommune-budget.xlsx, sheet "Budget 2025": title rows, header on row 4, five areas, a total. */
export function budgetGrid(): CellGrid {
  const values: CellValue[][] = [
    ['Viborg Kommune – budget 2025 pr. serviceområde (eksempel)', null, null, null, null],
    [NOTE, null, null, null, null],
    [null, null, null, null, null],
    ['Kommunekode', 'Kommune', 'Serviceområde', 'Nettoudgift (1.000 kr.)', 'Indbyggere'],
    ['791', 'Viborg', 'Folkeskole', 742310, 98140],
    ['791', 'Viborg', 'SFO', 31870, 98140],
    ['791', 'Viborg', 'Dagtilbud', 305960, 98140],
    ['791', 'Viborg', 'Ældrepleje', 421450, 98140],
    ['791', 'Viborg', 'Hjemmesygepleje', 149880, 98140],
    [null, 'I alt', null, 1651470, null],
  ];
  return { sheet: 'Budget 2025', topLeft: 'A1', values };
}

const SCHOOLS: [string, number | string, number | null, number, number, number][] = [
  ['Nørreskolen', 12370000, 193, 7.9, 4.19, 7.73],
  ['Søndre Skole', 42613000, 637, 6.7, 4.16, 6.51],
  ['Vestervang Skole', 35889000, 547, 6.9, 3.88, 6.97],
  ['Østbyskolen', 22629000, 402, 7.2, 3.89, 7.55],
  ['Bakkeskolen', 50005000, 785, 6.7, 4.07, 6.63],
  ['Engskolen', 51660000, 758, 7.2, 3.8, 7.19],
  ['Hedeskolen', '5.912.000', 329, 6.4, 4.04, 6.43],
  ['Skovvangskolen', 20085000, 299, 6.4, 3.83, 6.48],
  ['Fjordskolen', 33763000, 515, 7.6, 3.72, 7.13],
  ['Åskolen', 27099000, 403, 7.9, 3.97, 7.8],
  ['Kirkebakkeskolen', 30229000, 544, 6.6, 3.87, 6.69],
  ['Møllevangskolen', 19536000, 294, 7.9, 4.16, 7.62],
  ['Rosenhøjskolen', 23004000, 391, 6.2, 4.09, 6.53],
  ['Lindeskolen', 18973000, 321, 7.7, 3.95, 7.55],
  ['Egeskolen', 15795000, 227, 7.8, 3.88, 7.63],
  ['Birkeskolen', 19144000, 332, 6.8, 3.99, 6.31],
  ['Højvangskolen', 14674000, 242, 6.6, 3.85, 6.94],
  ['Strandskolen', 32445000, null, 6.8, 3.89, 6.47],
  ['Søskolen', 39214000, 641, 6.4, 3.77, 6.34],
  ['Mariehøjskolen', 32398000, 584, 6.7, 3.98, 6.37],
  ['Toftevangskolen', 17714000, 289, 6.5, 4.18, 6.53],
  ['Brårupskolen', 41369000, 699, 7.3, 4.09, 7.27],
  ['Ålykkeskolen', 40912000, 665, 7.8, 3.71, 7.73],
  ['Holmeskolen', 19201000, 284, 7.2, 3.87, 6.73],
  ['Overlund Skole', 44495000, 697, 7.5, 4.17, 7.01],
];

/** examples/skoler.xlsx, sheet "Skoler 2024": 25 schools in the table "Skoler" at A4:G29. */
export function schoolsGrid(): CellGrid {
  const values: CellValue[][] = [
    ['Folkeskoler – regnskab 2024 (eksempel)', null, null, null, null, null, null],
    [NOTE, null, null, null, null, null, null],
    [null, null, null, null, null, null, null],
    ['Inst.nr.', 'Skole', 'Nettoudgift (kr.)', 'Elever', 'Karaktergennemsnit', 'Trivsel', 'Socioøkonomisk reference'],
    ...SCHOOLS.map((row, i): CellValue[] => [`${280100 + i * 7}`, ...row]),
  ];
  return { sheet: 'Skoler 2024', topLeft: 'A1', values };
}
