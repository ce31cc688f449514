// Where the shared reference files came from (per /work/shared/reference-data/README.md). The
// files do not say this themselves, so it is recorded here and written into every dataset.

export const DST_ATTRIBUTION_PREFIX = 'Kilde: Danmarks Statistik, statistikbanken.dk/';
export const OWN_CALCULATIONS = 'egne beregninger på grundlag af data fra Danmarks Statistik';
export const SNAPSHOT_FLAG_REGK31 = 'snapshot – verify against live REGK31';
export const SNAPSHOT_FLAG_FOLK1A = 'snapshot – verify against live FOLK1A';
export const SNAPSHOT_FLAG_FOLK1AM = 'snapshot – verify against live FOLK1AM';
export const NOT_REPORTED_FLAG =
  'ikke indberettet: funktionen har 0 kr. i alle kommuner dette år (brud i serien – kontoplanen blev ændret), så tallene er tomme, ikke 0';
export const NOEGLETAL_ATTRIBUTION = 'Kilde: noegletal.dk (Indenrigs- og Sundhedsministeriet), nøgletallet Socioøkonomisk indeks';

export const SOURCE_FILES = {
  municipalities: 'derived_municipalities_98.csv',
  kommunegrupper: 'dst_kommunegrupper_komgrp.csv',
  folk1a: 'dst_folk1a_2020K1_omraade_civilstand.csv',
  folk1am: 'dst_folk1am_2021M10_2024M04_befolkning.csv',
  regk31: 'regk31_2016_2024_INDL_netto_marieleth.csv',
  socioIndex: 'noegletal_socioekonomisk_indeks_2020_2024.csv',
} as const;

export type SourceKey = keyof typeof SOURCE_FILES;

export const PROVENANCE = {
  regk31:
    'Statistikbanken REGK31 (kommunernes regnskaber 2016–2024), PRISENHED INDL (pr. indbygger, løbende priser), ART TOT (I alt netto); ' +
    'fra det offentlige repo marieleth/marieleth--hvad-bruger-din-kommune-pengene-paa, data/2016.csv … data/2024.csv @18c5cc1, ' +
    `samlet i én fil (${SOURCE_FILES.regk31}), tallene uændrede. DRANST er ikke angivet i kilden (formentlig 1 Driftskonti).`,
  folk1a:
    'Statistikbanken FOLK1A, folketal 1. dag i 2020K1 efter område og civilstand; ' +
    `fra det offentlige repo razz7/python_handin, FOLK1A-1.csv @3acc50b (fil ${SOURCE_FILES.folk1a}).`,
  folk1am:
    'Statistikbanken FOLK1AM, folketal den 1. i måneden, alle aldre, 2021M10–2024M04; ' +
    `fra det offentlige repo Mujemula/Spatial_Exam_2024_Maria_Olsen, FOLK1AM.csv @b379d86 (fil ${SOURCE_FILES.folk1am}).`,
  kommunegrupper:
    'Danmarks Statistiks nomenklatur Kommunegrupper (KOMGRP); ' +
    `fra det offentlige repo rOpenGov/dkstat, data-raw/komgrp.csv @afb1f2f (fil ${SOURCE_FILES.kommunegrupper}).`,
  socioIndex:
    'noegletal.dk (Indenrigs- og Sundhedsministeriet), nøgletallet Socioøkonomisk indeks 2020–2024 (landsgennemsnit = 1), ' +
    'rapport dannet 30. marts 2024, gemt som "Data/Socioøkonomiske indeks Region Yearly 1996-2024.xlsx" i det offentlige repo ' +
    `AsgerIngemann/House-Prices @6c25240 (fil ${SOURCE_FILES.socioIndex}).`,
} as const;

/** English titles for the REGK31 functions the snapshot carries; an unknown function stops the build. */
export const REGK31_ENGLISH_TITLES: Readonly<Record<string, string>> = {
  '0.28.20': 'Green areas and nature sites',
  '0.32.31': 'Stadiums and sports facilities',
  '2.28.11': 'Road maintenance etc.',
  '2.32.31': 'Bus services',
  '3.22.01': 'Primary and lower secondary schools (folkeskoler)',
  '3.22.05': 'After-school care (SFO)',
  '3.22.08': 'Municipal special schools and special-needs teaching, also at children’s homes',
  '3.22.10': 'Contribution to the state for pupils at private schools',
  '3.32.50': 'Public libraries',
  '4.62.81': 'Activity-based co-financing of the health service',
  '4.62.85': 'Municipal dental care',
  '5.25.14': 'Day-care institutions',
  '5.28.21': 'Counselling and preventive or supportive measures for children and young people',
  '5.28.22': 'Foster families',
  '5.30.26': 'Personal and practical help and meals for the elderly under free choice of provider',
  '5.30.27': 'Care of mainly elderly people, excluding free choice of provider',
  '5.30.28': 'Home nursing',
  '5.38.45': 'Treatment of drug misuse',
  '5.48.66': 'Disability pension granted from 1 July 2014',
  '5.57.73': 'Social assistance and education assistance',
  '5.57.78': 'Unemployment benefit for insured unemployed',
  '5.58.81': 'Wage subsidies for people in flexible jobs and subsidised employment',
  '5.68.90': 'Operating costs of municipal employment services',
  '6.42.41': 'Members of the municipal council',
  '6.45.51': 'Secretariats and administrations',
};

export function attributionFor(tables: readonly string[], transformed: boolean): string {
  const sources = DST_ATTRIBUTION_PREFIX + tables.join(', statistikbanken.dk/');
  return transformed ? `${sources}; ${OWN_CALCULATIONS}` : sources;
}
