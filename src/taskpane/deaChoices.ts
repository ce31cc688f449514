// The DEA choices in the pane, computed from the parsed columns: which columns can be inputs or
// outputs, which are ticked (the pipeline's defaults until the user ticks otherwise), and what is
// missing before a run. Pure, so it is tested in node.
import type { ParseResult } from '../core/parse/types';
import type { Lang } from '../core/types';
import { t } from '../i18n';
import type { BenchmarkMethod } from '../pipeline/benchmarkGrid';
import { chooseVariables } from '../pipeline/deaVariables';
import type { PaneDeaChoice } from './runner';
import type { PaneSettings } from './settings';

export type DeaSide = 'inputs' | 'outputs';

export interface DeaColumn {
  /** The name benchmarkGrid's dea.inputs/outputs understand: the column's key, else its role. */
  key: string;
  header: string;
  role: string;
}

const NUMERIC_ROLES = new Set(['cost', 'activity', 'quality', 'structural', 'figure']);

/** DEA compares institutions with each other; a table of municipalities has none to compare. */
export function deaAvailable(parse: ParseResult | undefined): boolean {
  return parse?.shape === 'institution';
}

/** The method a run uses: DEA only where it is available. */
export function runMethod(settings: PaneSettings, parse: ParseResult | undefined): BenchmarkMethod {
  return parse && !deaAvailable(parse) ? 'keyfigures' : settings.method;
}

/**
 * The number columns, left to right: the mapped ones, and the columns the parse did not recognise
 * (any header can be chosen; the run then reads it by name, as a figure).
 */
export function deaColumns(parse: ParseResult): DeaColumn[] {
  const mapped = parse.columns.filter((c) => NUMERIC_ROLES.has(c.role)).map((c) => ({ index: c.index, key: c.key ?? c.role, header: c.header, role: c.role }));
  const unknown = parse.unmapped.map((c) => ({ index: c.index, key: c.header, header: c.header, role: 'figure' }));
  return [...mapped, ...unknown].sort((a, b) => a.index - b.index).map(({ key, header, role }) => ({ key, header, role }));
}

/** The ticked keys per side: the remembered choice where its columns still exist, else the defaults. */
export function deaSelection(parse: ParseResult, settings: PaneSettings, lang: Lang): Record<DeaSide, string[]> {
  const known = new Set(deaColumns(parse).map((c) => c.key));
  const inputs = settings.deaInputs.filter((key) => known.has(key));
  const outputs = settings.deaOutputs.filter((key) => known.has(key));
  const defaults = chooseVariables(parse, {}, lang);
  const chosenInputs = inputs.length > 0 ? inputs : defaults.inputs.map((v) => v.key).filter((key) => !outputs.includes(key));
  // A default never puts a column on both sides.
  const chosenOutputs = outputs.length > 0 ? outputs : defaults.outputs.map((v) => v.key).filter((key) => !chosenInputs.includes(key));
  return { inputs: chosenInputs, outputs: chosenOutputs };
}

/** Ticking a column on one side takes it off the other: a column cannot be both. */
export function toggleDeaColumn(
  selection: Record<DeaSide, string[]>,
  side: DeaSide,
  key: string,
  checked: boolean,
): Pick<PaneSettings, 'deaInputs' | 'deaOutputs'> {
  const other: DeaSide = side === 'inputs' ? 'outputs' : 'inputs';
  const own = checked ? [...selection[side].filter((k) => k !== key), key] : selection[side].filter((k) => k !== key);
  const rest = checked ? selection[other].filter((k) => k !== key) : selection[other];
  const next = { [side]: own, [other]: rest } as Record<DeaSide, string[]>;
  return { deaInputs: next.inputs, deaOutputs: next.outputs };
}

/** What stops a DEA run with these choices, in words; undefined when it can run. */
export function deaChoiceError(parse: ParseResult | undefined, settings: PaneSettings, lang: Lang): string | undefined {
  if (!parse || runMethod(settings, parse) === 'keyfigures') return undefined;
  const selection = deaSelection(parse, settings, lang);
  if (selection.inputs.length === 0) return t('pane.dea.needInput', lang);
  if (selection.outputs.length === 0) return t('pane.dea.needOutput', lang);
  return undefined;
}

/** The DEA part of a run request; without a parse (a remembered re-run) the stored lists go as they are. */
export function deaChoiceFor(parse: ParseResult | undefined, settings: PaneSettings, lang: Lang): PaneDeaChoice {
  const selection = parse ? deaSelection(parse, settings, lang) : { inputs: settings.deaInputs, outputs: settings.deaOutputs };
  return { inputs: selection.inputs, outputs: selection.outputs, rts: settings.rts, orientation: settings.orientation, bootstrap: settings.deaBootstrap };
}
