import type { StringTable } from '../index';

// Strings of the cross-check against Statistics Denmark's official key figures (NGLK): one summary
// per area that a finance officer can read aloud, and the reasons a check could not be made.
export const nglkStrings: StringTable = {
  'nglk.summary': {
    da: 'NGLK {code} {year}: {agree} af {compared} kommuner stemmer inden for {tolerance}',
    en: 'NGLK {code} {year}: {agree} of {compared} municipalities agree within {tolerance}',
  },
  'nglk.summary.largest': {
    da: '; største forskel: {name} {difference}',
    en: '; largest difference: {name} {difference}',
  },
  'nglk.summary.missing': {
    da: ' ({count} uden tal fra begge kilder)',
    en: ' ({count} without figures from both sources)',
  },
  'nglk.summary.none': {
    da: 'NGLK {code} {year}: ingen kommuner har tal fra både NGLK og Pejlemærke',
    en: 'NGLK {code} {year}: no municipality has figures from both NGLK and Pejlemærke',
  },
  'nglk.denominators': {
    da: 'NGLK viser «{text}» ({unit}); Pejlemærke viser {ours}.',
    en: 'NGLK shows “{text}” ({unit}); Pejlemærke shows {ours}.',
  },
  'nglk.denominators.why': {
    da: 'Forskelle skyldes typisk, at de to kilder deler med forskellige nævnere (fx elever mod indbyggere 6–16 år) eller afgrænser området med forskellige funktioner.',
    en: 'Differences usually arise because the two sources divide by different denominators (e.g. pupils versus inhabitants aged 6–16) or delimit the area by different functions.',
  },
  'nglk.failed': {
    da: 'Krydstjekket mod Danmarks Statistiks nøgletal (NGLK) kunne ikke gennemføres: {detail}',
    en: 'The cross-check against Statistics Denmark’s key figures (NGLK) could not be made: {detail}',
  },
  'nglk.reason.noKeyFigure': {
    da: 'NGLK har intet nøgletal, der svarer til {area} (variablen {variable} har {available}); området er ikke krydstjekket.',
    en: 'NGLK has no key figure matching {area} (variable {variable} has {available}); the area was not cross-checked.',
  },
  'nglk.reason.noYear': {
    da: 'NGLK har endnu ingen nøgletal for {year} (nyeste: {newest}); der er ikke krydstjekket.',
    en: 'NGLK has no key figures for {year} yet (newest: {newest}); no cross-check was made.',
  },
  'nglk.reason.periodMismatch': {
    da: 'Pejlemærkes nøgletal er for {ours}, men krydstjekket blev bedt om {year}; tal fra forskellige år sammenlignes ikke.',
    en: 'Pejlemærke’s key figures are for {ours}, but the cross-check was asked for {year}; figures of different years are not compared.',
  },
  'nglk.reason.noVariable': {
    da: 'NGLK har ikke den forventede opbygning (ingen variabel for {what}); der er ikke krydstjekket.',
    en: 'NGLK does not have the expected layout (no variable for {what}); no cross-check was made.',
  },
  'nglk.reason.noValue': {
    da: 'NGLK-variablen {variable} har ingen værdi for {what}; der er ikke krydstjekket.',
    en: 'The NGLK variable {variable} has no value for {what}; no cross-check was made.',
  },
  'nglk.reason.unknownVariable': {
    da: 'NGLK har en ukendt variabel {variable}, som skal vælges, men som Pejlemærke ikke ved, hvordan den skal vælges; der er ikke krydstjekket.',
    en: 'NGLK has an unknown variable {variable} that must be chosen, and Pejlemærke does not know how to choose it; no cross-check was made.',
  },
  'nglk.reason.unexpected': {
    da: 'uventet fejl ({detail})',
    en: 'unexpected error ({detail})',
  },
  'nglk.what.area': { da: 'kommuner', en: 'municipalities' },
  'nglk.what.time': { da: 'år', en: 'years' },
  'nglk.what.keyFigure': { da: 'nøgletal', en: 'key figures' },
  'nglk.what.net': { da: 'nettoudgifter', en: 'net expenditure' },
  'nglk.what.perUnit': { da: 'beløb pr. enhed i løbende priser', en: 'amounts per unit in current prices' },
  'nglk.lines.heading': {
    da: 'Krydstjek mod Danmarks Statistiks officielle nøgletal (NGLK), tolerance {tolerance}:',
    en: 'Cross-check against Statistics Denmark’s official key figures (NGLK), tolerance {tolerance}:',
  },
  'nglk.lines.area': { da: '{area}: {message}', en: '{area}: {message}' },
  'nglk.lines.disagreement': {
    da: '  {name}: Pejlemærke {ours}, NGLK {theirs} ({difference})',
    en: '  {name}: Pejlemærke {ours}, NGLK {theirs} ({difference})',
  },
  'nglk.lines.more': { da: '  … og {count} kommuner mere', en: '  … and {count} more municipalities' },
  'nglk.lines.attribution': {
    da: 'Kilde: Danmarks Statistik, statistikbanken.dk/NGLK',
    en: 'Source: Statistics Denmark, statistikbanken.dk/NGLK',
  },
};
