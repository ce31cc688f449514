import type { StringTable } from '../index';

export const referenceStrings: StringTable = {
  'ref.area.unknown': {
    da: 'Serviceområdet "{area}" findes ikke i kataloget.',
    en: 'The service area "{area}" is not in the catalogue.',
  },
  'ref.area.noData': {
    da: 'Referencedataene ({origin}) har ingen tal for {area}. Hent tallene fra Danmarks Statistik (statistikbanken.dk/REGK31) i stedet for at bruge det indbyggede snapshot.',
    en: 'The reference data ({origin}) have no figures for {area}. Fetch them from Statistics Denmark (statistikbanken.dk/REGK31) instead of using the bundled snapshot.',
  },
  'ref.dataset.missing': {
    da: 'Datasættet {dataset} til {area} mangler i referencedataene.',
    en: 'The dataset {dataset} for {area} is missing from the reference data.',
  },
  'ref.sourceLabel': {
    da: '{table} {period}, {origin}',
    en: '{table} {period}, {origin}',
  },
  'ref.origin.snapshot': { da: 'snapshot', en: 'snapshot' },
  'ref.origin.live': { da: 'hentet live', en: 'fetched live' },
  'ref.origin.cache': { da: 'mellemlager', en: 'cache' },
  'ref.bundle.invalid': {
    da: 'Referencedataene er ugyldige: {path} skal være {expected}.',
    en: 'The reference data are invalid: {path} must be {expected}.',
  },
  'ref.expect.text': { da: 'en tekst', en: 'a text' },
  'ref.expect.number': { da: 'et endeligt tal', en: 'a finite number' },
  'ref.expect.numberOrNull': { da: 'et endeligt tal eller tom (null)', en: 'a finite number or empty (null)' },
  'ref.expect.list': { da: 'en liste', en: 'a list' },
  'ref.expect.object': { da: 'et objekt', en: 'an object' },
  'ref.expect.format': { da: 'formatversion 1', en: 'format version 1' },
  'ref.expect.origin': { da: 'snapshot, live eller cache', en: 'snapshot, live or cache' },
  'ref.expect.code3': { da: 'en kode på tre cifre', en: 'a three-digit code' },
  'ref.expect.unique': { da: 'entydig', en: 'unique' },
  'ref.expect.measure': { da: 'perInhabitant eller perAgeBand', en: 'perInhabitant or perAgeBand' },
  'ref.expect.role': { da: 'keyFigure eller weight', en: 'keyFigure or weight' },
  'ref.expect.boolean': { da: 'sand eller falsk', en: 'true or false' },
};
