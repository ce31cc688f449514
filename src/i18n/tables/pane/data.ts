import type { StringTable } from '../../index';

// Step 1: reading the figures, the columns found, the questions a guess raises, and the problems.
export const paneDataStrings: StringTable = {
  'pane.data.heading': { da: 'Dine tal', en: 'Your figures' },
  'pane.data.howto': {
    da: 'Markér tabellen med dine tal i arket – med overskriftsrækken – og klik Brug markering.',
    en: 'Select the table with your figures in the sheet – header row included – and click Use selection.',
  },
  'pane.data.useSelection': { da: 'Brug markering', en: 'Use selection' },
  'pane.data.table': { da: 'Eller vælg en tabel', en: 'Or pick a table' },
  'pane.data.tablePlaceholder': { da: 'Vælg tabel …', en: 'Pick a table …' },
  'pane.data.noTables': { da: 'Projektmappen har ingen tabeller.', en: 'The workbook has no tables.' },
  'pane.data.tableOption': { da: '{name} ({sheet}!{range})', en: '{name} ({sheet}!{range})' },
  'pane.data.read': { da: 'Læst: {source}.', en: 'Read: {source}.' },
  'pane.data.usable.one': { da: '1 række kan bruges.', en: '1 row can be used.' },
  'pane.data.usable.other': { da: '{count} rækker kan bruges.', en: '{count} rows can be used.' },
  'pane.data.excluded.one': { da: '1 række er udeladt.', en: '1 row is left out.' },
  'pane.data.excluded.other': { da: '{count} rækker er udeladt.', en: '{count} rows are left out.' },
  'pane.data.selection': { da: 'markeringen', en: 'the selection' },
  'pane.data.tableSource': { da: 'tabellen {name}', en: 'the table {name}' },
  'pane.data.rangeSource': { da: '{address}', en: '{address}' },
  'pane.data.columns': { da: 'Kolonner ({count})', en: 'Columns ({count})' },
  'pane.data.columnsHint': {
    da: 'Pejlemærke har gættet, hvad hver kolonne indeholder. Ret et gæt, hvis det er forkert.',
    en: 'Pejlemærke has guessed what each column holds. Correct a guess if it is wrong.',
  },
  'pane.data.columnLabel': { da: 'Kolonne {letter}: {header}', en: 'Column {letter}: {header}' },
  'pane.data.noHeader': { da: '(uden overskrift)', en: '(no header)' },
  'pane.data.cannotRun': {
    da: 'Der mangler noget, før der kan regnes. Se fejlene nedenfor, eller ret kolonnerne.',
    en: 'Something is missing before anything can be computed. See the errors below, or correct the columns.',
  },

  'pane.rerun': { da: 'Kør igen med sidste indstillinger', en: 'Run again with the last settings' },
  'pane.rerun.hint': { da: 'Sidst: {source} · {group} · {standard}', en: 'Last time: {source} · {group} · {standard}' },

  'pane.issue.singleCell': {
    da: 'Du har kun markeret én celle ({address}). Markér hele tabellen med overskrifter og tal.',
    en: 'Only one cell is selected ({address}). Select the whole table with its headers and figures.',
  },
  'pane.issue.empty': {
    da: 'Markeringen {address} er tom. Markér cellerne med dine tal.',
    en: 'The selection {address} is empty. Select the cells with your figures.',
  },
  'pane.issue.textOnly': {
    da: 'Markeringen {address} indeholder kun tekst – der er ingen tal at sammenligne.',
    en: 'The selection {address} holds only text – there are no figures to compare.',
  },
  'pane.issue.headerOnly': {
    da: 'Markeringen {address} er kun en overskriftsrække. Tag rækkerne med tallene med.',
    en: 'The selection {address} is only a header row. Include the rows with the figures.',
  },
  'pane.widen.table': { da: 'Udvid til den aktuelle tabel ({name})', en: 'Widen to the current table ({name})' },
  'pane.widen.region': { da: 'Udvid til det aktuelle område ({address})', en: 'Widen to the current region ({address})' },

  'pane.question.activity.label': { da: 'Hvad er kolonnen "{column}"?', en: 'What is the column "{column}"?' },
  'pane.question.activity.hint': {
    da: 'Svaret ændrer potentialerne, så Pejlemærke gætter ikke.',
    en: 'The answer changes the potentials, so Pejlemærke does not guess.',
  },
  'pane.question.activity.info': {
    da: 'Bruges kolonnen, deles hvert områdes udgift med jeres egne tal fra kolonnen. Ignoreres den, deler Pejlemærke med Danmarks Statistiks befolkningstal for området, så I måles på samme måde som de andre kommuner.',
    en: "If the column is used, each area's cost is divided by your own figures in it. If it is ignored, Pejlemærke divides by Statistics Denmark's population figures for the area, so you are measured the same way as the other municipalities.",
  },
  'pane.question.activity.activity': { da: 'Brug den: del udgiften med tallene i kolonnen', en: "Use it: divide the cost by the column's figures" },
  'pane.question.activity.ignore': { da: 'Ignorér den: brug Danmarks Statistiks befolkningstal', en: "Ignore it: use Statistics Denmark's population figures" },

  'pane.role.municipalityCode': { da: 'Kommunekode', en: 'Municipality code' },
  'pane.role.municipalityName': { da: 'Kommunenavn', en: 'Municipality name' },
  'pane.role.unitId': { da: 'Institutionsnummer', en: 'Institution number' },
  'pane.role.unitName': { da: 'Institutionsnavn', en: 'Institution name' },
  'pane.role.area': { da: 'Serviceområde', en: 'Service area' },
  'pane.role.year': { da: 'År', en: 'Year' },
  'pane.role.cost': { da: 'Udgift (kr.)', en: 'Expenditure (DKK)' },
  'pane.role.activity': { da: 'Aktivitet (fx elever)', en: 'Activity (e.g. pupils)' },
  'pane.role.quality': { da: 'Kvalitetsmål', en: 'Quality measure' },
  'pane.role.structural': { da: 'Rammevilkår', en: 'Framework condition' },
  'pane.role.ignore': { da: 'Ignorér', en: 'Ignore' },

  'pane.problems.none': { da: 'Ingen problemer fundet.', en: 'No problems found.' },
  'pane.problems.errors': { da: 'Fejl', en: 'Errors' },
  'pane.problems.warnings': { da: 'Advarsler', en: 'Warnings' },
  'pane.problems.info': { da: 'Oplysninger ({count})', en: 'Notes ({count})' },
  'pane.problems.goTo': { da: 'Gå til {address}', en: 'Go to {address}' },
  'pane.problems.more': { da: 'og {count} flere', en: 'and {count} more' },
  'pane.severity.error': { da: 'Fejl', en: 'Error' },
  'pane.severity.warning': { da: 'Advarsel', en: 'Warning' },
  'pane.severity.info': { da: 'Oplysning', en: 'Note' },

  // A problem that repeats, said once for all its rows ({count} ≥ 2).
  'pane.merged.parse.cell.blankRequired.other': {
    da: '{count} rækker mangler en værdi i kolonnen "{column}" og er udeladt.',
    en: '{count} rows lack a value in the column "{column}" and are left out.',
  },
  'pane.merged.parse.cell.blankOptional.other': {
    da: '{count} rækker har en tom celle i kolonnen "{column}"; de er brugt uden værdien.',
    en: '{count} rows have an empty cell in the column "{column}"; they are used without the value.',
  },
  'pane.merged.parse.cell.textNumber.other': {
    da: '{count} rækker: tallet i kolonnen "{column}" står som tekst og er læst som tal. Gem det som tal i Excel for at være sikker.',
    en: '{count} rows: the number in the column "{column}" is stored as text and was read as a number. Store it as a number in Excel to be sure.',
  },
  'pane.merged.parse.cell.notNumber.other': {
    da: '{count} rækker: kolonnen "{column}" indeholder tekst, hvor der skal stå et tal.',
    en: '{count} rows: the column "{column}" holds text where a number belongs.',
  },
  'pane.merged.parse.row.total.other': {
    da: '{count} rækker ligner totaler eller gennemsnit og er sprunget over.',
    en: '{count} rows look like totals or averages and were skipped.',
  },
  'pane.merged.parse.row.hidden.other': {
    da: '{count} rækker er skjult eller filtreret fra i Excel og er ikke brugt.',
    en: '{count} rows are hidden or filtered out in Excel and were not used.',
  },
  'pane.merged.parse.code.unknown.other': {
    da: '{count} rækker har en kommunekode, som ikke findes.',
    en: '{count} rows have a municipality code that does not exist.',
  },
  'pane.merged.parse.cost.zero.other': {
    da: '{count} rækker har udgiften 0 kr. Tjek, om beløbet mangler.',
    en: '{count} rows have an expenditure of DKK 0. Check whether the amount is missing.',
  },
  'pane.merged.bench.own.activityFromReference.other': {
    da: '{count} rækker har ingen aktivitet i tallene, så udgiften er delt med Danmarks Statistiks tal for {activityLabel} ({period}).',
    en: "{count} rows have no activity in the figures, so the cost is divided by Statistics Denmark's figure for {activityLabel} ({period}).",
  },
  'pane.merged.pipeline.activity.otherDenominator.other': {
    da: '{count} områder: kolonnen "{column}" tæller ikke det samme som landstallet, så Danmarks Statistiks befolkningstal er brugt i stedet.',
    en: '{count} areas: the column "{column}" does not count the same as the national figure, so Statistics Denmark’s population figures were used instead.',
  },
};
