// When a report string must carry a leading apostrophe so that Excel stores it as exactly that
// text. Office.js treats a string written through `range.values`/`range.formulas` like typed
// input: '=…' becomes a formula, '123' a number, 'TRUE' a logical, 'jan 5' a date. One leading
// apostrophe makes it text, and Excel hides that one apostrophe, so text that itself starts with
// an apostrophe needs a second one to keep it.

/** First characters that make Excel (or a CSV importer) read typed text as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Logical and error words Excel (English or Danish) would turn into a non-text value. */
const SPECIAL_WORDS = /^(true|false|sand|falsk|#null!|#div\/0!|#value!|#ref!|#name\?|#num!|#n\/a|#i\/t)$/i;

/** A word followed by numbers, the shape of a month date such as "jan 5" or "marts 2024". */
const WORD_DATE = /^\p{L}{3,9}\.?[\s\-/.]+\d{1,4}([\s\-/.]+\d{1,4})?$/u;

/** True when the text starts like a formula or is an apostrophe-led text (formula injection rule). */
export function startsLikeFormula(text: string): boolean {
  return FORMULA_START.test(text) || text.startsWith("'");
}

/**
 * True when Excel would not keep `text` as the same text if it were typed into a cell: formula
 * starts and a leading apostrophe (the injection rule), and anything Excel could parse as a number,
 * date, time, percentage, logical or error. Plain words pass untouched so formula bars stay clean.
 */
export function needsTextGuard(text: string): boolean {
  if (text === '') return false;
  if (startsLikeFormula(text)) return true;
  const trimmed = text.trim();
  if (trimmed !== text && trimmed === '') return false;
  if (!/^\p{L}/u.test(trimmed)) return true;
  return SPECIAL_WORDS.test(trimmed) || WORD_DATE.test(trimmed);
}

/** The text to hand Excel so the cell ends up holding `text` exactly. */
export function guardText(text: string): string {
  return needsTextGuard(text) ? `'${text}` : text;
}
