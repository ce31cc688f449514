import type { StringTable } from '../index';

export const xlsxHostStrings: StringTable = {
  'xlsxHost.sheetMissing': {
    da: 'Arket "{sheet}" findes ikke i projektmappen. Ark i mappen: {existing}.',
    en: 'The sheet "{sheet}" does not exist in the workbook. Sheets in the workbook: {existing}.',
  },
  'xlsxHost.tableMissing': {
    da: 'Tabellen "{table}" findes ikke i projektmappen. Tabeller i mappen: {existing}.',
    en: 'The table "{table}" does not exist in the workbook. Tables in the workbook: {existing}.',
  },
  'xlsxHost.badRange': {
    da: '"{range}" på arket "{sheet}" er ikke et gyldigt område. Skriv det som fx A1:F26.',
    en: '"{range}" on the sheet "{sheet}" is not a valid range. Write it as e.g. A1:F26.',
  },
  'xlsxHost.noSelection': {
    da: 'En fil har ingen markering. Vælg et ark, et område eller en tabel i stedet.',
    en: 'A file has no selection. Choose a sheet, a range or a table instead.',
  },
  'xlsxHost.openFailed': {
    da: 'Filen kunne ikke åbnes som en Excel-projektmappe (.xlsx): {reason}',
    en: 'The file could not be opened as an Excel workbook (.xlsx): {reason}',
  },
  'xlsxHost.copyWouldLose': {
    da: 'Rapporten kan ikke skrives ind i en kopi af denne projektmappe uden at miste indhold, som programmet ikke kan bevare: {items}. Skriv rapporten til en ny projektmappe i stedet.',
    en: 'The report cannot be written into a copy of this workbook without losing content the program cannot keep: {items}. Write the report to a new workbook instead.',
  },
  'xlsxHost.registryTaken': {
    da: 'Projektmappen har et ark ved navn "{sheet}", som Pejlemærke bruger til at holde styr på sine egne ark. Arket er dit, så rapporten skrives ikke ind i denne projektmappe; omdøb arket, eller skriv rapporten til en ny projektmappe.',
    en: 'The workbook has a sheet named "{sheet}", which Pejlemærke uses to keep track of its own sheets. The sheet is yours, so the report is not written into this workbook; rename the sheet, or write the report to a new workbook.',
  },
  'xlsxHost.invalidModel': {
    da: 'Rapporten kunne ikke skrives, og intet er ændret i projektmappen. Arket "{sheet}": {reason}',
    en: 'The report could not be written and nothing in the workbook was changed. Sheet "{sheet}": {reason}',
  },
  'xlsxHost.badAddress': {
    da: '"{address}" er ikke en gyldig celleadresse.',
    en: '"{address}" is not a valid cell address.',
  },
  'xlsxHost.badChartRef': {
    da: 'diagrammet "{chart}" henviser til "{ref}", som ikke findes.',
    en: 'the chart "{chart}" refers to "{ref}", which does not exist.',
  },
  'xlsxHost.formulaNoCache': {
    da: 'Cellen {address} indeholder en formel uden gemt resultat; den er læst som tom. Åbn og gem filen i Excel for at få resultatet med.',
    en: 'Cell {address} holds a formula without a stored result; it was read as empty. Open and save the file in Excel to include the result.',
  },
  'xlsxHost.loss.chart': { da: 'diagrammer ({where})', en: 'charts ({where})' },
  'xlsxHost.loss.pivotTable': { da: 'pivottabeller ({where})', en: 'PivotTables ({where})' },
  'xlsxHost.loss.pivotCache': { da: 'pivotdata (pivotcache)', en: 'PivotTable data (pivot cache)' },
  'xlsxHost.loss.slicer': { da: 'udsnitsværktøjer ({where})', en: 'slicers ({where})' },
  'xlsxHost.loss.timeline': { da: 'tidslinjer ({where})', en: 'timelines ({where})' },
  'xlsxHost.loss.vba': { da: 'makroer (VBA)', en: 'macros (VBA)' },
  'xlsxHost.loss.shape': { da: 'figurer og tekstfelter ({where})', en: 'shapes and text boxes ({where})' },
  'xlsxHost.loss.externalLink': { da: 'kæder til andre projektmapper', en: 'links to other workbooks' },
  'xlsxHost.loss.formControl': { da: 'formularkontrolelementer ({where})', en: 'form controls ({where})' },
  'xlsxHost.loss.sparkline': { da: 'minidiagrammer ({where})', en: 'sparklines ({where})' },
  'xlsxHost.loss.threadedComment': { da: 'trådede kommentarer ({where})', en: 'threaded comments ({where})' },
  'xlsxHost.loss.dataConnection': { da: 'dataforbindelser og forespørgsler', en: 'data connections and queries' },
  'xlsxHost.loss.dataModel': { da: 'datamodel (Power Pivot)', en: 'data model (Power Pivot)' },
  'xlsxHost.loss.customXml': { da: 'brugerdefinerede XML-dele', en: 'custom XML parts' },
};
