// What both engines do once the group is known: distribution, position, standards and the
// potential against the chosen standard, for one unit.
import { t } from '../../i18n';
import type { Direction, Lang, Problem } from '../types';
import { computeDistribution, computePosition } from './distribution';
import type { WeightedValue } from './distribution';
import { benchProblem, listForMessage } from './problems';
import { buildStandards } from './standards';
import type { SortedSample } from '../stats';
import { expectedFor, type ExpectedModel } from './expected';
import type { Distribution, GroupMember, StandardKind, UnitBenchmark } from './types';

/** Groups smaller than this get a warning: quartiles of three or four values say little. */
export const SMALL_GROUP = 5;

export interface ScoredMember {
  member: GroupMember;
  numerator: number | null;
}

/** The parts of a UnitBenchmark that follow from the group, the standards and the expected level. */
export type UnitScore = Pick<UnitBenchmark, 'distribution' | 'position' | 'standards' | 'chosen' | 'potential' | 'expected'>;

/** Distribution of the members, plus problems about missing weights and small groups. */
export function describeGroup(
  members: readonly ScoredMember[],
  lang: Lang,
  address: string,
): { distribution: Distribution; problems: Problem[] } {
  const problems: Problem[] = [];
  const items: WeightedValue[] = members.map((m) => ({
    keyFigure: m.member.keyFigure,
    numerator: m.numerator,
    weight: m.member.weight,
  }));
  const distribution = computeDistribution(items);
  if (distribution.weightedMean === null) {
    const lacking = members
      .filter((m) => m.numerator === null || m.member.weight === null || !(m.member.weight > 0))
      .map((m) => m.member.id);
    problems.push(benchProblem('bench.members.missingWeight', 'warning', { codes: listForMessage(lacking) }, lang, address));
  }
  if (distribution.n < SMALL_GROUP) {
    problems.push(benchProblem('bench.group.small', 'warning', { n: distribution.n }, lang, address));
  }
  return { distribution, problems };
}

/**
 * Position, expected level, standards and the potential against the chosen standard for one unit;
 * problems go to `problems`. Both engines call this once their group is known.
 */
export function scoreUnit(args: {
  name: string;
  keyFigure: number;
  activity: number;
  values: readonly number[] | SortedSample;
  distribution: Distribution;
  direction: Direction;
  expectedModel: ExpectedModel | null;
  structural: Record<string, number>;
  categories?: Record<string, string>;
  /** The group without flagged members, for the best and best-quartile standards; default `distribution`. */
  standardBasis?: Distribution | null;
  chosen: StandardKind;
  lang: Lang;
  address: string;
  problems: Problem[];
}): UnitScore {
  const { name, keyFigure, activity, values, distribution, direction, chosen, lang, address, problems } = args;
  const expected = expectedFor(args.expectedModel, { structural: args.structural, categories: args.categories, keyFigure }, name, lang, address, problems);
  const position = computePosition(keyFigure, values, distribution, direction);
  const basis = args.standardBasis === undefined ? distribution : args.standardBasis;
  const standards = buildStandards(keyFigure, activity, distribution, direction, expected?.value ?? null, basis);
  const chosenPotential = standards.find((s) => s.kind === chosen)?.potential ?? null;
  if (chosenPotential === null) {
    const standard = t(`bench.standard.${chosen}`, lang);
    problems.push(benchProblem('bench.chosenUnavailable', 'warning', { name, standard }, lang, address));
  }
  return { distribution, position, standards, chosen, potential: chosenPotential ?? 0, ...(expected && { expected }) };
}
