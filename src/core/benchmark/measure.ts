// The key figure's definition as part of a run's settings: what is divided by what, for which
// year, in which prices. Printed on every sheet and in --json, so a number can always be traced to
// its measure, and a fallback source can never change the measure without saying so.
import type { Lang } from '../types';

/**
 * 'perInhabitant': Statistics Denmark's own figure per inhabitant (REGK31 PRISENHED INDL, ART I alt
 * netto), the measure the bundled snapshot holds. 'perAgeBand': DST's key-figure convention, net
 * operating expenditure (DRANST 1+2) per inhabitant in the area's age band (0–5, 6–16, 67+) in Q3;
 * it needs population by age, which only the live StatBank path has.
 */
export type MeasureKind = 'perInhabitant' | 'perAgeBand';
export const MEASURE_KINDS: readonly MeasureKind[] = ['perInhabitant', 'perAgeBand'];

export interface MeasureDefinition {
  kind: MeasureKind;
  /** REGK31 functions the numerator sums, with dots, as actually used (e.g. ['5.30.26', '5.30.27', '5.30.28']). */
  functions: string[];
  /** The numerator in words, e.g. 'Nettoudgifter (REGK31, ART I alt netto) på 3.22.01'. */
  numerator: Record<Lang, string>;
  /** The denominator in words, e.g. 'indbyggere (Danmarks Statistiks folketal bag PRISENHED INDL)'. */
  denominator: Record<Lang, string>;
  /** The accounting year and how the denominator is dated. */
  period: { year: string; text: Record<Lang, string> };
  priceBasis: Record<Lang, string>;
  /** The unit as column headers show it; it names the measure, e.g. 'kr. pr. indbygger (kun 5.25.14)'. */
  unitLabel: Record<Lang, string>;
  /** One sentence with numerator, denominator, period and prices. */
  label: Record<Lang, string>;
}

/** Said when the source could not give the measure the run asked for and another one is used. */
export interface MeasureMismatch {
  requested: MeasureDefinition;
  /** Why, in words, e.g. 'Snapshottet har kun 5.25.14 af Dagtilbud (5.25.xx).' */
  reason: Record<Lang, string>;
}
