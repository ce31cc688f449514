// Maps the area names used by StatBank extracts to OMRÅDE codes. The source files name areas,
// not codes, so a silent mismatch would drop or misplace a municipality: anything that is not a
// known municipality, a region, the country or an explicitly ignored area is an error.

export const NATIONAL_CODE = '000';
export const NATIONAL_NAME = 'Hele landet';

/** Areas StatBank lists among municipalities that are not municipalities (Christiansø is run by the state). */
export const NON_MUNICIPAL_AREAS: ReadonlyMap<string, string> = new Map([['christiansø', '411']]);

/** Older or longer spellings seen in DST material, keyed by the normalised variant. */
const ALIASES: ReadonlyMap<string, string> = new Map([
  ['århus', 'aarhus'],
  ['bornholms regionskommune', 'bornholm'],
  ['lyngby tårbæk', 'lyngby taarbæk'],
  ['åbenrå', 'aabenraa'],
  ['københavns kommune', 'københavn'],
]);

/** Case, Unicode form, hyphen-versus-space and extra whitespace do not distinguish names. */
export function normaliseAreaName(name: string): string {
  return name.normalize('NFC').toLocaleLowerCase('da-DK').replace(/[\s\u2010-\u2015-]+/g, ' ').trim();
}

export type AreaMatch =
  | { kind: 'national'; code: string }
  | { kind: 'municipality'; code: string }
  | { kind: 'region'; code: string }
  | { kind: 'nonMunicipal'; code: string };

export interface NamedArea {
  code: string;
  name: string;
}

export class AreaNameIndex {
  private readonly municipalities = new Map<string, string>();
  private readonly regions = new Map<string, string>();

  constructor(municipalities: readonly NamedArea[], regions: readonly NamedArea[]) {
    for (const m of municipalities) addUnique(this.municipalities, m, 'municipality');
    for (const r of regions) addUnique(this.regions, r, 'region');
  }

  /** The area a name denotes, or undefined when it is none we know. */
  match(name: string): AreaMatch | undefined {
    const key = normaliseAreaName(name);
    if (key === normaliseAreaName(NATIONAL_NAME)) return { kind: 'national', code: NATIONAL_CODE };
    const municipal = this.municipalities.get(ALIASES.get(key) ?? key);
    if (municipal) return { kind: 'municipality', code: municipal };
    const region = this.regions.get(key);
    if (region) return { kind: 'region', code: region };
    const other = NON_MUNICIPAL_AREAS.get(key);
    if (other) return { kind: 'nonMunicipal', code: other };
    return undefined;
  }

  /** Like match, but an unknown name is an error naming the file it came from. */
  require(name: string, where: string): AreaMatch {
    const found = this.match(name);
    if (!found) throw new Error(`${where}: area name "${name}" matches no municipality, region or known area`);
    return found;
  }
}

function addUnique(index: Map<string, string>, area: NamedArea, kind: string): void {
  const key = normaliseAreaName(area.name);
  const existing = index.get(key);
  if (existing !== undefined && existing !== area.code) {
    throw new Error(`Two ${kind} codes (${existing}, ${area.code}) share the name "${area.name}"`);
  }
  index.set(key, area.code);
}
