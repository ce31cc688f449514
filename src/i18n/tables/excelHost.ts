// Messages of the Office.js host (src/hosts/excel). To be spread into the string table in
// src/i18n/index.ts; until then the host falls back to this table itself.
import type { StringTable } from '../index';

export const excelHostStrings: StringTable = {
  'excelHost.sheetMissing': {
    da: 'Arket "{sheet}" findes ikke i projektmappen. Ark i mappen: {existing}.',
    en: 'The sheet "{sheet}" does not exist in the workbook. Sheets in the workbook: {existing}.',
  },
  'excelHost.tableMissing': {
    da: 'Tabellen "{table}" findes ikke i projektmappen. Tabeller i mappen: {existing}.',
    en: 'The table "{table}" does not exist in the workbook. Tables in the workbook: {existing}.',
  },
  'excelHost.badRange': {
    da: '"{range}" på arket "{sheet}" er ikke et gyldigt område. Skriv det som fx A1:F26.',
    en: '"{range}" on the sheet "{sheet}" is not a valid range. Write it as e.g. A1:F26.',
  },
  'excelHost.readFailed': {
    da: 'Cellerne kunne ikke læses fra Excel: {reason}',
    en: 'The cells could not be read from Excel: {reason}',
  },
  'excelHost.registryTaken': {
    da: 'Projektmappen har et ark med navnet "{sheet}", som Pejlemærke ikke har lavet. Omdøb det, og kør igen; ellers kan Pejlemærke ikke holde styr på sine egne ark.',
    en: 'The workbook has a sheet named "{sheet}" that Pejlemærke did not create. Rename it and run again; otherwise Pejlemærke cannot keep track of its own sheets.',
  },
  'excelHost.invalidModel': {
    da: 'Rapporten kunne ikke skrives, og intet er ændret i projektmappen. Arket "{sheet}": {reason}',
    en: 'The report could not be written and nothing in the workbook was changed. Sheet "{sheet}": {reason}',
  },
  'excelHost.writeFailed': {
    da: 'Excel afviste at skrive rapporten ({reason}). De ark, der nåede at blive oprettet, er fjernet igen, og dine egne ark er ikke rørt.',
    en: 'Excel refused to write the report ({reason}). The sheets that had been created were removed again, and your own sheets were not touched.',
  },
  'excelHost.writeFailedOldReportRemoved': {
    da: 'Excel afviste at skrive rapporten ({reason}). De ark, der nåede at blive oprettet, er fjernet igen, og dine egne ark er ikke rørt. Arkene {sheets} fra den forrige kørsel nåede at blive slettet; kør igen for at få rapporten tilbage.',
    en: 'Excel refused to write the report ({reason}). The sheets that had been created were removed again, and your own sheets were not touched. The sheets {sheets} of the previous run had already been deleted; run again to get the report back.',
  },
  'excelHost.rollbackFailed': {
    da: 'Excel afviste at skrive rapporten ({reason}), og de ark, der nåede at blive oprettet, kunne ikke fjernes igen. Slet arkene {sheets} selv. Dine egne ark er ikke rørt.',
    en: 'Excel refused to write the report ({reason}), and the sheets that had been created could not be removed again. Delete the sheets {sheets} yourself. Your own sheets were not touched.',
  },
  'excelHost.none': { da: '(ingen)', en: '(none)' },
};
