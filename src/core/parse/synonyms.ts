// Header words that tell what a column holds, in Danish and English. Matching works on
// normaliseHeader() output, so units, years, brackets and æøå spelling do not matter here.
import type { ColumnRole } from './types';
import { normaliseHeader } from './text';

interface Synonym {
  role: ColumnRole;
  words: string[];
  /** Subtracted from the score; lets a weaker reading (e.g. budget vs. actual spending) lose ties. */
  penalty?: number;
}

const SYNONYMS: Synonym[] = [
  {
    role: 'municipalityCode',
    words: ['kommunekode', 'kommune kode', 'kommune nr', 'kommunenr', 'kommunenummer', 'komnr', 'kom nr',
      'komkode', 'municipality code', 'municipality no', 'lau', 'lau kode', 'lau code'],
  },
  // "kommune" alone may hold names or codes; columnMapping looks at the contents to decide.
  {
    role: 'municipalityName',
    words: ['kommune', 'kommunenavn', 'kommune navn', 'kommunens navn', 'municipality', 'municipality name'],
  },
  {
    role: 'unitId',
    words: ['institutionsnummer', 'institutionsnr', 'institution nr', 'inst nr', 'instnr', 'id', 'skolekode',
      'skole kode', 'skolenr', 'enhedsnr', 'enheds nr', 'enhedsnummer', 'enheds id', 'institution id',
      'institutionskode', 'unit id', 'school code', 'school id'],
  },
  {
    role: 'unitName',
    words: ['institution', 'institutionsnavn', 'navn', 'skole', 'skolenavn', 'dagtilbud', 'daginstitution',
      'plejecenter', 'plejehjem', 'enhed', 'enhedsnavn', 'name', 'school', 'institution name', 'unit',
      'unit name', 'nursing home', 'day care', 'dmu', 'dmu navn', 'dmu name', 'decision making unit'],
  },
  {
    role: 'area',
    words: ['omraade', 'serviceomraade', 'tjeneste', 'politikomraade', 'funktion', 'hovedfunktion', 'ydelse',
      'service area', 'area', 'service'],
  },
  { role: 'year', words: ['aar', 'regnskabsaar', 'budgetaar', 'budget aar', 'year', 'fiscal year'] },
  {
    role: 'cost',
    words: ['udgift', 'udgifter', 'nettoudgift', 'nettoudgifter', 'nettodriftsudgift', 'nettodriftsudgifter',
      'omkostninger', 'driftsudgift', 'driftsudgifter', 'bruttoudgift', 'regnskab', 'cost', 'costs',
      'expenditure', 'net expenditure', 'net cost', 'net costs', 'spending'],
  },
  { role: 'cost', words: ['budget'], penalty: 10 },
  {
    role: 'activity',
    words: ['elever', 'antal elever', 'elevtal', 'boern', 'antal boern', 'indskrevne boern', 'boernetal',
      'borgere 67', 'borgere over 67', 'borgere', 'beboere', 'antal beboere', 'pladser', 'antal pladser',
      'indbyggere', 'indbyggertal', 'folketal', 'aktivitet', 'antal', 'pupils', 'number of pupils',
      'children', 'number of children', 'residents', 'population', 'inhabitants', 'activity', 'places'],
  },
  {
    role: 'quality',
    words: ['karaktergennemsnit', 'karakter', 'karakterer', 'gennemsnitskarakter', 'trivsel', 'tilfredshed',
      'brugertilfredshed', 'kvalitet', 'grade', 'grades', 'average grade', 'wellbeing', 'well being',
      'satisfaction', 'quality'],
  },
  {
    role: 'structural',
    words: ['sociooekonomisk', 'sociooekonomisk reference', 'sociooekonomisk indeks', 'sociooekonomiske indeks',
      'sociooekonomiske reference', 'socio oekonomisk', 'socio economic', 'socioeconomic',
      'socio economic index', 'andel', 'foraeldres uddannelse', 'share of'],
  },
];

// Catches spellings the list misses ("Socioøk. indeks", "Andel tosprogede").
const STRUCTURAL_PREFIXES = ['socio', 'andel ', 'share of ', 'foraeldres '];
/** A header speaking of a share is a structural variable even when it also names a group of people. */
const SHARE_WORDS = ['andel', 'share'];

interface PreparedSynonym {
  role: ColumnRole;
  words: string;
  penalty: number;
}

const PREPARED: PreparedSynonym[] = SYNONYMS.flatMap((s) =>
  s.words.map((w) => ({ role: s.role, words: normaliseHeader(w), penalty: s.penalty ?? 0 })),
);

export interface RoleGuess {
  role: ColumnRole;
  /** 100 for an exact synonym, less for a synonym inside a longer header. */
  score: number;
  /** The header was just "kommune" (or similar): names or codes, to be decided by the contents. */
  municipalityNameOrCode: boolean;
}

/** Ratios ("Udgift pr. elev") are key figures, not the totals the engine needs. */
function isRatio(words: string[]): boolean {
  return words.includes('pr') || words.includes('per');
}

/** The best role for one header, or null when no synonym fits. */
export function guessRole(header: string): RoleGuess | null {
  const text = normaliseHeader(header);
  if (text === '') return null;
  const words = text.split(' ');
  const padded = ` ${text} `;
  let best: { role: ColumnRole; score: number; exact: boolean } | null = null;
  for (const syn of PREPARED) {
    let score = 0;
    if (text === syn.words) score = 100;
    else if (syn.words.length > 2 && text.startsWith(`${syn.words} `)) score = 80;
    else if (syn.words.length > 2 && padded.includes(` ${syn.words} `)) score = 60;
    if (score === 0) continue;
    if (score < 100) score += Math.min(syn.words.length, 15); // the longer synonym explains more
    score -= syn.penalty;
    if (!best || score > best.score) best = { role: syn.role, score, exact: text === syn.words };
  }
  const isShare = words.some((w) => SHARE_WORDS.includes(w));
  if ((!best && STRUCTURAL_PREFIXES.some((p) => text.startsWith(p))) || (isShare && best?.score !== 100)) {
    best = { role: 'structural', score: 90, exact: false };
  }
  if (!best) return null;
  if ((best.role === 'cost' || best.role === 'activity') && isRatio(words)) return null;
  return {
    role: best.role,
    score: best.score,
    municipalityNameOrCode: best.role === 'municipalityName' && best.exact && text === 'kommune',
  };
}
