import type { StringTable } from '../index';

// Strings of the live StatBank client: every way a request can fail, said so a finance officer
// knows what happened and what to do, plus the fallback notices and the live dataset texts.
export const statbankStrings: StringTable = {
  // Errors DST reports itself (HTTP 400 with errorTypeCode)
  'statbank.error.EXTRACT-NOTFOUND': {
    da: 'Danmarks Statistik kender ikke en af de valgte værdier i tabellen {table} ({dstMessage}). Tabellen kan være ændret; prøv et andet år eller brug det indbyggede snapshot.',
    en: 'Statistics Denmark does not know one of the selected values in table {table} ({dstMessage}). The table may have changed; try another year or use the bundled snapshot.',
  },
  'statbank.error.EXTRACT-NOTALLOWED': {
    da: 'Danmarks Statistik afviste udtrækket fra {table}: {dstMessage}. Forespørgslen skal rettes i Pejlemærke; brug det indbyggede snapshot indtil da.',
    en: 'Statistics Denmark refused the extract from {table}: {dstMessage}. The query must be fixed in Pejlemærke; use the bundled snapshot until then.',
  },
  'statbank.error.REQUEST-MISSING': {
    da: 'Danmarks Statistik mangler en del af forespørgslen til {table} ({dstMessage}). Det er en fejl i Pejlemærke; brug det indbyggede snapshot og meld fejlen.',
    en: 'Statistics Denmark is missing part of the request for {table} ({dstMessage}). This is a fault in Pejlemærke; use the bundled snapshot and report it.',
  },
  'statbank.error.REQUEST-EMPTY': {
    da: 'Forespørgslen til Danmarks Statistik om {table} var tom. Det er en fejl i Pejlemærke; brug det indbyggede snapshot og meld fejlen.',
    en: 'The request to Statistics Denmark for {table} was empty. This is a fault in Pejlemærke; use the bundled snapshot and report it.',
  },
  'statbank.error.REQUEST-LANGUAGE': {
    da: 'Danmarks Statistik understøtter ikke det valgte sprog ({dstMessage}). Vælg dansk eller engelsk.',
    en: 'Statistics Denmark does not support the chosen language ({dstMessage}). Choose Danish or English.',
  },
  'statbank.error.REQUEST-LIMIT': {
    da: 'Udtrækket fra {table} er større end Danmarks Statistik tillader ({dstMessage}). Vælg færre områder eller år.',
    en: 'The extract from {table} is larger than Statistics Denmark allows ({dstMessage}). Choose fewer areas or years.',
  },
  'statbank.error.DST-OTHER': {
    da: 'Danmarks Statistik afviste forespørgslen til {table} ({code}: {dstMessage}). Brug det indbyggede snapshot, og prøv igen senere.',
    en: 'Statistics Denmark rejected the request for {table} ({code}: {dstMessage}). Use the bundled snapshot and try again later.',
  },
  // Transport and answer problems
  'statbank.error.NOT-FOUND': {
    da: 'Adressen {url} findes ikke hos Danmarks Statistik (HTTP 404). Tjek adressen til Statistikbanken (--base-url) eller opdatér Pejlemærke.',
    en: 'The address {url} does not exist at Statistics Denmark (HTTP 404). Check the StatBank address (--base-url) or update Pejlemærke.',
  },
  'statbank.error.HTTP': {
    da: 'Danmarks Statistik svarede med fejlkode HTTP {status} på forespørgslen til {table}. Prøv igen senere.',
    en: 'Statistics Denmark answered with error HTTP {status} to the request for {table}. Try again later.',
  },
  'statbank.error.SERVER': {
    da: 'Danmarks Statistiks server har en fejl lige nu (HTTP {status}; {attempts} forsøg). Prøv igen senere.',
    en: 'Statistics Denmark’s server has a fault right now (HTTP {status}; attempts: {attempts}). Try again later.',
  },
  'statbank.error.TIMEOUT': {
    da: 'Danmarks Statistik svarede ikke inden for {seconds} sekunder ({attempts} forsøg). Prøv igen senere.',
    en: 'Statistics Denmark did not answer within {seconds} seconds (attempts: {attempts}). Try again later.',
  },
  'statbank.error.DEADLINE': {
    da: 'Danmarks Statistik nåede ikke at svare om {table}, inden kørslens tidsgrænse på {seconds} sekunder var brugt. Prøv igen senere, eller sæt en længere tidsgrænse.',
    en: 'Statistics Denmark did not answer about {table} before the run’s time limit of {seconds} seconds was used up. Try again later, or set a longer time limit.',
  },
  'statbank.error.NETWORK': {
    da: 'Pejlemærke kunne ikke få forbindelse til Danmarks Statistik ({detail}). Tjek internetforbindelsen og prøv igen.',
    en: 'Pejlemærke could not connect to Statistics Denmark ({detail}). Check the internet connection and try again.',
  },
  'statbank.error.MALFORMED': {
    da: 'Svaret fra Danmarks Statistik om {table} kunne ikke læses (ugyldig JSON). Prøv igen senere.',
    en: 'The answer from Statistics Denmark about {table} could not be read (invalid JSON). Try again later.',
  },
  'statbank.error.TRUNCATED': {
    da: 'Svaret fra Danmarks Statistik om {table} blev afbrudt undervejs. Prøv igen senere.',
    en: 'The answer from Statistics Denmark about {table} was cut off. Try again later.',
  },
  'statbank.error.CONTENT-TYPE': {
    da: 'Svaret fra {url} var ikke data fra Danmarks Statistik (indholdstype "{contentType}"). Et netværksfilter eller en proxy kan stå imellem; tjek forbindelsen.',
    en: 'The answer from {url} was not Statistics Denmark data (content type "{contentType}"). A network filter or proxy may be in the way; check the connection.',
  },
  'statbank.error.EMPTY': {
    da: 'Danmarks Statistik sendte et tomt svar om {table}. Prøv igen senere.',
    en: 'Statistics Denmark sent an empty answer about {table}. Try again later.',
  },
  'statbank.error.SHAPE': {
    da: 'Svaret fra Danmarks Statistik om {table} havde ikke den ventede form ({detail}). Prøv igen senere, eller opdatér Pejlemærke.',
    en: 'The answer from Statistics Denmark about {table} did not have the expected shape ({detail}). Try again later, or update Pejlemærke.',
  },
  // Checks against tableinfo before any data request
  'statbank.error.UNKNOWN-VARIABLE': {
    da: 'Tabellen {table} har ingen variabel "{variable}". Tabellens variable er: {known}.',
    en: 'Table {table} has no variable "{variable}". The table’s variables are: {known}.',
  },
  'statbank.error.UNKNOWN-VALUE': {
    da: 'Variablen {variable} i tabellen {table} har ingen værdi "{value}". Nærmeste værdier: {close}.',
    en: 'Variable {variable} in table {table} has no value "{value}". Closest values: {close}.',
  },
  'statbank.error.MISSING-VARIABLE': {
    da: 'Variablen {variable} i tabellen {table} skal have valgte værdier (den kan ikke udelades).',
    en: 'Variable {variable} in table {table} needs selected values (it cannot be left out).',
  },
  'statbank.error.NO-YEAR': {
    da: 'Danmarks Statistik har endnu ikke tal for {period} i tabellen {table}. Nyeste periode er {newest}.',
    en: 'Statistics Denmark has no figures for {period} in table {table} yet. The newest period is {newest}.',
  },
  'statbank.close.none': { da: 'ingen', en: 'none' },

  // Fallback notices (status.reason)
  'statbank.fallback.cache': {
    da: '{cause} Data fra {date}, ikke hentet live: Pejlemærke bruger i stedet tal gemt fra en tidligere hentning.',
    en: '{cause} Data from {date}, not fetched live: Pejlemærke uses figures saved from an earlier fetch instead.',
  },
  'statbank.fallback.snapshot': {
    da: '{cause} Data fra {date}, ikke hentet live: Pejlemærke bruger i stedet det indbyggede snapshot.',
    en: '{cause} Data from {date}, not fetched live: Pejlemærke uses the bundled snapshot instead.',
  },

  'statbank.fallback.area.cache': {
    da: '{area}: ikke hentet live. {cause} Området bruger i stedet tal gemt lokalt, hentet {date}.',
    en: '{area}: not fetched live. {cause} The area uses figures stored locally, fetched {date}, instead.',
  },
  'statbank.fallback.area.snapshot': {
    da: '{area}: ikke hentet live. {cause} Området bruger i stedet det indbyggede snapshot (data fra {date}).',
    en: '{area}: not fetched live. {cause} The area uses the bundled snapshot (data from {date}) instead.',
  },
  'statbank.fallback.area.none': {
    da: '{area}: ikke hentet live. {cause} Der findes ingen andre tal for området, så det kan ikke sammenlignes i denne kørsel.',
    en: '{area}: not fetched live. {cause} There are no other figures for the area, so it cannot be compared in this run.',
  },
  'statbank.fallback.othersLive': { da: 'Hentet live: {areas}.', en: 'Fetched live: {areas}.' },
  'statbank.measure.changed': {
    da: 'OBS – {area} måles ikke som live: tallene er {used} ({usedPeriod}), ikke {wanted} ({wantedPeriod}). Sammenlign dem ikke med en live kørsel.',
    en: 'Note – {area} is not measured as live: the figures are {used} ({usedPeriod}), not {wanted} ({wantedPeriod}). Do not compare them with a live run.',
  },
  'statbank.measure.newestYear': { da: 'nyeste år', en: 'newest year' },

  'statbank.nglk.remembered': {
    da: '(Fejlen er fra et forsøg {date}; NGLK spørges først igen, når Pejlemærke henter tabeloplysningerne på ny, senest efter 12 timer.)',
    en: '(The failure is from an attempt on {date}; NGLK is asked again only when Pejlemærke next fetches the table information, at most 12 hours later.)',
  },

  // Live dataset texts
  'statbank.live.keyFigure': {
    da: '{area}: nettodriftsudgifter (REGK31 {functions}, DRANST 1+2) pr. {per}, {year}',
    en: '{area}: net operating expenditure (REGK31 {functions}, DRANST 1+2) per {per}, {year}',
  },
  'statbank.live.numerator': {
    da: '{area}: nettodriftsudgifter (REGK31 {functions}, DRANST 1+2), {year}',
    en: '{area}: net operating expenditure (REGK31 {functions}, DRANST 1+2), {year}',
  },
  'statbank.live.denominator': {
    da: 'Folketal ({band}) 1. dag i {period}',
    en: 'Population ({band}) on the first day of {period}',
  },
  'statbank.band.all': { da: 'indbygger', en: 'inhabitant' },
  'statbank.band.all.name': { da: 'alle aldre', en: 'all ages' },
  'statbank.band.range': { da: 'indbygger {from}–{to} år', en: 'inhabitant aged {from}–{to}' },
  'statbank.band.range.name': { da: '{from}–{to} år', en: 'aged {from}–{to}' },
  'statbank.band.open': { da: 'indbygger {from} år og derover', en: 'inhabitant aged {from} and over' },
  'statbank.band.open.name': { da: '{from} år og derover', en: 'aged {from} and over' },
  'statbank.unit.perBand': { da: 'kr. pr. {per}', en: 'DKK per {per}' },
  'statbank.unit.kr': { da: 'kr.', en: 'DKK' },
  'statbank.unit.persons': { da: 'personer', en: 'persons' },
  'statbank.flag.seriesBreak': {
    da: 'Ældrefunktionerne hed 5.32.xx før 2018 (brud i serien): sammenlign ikke med år før 2018.',
    en: 'The elderly functions were 5.32.xx before 2018 (series break): do not compare with years before 2018.',
  },
  'statbank.flag.missingSummed': {
    da: 'Manglende værdier (..) i en del af funktionerne tælles ikke med i summen; er alle værdier for en kommune manglende, er tallet tomt.',
    en: 'Missing values (..) in some functions are left out of the sum; when every value for a municipality is missing, the figure is empty.',
  },
  'statbank.flag.refreshed': {
    da: 'Hentet live fra Danmarks Statistik {date} og gemt som snapshot.',
    en: 'Fetched live from Statistics Denmark on {date} and saved as the snapshot.',
  },
  'statbank.provenance.cached': {
    da: '(Brugt igen fra det lokale lager, fordi Statistikbanken ikke svarede: ikke hentet live i denne kørsel.)',
    en: '(Used again from the local store because StatBank did not answer: not fetched live in this run.)',
  },
  'statbank.provenance.stored': {
    da: 'Statistikbanken {table}, gemt lokalt, hentet {fetchedAt} (Danmarks Statistik opdateret {updated}); forespørgsel: {query}.',
    en: 'StatBank {table}, stored locally, fetched {fetchedAt} (Statistics Denmark updated {updated}); query: {query}.',
  },
  'statbank.provenance': {
    da: 'Statistikbanken {table}, hentet live {fetchedAt} (Danmarks Statistik opdateret {updated}); forespørgsel: {query}.',
    en: 'StatBank {table}, fetched live {fetchedAt} (Statistics Denmark updated {updated}); query: {query}.',
  },
};
