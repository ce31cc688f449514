import type { StringTable } from '../index';

// Result-sheet texts for trends, flagged figures, the measure and the expected level with its
// prediction interval. Numbers go into cells of their own, never into these sentences.
export const refdataReportStrings: StringTable = {
  // The measure, on every benchmark sheet and on Metode og kilder
  'report.measure.line': { da: 'Mål: {label}', en: 'Measure: {label}' },
  'report.measure.summary.perInhabitant': {
    da: 'Mål: nettoudgifter (REGK31, ART I alt netto) divideret med {denominator}; {period}, {prices}. Områdernes funktioner: {areas}.',
    en: 'Measure: net expenditure (REGK31, ART total net) divided by {denominator}; {period}, {prices}. The areas\' functions: {areas}.',
  },
  'report.measure.summary.perAgeBand': {
    da: 'Mål: nettodriftsudgifter (REGK31, DRANST 1+2, ART I alt netto) divideret med {denominator}; {period}, {prices}. Områdernes funktioner: {areas}.',
    en: 'Measure: net operating expenditure (REGK31, DRANST 1+2, ART total net) divided by {denominator}; {period}, {prices}. The areas\' functions: {areas}.',
  },
  'report.measure.mismatch': { da: 'Bemærk: {reason}', en: 'Note: {reason}' },

  // Flagged figures in the comparison group
  'report.group.col.forStandard': { da: 'Til bedste/kvartil', en: 'For best/quartile' },
  'report.group.col.note': { da: 'Bemærkning', en: 'Note' },
  'report.stat.bestClean': { da: 'Bedste uden markerede', en: 'Best without flagged' },
  'report.stat.quartileClean': { da: 'Bedste kvartil uden markerede', en: 'Best quartile without flagged' },
  'report.anomaly.nonPositive': {
    da: 'Sandsynligvis konteret anderledes: 0 kr. eller derunder',
    en: 'Probably booked differently: zero or below',
  },
  'report.anomaly.below': {
    da: 'Sandsynligvis konteret anderledes: under grænsen {limit}',
    en: 'Probably booked differently: below the limit {limit}',
  },
  'report.anomaly.above': {
    da: 'Sandsynligvis konteret anderledes: over grænsen {limit}',
    en: 'Probably booked differently: above the limit {limit}',
  },
  'report.anomaly.heading': { da: 'Markerede tal – sandsynligvis konteret anderledes ({period})', en: 'Flagged figures – probably booked differently ({period})' },
  'report.anomaly.headingInstitutions': { da: 'Markerede tal – sandsynligvis forkert enhed eller konteret anderledes', en: 'Flagged figures – probably a wrong unit or booked differently' },
  'report.anomaly.rule': {
    da: 'Reglen: et nøgletal markeres, når det er 0 kr. eller derunder, eller under {fraction} af medianen for alle {population} ({median}). Markerede tal står i sammenligningen, men indgår ikke i standarderne bedste, bedste kvartil og forventet niveau.',
    en: 'The rule: a key figure is flagged when it is zero or below, or below {fraction} of the median of all {population} ({median}). Flagged figures stay in the comparison but are left out of the best, best-quartile and expected standards.',
  },
  'report.anomaly.included': {
    da: 'Du har valgt at medtage markerede tal i alle standarder.',
    en: 'You chose to include flagged figures in every standard.',
  },
  'report.anomaly.none': { da: 'Ingen tal er markeret.', en: 'No figure is flagged.' },
  'report.anomaly.population.municipalities': { da: 'kommuner', en: 'municipalities' },
  'report.anomaly.population.institutions': { da: 'enheder', en: 'units' },
  'report.anomaly.col.name': { da: 'Navn', en: 'Name' },
  'report.anomaly.col.code': { da: 'Kode', en: 'Code' },
  'report.anomaly.col.value': { da: 'Nøgletal ({unit})', en: 'Key figure ({unit})' },
  'report.anomaly.col.limit': { da: 'Grænse', en: 'Limit' },
  'report.anomaly.col.reason': { da: 'Hvorfor', en: 'Why' },

  // Trends
  'report.trend.heading': { da: 'Udvikling {from}–{to}: {name} (løbende priser)', en: 'Development {from}–{to}: {name} (current prices)' },
  'report.trend.note': {
    da: 'Løbende priser, som Danmarks Statistik offentliggør dem (ingen deflering). {own} er dine egne tal; tidligere år er kommunens eget regnskabstal hos Danmarks Statistik. Tomme felter er ikke indberettet, mangler eller er 0 kr. og derunder – de tegnes aldrig som 0.',
    en: 'Current prices as Statistics Denmark publishes them (no deflator). {own} is your own figure; earlier years are the municipality’s own accounts at Statistics Denmark. Empty cells are not reported, missing, or zero and below – they are never drawn as 0.',
  },
  'report.trend.col.year': { da: 'År', en: 'Year' },
  'report.trend.col.own': { da: 'Egen ({unit})', en: 'Own ({unit})' },
  'report.trend.col.source': { da: 'Kilde til egen', en: 'Source of own' },
  'report.trend.col.median': { da: 'Gruppens median', en: 'Group median' },
  'report.trend.col.national': { da: 'Hele landet', en: 'Whole country' },
  'report.trend.col.rank': { da: 'Placering', en: 'Rank' },
  'report.trend.col.n': { da: 'Antal', en: 'Count' },
  'report.trend.col.note': { da: 'Bemærkning', en: 'Note' },
  'report.trend.source.own': { da: 'Egne tal', en: 'Own figures' },
  'report.trend.source.reference': { da: 'Regnskab (Danmarks Statistik)', en: 'Accounts (Statistics Denmark)' },
  'report.trend.gap.notReported': { da: 'Ikke indberettet (brud i serien)', en: 'Not reported (series break)' },
  'report.trend.gap.missing': { da: 'Mangler', en: 'Missing' },
  'report.trend.gap.nonPositive': { da: 'Offentliggjort {value} kr. – sandsynligvis konteret anderledes', en: 'Published DKK {value} – probably booked differently' },
  'report.trend.changeKr': { da: 'Ændring {from}–{to}, kr.', en: 'Change {from}–{to}, DKK' },
  'report.trend.changePct': { da: 'Ændring {from}–{to}, %', en: 'Change {from}–{to}, %' },
  'report.trend.medianChangePct': { da: 'Gruppens median, ændring %', en: 'Group median, change %' },
  'report.trend.arrow': { da: 'Tendens', en: 'Trend' },
  'report.trend.arrow.up': { da: '↑ stigende', en: '↑ rising' },
  'report.trend.arrow.down': { da: '↓ faldende', en: '↓ falling' },
  'report.trend.arrow.flat': { da: '→ uændret', en: '→ flat' },
  'report.trend.arrow.none': { da: '– for få år', en: '– too few years' },
  'report.trend.assessment.better': { da: 'bedre end gruppens median', en: 'better than the group median' },
  'report.trend.assessment.worse': { da: 'dårligere end gruppens median', en: 'worse than the group median' },
  'report.trend.assessment.same': { da: 'som gruppens median', en: 'in line with the group median' },
  'report.trend.assessment.unknown': { da: 'kan ikke sammenlignes med gruppen', en: 'cannot be compared with the group' },
  'report.trend.chart': { da: 'Udvikling – {name} ({unit}, løbende priser)', en: 'Development – {name} ({unit}, current prices)' },
  'report.trend.chart.own': { da: 'Egen', en: 'Own' },

  // Expected level with the prediction interval
  'report.expected.heading': { da: 'Forventet niveau ud fra rammevilkår', en: 'Expected level from framework conditions' },
  'report.expected.description': {
    da: 'Som den nationale benchmarkingenhed kaldes en enhed kun signifikant over eller under det forventede niveau, når dens faktiske nøgletal ligger uden for 95 %-prognoseintervallet: forventet ± t × prognosens spredning.',
    en: 'Like the national benchmarking unit, a unit is only called significantly above or below its expected level when its actual key figure lies outside the 95 % prediction interval: expected ± t × the prediction’s spread.',
  },
  'report.expected.col.spread': { da: 'Prognosens spredning', en: 'Prediction spread' },
  'report.expected.residualSe': { da: 'Residualspredning (s)', en: 'Residual standard error (s)' },
  'report.expected.df': { da: 'Frihedsgrader (n − p − 1)', en: 'Degrees of freedom (n − p − 1)' },
  'report.expected.t': { da: 't-værdi for 95 % (T.INV.2T)', en: 't value for 95 % (T.INV.2T)' },
  'report.expected.excluded': { da: 'Udeladt som markerede tal', en: 'Left out as flagged figures' },
  'report.expected.col.lower': { da: 'Nedre 95 %', en: 'Lower 95 %' },
  'report.expected.col.upper': { da: 'Øvre 95 %', en: 'Upper 95 %' },
  'report.expected.col.verdict': { da: 'Vurdering', en: 'Verdict' },
  'report.expected.verdict.above': { da: 'Signifikant over', en: 'Significantly above' },
  'report.expected.verdict.below': { da: 'Signifikant under', en: 'Significantly below' },
  'report.expected.verdict.within': { da: 'Inden for intervallet', en: 'Within the interval' },
  'report.expected.category': { da: '{name} = {level}', en: '{name} = {level}' },

  // Metode og kilder
  'report.method.measureHeading': { da: 'Nøgletal (mål)', en: 'Key figures (measure)' },
  'report.method.anomalyHeading': { da: 'Markerede tal', en: 'Flagged figures' },
  'report.method.frameworkHeading': { da: 'Rammevilkår', en: 'Framework conditions' },
  'report.method.framework.variable': { da: '{name} ({source}, {period})', en: '{name} ({source}, {period})' },
  'report.method.userTable.framework': { da: 'Dine rammevilkår', en: 'Your framework conditions' },
  'report.method.userTable.groupList': { da: 'Din sammenligningsgruppe', en: 'Your comparison group' },
  'report.method.userTable.where': { da: '{sheet}!{range}{table}; kolonner: {columns}', en: '{sheet}!{range}{table}; columns: {columns}' },
  'report.method.userTable.whereList': { da: '{sheet}!{range}{table}; {count} kommuner: {codes}', en: '{sheet}!{range}{table}; {count} municipalities: {codes}' },
  'report.method.userTable.table': { da: ' (tabel {name})', en: ' (table {name})' },
  'report.method.trendYears': { da: 'År i udviklingen: {years}', en: 'Years in the development: {years}' },
};
