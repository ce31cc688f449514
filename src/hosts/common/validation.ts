// Data-validation rules as both hosts write them, with Excel's own limits checked up front: a
// rule beyond them makes Excel "repair" the file (and drop the rule) or refuse the API call.
import type { DataValidationModel } from '../../report/model';

/** Longest title Excel keeps for the prompt and the error box. */
export const VALIDATION_TITLE_MAX = 32;
export const VALIDATION_PROMPT_MAX = 255;
export const VALIDATION_ERROR_MAX = 225;
/** A literal list ("ja,nej") is a formula of at most 255 characters. */
export const VALIDATION_LIST_MAX = 255;

/** What is wrong with the rule, or undefined when Excel will take it. */
export function validationProblem(dv: DataValidationModel): string | undefined {
  const rule = dv.rule;
  if (rule.kind === 'list') {
    if (rule.values.length === 0) return `the list for ${dv.range} is empty`;
    const bad = rule.values.find((v) => v === '' || v.includes(',') || v.includes('"'));
    if (bad !== undefined) return `the list value "${bad}" for ${dv.range} is empty or holds a comma or a quote`;
    if (listSource(rule.values).length > VALIDATION_LIST_MAX) return `the list for ${dv.range} is longer than ${VALIDATION_LIST_MAX} characters`;
  } else {
    if (!Number.isFinite(rule.min) || !Number.isFinite(rule.max) || rule.min > rule.max) return `the bounds ${rule.min}–${rule.max} for ${dv.range} are not a range`;
    if (rule.kind === 'whole' && (!Number.isInteger(rule.min) || !Number.isInteger(rule.max))) return `whole-number bounds for ${dv.range} are not whole`;
  }
  const texts: [string, number][] = [
    [dv.error.title, VALIDATION_TITLE_MAX],
    [dv.error.message, VALIDATION_ERROR_MAX],
    ...(dv.prompt ? ([[dv.prompt.title, VALIDATION_TITLE_MAX], [dv.prompt.message, VALIDATION_PROMPT_MAX]] as [string, number][]) : []),
  ];
  const long = texts.find(([text, max]) => text.length > max);
  if (long) return `"${long[0].slice(0, 40)}…" for ${dv.range} is longer than Excel's ${long[1]} characters`;
  return undefined;
}

/** The list as Excel stores it: comma-separated inside one pair of quotes. */
export function listSource(values: string[]): string {
  return `"${values.join(',')}"`;
}
