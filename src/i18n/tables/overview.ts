import type { StringTable } from '../index';

// Texts of the Overblik sheet: the one page a director reads. Numbers never go into these
// sentences; they stand in cells of their own beside them, so they stay live and formatted.
export const overviewStrings: StringTable = {
  'overview.title': { da: 'Overblik: hvor er pengene?', en: 'Overview: where is the money?' },
  'overview.subtitle.municipality': {
    da: '{name} · {areas} sammenlignet med {group}',
    en: '{name} · {areas} compared with {group}',
  },
  'overview.subtitle.institution': {
    da: '{count} enheder inden for {area}, sammenlignet med hinanden',
    en: '{count} units in {area}, compared with each other',
  },
  'overview.municipalities.many': { da: '{count} kommuner', en: '{count} municipalities' },
  'overview.areas.one': { da: '1 serviceområde', en: '1 service area' },
  'overview.areas.many': { da: '{count} serviceområder', en: '{count} service areas' },
  'overview.group.mixed': { da: 'de valgte sammenligningsgrupper', en: 'the chosen comparison groups' },
  'overview.headline': {
    da: 'Samlet potentiale om året, hvis I kom ned på {standard}',
    en: 'Total potential per year if you reached {standard}',
  },
  'overview.headline.higher': {
    da: 'Samlet potentiale om året, hvis I nåede {standard}',
    en: 'Total potential per year if you reached {standard}',
  },
  'overview.standard.median': { da: 'gruppens median', en: 'the group median' },
  'overview.standard.quartile': { da: 'gruppens bedste kvartil', en: 'the group\'s best quartile' },
  'overview.standard.best': { da: 'den bedste i gruppen', en: 'the best in the group' },
  'overview.standard.average': { da: 'gruppens gennemsnit', en: 'the group average' },
  'overview.standard.expected': { da: 'det forventede niveau', en: 'the expected level' },
  'overview.range': {
    da: 'Med en anden standard ligger det mellem',
    en: 'With another standard it lies between',
  },
  'overview.rangeAnd': { da: 'og', en: 'and' },
  'overview.dea': {
    da: 'Effektivitetsanalysen (DEA) peger på',
    en: 'The efficiency analysis (DEA) points to',
  },
  'overview.dea.what': {
    da: 'DEA-tallet er et andet mål end nøgletalspotentialet: det sammenligner hver enhed med de enheder, der får mest kvalitet for pengene. De to tal kan ikke lægges sammen.',
    en: 'The DEA figure is a different measure from the key-figure potential: it compares each unit with the units that get the most quality for the money. The two figures cannot be added.',
  },
  'overview.means': {
    da: 'Potentialet er forskellen mellem jeres nøgletal og {standard}, ganget med jeres aktivitet: det beløb, udgiften ville være lavere, hvis I lå dér.',
    en: 'The potential is the gap between your key figure and {standard}, times your activity: how much lower spending would be there.',
  },
  'overview.meansNot': {
    da: 'Det er ikke en besparelse, der kan hentes uden videre: en højere udgift kan skyldes andre opgaver, et bevidst serviceniveau, jeres struktur eller en anden kontering.',
    en: 'It is not a saving to be taken as it stands: higher spending can reflect other tasks, a deliberate service level, your structure or different bookkeeping.',
  },
  'overview.use': {
    da: 'Brug tallene til at vælge, hvor I vil se nærmere efter; på arket «{sheet}» kan I vælge potentialer, sætte en realiseringsgrad og et budgetår.',
    en: 'Use the figures to choose where to look closer; on the sheet “{sheet}” you can pick potentials, set a realisation rate and a budget year.',
  },
  'overview.table.heading.areas': { da: 'Placering pr. område', en: 'Position by area' },
  'overview.table.heading.units': { da: 'De {count} enheder med størst potentiale', en: 'The {count} units with the largest potential' },
  'overview.col.area': { da: 'Område', en: 'Area' },
  'overview.col.unit': { da: 'Enhed', en: 'Unit' },
  'overview.col.keyFigure': { da: 'Jeres nøgletal', en: 'Your key figure' },
  'overview.col.standard': { da: 'Standard: {standard}', en: 'Standard: {standard}' },
  'overview.col.quartile': { da: 'Kvartil (1 = bedst)', en: 'Quartile (1 = best)' },
  'overview.col.light': { da: 'Lys', en: 'Light' },
  'overview.col.trend': { da: 'Udvikling', en: 'Trend' },
  'overview.col.potential': { da: 'Potentiale (kr.)', en: 'Potential (DKK)' },
  'overview.others': { da: 'Øvrige {count} enheder', en: 'Other {count} units' },
  'overview.others.one': { da: 'Øvrig 1 enhed', en: 'Other 1 unit' },
  'overview.total': { da: 'I alt', en: 'Total' },
  'overview.chart': { da: 'Største potentialer (mio. kr. om året, afrundet)', en: 'Largest potentials (DKK million per year, rounded)' },
  'overview.chart.thousands': { da: 'Største potentialer (1.000 kr. om året, afrundet)', en: 'Largest potentials (DKK thousand per year, rounded)' },
  'overview.noPotential': {
    da: 'Ingen enhed ligger over den valgte standard, så der er intet potentiale at vise.',
    en: 'No unit is above the chosen standard, so there is no potential to show.',
  },
  'overview.dataLine': {
    da: '{sources} Metode, kilder og forbehold: arket «{sheet}».',
    en: '{sources} Method, sources and caveats: the sheet “{sheet}”.',
  },
  'overview.measure': { da: 'Nøgletal: {measure}.', en: 'Key figure: {measure}.' },

  // Defined names for the key numbers (letters, digits and '_' only).
  'overview.name.total': { da: 'Samlet_potentiale', en: 'Total_potential' },
  'overview.name.rangeLow': { da: 'Potentiale_laveste_standard', en: 'Potential_lowest_standard' },
  'overview.name.rangeHigh': { da: 'Potentiale_hoejeste_standard', en: 'Potential_highest_standard' },
  'overview.name.dea': { da: 'DEA_potentiale', en: 'DEA_potential' },
};
