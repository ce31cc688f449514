import type { StringTable } from '../index';

// Strings of the multi-year reference data: anomalies (booking practice), trends, the measure and
// the framework conditions. Kept in their own table so the topics can be read together.
export const refdataStrings: StringTable = {
  // Anomalies in the engine
  'bench.anomaly.flag.nonPositive': {
    da: '{name} ({value} {unit}: 0 eller derunder)',
    en: '{name} ({value} {unit}: zero or below)',
  },
  'bench.anomaly.flag.below': {
    da: '{name} ({value} {unit}: under grænsen {limit})',
    en: '{name} ({value} {unit}: below the limit {limit})',
  },
  'bench.anomaly.flag.above': {
    da: '{name} ({value} {unit}: over grænsen {limit})',
    en: '{name} ({value} {unit}: above the limit {limit})',
  },
  'bench.anomaly.leftOut.municipality.one': {
    da: '{name}: 1 kommune er udeladt af standarderne bedste, bedste kvartil og forventet niveau, fordi tallet sandsynligvis er konteret anderledes: {list}. Vælg at medtage markerede tal, hvis de skal med.',
    en: '{name}: 1 municipality is left out of the best, best-quartile and expected standards because its figure is probably booked differently: {list}. Choose to include flagged figures if they should count.',
  },
  'bench.anomaly.leftOut.municipality.many': {
    da: '{name}: {count} kommuner er udeladt af standarderne bedste, bedste kvartil og forventet niveau, fordi tallene sandsynligvis er konteret anderledes: {list}. Vælg at medtage markerede tal, hvis de skal med.',
    en: '{name}: {count} municipalities are left out of the best, best-quartile and expected standards because their figures are probably booked differently: {list}. Choose to include flagged figures if they should count.',
  },
  'bench.anomaly.leftOut.unit.one': {
    da: '1 enhed er udeladt af standarderne bedste, bedste kvartil og forventet niveau, fordi tallet sandsynligvis er forkert indtastet eller konteret anderledes: {list}. Vælg at medtage markerede tal, hvis de skal med.',
    en: '1 unit is left out of the best, best-quartile and expected standards because its figure is probably mistyped or booked differently: {list}. Choose to include flagged figures if they should count.',
  },
  'bench.anomaly.leftOut.unit.many': {
    da: '{count} enheder er udeladt af standarderne bedste, bedste kvartil og forventet niveau, fordi tallene sandsynligvis er forkert indtastet eller konteret anderledes: {list}. Vælg at medtage markerede tal, hvis de skal med.',
    en: '{count} units are left out of the best, best-quartile and expected standards because their figures are probably mistyped or booked differently: {list}. Choose to include flagged figures if they should count.',
  },
  'bench.anomaly.own.nonPositive': {
    da: '{name}: dit eget nøgletal er {value} {unit}, altså 0 eller derunder. Det ligner en anden kontering end hos de øvrige – tjek tallet.',
    en: '{name}: your own key figure is {value} {unit}, i.e. zero or below. That looks like different booking from the others – check the figure.',
  },
  'bench.anomaly.own.farFromMedian': {
    da: '{name}: dit eget nøgletal er {value} {unit}, langt fra medianen for alle. Det ligner en anden kontering eller en fejl i enheden (fx 1.000 kr.) – tjek tallet.',
    en: '{name}: your own key figure is {value} {unit}, far from the median of all. That looks like different booking or a wrong unit (e.g. DKK 1,000) – check the figure.',
  },
  'bench.expected.anomaliesExcluded': {
    da: 'Det forventede niveau er beregnet uden {count} tal, der sandsynligvis er konteret anderledes: {ids}.',
    en: 'The expected level is fitted without {count} figures that are probably booked differently: {ids}.',
  },
};

export const measureStrings: StringTable = {
  'measure.functions.all': { da: 'alle funktioner', en: 'all functions' },
  'measure.perInhabitant.unit': { da: 'kr. pr. indbygger', en: 'DKK per inhabitant' },
  'measure.perAgeBand.unit': { da: 'kr. pr. indbygger i områdets aldersgruppe', en: 'DKK per inhabitant in the area’s age band' },
  'measure.unit.partial': { da: '{unit}, kun {functions}', en: '{unit}, {functions} only' },
  'measure.perInhabitant.numerator': {
    da: 'nettoudgifter på {functions} (REGK31, ART I alt netto)',
    en: 'net expenditure on {functions} (REGK31, ART total net)',
  },
  'measure.perAgeBand.numerator': {
    da: 'nettodriftsudgifter på {functions} (REGK31, DRANST 1+2, ART I alt netto)',
    en: 'net operating expenditure on {functions} (REGK31, DRANST 1+2, ART total net)',
  },
  'measure.perInhabitant.denominator': {
    da: 'indbyggere (Danmarks Statistiks eget folketal bag REGK31 pr. indbygger, PRISENHED INDL; vægte i gennemsnit: folketal {period})',
    en: 'inhabitants (Statistics Denmark’s own population behind REGK31 per inhabitant, PRISENHED INDL; weights in averages: population {period})',
  },
  'measure.perAgeBand.denominator': {
    da: 'indbyggere i områdets aldersgruppe (0–5, 6–16 eller 67+ år; ellers alle) 1. dag i {period} (FOLK1A)',
    en: 'inhabitants in the area’s age band (0–5, 6–16 or 67+; otherwise all) on the first day of {period} (FOLK1A)',
  },
  'measure.period': { da: 'regnskabsår {year}', en: 'accounting year {year}' },
  'measure.prices.current': { da: 'løbende priser', en: 'current prices' },
  'measure.label': {
    da: 'Nøgletal: {numerator} divideret med {denominator}, regnskabsår {year}, {prices}.',
    en: 'Key figure: {numerator} divided by {denominator}, accounting year {year}, {prices}.',
  },
  'measure.mismatch.partial': {
    da: '{source} har ikke alle funktioner i {area} ({wanted}); nøgletallet omfatter kun {functions}.',
    en: '{source} does not hold every function of {area} ({wanted}); the key figure covers {functions} only.',
  },
  'measure.mismatch.kind': {
    da: '{source} kan ikke give målet "{wanted}" for {area}; der bruges "{used}" i stedet.',
    en: '{source} cannot give the measure "{wanted}" for {area}; "{used}" is used instead.',
  },
  'measure.name.perInhabitant': { da: 'kr. pr. indbygger (Danmarks Statistiks tal)', en: 'DKK per inhabitant (Statistics Denmark’s figure)' },
  'measure.name.perAgeBand': { da: 'kr. pr. indbygger i aldersgruppen (Danmarks Statistiks nøgletalsmetode)', en: 'DKK per inhabitant in the age band (Statistics Denmark’s key-figure method)' },
  'measure.source.snapshot': { da: 'Det indbyggede snapshot', en: 'The bundled snapshot' },
  'measure.source.live': { da: 'Statistikbanken (live)', en: 'StatBank (live)' },
  'measure.source.cache': { da: 'De gemte data', en: 'The stored data' },
  'ref.year.unavailable': {
    da: 'Referencedataene har ikke regnskabsåret {year} for {area}; de har {years}.',
    en: 'The reference data do not hold the accounting year {year} for {area}; they hold {years}.',
  },
};

export const userTableStrings: StringTable = {
  'pipeline.measure.mismatch': {
    da: '{area}: {reason} Alle kolonner og ark siger derfor "{measure}".',
    en: '{area}: {reason} Every column and sheet therefore says "{measure}".',
  },
  'pipeline.area.referenceFailed': {
    da: '{area} kan ikke sammenlignes: {message}',
    en: '{area} cannot be compared: {message}',
  },
  'parse.framework.empty': {
    da: 'Tabellen med rammevilkår i {address} er tom – der skal stå en kolonne med kommunekoder og mindst én talkolonne.',
    en: 'The framework table in {address} is empty – it needs a column of municipality codes and at least one column of numbers.',
  },
  'parse.framework.noCodeColumn': {
    da: 'Tabellen med rammevilkår i {address} har ingen kolonne med kommunekode eller kommunenavn i overskriften.',
    en: 'The framework table in {address} has no column headed municipality code or municipality name.',
  },
  'parse.framework.noVariables': {
    da: 'Tabellen med rammevilkår i {address} har ingen talkolonner ud over kommunen.',
    en: 'The framework table in {address} has no numeric columns besides the municipality.',
  },
  'parse.framework.duplicate': {
    da: 'Kommune {code} står to gange i tabellen med rammevilkår ({address}); den anden række er sprunget over.',
    en: 'Municipality {code} appears twice in the framework table ({address}); the second row was skipped.',
  },
  'parse.framework.emptyColumn': {
    da: 'Kolonnen "{column}" ({address}) har ingen tal og bruges ikke.',
    en: 'Column "{column}" ({address}) holds no numbers and is not used.',
  },
  'parse.groupList.empty': {
    da: 'Sammenligningsgruppen i {address} indeholder ingen kendte kommunekoder eller kommunenavne.',
    en: 'The comparison group in {address} holds no known municipality codes or names.',
  },
};
