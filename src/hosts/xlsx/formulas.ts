// Formula text as stored in the .xlsx file. The report model writes formulas the way a person
// types them in English Excel; the file format wants functions newer than Excel 2007 behind a
// `_xlfn.` prefix (without it other readers, and Excel itself, show #NAME?), and the host may
// have had to rename sheets or tables, which formulas must follow.
import { renameReferences } from '../common/formulaRefs';

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
  /** Old defined name (any case) → new name. */
  nameRenames?: Map<string, string>;
  /** Add `_xlfn.` where the file format needs it. */
  addFilePrefixes?: boolean;
}

/**
 * Rewrites function names, sheet prefixes, table and defined names where they occur as such;
 * string literals and structured-reference brackets are left alone (see common/formulaRefs).
 */
export function rewriteFormula(formula: string, rewrite: FormulaRewrite): string {
  return renameReferences(formula, {
    sheets: rewrite.sheetRenames,
    tables: rewrite.tableRenames,
    names: rewrite.nameRenames,
    functionPrefix: rewrite.addFilePrefixes ? (name) => FUTURE_FUNCTIONS[name] : undefined,
  });
}

/** The model's formula as the file must store it. */
export function toFileFormula(formula: string, rewrite: Omit<FormulaRewrite, 'addFilePrefixes'> = {}): string {
  const body = formula.startsWith('=') ? formula.slice(1) : formula;
  return rewriteFormula(body, { ...rewrite, addFilePrefixes: true });
}
