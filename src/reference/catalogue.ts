// The service areas Pejlemærke benchmarks: which REGK31 functions, which denominator, which
// reference datasets, and the words users write for them. The snapshot serves five areas per
// inhabitant; administration and total have no snapshot data and need the live StatBank client.
import type { Lang } from '../core/types';
import type { ServiceAreaDefinition } from './types';

export const SNAPSHOT_POPULATION_DATASET = 'folk1a.population.2020K1';

const PER_INHABITANT: Record<Lang, string> = { da: 'kr. pr. indbygger', en: 'DKK per inhabitant' };
const POPULATION = { id: 'population', name: { da: 'indbyggere', en: 'inhabitants' } };

function snapshotDatasets(compactFunction: string): ServiceAreaDefinition['datasets'] {
  return { keyFigure: `regk31.${compactFunction}.indl.2024`, denominator: SNAPSHOT_POPULATION_DATASET };
}

export const SERVICE_AREAS: readonly ServiceAreaDefinition[] = [
  {
    id: 'folkeskole',
    name: { da: 'Folkeskole', en: 'Primary and lower secondary school' },
    shortName: { da: 'Folkeskole', en: 'Schools' },
    functions: ['3.22.01'],
    denominator: POPULATION,
    unitLabel: PER_INHABITANT,
    direction: 'lower',
    datasets: snapshotDatasets('32201'),
    synonyms: [
      'folkeskole', 'folkeskoler', 'folkeskolen', 'folkeskoleområdet', 'skole', 'skoler', 'skoleområdet', 'grundskole',
      'school', 'schools', 'primary school', 'public school', 'public schools',
    ],
    notes: {
      da: 'Snapshot: REGK31 3.22.01 pr. indbygger. Danmarks Statistiks standardnøgletal deler med antal elever (UDDAKT20), alternativt indbyggere 6–16 år.',
      en: 'Snapshot: REGK31 3.22.01 per inhabitant. Statistics Denmark’s standard key figure divides by pupils (UDDAKT20), or else by inhabitants aged 6–16.',
    },
  },
  {
    id: 'sfo',
    name: { da: 'Skolefritidsordninger (SFO)', en: 'After-school care (SFO)' },
    shortName: { da: 'SFO', en: 'After-school care' },
    functions: ['3.22.05'],
    denominator: POPULATION,
    unitLabel: PER_INHABITANT,
    direction: 'lower',
    datasets: snapshotDatasets('32205'),
    synonyms: [
      'sfo', 'sfoer', 'sfo er', 'skolefritidsordning', 'skolefritidsordninger', 'fritidsordning', 'fritidsordninger',
      'after school care', 'afterschool care', 'after school programme',
    ],
    notes: {
      da: 'Snapshot: REGK31 3.22.05 pr. indbygger. Et live nøgletal kan dele med antal børn i SFO.',
      en: 'Snapshot: REGK31 3.22.05 per inhabitant. A live key figure can divide by children enrolled in after-school care.',
    },
  },
  {
    id: 'dagtilbud',
    name: { da: 'Dagtilbud (daginstitutioner)', en: 'Day care (day-care institutions)' },
    shortName: { da: 'Dagtilbud', en: 'Day care' },
    functions: ['5.25.14'],
    denominator: POPULATION,
    unitLabel: PER_INHABITANT,
    direction: 'lower',
    datasets: snapshotDatasets('52514'),
    synonyms: [
      'dagtilbud', 'dagtilbudsområdet', 'daginstitution', 'daginstitutioner', 'børnehave', 'børnehaver', 'vuggestue',
      'vuggestuer', 'integrerede institutioner', 'børneinstitutioner', 'day care', 'daycare', 'childcare', 'child care',
      'kindergarten', 'kindergartens', 'nursery', 'nurseries',
    ],
    notes: {
      da: 'Snapshottet dækker kun 5.25.14 Daginstitutioner (fx har Samsø 0 kr. i 2024, fordi udgiften bogføres på andre funktioner); live bruges 5.25.xx. Danmarks Statistiks standardnøgletal deler med børn 0–5 år i dagtilbud, alternativt indbyggere 0–5 år.',
      en: 'The snapshot covers 5.25.14 day-care institutions only (Samsø shows DKK 0 in 2024 because it books the cost on other functions); live data use 5.25.xx. Statistics Denmark’s standard key figure divides by children aged 0–5 in care, or else by inhabitants aged 0–5.',
    },
  },
  {
    id: 'aeldrepleje',
    name: { da: 'Ældrepleje', en: 'Elderly care' },
    shortName: { da: 'Ældrepleje', en: 'Elderly care' },
    functions: ['5.30.27'],
    denominator: POPULATION,
    unitLabel: PER_INHABITANT,
    direction: 'lower',
    datasets: snapshotDatasets('53027'),
    synonyms: [
      'ældre', 'ældrepleje', 'ældreområdet', 'ældreomsorg', 'hjemmepleje', 'plejehjem', 'plejeboliger', 'pleje og omsorg',
      'pleje og omsorg af primært ældre', 'pleje og omsorg mv af primært ældre',
      'pleje og omsorg mv af primært ældre undtaget frit valg af leverandør',
      'elderly', 'elderly care', 'elder care', 'eldercare', 'care of the elderly', 'home care', 'nursing home', 'nursing homes',
    ],
    notes: {
      da: 'REGK31 5.30.27 Pleje og omsorg m.v. af primært ældre undtaget frit valg af leverandør (hjemmehjælp under frit valg, 5.30.26, er ikke med). Funktionerne hed 5.32.xx før 2018 (brud i serien). Danmarks Statistiks standardnøgletal deler med indbyggere på 67 år og derover i 3. kvartal.',
      en: 'REGK31 5.30.27 care of mainly elderly people excluding free choice of provider (home help under free choice, 5.30.26, is not included). The functions were 5.32.xx before 2018 (series break). Statistics Denmark’s standard key figure divides by inhabitants aged 67 and over in Q3.',
    },
  },
  {
    id: 'hjemmesygepleje',
    name: { da: 'Hjemmesygepleje', en: 'Home nursing' },
    shortName: { da: 'Hjemmesygepleje', en: 'Home nursing' },
    functions: ['5.30.28'],
    denominator: POPULATION,
    unitLabel: PER_INHABITANT,
    direction: 'lower',
    datasets: snapshotDatasets('53028'),
    synonyms: ['hjemmesygepleje', 'hjemmesygeplejen', 'sygepleje', 'home nursing', 'district nursing', 'community nursing'],
    notes: {
      da: 'REGK31 5.30.28 (5.32.xx før 2018). Næstved har 0 kr. i 2024, fordi udgiften bogføres på andre funktioner. Danmarks Statistiks standardnøgletal for ældre deler med indbyggere på 67 år og derover.',
      en: 'REGK31 5.30.28 (5.32.xx before 2018). Næstved shows DKK 0 in 2024 because it books the cost on other functions. Statistics Denmark’s key figures for the elderly divide by inhabitants aged 67 and over.',
    },
  },
  {
    id: 'administration',
    name: { da: 'Administration', en: 'Administration' },
    shortName: { da: 'Administration', en: 'Administration' },
    functions: ['6.45'],
    denominator: POPULATION,
    unitLabel: PER_INHABITANT,
    direction: 'lower',
    datasets: {},
    synonyms: [
      'administration', 'adm', 'administrativ organisation', 'sekretariat og forvaltninger', 'central administration',
      'forvaltning', 'administrative costs',
    ],
    notes: {
      da: 'Hovedfunktion 6.45 (alle underfunktioner) pr. indbygger. Det indbyggede snapshot har ingen tal; hentes live fra REGK31.',
      en: 'Main function 6.45 (all sub-functions) per inhabitant. The bundled snapshot has no figures; fetched live from REGK31.',
    },
  },
  {
    id: 'total',
    name: { da: 'Nettodriftsudgifter i alt', en: 'Total net operating expenditure' },
    shortName: { da: 'I alt', en: 'Total' },
    functions: [],
    denominator: POPULATION,
    unitLabel: PER_INHABITANT,
    direction: 'lower',
    datasets: {},
    synonyms: [
      'i alt', 'total', 'totalt', 'samlet', 'samlede udgifter', 'alle områder', 'hele kommunen', 'overall',
      'all areas', 'total expenditure',
    ],
    notes: {
      da: 'Alle funktioner pr. indbygger. Det indbyggede snapshot har ingen tal; hentes live fra REGK31.',
      en: 'All functions per inhabitant. The bundled snapshot has no figures; fetched live from REGK31.',
    },
  },
];

export function getArea(id: string, catalogue: readonly ServiceAreaDefinition[] = SERVICE_AREAS): ServiceAreaDefinition | undefined {
  return catalogue.find((area) => area.id === id);
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

function areaForFunction(code: string, catalogue: readonly ServiceAreaDefinition[]): ServiceAreaDefinition | undefined {
  const exact = catalogue.find((area) => area.functions.includes(code));
  if (exact) return exact;
  // A main function such as '6.45' covers every sub-function '6.45.xx'.
  return catalogue.find((area) => area.functions.some((f) => f.split('.').length === 2 && code.startsWith(`${f}.`)));
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
  if (code) return areaForFunction(code, catalogue);
  return nameIndex(catalogue).get(normaliseAreaText(text));
}

/** The name to use where space is short, e.g. in the sheet name 'Benchmark – <short>'. */
export function shortNameOf(area: ServiceAreaDefinition, lang: Lang): string {
  return area.shortName?.[lang] ?? area.name[lang];
}
