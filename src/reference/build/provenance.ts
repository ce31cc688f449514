// Where the shared reference files came from (per /work/shared/reference-data/README.md). The
// files do not say this themselves, so it is recorded here and written into every dataset.

export const DST_ATTRIBUTION_PREFIX = 'Kilde: Danmarks Statistik, statistikbanken.dk/';
export const OWN_CALCULATIONS = 'egne beregninger på grundlag af data fra Danmarks Statistik';
export const SNAPSHOT_FLAG_REGK31 = 'snapshot – verify against live REGK31';
export const SNAPSHOT_FLAG_FOLK1A = 'snapshot – verify against live FOLK1A';

export const SOURCE_FILES = {
  municipalities: 'derived_municipalities_98.csv',
  kommunegrupper: 'dst_kommunegrupper_komgrp.csv',
  folk1a: 'dst_folk1a_2020K1_omraade_civilstand.csv',
  regk31: 'regk31_2024_INDL_netto_excerpt_marieleth.csv',
} as const;

export type SourceKey = keyof typeof SOURCE_FILES;

export const REGK31_PERIOD = '2024';

export const PROVENANCE = {
  regk31:
    'Statistikbanken REGK31 (kommunernes regnskaber 2024), PRISENHED INDL, ART TOT (I alt netto); ' +
    `uddrag fra det offentlige repo marieleth/marieleth--hvad-bruger-din-kommune-pengene-paa, data/2024.csv @18c5cc1 (fil ${SOURCE_FILES.regk31}). ` +
    'DRANST er ikke angivet i kilden (formentlig 1 Driftskonti).',
  folk1a:
    'Statistikbanken FOLK1A, folketal 1. dag i 2020K1 efter område og civilstand; ' +
    `fra det offentlige repo razz7/python_handin, FOLK1A-1.csv @3acc50b (fil ${SOURCE_FILES.folk1a}).`,
  kommunegrupper:
    'Danmarks Statistiks nomenklatur Kommunegrupper (KOMGRP); ' +
    `fra det offentlige repo rOpenGov/dkstat, data-raw/komgrp.csv @afb1f2f (fil ${SOURCE_FILES.kommunegrupper}).`,
} as const;

/** English titles for the REGK31 functions the snapshot carries; an unknown function stops the build. */
export const REGK31_ENGLISH_TITLES: Readonly<Record<string, string>> = {
  '3.22.01': 'Primary and lower secondary schools (folkeskoler)',
  '3.22.05': 'After-school care (SFO)',
  '5.25.14': 'Day-care institutions',
  '5.30.27': 'Care of mainly elderly people, excluding free choice of provider',
  '5.30.28': 'Home nursing',
};

export function attributionFor(tables: readonly string[], transformed: boolean): string {
  const sources = DST_ATTRIBUTION_PREFIX + tables.join(', statistikbanken.dk/');
  return transformed ? `${sources}; ${OWN_CALCULATIONS}` : sources;
}
