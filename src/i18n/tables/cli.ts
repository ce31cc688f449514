import type { StringTable } from '../index';

export const cliStrings: StringTable = {
  'cli.help': {
    da: `Pejlemærke – sammenlign kommunale udgifter med landets kommuner (Danmarks Statistik)

Brug:
  pejlemaerke benchmark <fil.xlsx> [valg]   Benchmark tallene i en projektmappe
  pejlemaerke areas [--json]                Vis serviceområderne og deres datakilder
  pejlemaerke refresh-snapshot [--year ÅR] [--base-url URL] [--out FIL]
                                            Hent et nyt øjebliksbillede fra Danmarks Statistik (til en ny fil
                                            i out/, medmindre --out siger andet)
  pejlemaerke help                          Vis denne hjælp

Valg til benchmark:
  --sheet ARK | --table TABEL   Hvor tallene står (standard: første ark med tal)
  --range A1:F30                Et bestemt område på arket (kræver --sheet)
  --area ID                     Serviceområde, fx folkeskole, dagtilbud, aeldrepleje
  --group all|kommunegruppe|region|similar|KODER
                                Sammenligningsgruppe; KODER er fx 657,661,665 (standard: all)
  --k N                         Antal sammenlignelige kommuner med --group similar (standard: 10)
  --standard median|quartile|best|average|expected
                                Standarden potentialet regnes til (standard: median)
  --expected VAR1,VAR2          Rammevilkår til det forventede niveau, fx socioIndex,lnPopulation,kommunegruppe,region
                                eller overskrifter fra --framework (standard: dine egne rammevilkår, ellers
                                socioøkonomisk indeks og ln(folketal))
  --framework TABEL|ARK         Dine egne rammevilkår: kommunekode + talkolonner (fx udgiftsbehov)
  --group-list TABEL|ARK        Din egen sammenligningsgruppe: kommunekoder eller -navne (fx en FLIS-gruppe)
  --measure inhabitant|band     Nøgletallet: kr. pr. indbygger som Danmarks Statistik (standard) eller pr.
                                indbygger i områdets aldersgruppe (0–5, 6–16, 67+; kun live)
  --include-anomalies           Medtag tal, der sandsynligvis er konteret anderledes (0 kr. eller derunder,
                                under ¼ af medianen), i standarderne bedste, bedste kvartil og forventet
  --shape municipality|institution
                                Tving inddataformen (ellers gættes den)
  --map "Overskrift=rolle,..."  Ret kolonnetolkningen, fx "Udgift i alt=cost,E=activity"
  --out FIL.xlsx                Hvor resultatet skrives (standard: out/<fil>-pejlemaerke.xlsx)
  --copy                        Skriv resultatarkene ind i en kopi af inddatafilen
  --json                        Skriv et maskinlæsbart resumé på standard output
  --reference live|snapshot     Hent landstal live fra Danmarks Statistik (standard; falder tilbage
                                til gemte data og derefter øjebliksbilledet) eller brug øjebliksbilledet
  --year ÅR                     Regnskabsår (standard: det nyeste; øjebliksbilledet har 2016–2024)
  --base-url URL                Statistikbankens adresse, fx en proxy (standard: https://api.statbank.dk/v1)
  --cache-dir MAPPE             Hvor hentede data gemmes (standard: ~/.cache/pejlemaerke)
  --deadline SEKUNDER           Længste samlede ventetid på Statistikbanken, før kørslen falder
                                tilbage (standard: 20)
  --method keyfigures|dea|both  Nøgletal (standard), DEA eller begge; DEA kræver tal pr. institution
  --inputs KOL1,KOL2            DEA-ressourcer: kolonnenøgler, roller eller overskrifter (standard: cost)
  --outputs KOL1,KOL2           DEA-ydelser og kvalitet (standard: activity og alle kvalitetskolonner)
  --fixed KOL1                  Ikke-påvirkelige input/output (non-discretionary), fx et socioøkonomisk
                                indeks: de indgår i sammenligningen, så enheder kun måles mod enheder med
                                samme eller dårligere vilkår, men de skaleres ikke med scoren, og der
                                regnes ingen besparelse på dem
  --rts vrs|crs|drs|irs|fdh     Skalaafkast i DEA (standard: vrs); fdh: kun hele, faktiske enheder er
                                forbilleder, ingen blandinger
  --orientation in|out          in: spar ressourcer, out: løft ydelser og kvalitet (standard: in)
  --super                       Supereffektivitet som model: hver enhed måles mod de andre alene, så de
                                bedste får over 100 %; en enhed, ingen andre kan nå, er "ikke defineret"
  --slack on|off                Andet trin, restbesparelsen ud over scoren (standard: on)
  --bootstrap B                 Usikkerhed: Simar & Wilsons bootstrap med B gentagelser giver bias-
                                korrigeret score og 95 %-interval (standard: 2000 ved højst 2000 enheder;
                                0 = fra)
  --seed N                      Startværdi for bootstrap; samme værdi giver samme tal (standard: 2024)
  --lang da|en                  Sprog (standard: da)`,
    en: `Pejlemærke – compare municipal spending with all Danish municipalities (Statistics Denmark)

Usage:
  pejlemaerke benchmark <file.xlsx> [options]   Benchmark the figures in a workbook
  pejlemaerke areas [--json]                    List the service areas and their data sources
  pejlemaerke refresh-snapshot [--year Y] [--base-url URL] [--out FILE]
                                                Fetch a new snapshot from Statistics Denmark (to a new
                                                file in out/ unless --out says otherwise)
  pejlemaerke help                              Show this help

Options for benchmark:
  --sheet SHEET | --table TABLE   Where the figures are (default: first sheet with figures)
  --range A1:F30                  A specific range on the sheet (needs --sheet)
  --area ID                       Service area, e.g. folkeskole, dagtilbud, aeldrepleje
  --group all|kommunegruppe|region|similar|CODES
                                  Comparison group; CODES e.g. 657,661,665 (default: all)
  --k N                           Number of similar municipalities with --group similar (default: 10)
  --standard median|quartile|best|average|expected
                                  The standard the potential is computed against (default: median)
  --expected VAR1,VAR2            Framework variables for the expected level, e.g. socioIndex,lnPopulation,
                                  kommunegruppe,region or headers from --framework (default: your own
                                  framework conditions, else the socio-economic index and ln(population))
  --framework TABLE|SHEET         Your own framework conditions: municipality code + numeric columns
  --group-list TABLE|SHEET        Your own comparison group: municipality codes or names (e.g. a FLIS group)
  --measure inhabitant|band       The key figure: DKK per inhabitant as Statistics Denmark publishes it
                                  (default) or per inhabitant in the area's age band (0–5, 6–16, 67+; live only)
  --include-anomalies             Include figures that are probably booked differently (zero or below, below
                                  a quarter of the median) in the best, best-quartile and expected standards
  --shape municipality|institution
                                  Force the input shape (otherwise it is inferred)
  --map "Header=role,..."         Correct the column mapping, e.g. "Total cost=cost,E=activity"
  --out FILE.xlsx                 Where to write the result (default: out/<file>-pejlemaerke.xlsx)
  --copy                          Write the result sheets into a copy of the input file
  --json                          Print a machine-readable summary on standard output
  --reference live|snapshot       Fetch national figures live from Statistics Denmark (default; falls
                                  back to stored data, then the snapshot) or use the bundled snapshot
  --year YEAR                     Accounting year (default: the newest; the snapshot holds 2016–2024)
  --base-url URL                  StatBank address, e.g. a proxy (default: https://api.statbank.dk/v1)
  --cache-dir DIR                 Where fetched data are stored (default: ~/.cache/pejlemaerke)
  --deadline SECONDS              The longest a run waits for StatBank in all before it falls back
                                  (default: 20)
  --method keyfigures|dea|both    Key figures (default), DEA or both; DEA needs figures per institution
  --inputs COL1,COL2              DEA resources: column keys, roles or headers (default: cost)
  --outputs COL1,COL2             DEA services and quality (default: activity and every quality column)
  --fixed COL1                    Non-discretionary inputs/outputs, e.g. a socio-economic index: they
                                  enter the comparison, so units are measured only against units with
                                  the same or worse conditions, but they are not scaled by the score and
                                  no saving is computed on them
  --rts vrs|crs|drs|irs|fdh       Returns to scale in DEA (default: vrs); fdh: only whole, actual units
                                  are benchmarks, no blends
  --orientation in|out            in: save resources, out: raise services and quality (default: in)
  --super                         Super-efficiency as the model: each unit measured against the others
                                  only, so the best score above 100%; a unit no other reaches is "not
                                  defined"
  --slack on|off                  The second stage, the remaining saving beyond the score (default: on)
  --bootstrap B                   Uncertainty: Simar & Wilson's bootstrap with B replicates gives a
                                  bias-corrected score and a 95% interval (default: 2000 for up to 2000
                                  units; 0 = off)
  --seed N                        Seed of the bootstrap; the same seed gives the same figures (default: 2024)
  --lang da|en                    Language (default: da)`,
  },
  'cli.usage.badWholeNumber': {
    da: '{option} skal være et helt tal fra {min} til {max}, ikke "{value}".',
    en: '{option} must be a whole number from {min} to {max}, not "{value}".',
  },
  'cli.usage.unknownCommand': {
    da: 'Ukendt kommando "{command}". Skriv "pejlemaerke help" for at se mulighederne.',
    en: 'Unknown command "{command}". Run "pejlemaerke help" to see the options.',
  },
  'cli.usage.missingInput': {
    da: 'Angiv projektmappen med dine tal, fx: pejlemaerke benchmark budget.xlsx',
    en: 'Give the workbook with your figures, e.g.: pejlemaerke benchmark budget.xlsx',
  },
  'cli.usage.extraArguments': {
    da: 'For mange argumenter: {args}. Sæt anførselstegn om filnavne med mellemrum.',
    en: 'Too many arguments: {args}. Quote file names that contain spaces.',
  },
  'cli.usage.sheetAndTable': {
    da: 'Brug enten --sheet eller --table, ikke begge.',
    en: 'Use either --sheet or --table, not both.',
  },
  'cli.usage.rangeNeedsSheet': {
    da: '--range kræver --sheet, så det er klart hvilket ark området ligger på.',
    en: '--range needs --sheet, so it is clear which sheet the range is on.',
  },
  'cli.usage.badChoice': {
    da: '{option} kan ikke være "{value}". Brug en af: {allowed}.',
    en: '{option} cannot be "{value}". Use one of: {allowed}.',
  },
  'cli.usage.emptyList': {
    da: '{option} skal have mindst én kolonne, fx {option} cost.',
    en: '{option} needs at least one column, e.g. {option} cost.',
  },
  'cli.usage.deaOptionsNeedMethod': {
    da: '{options} gælder kun DEA. Tilføj --method dea eller --method both.',
    en: '{options} only apply to DEA. Add --method dea or --method both.',
  },
  'cli.summary.dea': {
    da: '{method}: {efficient} af {measured} enheder ligger på fronten.',
    en: '{method}: {efficient} of {measured} units are on the frontier.',
  },
  'cli.summary.deaTotal': {
    da: 'DEA-potentiale i alt: {radial} (inkl. restbesparelse {slack}). Største:',
    en: 'Total DEA potential: {radial} (incl. remaining saving {slack}). Largest:',
  },
  'cli.summary.deaPartners': { da: 'læringspartnere: {partners}', en: 'learning partners: {partners}' },
  'cli.summary.deaBootstrap': {
    da: 'Usikkerhed: bootstrap (Simar & Wilson) med {replicates} gentagelser, startværdi {seed}.',
    en: 'Uncertainty: bootstrap (Simar & Wilson) with {replicates} replicates, seed {seed}.',
  },
  'cli.summary.deaInterval': { da: 'score {score}, 95 %-interval {low}–{high}', en: 'score {score}, 95% interval {low}–{high}' },
  'cli.summary.deaSure.yes': { da: 'forskellen til læringspartneren er sikker', en: 'the difference to the learning partner is sure' },
  'cli.summary.deaSure.no': { da: 'forskellen til læringspartneren er ikke sikker', en: 'the difference to the learning partner is not sure' },
  'cli.usage.badLang': { da: 'Sproget "{value}" kendes ikke. Brug da eller en.', en: 'Unknown language "{value}". Use da or en.' },
  'cli.usage.badK': {
    da: '--k skal være et helt tal mellem 1 og 97, ikke "{value}".',
    en: '--k must be a whole number from 1 to 97, not "{value}".',
  },
  'cli.usage.badGroup': {
    da: '--group "{value}" forstås ikke. Brug all, kommunegruppe, region, similar eller en liste af tre-cifrede kommunekoder, fx 657,661,665.',
    en: '--group "{value}" is not understood. Use all, kommunegruppe, region, similar or a list of three-digit municipality codes, e.g. 657,661,665.',
  },
  'cli.usage.badStandard': {
    da: '--standard "{value}" kendes ikke. Mulige: {allowed}.',
    en: '--standard "{value}" is unknown. Possible: {allowed}.',
  },
  'cli.usage.badShape': {
    da: '--shape "{value}" kendes ikke. Brug municipality eller institution.',
    en: '--shape "{value}" is unknown. Use municipality or institution.',
  },
  'cli.usage.badMapping': {
    da: '--map "{value}" forstås ikke. Skriv Overskrift=rolle; roller: {roles}.',
    en: '--map "{value}" is not understood. Write Header=role; roles: {roles}.',
  },
  'cli.unexpected': {
    da: 'Noget gik galt under kørslen: {message}. Intet af dit er ændret. Sæt PEJLEMAERKE_DEBUG=1 for flere detaljer.',
    en: 'Something went wrong during the run: {message}. Nothing of yours was changed. Set PEJLEMAERKE_DEBUG=1 for details.',
  },
  'cli.input.notFound': { da: 'Filen "{path}" findes ikke.', en: 'The file "{path}" does not exist.' },
  'cli.input.noSuchSource': {
    da: '{option} {name}: projektmappen har ingen tabel eller ark med det navn. Tabeller: {tables}. Ark: {sheets}.',
    en: '{option} {name}: the workbook has no table or sheet of that name. Tables: {tables}. Sheets: {sheets}.',
  },
  'cli.input.noSheets': {
    da: 'Projektmappen "{path}" har ingen ark med tal at læse.',
    en: 'The workbook "{path}" has no sheet with figures to read.',
  },
  'cli.summary.title': { da: 'Pejlemærke – benchmark af {file} (ark "{sheet}")', en: 'Pejlemærke – benchmark of {file} (sheet "{sheet}")' },
  'cli.summary.rows': {
    da: 'Rækker brugt: {used} af {total}; {excluded} sprunget over.',
    en: 'Rows used: {used} of {total}; {excluded} left out.',
  },
  'cli.summary.problems': { da: 'Bemærkninger ({count}):', en: 'Notes ({count}):' },
  'cli.summary.notRun': {
    da: 'Der er ikke beregnet eller skrevet noget. Ret fejlene ovenfor, og kør igen.',
    en: 'Nothing was computed or written. Fix the errors above and run again.',
  },
  'cli.summary.written': { da: 'Resultatet er skrevet til {path}:', en: 'The result was written to {path}:' },
  'cli.summary.top': { da: 'Største potentialer (standard: {standard}):', en: 'Largest potentials (standard: {standard}):' },
  'cli.summary.noPotential': {
    da: 'Ingen potentialer: alle enheder ligger på eller under standarden.',
    en: 'No potentials: every unit is at or below the standard.',
  },
  'cli.severity.error': { da: 'FEJL', en: 'ERROR' },
  'cli.severity.warning': { da: 'ADVARSEL', en: 'WARNING' },
  'cli.severity.info': { da: 'info', en: 'info' },
  'cli.standard.median': { da: 'medianen', en: 'the median' },
  'cli.standard.quartile': { da: 'bedste kvartil', en: 'the best quartile' },
  'cli.standard.best': { da: 'den bedste', en: 'the best' },
  'cli.standard.average': { da: 'gruppens gennemsnit', en: 'the group average' },
  'cli.standard.expected': { da: 'det forventede niveau', en: 'the expected level' },
  'cli.areas.title': {
    da: 'Serviceområder (referencedata: {origin}, bygget {built}):',
    en: 'Service areas (reference data: {origin}, built {built}):',
  },
  'cli.areas.notInSnapshot': { da: 'ingen data i øjebliksbilledet (kræver live-data)', en: 'no data in the snapshot (needs live data)' },
  'cli.demo.header': { da: 'Pejlemærke – demo på de medfølgende eksempler (syntetiske tal)', en: 'Pejlemærke – demo on the bundled examples (synthetic figures)' },
  'cli.demo.failed': { da: 'Demoen fejlede for {file} (kode {code}).', en: 'The demo failed for {file} (code {code}).' },
  'cli.demo.done': { da: 'Færdig. Åbn filerne i out/ i Excel eller LibreOffice.', en: 'Done. Open the files in out/ in Excel or LibreOffice.' },
  'cli.usage.badReference': {
    da: '--reference "{value}" kendes ikke. Brug live (hent fra Danmarks Statistik) eller snapshot (de medfølgende tal).',
    en: '--reference "{value}" is unknown. Use live (fetch from Statistics Denmark) or snapshot (the bundled figures).',
  },
  'cli.usage.badYear': { da: '--year skal være et årstal, fx 2024, ikke "{value}".', en: '--year must be a year, e.g. 2024, not "{value}".' },
  'cli.usage.badBaseUrl': {
    da: '--base-url skal være en adresse der begynder med http:// eller https://, ikke "{value}".',
    en: '--base-url must be an address starting with http:// or https://, not "{value}".',
  },
  'cli.reference.live': {
    da: 'Referencedata: hentet live fra Danmarks Statistik ({date}); {requests} forespørgsler, {hits} fra lokalt lager.',
    en: 'Reference data: fetched live from Statistics Denmark ({date}); {requests} requests, {hits} from the local store.',
  },
  'cli.reference.snapshot': {
    da: 'Referencedata: det medfølgende øjebliksbillede (data fra {date}, ikke hentet live).',
    en: 'Reference data: the bundled snapshot (data as of {date}, not fetched live).',
  },
  'cli.reference.fellBack': { da: 'ADVARSEL: {reason}', en: 'WARNING: {reason}' },
  'cli.reference.stored': {
    da: 'Referencedata: Danmarks Statistiks tal gemt lokalt, hentet {date} (uændret hos Danmarks Statistik); {requests} forespørgsler, {hits} fra lokalt lager.',
    en: 'Reference data: Statistics Denmark’s figures stored locally, fetched {date} (unchanged at Statistics Denmark); {requests} requests, {hits} from the local store.',
  },
  'cli.reference.mixed': {
    da: 'Referencedata: hentet live fra Danmarks Statistik for en del af områderne; se advarslen; {requests} forespørgsler, {hits} fra lokalt lager.',
    en: 'Reference data: fetched live from Statistics Denmark for some of the areas; see the warning; {requests} requests, {hits} from the local store.',
  },
  'cli.reference.datasets': { da: 'Datasæt:', en: 'Datasets:' },
  'cli.reference.dataset': {
    da: '  {table} {period}: {origin} {date} ({count})',
    en: '  {table} {period}: {origin} {date} ({count})',
  },
  'cli.reference.datasetCount.one': { da: '1 datasæt', en: '1 dataset' },
  'cli.reference.datasetCount.other': { da: '{count} datasæt', en: '{count} datasets' },
  'cli.reference.origin.live': { da: 'hentet live', en: 'fetched live' },
  'cli.reference.origin.cache': { da: 'gemt lokalt, hentet', en: 'stored locally, fetched' },
  'cli.reference.origin.snapshot': { da: 'øjebliksbillede, data fra', en: 'snapshot, data as of' },
  'cli.usage.badDeadline': {
    da: '--deadline skal være et antal sekunder mellem 0 og 600, fx 20, ikke "{value}".',
    en: '--deadline must be a number of seconds between 0 and 600, e.g. 20, not "{value}".',
  },
  'cli.refresh.done': {
    da: 'Øjebliksbilledet er skrevet til {path} ({requests} forespørgsler til Danmarks Statistik).',
    en: 'The snapshot was written to {path} ({requests} requests to Statistics Denmark).',
  },
};
