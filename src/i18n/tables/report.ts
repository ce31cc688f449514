import type { StringTable } from '../index';

// Texts of the result sheets. {placeholders} are filled by t(); numbers never go into these
// sentences, they go into cells of their own with a number format.
export const reportStrings: StringTable = {
  // Sheet names (≤ 31 characters after the area name is filled in; safeSheetName caps them).
  'report.sheet.overview': { da: 'Overblik', en: 'Overview' },
  'report.sheet.benchmark': { da: 'Benchmark – {area}', en: 'Benchmark – {area}' },
  'report.sheet.potentials': { da: 'Potentialer', en: 'Potentials' },
  'report.sheet.method': { da: 'Metode og kilder', en: 'Method and sources' },

  // Lines at the top of every sheet.
  'report.caveat.relative': {
    da: 'Relativ sammenligning, ikke absolut: en rød markering betyder højere udgift end gruppen, ikke nødvendigvis dårlig drift.',
    en: 'A relative comparison, not an absolute one: a red mark means higher spending than the group, not necessarily poor management.',
  },
  'report.source.line': {
    da: 'Kilde: Danmarks Statistik, {fragments}. Egne beregninger.',
    en: 'Source: Statistics Denmark, {fragments}. Own calculations.',
  },
  'report.source.ownDataOnly': {
    da: 'Kilde: kun dine egne tal – der indgår ingen data fra Danmarks Statistik.',
    en: 'Source: your own figures only – no data from Statistics Denmark are used.',
  },
  'report.source.fragment.snapshot': {
    da: '{table} ({period}): data fra {date}, ikke hentet live',
    en: '{table} ({period}): data as of {date}, not fetched live',
  },
  'report.source.fragment.live': {
    da: '{table} ({period}): hentet live {date}',
    en: '{table} ({period}): fetched live on {date}',
  },
  'report.source.fragment.cache': {
    da: '{table} ({period}): gemt lokalt, hentet {date}',
    en: '{table} ({period}): stored locally, fetched {date}',
  },

  // Benchmark sheet.
  'report.benchmark.title': { da: 'Benchmark – {area} ({unit})', en: 'Benchmark – {area} ({unit})' },
  'report.benchmark.methodLine': {
    da: 'Metode: nøgletal = udgift ÷ aktivitet. Gruppens kvartiler, rang og percentilrang er levende Excel-formler. Potentiale målt mod {standard}. Se arket «{sheet}».',
    en: 'Method: key figure = spending ÷ activity. The group quartiles, rank and percentile rank are live Excel formulas. Potential measured against {standard}. See the sheet “{sheet}”.',
  },
  'report.own.heading': { da: 'Egne enheder', en: 'Your units' },
  'report.own.col.name': { da: 'Enhed', en: 'Unit' },
  'report.own.col.municipalityCode': { da: 'Kommunekode', en: 'Municipality code' },
  'report.own.col.id': { da: 'Id', en: 'Id' },
  'report.own.col.cost': { da: 'Udgift (kr.)', en: 'Spending (DKK)' },
  'report.own.col.activity': { da: 'Aktivitet ({activity})', en: 'Activity ({activity})' },
  'report.own.col.keyFigure': { da: 'Nøgletal ({unit})', en: 'Key figure ({unit})' },
  'report.own.col.q1': { da: 'Gruppens nedre kvartil', en: 'Group lower quartile' },
  'report.own.col.median': { da: 'Gruppens median', en: 'Group median' },
  'report.own.col.q3': { da: 'Gruppens øvre kvartil', en: 'Group upper quartile' },
  'report.own.col.rank': { da: 'Rang', en: 'Rank' },
  'report.own.col.n': { da: 'Antal i gruppen', en: 'Group size' },
  'report.own.col.percentRank': { da: 'Percentilrang', en: 'Percentile rank' },
  'report.own.col.quartile': { da: 'Kvartil', en: 'Quartile' },
  'report.own.col.light': { da: 'Lys', en: 'Light' },
  'report.own.col.standard': { da: 'Standard ({standard})', en: 'Standard ({standard})' },
  'report.own.col.potential': { da: 'Potentiale (kr.)', en: 'Potential (DKK)' },
  'report.own.activityFromReference': {
    da: 'Aktiviteten for {units} er ikke fra dit ark, men Danmarks Statistiks tal for {period}.',
    en: 'The activity for {units} is not from your sheet but Statistics Denmark’s figure for {period}.',
  },

  'report.light.green': { da: 'Grøn', en: 'Green' },
  'report.light.yellow': { da: 'Gul', en: 'Yellow' },
  'report.light.red': { da: 'Rød', en: 'Red' },

  'report.standard.median': { da: 'Median', en: 'Median' },
  'report.standard.quartile': { da: 'Bedste kvartil', en: 'Best quartile' },
  'report.standard.best': { da: 'Bedste', en: 'Best' },
  'report.standard.average': { da: 'Gennemsnit', en: 'Average' },
  'report.standard.expected': { da: 'Forventet niveau', en: 'Expected level' },
  'report.standard.mixed': { da: 'de valgte standarder', en: 'the chosen standards' },

  // Comparison groups.
  'report.group.heading': { da: 'Sammenligningsgruppe: {label} – for {units}', en: 'Comparison group: {label} – for {units}' },
  'report.group.manyUnits': { da: 'alle {count} egne enheder', en: 'all {count} of your units' },
  'report.group.all': { da: 'Alle kommuner i landet.', en: 'All municipalities in Denmark.' },
  'report.group.allInstitutions': {
    da: 'Dine {count} institutioner, sammenlignet med hinanden (alle rækker i dine data, der kunne bruges).',
    en: 'Your {count} institutions, compared with each other (every usable row of your data).',
  },
  'report.group.kommunegruppe': {
    da: 'Kommunerne i samme kommunegruppe som din kommune (Danmarks Statistiks kommunegrupper).',
    en: 'The municipalities in the same municipality group as yours (Statistics Denmark’s municipality groups).',
  },
  'report.group.region': { da: 'Kommunerne i samme region som din kommune.', en: 'The municipalities in the same region as yours.' },
  'report.group.list': { da: 'Din egen liste med {count} kommuner: {codes}.', en: 'Your own list of {count} municipalities: {codes}.' },
  'report.group.similar': {
    da: 'De {k} kommuner, der ligner din mest, målt som vægtet afstand på standardiserede strukturvariable: {variables}.',
    en: 'The {k} municipalities most like yours, measured as a weighted distance on standardised structural variables: {variables}.',
  },
  'report.group.variableWithWeight': { da: '{name} (vægt {weight})', en: '{name} (weight {weight})' },
  'report.group.allVariables': { da: 'alle tilgængelige variable med samme vægt', en: 'all available variables, equally weighted' },
  'report.group.col.name': { da: 'Navn', en: 'Name' },
  'report.group.col.code': { da: 'Kode', en: 'Code' },
  'report.group.col.keyFigure': { da: 'Nøgletal ({unit})', en: 'Key figure ({unit})' },
  'report.group.col.weight': { da: 'Vægt ({activity})', en: 'Weight ({activity})' },
  'report.group.col.own': { da: 'Egen', en: 'Own' },
  'report.group.col.distance': { da: 'Afstand', en: 'Distance' },
  'report.group.col.median': { da: 'Gruppens median', en: 'Group median' },
  'report.yes': { da: 'Ja', en: 'Yes' },
  'report.notAvailable': { da: 'ikke tilgængelig', en: 'not available' },

  'report.stat.min': { da: 'Laveste', en: 'Lowest' },
  'report.stat.q1': { da: 'Nedre kvartil', en: 'Lower quartile' },
  'report.stat.median': { da: 'Median', en: 'Median' },
  'report.stat.q3': { da: 'Øvre kvartil', en: 'Upper quartile' },
  'report.stat.max': { da: 'Højeste', en: 'Highest' },
  'report.stat.mean': { da: 'Gennemsnit (uvægtet)', en: 'Mean (unweighted)' },
  'report.stat.weightedMean': { da: 'Gennemsnit (Σ udgift ÷ Σ aktivitet)', en: 'Average (Σ spending ÷ Σ activity)' },
  'report.stat.n': { da: 'Antal (n)', en: 'Count (n)' },
  'report.stat.national': { da: 'Landstal', en: 'National figure' },

  // Expected level.
  'report.regression.heading': { da: 'Forventet niveau (regression)', en: 'Expected level (regression)' },
  'report.regression.description': {
    da: 'Lineær regression (mindste kvadraters metode) af nøgletallet på: {variables}.',
    en: 'Linear regression (ordinary least squares) of the key figure on: {variables}.',
  },
  'report.regression.constants': {
    da: 'Konstanterne nedenfor er beregnet af Pejlemærke på alle kommuners tal; det forventede niveau er en formel over dem.',
    en: 'The constants below were estimated by Pejlemærke from every municipality\'s figures; the expected level is a formula over them.',
  },
  'report.regression.r2': { da: 'Forklaringsgrad (R²)', en: 'R squared (R²)' },
  'report.regression.n': { da: 'Antal observationer (n)', en: 'Observations (n)' },
  'report.regression.intercept': { da: 'Konstantled', en: 'Intercept' },
  'report.regression.coefficient': { da: 'Koefficient: {name}', en: 'Coefficient: {name}' },
  'report.regression.actual': { da: 'Faktisk nøgletal', en: 'Actual key figure' },
  'report.regression.expected': { da: 'Forventet niveau', en: 'Expected level' },
  'report.regression.difference': { da: 'Forskel', en: 'Difference' },

  // Charts.
  'report.chart.ownVsGroup': { da: '{area}: egen værdi mod gruppens kvartiler ({unit})', en: '{area}: own value against the group quartiles ({unit})' },
  'report.chart.own': { da: 'Egen værdi', en: 'Own value' },
  'report.chart.allInstitutions': { da: '{area}: alle enheders nøgletal og medianen ({unit})', en: '{area}: every unit’s key figure and the median ({unit})' },
  'report.chart.potentials': { da: 'Potentiale pr. enhed og område', en: 'Potential by unit and area' },

  // Potentials sheet.
  'report.potentials.title': { da: 'Potentialer', en: 'Potentials' },
  'report.potentials.methodLine': {
    da: 'Potentiale = max(0; eget nøgletal − standard) × aktivitet (omvendt, hvor højere er bedre). Formlerne er levende. Se arket «{sheet}».',
    en: 'Potential = max(0, own key figure − standard) × activity (reversed where higher is better). The formulas are live. See the sheet “{sheet}”.',
  },
  'report.potentials.col.area': { da: 'Område', en: 'Area' },
  'report.potentials.col.keyFigure': { da: 'Eget nøgletal', en: 'Own key figure' },
  'report.potentials.col.activity': { da: 'Aktivitet', en: 'Activity' },
  'report.potentials.col.potentialOf': { da: 'Potentiale (kr.): {standard}', en: 'Potential (DKK): {standard}' },
  'report.potentials.col.chosen': { da: 'Valgt standard', en: 'Chosen standard' },
  'report.potentials.col.headline': { da: 'Potentiale (kr.)', en: 'Potential (DKK)' },
  'report.potentials.total': { da: 'I alt', en: 'Total' },
  'report.potentials.rangeNote': {
    da: 'Tomme felter: standarden kunne ikke beregnes for enheden. Summen pr. standard står i rækken «I alt»; spændet mellem dem står på Overblik.',
    en: 'Empty cells: the standard could not be computed for the unit. The total per standard is in the “Total” row; the range between them is on the overview.',
  },

  // Overview sheet.
  'report.overview.title': { da: 'Overblik', en: 'Overview' },
  'report.overview.methodLine': {
    da: 'Metode: nøgletal = udgift ÷ aktivitet, sammenlignet med en gruppe af kommuner eller enheder; potentiale = forskel til standarden × aktivitet. Se arket «{sheet}».',
    en: 'Method: key figure = spending ÷ activity, compared with a group of municipalities or units; potential = gap to the standard × activity. See the sheet “{sheet}”.',
  },
  'report.overview.headline': { da: 'Samlet potentiale til {standard}', en: 'Total potential to {standard}' },
  'report.overview.range': { da: 'Spænd på tværs af standarder (fra – til)', en: 'Range across standards (from – to)' },
  'report.overview.topHeading': { da: 'De {count} største potentialer', en: 'The {count} largest potentials' },
  'report.overview.noPotential': {
    da: 'Ingen enheder har et potentiale mod den valgte standard.',
    en: 'No unit has a potential against the chosen standard.',
  },
  'report.overview.summaryHeading': { da: 'Pr. område og enhed', en: 'By area and unit' },
  'report.overview.methodPointer': {
    da: 'Hvor tallene kommer fra, hvordan de er regnet, og hvad de ikke siger: se arket «{sheet}».',
    en: 'Where the figures come from, how they were computed and what they do not say: see the sheet “{sheet}”.',
  },

  // Method and sources sheet.
  'report.method.title': { da: 'Metode og kilder', en: 'Method and sources' },
  'report.method.intro': {
    da: 'Her står, hvor tallene kommer fra, og hvordan de er regnet – så du kan gentage det over for din leder.',
    en: 'Where the figures come from and how they were computed – so you can explain it to your manager.',
  },
  'report.method.inputHeading': { da: 'Dine tal', en: 'Your figures' },
  'report.method.input.file': { da: 'Fil', en: 'File' },
  'report.method.input.sheet': { da: 'Ark', en: 'Sheet' },
  'report.method.input.range': { da: 'Celleområde', en: 'Cell range' },
  'report.method.input.table': { da: 'Excel-tabel', en: 'Excel table' },
  'report.method.input.used': { da: 'Enheder brugt', en: 'Units used' },
  'report.method.input.excluded': { da: 'Rækker udeladt (se problemer nederst)', en: 'Rows left out (see problems below)' },
  'report.method.input.createdAt': { da: 'Rapporten dannet', en: 'Report created' },
  'report.method.input.runId': { da: 'Kørsel', en: 'Run' },
  'report.method.input.version': { da: 'Version', en: 'Version' },
  'report.method.sourcesHeading': { da: 'Kilder', en: 'Sources' },
  'report.method.attribution': {
    da: 'Kilde: Danmarks Statistik, statistikbanken.dk. Tallene i rapporten er egne beregninger på grundlag af data fra Danmarks Statistik.',
    en: 'Source: Statistics Denmark, statbank.dk. The figures in this report are own calculations based on data from Statistics Denmark.',
  },
  'report.method.source.period': { da: 'Periode', en: 'Period' },
  'report.method.source.origin': { da: 'Oprindelse', en: 'Origin' },
  'report.method.source.fetchedAt.snapshot': { da: 'Øjebliksbilledet dannet', en: 'Snapshot built' },
  'report.method.source.fetchedAt.live': { da: 'Hentet', en: 'Fetched' },
  'report.method.source.fetchedAt.cache': { da: 'Hentet (gemt lokalt)', en: 'Fetched (stored locally)' },
  'report.method.source.updated': { da: 'Opdateret hos Danmarks Statistik', en: 'Updated by Statistics Denmark' },
  'report.method.source.query': { da: 'Udtræk (variabel=koder)', en: 'Query (variable=codes)' },
  'report.method.query.many': { da: '{variable}: {count} koder (se bilaget nederst)', en: '{variable}: {count} codes (see the appendix at the end)' },
  'report.method.appendixHeading': { da: 'Bilag: udtrækkene i fuld længde', en: 'Appendix: the queries in full' },
  'report.method.appendixIntro': {
    da: 'Med disse koder kan tallene hentes igen i Statistikbanken (statistikbanken.dk) eller gennem dens API.',
    en: 'With these codes the figures can be fetched again from StatBank Denmark (statistikbanken.dk) or its API.',
  },
  'report.method.appendix.table': { da: 'Tabel (periode)', en: 'Table (period)' },
  'report.method.appendix.codes': { da: 'Koder', en: 'Codes' },
  'report.method.appendix.variable': { da: 'Variabel', en: 'Variable' },
  'report.flag.verifySnapshot': {
    da: 'øjebliksbillede – efterprøv tallene mod {table} i Statistikbanken',
    en: 'snapshot – verify against live {table}',
  },
  'report.method.source.flags': { da: 'Forbehold', en: 'Caveats' },
  'report.method.source.attribution': { da: 'Kildeangivelse', en: 'Attribution' },
  'report.method.source.provenance': { da: 'Herkomst', en: 'Provenance' },
  'report.origin.snapshot': {
    da: 'Øjebliksbillede leveret med programmet – ikke hentet live',
    en: 'Snapshot shipped with the program – not fetched live',
  },
  'report.origin.live': { da: 'Hentet live fra Statistikbanken', en: 'Fetched live from StatBank Denmark' },
  'report.origin.cache': { da: 'Hentet tidligere fra Statistikbanken og gemt lokalt', en: 'Fetched earlier from StatBank Denmark and stored locally' },
  'report.method.unknown': { da: 'ukendt', en: 'unknown' },
  'report.method.none': { da: 'ingen', en: 'none' },
  'report.method.methodHeading': { da: 'Sådan er der regnet', en: 'How it was computed' },
  'report.method.topic.keyFigure': { da: 'Nøgletal', en: 'Key figure' },
  'report.method.text.keyFigure': {
    da: 'Nøgletal = udgift ÷ aktivitet, fx kr. pr. elev eller kr. pr. indbygger. Udgift og aktivitet er dine egne tal, medmindre andet er nævnt under forbehold.',
    en: 'Key figure = spending ÷ activity, e.g. DKK per pupil or DKK per inhabitant. Spending and activity are your own figures unless stated under caveats.',
  },
  'report.method.topic.average': { da: 'Gruppens gennemsnit', en: 'Group average' },
  'report.method.text.average': {
    da: 'Gennemsnittet er Σ udgifter ÷ Σ aktivitet for hele gruppen, som på noegletal.dk. Det uvægtede gennemsnit af nøgletallene vises også.',
    en: 'The average is Σ spending ÷ Σ activity for the whole group, as on noegletal.dk. The unweighted mean of the key figures is shown too.',
  },
  'report.method.topic.quartiles': { da: 'Kvartiler og median', en: 'Quartiles and median' },
  'report.method.text.quartiles': {
    da: 'Som Excels KVARTIL.MEDTAG (QUARTILE.INC) og MEDIAN over gruppens nøgletal, inklusive din egen værdi.',
    en: 'As Excel’s QUARTILE.INC and MEDIAN over the group’s key figures, including your own value.',
  },
  'report.method.topic.percentRank': { da: 'Percentilrang', en: 'Percentile rank' },
  'report.method.text.percentRank': {
    da: 'Som Excels PROCENTPLADS.MEDTAG (PERCENTRANK.INC), skåret ned til 3 decimaler: andelen af gruppen med et lavere nøgletal end dit. 0 % er lavest, 100 % højest.',
    en: 'As Excel’s PERCENTRANK.INC, truncated to 3 decimals: the share of the group with a lower key figure than yours. 0% is the lowest, 100% the highest.',
  },
  'report.method.topic.rank': { da: 'Rang', en: 'Rank' },
  'report.method.text.rank': {
    da: 'Som Excels RANG.LIGE (RANK.EQ). Rang 1 er den bedste: laveste udgift pr. enhed, eller højeste værdi hvor højere er bedre.',
    en: 'As Excel’s RANK.EQ. Rank 1 is the best: the lowest spending per unit, or the highest value where higher is better.',
  },
  'report.method.topic.light': { da: 'Lys', en: 'Light' },
  'report.method.text.light': {
    da: 'Grøn: i den bedste fjerdedel af gruppen (1. kvartil). Rød: i den dårligste fjerdedel (4. kvartil). Gul: midt imellem. En værdi præcis på en kvartilgrænse tælles med i den bedre fjerdedel.',
    en: 'Green: in the best quarter of the group (1st quartile). Red: in the worst quarter (4th quartile). Yellow: in between. A value exactly on a quartile boundary counts in the better quarter.',
  },
  'report.method.topic.standards': { da: 'Standarder', en: 'Standards' },
  'report.method.text.standards': {
    da: 'Median; bedste kvartil (nedre kvartil for udgifter); bedste (laveste udgift i gruppen); gennemsnit (Σ ÷ Σ); forventet niveau (regression, se nedenfor).',
    en: 'Median; best quartile (lower quartile for spending); best (lowest spending in the group); average (Σ ÷ Σ); expected level (regression, see below).',
  },
  'report.method.topic.expected': { da: 'Forventet niveau', en: 'Expected level' },
  'report.method.text.expected': {
    da: 'En lineær regression (mindste kvadraters metode) af nøgletallet på de valgte strukturvariable. Forklaringsgraden R² siger, hvor meget af forskellene variablene forklarer (0 = intet, 1 = alt).',
    en: 'A linear regression (ordinary least squares) of the key figure on the chosen structural variables. R² says how much of the differences the variables explain (0 = nothing, 1 = everything).',
  },
  'report.method.topic.potential': { da: 'Potentiale', en: 'Potential' },
  'report.method.text.potential': {
    da: 'Potentiale = max(0; eget nøgletal − standard) × aktivitet, i kr. Ligger du allerede bedre end standarden, er potentialet 0. Hvor højere er bedre, regnes forskellen den anden vej.',
    en: 'Potential = max(0, own key figure − standard) × activity, in DKK. If you already do better than the standard, the potential is 0. Where higher is better, the gap is taken the other way.',
  },
  'report.method.r2For': { da: 'R² – {area}', en: 'R² – {area}' },
  'report.method.chosenFor': { da: 'Valgt standard – {area}', en: 'Chosen standard – {area}' },
  'report.method.groupsHeading': { da: 'Sammenligningsgrupper', en: 'Comparison groups' },
  'report.method.groupFor': { da: '{label} (for {units}).', en: '{label} (for {units}).' },
  'report.method.namesAndMore': { da: '{names} og {more} andre', en: '{names} and {more} others' },
  'report.method.caveatsHeading': { da: 'Forbehold', en: 'Caveats' },
  'report.caveat.structure': {
    da: 'Forskelle kan skyldes struktur, serviceniveau og kontering, ikke kun effektivitet. Brug tallene som anledning til spørgsmål, ikke som facit.',
    en: 'Differences can stem from structure, service level and accounting practice, not only efficiency. Use the figures to ask questions, not as the answer.',
  },
  'report.caveat.periods': {
    da: 'Tallene stammer fra forskellige perioder ({list}), fx befolkningstal fra én periode brugt som vægt for udgifter fra en anden.',
    en: 'The figures come from different periods ({list}), e.g. population from one period used as the weight for spending from another.',
  },
  'report.caveat.activityFromReference': {
    da: '{area}: aktiviteten for {units} er Danmarks Statistiks tal for {period}, ikke dit eget.',
    en: '{area}: the activity for {units} is Statistics Denmark’s figure for {period}, not your own.',
  },
  'report.caveat.sourceFlag': { da: '{table}: {flag}', en: '{table}: {flag}' },
  'report.method.problemsHeading': { da: 'Problemer i dine tal', en: 'Problems in your figures' },
  'report.method.noProblems': { da: 'Ingen problemer fundet.', en: 'No problems found.' },
  'report.method.problem.address': { da: 'Adresse', en: 'Address' },
  'report.method.problem.message': { da: 'Besked', en: 'Message' },
  'report.method.problem.severity': { da: 'Alvorlighed', en: 'Severity' },
  'report.severity.error': { da: 'Fejl', en: 'Error' },
  'report.severity.warning': { da: 'Advarsel', en: 'Warning' },
  'report.severity.info': { da: 'Oplysning', en: 'Information' },
};
