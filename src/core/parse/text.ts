// Text normalisation for matching what people type in headers and name cells. Danish letters are
// folded the way Danes write them without a Danish keyboard (æ → ae, ø → oe, å → aa), so
// "Område", "OMRAADE" and "omraade" meet in one form.

const FOLDS: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa', ä: 'ae', ö: 'oe', ü: 'ue' };

/** Lower case, compatibility-normalised, Danish letters folded, other accents removed. */
export function foldDanish(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[æøåäöü]/g, (ch) => FOLDS[ch])
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

/** Folded text with every run of non-letters/digits turned into one space. */
export function foldWords(text: string): string {
  return foldDanish(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// Money-unit phrases as they appear after folding, longest first so "1.000 kr." is removed whole
// rather than leaving "1.000" behind when only "kr." is stripped.
const UNIT_PHRASES: RegExp[] = [
  /(?:i\s+)?1[.\s]?000\s*kr\.?/g,
  /(?:i\s+)?mio\.?\s*kr\.?/g,
  /(?:i\s+)?mill?\.?\s*kr\.?/g,
  /(?<![\p{L}])t\.?\s?kr\.?/gu,
  /(?<![\p{L}])kr\.?(?![\p{L}])/gu,
  /(?<![\p{L}])dkk(?![\p{L}])/gu,
];

/**
 * The part of a header that says what the column is: folded, with bracketed notes, money units
 * and years removed, punctuation turned into spaces. "Nettoudgift 2024, 1.000 kr." → "nettoudgift";
 * "Udgift (kr.)" → "udgift"; "Inst.nr." → "inst nr"; "Borgere 67+" → "borgere 67".
 */
export function normaliseHeader(header: string): string {
  let text = foldDanish(header).replace(/\([^)]*\)|\[[^\]]*\]/g, ' ');
  for (const unit of UNIT_PHRASES) text = text.replace(unit, ' ');
  text = text.replace(/(?<!\d)(?:19|20)\d{2}(?:\s*[/-]\s*\d{2,4})?(?!\d)/g, ' ');
  return text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** A stable key for a quality or structural column: "Social trivsel (1-5)" → "social-trivsel". */
export function slugify(header: string): string {
  return normaliseHeader(header).replace(/ /g, '-');
}

const MUNICIPALITY_SUFFIX = / (regionskommune|kommune|kommun|municipality)$/;

/**
 * Keys under which a municipality name may be found: "Københavns Kommune" → ['koebenhavns',
 * 'koebenhavn']; "Høje-Taastrup" → ['hoeje taastrup']. The genitive s is only tried away when
 * "Kommune" followed it, so a bare name is always looked up exactly as written.
 */
export function municipalityNameKeys(name: string): string[] {
  const words = foldWords(name);
  const stripped = words.replace(MUNICIPALITY_SUFFIX, '');
  const keys = [stripped];
  if (stripped !== words && stripped.endsWith('s')) keys.push(stripped.slice(0, -1));
  return keys;
}
