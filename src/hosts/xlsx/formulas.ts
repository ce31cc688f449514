// Formula text as stored in the .xlsx file. The report model writes formulas the way a person
// types them in English Excel; the file format wants functions newer than Excel 2007 behind a
// `_xlfn.` prefix (without it other readers, and Excel itself, show #NAME?), and the host may
// have had to rename sheets or tables, which formulas must follow.
import { quoteSheetName } from './address';

/**
 * Functions added after Excel 2007, with the prefix the file format stores them under. Excel
 * writes these itself; Office.js takes the plain names. FILTER and SORT carry the extra `_xlws.`
 * part. LET/LAMBDA are left out on purpose: their parameters need `_xlpm.` too, and the
 * report does not use them.
 */
const FUTURE_FUNCTIONS: Record<string, string> = Object.fromEntries([
  // Excel 2010: the renamed statistics functions the benchmark uses, and their siblings.
  ...[
    'AGGREGATE', 'BETA.DIST', 'BETA.INV', 'BINOM.DIST', 'BINOM.INV', 'CEILING.PRECISE', 'CHISQ.DIST',
    'CHISQ.DIST.RT', 'CHISQ.INV', 'CHISQ.INV.RT', 'CHISQ.TEST', 'CONFIDENCE.NORM', 'CONFIDENCE.T',
    'COVARIANCE.P', 'COVARIANCE.S', 'ERF.PRECISE', 'ERFC.PRECISE', 'EXPON.DIST', 'F.DIST', 'F.DIST.RT',
    'F.INV', 'F.INV.RT', 'F.TEST', 'FLOOR.PRECISE', 'GAMMA.DIST', 'GAMMA.INV', 'GAMMALN.PRECISE',
    'HYPGEOM.DIST', 'LOGNORM.DIST', 'LOGNORM.INV', 'MODE.MULT', 'MODE.SNGL', 'NEGBINOM.DIST',
    'NETWORKDAYS.INTL', 'NORM.DIST', 'NORM.INV', 'NORM.S.DIST', 'NORM.S.INV', 'PERCENTILE.EXC',
    'PERCENTILE.INC', 'PERCENTRANK.EXC', 'PERCENTRANK.INC', 'POISSON.DIST', 'QUARTILE.EXC',
    'QUARTILE.INC', 'RANK.AVG', 'RANK.EQ', 'STDEV.P', 'STDEV.S', 'T.DIST', 'T.DIST.2T', 'T.DIST.RT',
    'T.INV', 'T.INV.2T', 'T.TEST', 'VAR.P', 'VAR.S', 'WEIBULL.DIST', 'WORKDAY.INTL',
    // Excel 2013
    'ACOT', 'ACOTH', 'ARABIC', 'BASE', 'BINOM.DIST.RANGE', 'BITAND', 'BITLSHIFT', 'BITOR', 'BITRSHIFT',
    'BITXOR', 'CEILING.MATH', 'COMBINA', 'COT', 'COTH', 'CSC', 'CSCH', 'DAYS', 'DECIMAL', 'FLOOR.MATH',
    'FORMULATEXT', 'GAMMA', 'GAUSS', 'IFNA', 'ISFORMULA', 'ISOWEEKNUM', 'MUNIT', 'NUMBERVALUE',
    'PDURATION', 'PERMUTATIONA', 'PHI', 'RRI', 'SEC', 'SECH', 'SHEET', 'SHEETS', 'SKEW.P', 'UNICHAR',
    'UNICODE', 'XOR',
    // Excel 2016/2019
    'CONCAT', 'IFS', 'MAXIFS', 'MINIFS', 'SWITCH', 'TEXTJOIN', 'FORECAST.LINEAR',
    // Microsoft 365
    'XLOOKUP', 'XMATCH', 'UNIQUE', 'SORTBY', 'SEQUENCE', 'RANDARRAY', 'TEXTBEFORE', 'TEXTAFTER',
    'TEXTSPLIT', 'VSTACK', 'HSTACK', 'TAKE', 'DROP', 'CHOOSECOLS', 'CHOOSEROWS', 'TOCOL', 'TOROW',
    'WRAPCOLS', 'WRAPROWS', 'EXPAND',
  ].map((name) => [name, '_xlfn.']),
  ['FILTER', '_xlfn._xlws.'],
  ['SORT', '_xlfn._xlws.'],
]);

/** The names that get a prefix (for tests and documentation). */
export function futureFunctionNames(): string[] {
  return Object.keys(FUTURE_FUNCTIONS);
}

export interface FormulaRewrite {
  /** Old sheet name (any case) → new name. */
  sheetRenames?: Map<string, string>;
  /** Old table name (any case) → new name. */
  tableRenames?: Map<string, string>;
  /** Add `_xlfn.` where the file format needs it. */
  addFilePrefixes?: boolean;
}

function lowerKeyed(map: Map<string, string> | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of map ?? []) out.set(key.toLowerCase(), value);
  return out;
}

const NAME_CHAR = /[\p{L}\p{N}_.\\]/u;

/**
 * One pass over the formula that leaves string literals and structured-reference brackets alone
 * (their contents may look like anything) and rewrites function names, sheet prefixes and table
 * names where they occur as such.
 */
export function rewriteFormula(formula: string, rewrite: FormulaRewrite): string {
  const sheets = lowerKeyed(rewrite.sheetRenames);
  const tables = lowerKeyed(rewrite.tableRenames);
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === '"' && formula[j + 1] === '"') j += 2;
        else if (formula[j] === '"') break;
        else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
    } else if (ch === '[') {
      let depth = 0;
      let j = i;
      for (; j < formula.length; j++) {
        if (formula[j] === "'" ) { j++; continue; } // escape character inside structured refs
        if (formula[j] === '[') depth++;
        else if (formula[j] === ']' && --depth === 0) break;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
    } else if (ch === "'") {
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === "'" && formula[j + 1] === "'") j += 2;
        else if (formula[j] === "'") break;
        else j++;
      }
      const quotedName = formula.slice(i + 1, j).replace(/''/g, "'");
      const renamed = formula[j + 1] === '!' ? sheets.get(quotedName.toLowerCase()) : undefined;
      out += renamed !== undefined ? quoteSheetName(renamed) : formula.slice(i, j + 1);
      i = j + 1;
    } else if (NAME_CHAR.test(ch)) {
      let j = i;
      while (j < formula.length && NAME_CHAR.test(formula[j])) j++;
      const token = formula.slice(i, j);
      const next = formula[j];
      const key = token.toLowerCase();
      if (next === '!' && sheets.has(key)) out += quoteSheetName(sheets.get(key) as string);
      else if (next === '[' && tables.has(key)) out += tables.get(key);
      else if (next === '(' && rewrite.addFilePrefixes && FUTURE_FUNCTIONS[token.toUpperCase()]) {
        out += FUTURE_FUNCTIONS[token.toUpperCase()] + token.toUpperCase();
      } else out += token;
      i = j;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

/** The model's formula as the file must store it. */
export function toFileFormula(formula: string, rewrite: Omit<FormulaRewrite, 'addFilePrefixes'> = {}): string {
  const body = formula.startsWith('=') ? formula.slice(1) : formula;
  return rewriteFormula(body, { ...rewrite, addFilePrefixes: true });
}
