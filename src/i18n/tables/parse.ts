import type { StringTable } from '../index';

// Messages about the user's own figures. Placeholders: {address} is always the sheet-qualified
// cell or range; {expected} and {roleName} are filled from the role by core/parse/problems.ts.
export const parseStrings: StringTable = {
  // What a column holds, as a phrase inside a sentence.
  'parse.role.municipalityCode': { da: 'kommunekode', en: 'municipality code' },
  'parse.role.municipalityName': { da: 'kommunenavn', en: 'municipality name' },
  'parse.role.municipality': { da: 'kommunekode eller kommunenavn', en: 'municipality code or name' },
  'parse.role.unitId': { da: 'institutionsnummer', en: 'institution number' },
  'parse.role.unitName': { da: 'institutionsnavn', en: 'institution name' },
  'parse.role.unit': { da: 'institutionens navn eller nummer', en: 'institution name or number' },
  'parse.role.area': { da: 'serviceområde', en: 'service area' },
  'parse.role.year': { da: 'år', en: 'year' },
  'parse.role.cost': { da: 'udgift (kr.)', en: 'expenditure (DKK)' },
  'parse.role.activity': { da: 'aktivitet (fx antal elever)', en: 'activity (e.g. number of pupils)' },
  'parse.role.quality': { da: 'kvalitetsmål', en: 'quality measure' },
  'parse.role.structural': { da: 'strukturvariabel', en: 'structural variable' },
  'parse.role.figure': { da: 'tal valgt til DEA', en: 'figure chosen for DEA' },

  // What should have been in a cell, as the end of "there should be …".
  'parse.expected.municipalityCode': { da: 'en kommunekode med tre cifre, fx 101', en: 'a three-digit municipality code such as 101' },
  'parse.expected.municipalityName': { da: 'et kommunenavn', en: 'a municipality name' },
  'parse.expected.unitId': { da: 'et institutionsnummer', en: 'an institution number' },
  'parse.expected.unitName': { da: 'et institutionsnavn', en: 'an institution name' },
  'parse.expected.area': { da: 'et serviceområde', en: 'a service area' },
  'parse.expected.year': { da: 'et årstal, fx 2024', en: 'a year such as 2024' },
  'parse.expected.cost': { da: 'et tal (kr.)', en: 'a number (DKK)' },
  'parse.expected.activity': { da: 'et antal (et tal større end 0)', en: 'a count (a number above 0)' },
  'parse.expected.quality': { da: 'et tal', en: 'a number' },
  'parse.expected.structural': { da: 'et tal', en: 'a number' },

  'parse.header.notFound': {
    da: 'Der er ingen overskriftsrække i {address}. Tabellen skal have en række med overskrifter som "Kommune", "Udgift" og "Antal elever".',
    en: 'No header row was found in {address}. The table needs a row of headers such as "Municipality", "Cost" and "Pupils".',
  },
  'parse.header.foundBelowTop': {
    da: 'Overskrifterne er læst fra række {row} ({address}); rækkerne over er sprunget over.',
    en: 'Headers were read from row {row} ({address}); the rows above were skipped.',
  },
  'parse.column.duplicateRole': {
    da: 'Både "{column}" ({address}) og "{chosen}" ({chosenAddress}) ligner en kolonne med {roleName}. "{chosen}" er brugt; vælg en anden i kolonnevalget, hvis det er forkert.',
    en: 'Both "{column}" ({address}) and "{chosen}" ({chosenAddress}) look like a {roleName} column. "{chosen}" is used; choose another in the column mapping if that is wrong.',
  },
  'parse.column.kommuneHoldsCodes': {
    da: 'Kolonnen "{column}" ({address}) indeholder tal og er derfor læst som kommunekoder.',
    en: 'Column "{column}" ({address}) holds numbers, so it is read as municipality codes.',
  },
  'parse.column.thousands': {
    da: 'Kolonnen "{column}" ({address}) er opgjort i 1.000 kr.; beløbene er ganget med 1.000, så de er i kr.',
    en: 'Column "{column}" ({address}) is in thousands of DKK; amounts were multiplied by 1,000 to give DKK.',
  },
  'parse.column.millions': {
    da: 'Kolonnen "{column}" ({address}) er opgjort i mio. kr.; beløbene er ganget med 1.000.000, så de er i kr.',
    en: 'Column "{column}" ({address}) is in millions of DKK; amounts were multiplied by 1,000,000 to give DKK.',
  },
  'parse.mapping.unmatched': {
    da: 'Kolonnevalget "{key}" passer ikke til nogen overskrift eller kolonne i {address} og er ikke brugt.',
    en: 'The column choice "{key}" matches no header or column in {address} and was not used.',
  },
  'parse.shape.ambiguous': {
    da: 'Tabellen har både institutioner og serviceområder ({address}); den er læst som én række pr. institution. Vælg selv, hvis det er forkert.',
    en: 'The table has both institutions and service areas ({address}); it is read as one row per institution. Choose otherwise if that is wrong.',
  },
  'parse.required.missing': {
    da: 'Tabellen mangler en kolonne med {roleName}. Overskrifterne står i {address}; tilføj kolonnen, eller vælg den i kolonnevalget.',
    en: 'The table has no {roleName} column. The headers are in {address}; add the column or choose it in the column mapping.',
  },
  'parse.units.tooFew.none': {
    da: 'Ingen af rækkerne i {address} kan bruges – der skal mindst være {min} for at sammenligne.',
    en: 'None of the rows in {address} can be used – at least {min} are needed for a comparison.',
  },
  'parse.units.tooFew.one': {
    da: 'Kun 1 række i {address} kan bruges – der skal mindst være {min} for at sammenligne.',
    en: 'Only 1 row in {address} can be used – at least {min} are needed for a comparison.',
  },
  'parse.units.tooFew.many': {
    da: 'Kun {count} rækker i {address} kan bruges – der skal mindst være {min} for at sammenligne.',
    en: 'Only {count} rows in {address} can be used – at least {min} are needed for a comparison.',
  },
  'parse.units.seeExcluded': {
    da: 'Udeladte rækker: {rows}. Se bemærkningerne til hver af dem.',
    en: 'Rows left out: {rows}. See the notes on each of them.',
  },
  'parse.units.noDataRows': {
    da: 'Der er overskrifter i {address}, men ingen rækker med tal under dem.',
    en: 'There are headers in {address} but no rows of figures below them.',
  },
  'parse.summary': {
    da: '{used} af {total} rækker er brugt; {left} er udeladt ({address}).',
    en: '{used} of {total} rows used; {left} left out ({address}).',
  },
  'parse.summary.one': {
    da: 'Den ene række er brugt ({address}).',
    en: 'The one row was used ({address}).',
  },

  'parse.row.total': {
    da: 'Rækken {address} ("{text}") ligner en total eller et gennemsnit og er sprunget over.',
    en: 'Row {address} ("{text}") looks like a total or an average and was skipped.',
  },
  'parse.row.note': {
    da: 'Rækken {address} ("{text}") ligner en note og er sprunget over.',
    en: 'Row {address} ("{text}") looks like a note and was skipped.',
  },
  'parse.row.hidden': {
    da: 'Rækken {address} er skjult eller filtreret fra i Excel og er ikke brugt. Vis rækken, hvis den skal med.',
    en: 'Row {address} is hidden or filtered out in Excel and was not used. Unhide it if it belongs in the comparison.',
  },
  'parse.row.noMunicipality': {
    da: 'Rækken {address} mangler kommune – der skal stå en kommunekode eller et kommunenavn.',
    en: 'Row {address} has no municipality – it needs a municipality code or name.',
  },
  'parse.row.noUnit': {
    da: 'Rækken {address} mangler både institutionens navn og nummer.',
    en: 'Row {address} has neither an institution name nor a number.',
  },
  'parse.row.duplicate': {
    da: 'Rækken i {address} har samme id ({id}) som rækken i {first}. Hver enhed må kun stå én gang; kun den første er brugt.',
    en: 'The row at {address} has the same id ({id}) as the row at {first}. Each unit may appear only once; only the first is used.',
  },

  'parse.row.duplicateOfExcluded': {
    da: 'Rækken i {address} har samme id ({id}) som rækken i {first}, der er udeladt på grund af fejl. Rækken i {address} er brugt i stedet; ret eller slet den anden.',
    en: 'The row at {address} has the same id ({id}) as the row at {first}, which was left out because of errors. The row at {address} is used instead; fix or delete the other.',
  },
  'parse.row.duplicateBothExcluded': {
    da: 'Rækken i {address} har samme id ({id}) som rækken i {first}, og begge er udeladt på grund af fejl.',
    en: 'The row at {address} has the same id ({id}) as the row at {first}, and both were left out because of errors.',
  },
  'parse.code.text': {
    da: 'Kommunekoden i {address} er gemt som tekst ("{text}"); den er læst som {code}. Gem den som et tal i Excel, så opslag og sortering virker.',
    en: 'The municipality code in {address} is stored as text ("{text}"); it was read as {code}. Store it as a number in Excel so lookups and sorting work.',
  },
  'parse.cell.textNumber': {
    da: 'Cellen {address} indeholder tallet som tekst ("{text}"); det er læst som {value}. Gem det som et tal i Excel for at være sikker.',
    en: 'Cell {address} holds the number as text ("{text}"); it was read as {value}. Store it as a number in Excel to be sure.',
  },
  'parse.cell.ambiguousNumber': {
    da: 'Cellen {address} indeholder "{text}", som er læst som {value} (komma som decimaltegn). Mente du tusinder, så skriv tallet uden komma.',
    en: 'Cell {address} holds "{text}", read as {value} (comma as decimal mark, the Danish way). If thousands were meant, write the number without the comma.',
  },
  'parse.cell.notNumber': {
    da: 'Cellen {address} indeholder teksten "{text}" – der skal stå {expected}.',
    en: 'Cell {address} holds the text "{text}" – it should hold {expected}.',
  },
  'parse.cell.excelError': {
    da: 'Cellen {address} indeholder Excel-fejlen {error} – der skal stå {expected}. Ret formlen eller værdien.',
    en: 'Cell {address} holds the Excel error {error} – it should hold {expected}. Fix the formula or the value.',
  },
  'parse.cell.boolean': {
    da: 'Cellen {address} indeholder en sandhedsværdi (SAND/FALSK) – der skal stå {expected}.',
    en: 'Cell {address} holds a logical value (TRUE/FALSE) – it should hold {expected}.',
  },
  'parse.cell.blankRequired': {
    da: 'Cellen {address} i kolonnen "{column}" er tom – der skal stå {expected}.',
    en: 'Cell {address} in column "{column}" is empty – it should hold {expected}.',
  },
  'parse.cell.blankOptional': {
    da: 'Cellen {address} i kolonnen "{column}" er tom. Rækken er brugt, men uden denne værdi.',
    en: 'Cell {address} in column "{column}" is empty. The row is used without this value.',
  },
  'parse.cell.placeholder': {
    da: 'Cellen {address} indeholder "{text}", som er læst som en manglende værdi. Rækken er brugt, men uden denne værdi.',
    en: 'Cell {address} holds "{text}", read as a missing value. The row is used without this value.',
  },
  'parse.cost.negative': {
    da: 'Udgiften i {address} er negativ ({value} kr.). En nettoudgift skal være 0 eller mere; tjek fortegnet, eller om rækken er en indtægt.',
    en: 'The expenditure in {address} is negative ({value} DKK). Net expenditure must be 0 or more; check the sign, or whether the row is income.',
  },
  'parse.cost.zero': {
    da: 'Udgiften i {address} er 0 kr. Rækken er brugt, men tjek om beløbet mangler.',
    en: 'The expenditure in {address} is 0 DKK. The row is used, but check whether the amount is missing.',
  },
  'parse.activity.notPositive': {
    da: 'Aktiviteten i {address} er {value} – der skal stå {expected}.',
    en: 'The activity in {address} is {value} – it should be {expected}.',
  },
  'parse.year.invalid': {
    da: 'Cellen {address} indeholder "{text}", som ikke er et årstal. Rækken er brugt uden år.',
    en: 'Cell {address} holds "{text}", which is not a year. The row is used without a year.',
  },
  'parse.code.invalid': {
    da: 'Cellen {address} indeholder "{text}", som ikke er en kommunekode – der skal stå {expected}.',
    en: 'Cell {address} holds "{text}", which is not a municipality code – it should hold {expected}.',
  },
  'parse.code.fourDigit': {
    da: 'Kommunekoden "{text}" i {address} har fire cifre; den er læst som {code}, Danmarks Statistiks kode med tre cifre.',
    en: 'The municipality code "{text}" in {address} has four digits; it was read as {code}, the three-digit code Statistics Denmark uses.',
  },
  'parse.code.unknown': {
    da: 'Kommunekoden {code} i {address} findes ikke blandt de kendte kommuner. Tjek koden (fx 101 for København).',
    en: 'The municipality code {code} in {address} is not a known municipality. Check the code (e.g. 101 for Copenhagen).',
  },
  'parse.name.unknown': {
    da: 'Kommunenavnet "{text}" i {address} kendes ikke, så rækken kan ikke kobles til en kommunekode. Tjek stavemåden, eller tilføj en kolonne med kommunekoder.',
    en: 'The municipality name "{text}" in {address} is not known, so the row cannot be linked to a municipality code. Check the spelling or add a column of codes.',
  },
};
