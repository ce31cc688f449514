// The service areas Pejlemærke benchmarks: which REGK31 functions, the default measure (kr. per
// inhabitant, the measure the snapshot holds), and the words users write for them. Dagtilbud and
// ældre follow Statistics Denmark's key-figure convention (all of 5.25.xx and 5.30.xx) so the NGLK
// cross-check compares like with like; the snapshot holds only some of those functions and says so
// (series.ts). Any REGK31 function code the catalogue does not name becomes an area of its own.
import type { Lang } from '../core/types';
import type { ServiceAreaDefinition } from './types';

const PER_INHABITANT: Record<Lang, string> = { da: 'kr. pr. indbygger', en: 'DKK per inhabitant' };
const POPULATION = { id: 'population', name: { da: 'indbyggere', en: 'inhabitants' } };

interface AreaInput {
  id: string;
  name: Record<Lang, string>;
  shortName: Record<Lang, string>;
  functions: string[];
  synonyms: string[];
  notes?: Record<Lang, string>;
}

/** Every area is a cost per inhabitant by default; lower is better. */
function area(input: AreaInput): ServiceAreaDefinition {
  return { ...input, denominator: POPULATION, unitLabel: PER_INHABITANT, direction: 'lower', datasets: {} };
}

export const SERVICE_AREAS: readonly ServiceAreaDefinition[] = [
  area({
    id: 'folkeskole',
    name: { da: 'Folkeskole', en: 'Primary and lower secondary school' },
    shortName: { da: 'Folkeskole', en: 'Schools' },
    functions: ['3.22.01'],
    synonyms: [
      'folkeskole', 'folkeskoler', 'folkeskolen', 'folkeskoleområdet', 'skole', 'skoler', 'skoleområdet', 'grundskole',
      'school', 'schools', 'primary school', 'public school', 'public schools',
    ],
    notes: {
      da: 'REGK31 3.22.01 pr. indbygger. Danmarks Statistiks standardnøgletal deler med antal elever (UDDAKT20), alternativt indbyggere 6–16 år.',
      en: 'REGK31 3.22.01 per inhabitant. Statistics Denmark’s standard key figure divides by pupils (UDDAKT20), or else by inhabitants aged 6–16.',
    },
  }),
  area({
    id: 'sfo',
    name: { da: 'Skolefritidsordninger (SFO)', en: 'After-school care (SFO)' },
    shortName: { da: 'SFO', en: 'After-school care' },
    functions: ['3.22.05'],
    synonyms: [
      'sfo', 'sfoer', 'sfo er', 'skolefritidsordning', 'skolefritidsordninger', 'fritidsordning', 'fritidsordninger',
      'after school care', 'afterschool care', 'after school programme',
    ],
  }),
  area({
    id: 'specialundervisning',
    name: { da: 'Specialundervisning (kommunale specialskoler)', en: 'Special-needs education (municipal special schools)' },
    shortName: { da: 'Specialundervisning', en: 'Special education' },
    functions: ['3.22.08'],
    synonyms: ['specialundervisning', 'specialskole', 'specialskoler', 'kommunale specialskoler', 'special education', 'special needs education', 'special schools'],
    notes: {
      da: 'REGK31 3.22.08 Kommunale specialskoler, behandlings- og specialundervisningstilbud. Nogle kommuner konterer specialundervisning på 3.22.01 eller køber pladser, så et lavt tal kan være kontering.',
      en: 'REGK31 3.22.08 municipal special schools and special-needs teaching. Some municipalities book special needs on 3.22.01 or buy places, so a low figure can be booking practice.',
    },
  }),
  area({
    id: 'folkebiblioteker',
    name: { da: 'Folkebiblioteker', en: 'Public libraries' },
    shortName: { da: 'Folkebiblioteker', en: 'Libraries' },
    functions: ['3.32.50'],
    synonyms: ['folkebibliotek', 'folkebiblioteker', 'bibliotek', 'biblioteker', 'biblioteksområdet', 'library', 'libraries', 'public library', 'public libraries'],
  }),
  area({
    id: 'dagtilbud',
    name: { da: 'Dagtilbud', en: 'Day care' },
    shortName: { da: 'Dagtilbud', en: 'Day care' },
    functions: ['5.25'],
    synonyms: ['dagtilbud', 'dagtilbudsområdet', 'dagtilbud til børn', 'day care', 'daycare', 'childcare', 'child care'],
    notes: {
      da: 'Hele hovedfunktion 5.25 (dagpleje, daginstitutioner, tilskud til private m.m.), som Danmarks Statistiks nøgletal. Det indbyggede snapshot har kun 5.25.14 Daginstitutioner og siger det på arkene. Standardnøgletallet deler med børn 0–5 år.',
      en: 'All of main function 5.25 (childminders, day-care institutions, grants to private care etc.), as Statistics Denmark’s key figures. The bundled snapshot holds 5.25.14 day-care institutions only and says so on the sheets. The standard key figure divides by children aged 0–5.',
    },
  }),
  area({
    id: 'daginstitutioner',
    name: { da: 'Daginstitutioner', en: 'Day-care institutions' },
    shortName: { da: 'Daginstitutioner', en: 'Day-care centres' },
    functions: ['5.25.14'],
    synonyms: [
      'daginstitution', 'daginstitutioner', 'børnehave', 'børnehaver', 'vuggestue', 'vuggestuer', 'integrerede institutioner',
      'børneinstitutioner', 'kindergarten', 'kindergartens', 'nursery', 'nurseries', 'day care institutions',
    ],
    notes: {
      da: 'REGK31 5.25.14 alene. Fx har Samsø 0 kr. i 2024, fordi udgiften bogføres på andre funktioner; Herning havde omkring 600 kr. i 2016–2019 mod ca. 2.600 senere.',
      en: 'REGK31 5.25.14 only. Samsø, for example, shows DKK 0 in 2024 because it books the cost on other functions; Herning showed about 600 in 2016–2019 against some 2,600 later.',
    },
  }),
  area({
    id: 'boern-unge-saerlige-behov',
    name: { da: 'Børn og unge med særlige behov', en: 'Children and young people with special needs' },
    shortName: { da: 'Udsatte børn', en: 'Children in need' },
    functions: ['5.28.21', '5.28.22'],
    synonyms: [
      'børn og unge med særlige behov', 'udsatte børn og unge', 'udsatte børn', 'anbringelser', 'forebyggende foranstaltninger',
      'plejefamilier', 'children with special needs', 'vulnerable children', 'children in need',
    ],
    notes: {
      da: 'REGK31 5.28.21 Forebyggende indsatser og 5.28.22 Plejefamilier tilsammen (anbringelser på døgninstitutioner, 5.28.23–24, er ikke med).',
      en: 'REGK31 5.28.21 preventive measures and 5.28.22 foster families together (residential care, 5.28.23–24, is not included).',
    },
  }),
  area({
    id: 'aeldre',
    name: { da: 'Ældre', en: 'Elderly' },
    shortName: { da: 'Ældre', en: 'Elderly' },
    functions: ['5.30'],
    synonyms: ['ældre', 'ældreområdet', 'ældreomsorg', 'tilbud til ældre', 'elderly', 'elderly services', 'services for the elderly'],
    notes: {
      da: 'Hele hovedfunktion 5.30, som Danmarks Statistiks nøgletal. Det indbyggede snapshot har 5.30.26–28 (hjemmehjælp, pleje og omsorg, hjemmesygepleje) tilsammen og siger det på arkene. Funktionerne hed 5.32.xx før 2018 (brud i serien: 2016–2017 er ikke indberettet). Standardnøgletallet deler med indbyggere på 67 år og derover.',
      en: 'All of main function 5.30, as Statistics Denmark’s key figures. The bundled snapshot holds 5.30.26–28 (home help, care, home nursing) together and says so on the sheets. The functions were 5.32.xx before 2018 (series break: 2016–2017 are not reported). The standard key figure divides by inhabitants aged 67 and over.',
    },
  }),
  area({
    id: 'hjemmehjaelp',
    name: { da: 'Hjemmehjælp (frit valg)', en: 'Home help (free choice)' },
    shortName: { da: 'Hjemmehjælp', en: 'Home help' },
    functions: ['5.30.26'],
    synonyms: ['hjemmehjælp', 'praktisk hjælp', 'personlig og praktisk hjælp', 'madservice', 'frit valg', 'home help'],
    notes: {
      da: 'REGK31 5.30.26 Personlig og praktisk hjælp og madservice under frit valg af leverandør (5.32.xx før 2018).',
      en: 'REGK31 5.30.26 personal and practical help and meals under free choice of provider (5.32.xx before 2018).',
    },
  }),
  area({
    id: 'aeldrepleje',
    name: { da: 'Ældrepleje', en: 'Elderly care' },
    shortName: { da: 'Ældrepleje', en: 'Elderly care' },
    functions: ['5.30.27'],
    synonyms: [
      'ældrepleje', 'hjemmepleje', 'plejehjem', 'plejeboliger', 'pleje og omsorg',
      'pleje og omsorg af primært ældre', 'pleje og omsorg mv af primært ældre',
      'pleje og omsorg mv af primært ældre undtaget frit valg af leverandør',
      'elderly care', 'elder care', 'eldercare', 'care of the elderly', 'home care', 'nursing home', 'nursing homes',
    ],
    notes: {
      da: 'REGK31 5.30.27 Pleje og omsorg m.v. af primært ældre undtaget frit valg af leverandør (hjemmehjælp under frit valg, 5.30.26, er ikke med). Funktionerne hed 5.32.xx før 2018 (brud i serien).',
      en: 'REGK31 5.30.27 care of mainly elderly people excluding free choice of provider (home help under free choice, 5.30.26, is not included). The functions were 5.32.xx before 2018 (series break).',
    },
  }),
  area({
    id: 'hjemmesygepleje',
    name: { da: 'Hjemmesygepleje', en: 'Home nursing' },
    shortName: { da: 'Hjemmesygepleje', en: 'Home nursing' },
    functions: ['5.30.28'],
    synonyms: ['hjemmesygepleje', 'hjemmesygeplejen', 'sygepleje', 'home nursing', 'district nursing', 'community nursing'],
    notes: {
      da: 'REGK31 5.30.28 (5.32.xx før 2018). Næstved har 0 kr. i 2024, fordi udgiften bogføres på andre funktioner.',
      en: 'REGK31 5.30.28 (5.32.xx before 2018). Næstved shows DKK 0 in 2024 because it books the cost on other functions.',
    },
  }),
  area({
    id: 'tandpleje',
    name: { da: 'Kommunal tandpleje', en: 'Municipal dental care' },
    shortName: { da: 'Tandpleje', en: 'Dental care' },
    functions: ['4.62.85'],
    synonyms: ['tandpleje', 'kommunal tandpleje', 'børnetandpleje', 'omsorgstandpleje', 'dental care', 'dentistry'],
  }),
  area({
    id: 'vejvedligeholdelse',
    name: { da: 'Vejvedligeholdelse', en: 'Road maintenance' },
    shortName: { da: 'Vejvedligeholdelse', en: 'Road maintenance' },
    functions: ['2.28.11'],
    synonyms: ['vejvedligeholdelse', 'vejvedligehold', 'veje', 'vejområdet', 'road maintenance', 'roads'],
    notes: {
      da: 'REGK31 2.28.11 Vejvedligeholdelse m.v. Nogle kommuner driver vejene gennem et selskab eller konterer andetsteds (fx er Frederikshavn negativ hvert år).',
      en: 'REGK31 2.28.11 road maintenance etc. Some municipalities run roads through a company or book elsewhere (Frederikshavn, for example, is negative every year).',
    },
  }),
  area({
    id: 'administration',
    name: { da: 'Administration', en: 'Administration' },
    shortName: { da: 'Administration', en: 'Administration' },
    functions: ['6.45.51'],
    synonyms: [
      'administration', 'adm', 'administrativ organisation', 'sekretariat og forvaltninger', 'central administration',
      'forvaltning', 'administrative costs',
    ],
    notes: {
      da: 'REGK31 6.45.51 Sekretariat og forvaltninger pr. indbygger (øvrige underfunktioner af 6.45 er ikke med).',
      en: 'REGK31 6.45.51 secretariats and administrations per inhabitant (the other sub-functions of 6.45 are not included).',
    },
  }),
  area({
    id: 'total',
    name: { da: 'Nettodriftsudgifter i alt', en: 'Total net operating expenditure' },
    shortName: { da: 'I alt', en: 'Total' },
    functions: [],
    synonyms: [
      'i alt', 'total', 'totalt', 'samlet', 'samlede udgifter', 'alle områder', 'hele kommunen', 'overall',
      'all areas', 'total expenditure',
    ],
    notes: {
      da: 'Alle funktioner pr. indbygger. Det indbyggede snapshot har ingen tal; hentes live fra REGK31.',
      en: 'All functions per inhabitant. The bundled snapshot has no figures; fetched live from REGK31.',
    },
  }),
];

const CUSTOM_PREFIX = 'funktion-';

/** Custom areas by catalogue and code, so one code always gives the same object (areas are map keys). */
const customCache = new WeakMap<readonly ServiceAreaDefinition[], Map<string, ServiceAreaDefinition>>();

/**
 * An area made from one REGK31 function the catalogue does not name, e.g. '5.25.11' (dagpleje).
 * The live client fetches any such function; the snapshot serves the functions it holds.
 */
export function customArea(
  functionCode: string,
  catalogue: readonly ServiceAreaDefinition[] = SERVICE_AREAS,
  title?: string,
): ServiceAreaDefinition {
  let byCode = customCache.get(catalogue);
  if (!byCode) {
    byCode = new Map();
    customCache.set(catalogue, byCode);
  }
  const known = byCode.get(functionCode);
  if (known) return known;
  const name = title ? { da: `${functionCode} ${title}`, en: `${functionCode} ${title}` } : { da: `Funktion ${functionCode}`, en: `Function ${functionCode}` };
  const made: ServiceAreaDefinition = {
    ...area({ id: `${CUSTOM_PREFIX}${functionCode}`, name, shortName: name, functions: [functionCode], synonyms: [] }),
    custom: true,
  };
  byCode.set(functionCode, made);
  return made;
}

export function getArea(id: string, catalogue: readonly ServiceAreaDefinition[] = SERVICE_AREAS): ServiceAreaDefinition | undefined {
  const found = catalogue.find((a) => a.id === id);
  if (found || !id.startsWith(CUSTOM_PREFIX)) return found;
  const code = id.slice(CUSTOM_PREFIX.length);
  return /^\d\.\d{2}\.\d{2}$/.test(code) ? customArea(code, catalogue) : undefined;
}

/**
 * Text as users write it, reduced to what distinguishes an area: case, Danish letters spelled
 * either way (æ/ae, ø/oe, å/aa), punctuation and extra spaces do not count.
 */
export function normaliseAreaText(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('da-DK')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    // Abbreviations: 'm.v.' and 'mv' are the same word.
    .replace(/(\p{L})\.(?=\p{L})/gu, '$1')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * A REGK31 function code at the start of the text, with or without dots or spaces: '3.22.01',
 * '32201', '3 22 01 Folkeskoler', '6.45'. Returned with dots.
 */
export function leadingFunctionCode(text: string): string | undefined {
  const match = /^\s*(\d)[.\s]?(\d{2})(?:[.\s]?(\d{2}))?(?![\d.])/.exec(text);
  if (!match) return undefined;
  return match[3] ? `${match[1]}.${match[2]}.${match[3]}` : `${match[1]}.${match[2]}`;
}

/**
 * The area a function code names: an area of exactly that one function, else an area of that main
 * function ('5.25' for '5.25'), else — for a full code like '5.25.11' — an area of its own, so a
 * user's figure for one function is compared with that function and not with its whole main group.
 */
function areaForFunction(code: string, rest: string, catalogue: readonly ServiceAreaDefinition[]): ServiceAreaDefinition | undefined {
  const exact = catalogue.find((a) => a.functions.length === 1 && a.functions[0] === code);
  if (exact) return exact;
  if (code.split('.').length === 3) return customArea(code, catalogue, rest.trim() || undefined);
  return undefined;
}

const indexCache = new WeakMap<readonly ServiceAreaDefinition[], Map<string, ServiceAreaDefinition>>();

function nameIndex(catalogue: readonly ServiceAreaDefinition[]): Map<string, ServiceAreaDefinition> {
  let index = indexCache.get(catalogue);
  if (!index) {
    index = new Map();
    for (const area of catalogue) {
      const words = [area.id, area.name.da, area.name.en, ...(area.shortName ? [area.shortName.da, area.shortName.en] : []), ...area.synonyms];
      for (const word of words) {
        const key = normaliseAreaText(word);
        const taken = index.get(key);
        // Two areas claiming one word would make resolution depend on list order; refuse it.
        if (taken && taken !== area) throw new Error(`Service areas ${taken.id} and ${area.id} both claim "${word}"`);
        index.set(key, area);
      }
    }
    indexCache.set(catalogue, index);
  }
  return index;
}

/**
 * The service area a user's text names, or undefined. A leading function code decides on its
 * own (so '5.25.11 Dagpleje' is not guessed into day-care institutions); otherwise the whole
 * text must equal an id, a Danish or English name or a synonym after normalisation.
 */
export function resolveArea(
  text: string,
  catalogue: readonly ServiceAreaDefinition[] = SERVICE_AREAS,
): ServiceAreaDefinition | undefined {
  if (typeof text !== 'string' || text.trim() === '') return undefined;
  const code = leadingFunctionCode(text);
  if (code) return areaForFunction(code, text.replace(/^\s*[\d.\s]+/, ''), catalogue);
  return nameIndex(catalogue).get(normaliseAreaText(text));
}

/** The name to use where space is short, e.g. in the sheet name 'Benchmark – <short>'. */
export function shortNameOf(area: ServiceAreaDefinition, lang: Lang): string {
  return area.shortName?.[lang] ?? area.name[lang];
}
