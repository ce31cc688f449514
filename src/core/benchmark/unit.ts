// What both engines do once the group is known: distribution, position, standards and the
// potential against the chosen standard, for one unit.
import { t } from '../../i18n';
import type { Direction, Lang, Problem } from '../types';
import { computeDistribution, computePosition } from './distribution';
import type { WeightedValue } from './distribution';
import { benchProblem, listForMessage } from './problems';
import { buildStandards } from './standards';
import type { SortedSample } from '../stats';
import type { Distribution, GroupMember, Position, StandardKind, StandardValue } from './types';

/** Groups smaller than this get a warning: quartiles of three or four values say little. */
export const SMALL_GROUP = 5;

export interface ScoredMember {
  member: GroupMember;
  numerator: number | null;
}

export interface UnitScore {
  distribution: Distribution;
  position: Position;
  standards: StandardValue[];
  potential: number;
  problems: Problem[];
}

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

export function scoreUnit(args: {
  name: string;
  keyFigure: number;
  activity: number;
  values: readonly number[] | SortedSample;
  distribution: Distribution;
  direction: Direction;
  expected: number | null;
  chosen: StandardKind;
  lang: Lang;
  address: string;
}): Omit<UnitScore, 'distribution'> {
  const { name, keyFigure, activity, values, distribution, direction, expected, chosen, lang, address } = args;
  const problems: Problem[] = [];
  const position = computePosition(keyFigure, values, distribution, direction);
  const standards = buildStandards(keyFigure, activity, distribution, direction, expected);
  const chosenPotential = standards.find((s) => s.kind === chosen)?.potential ?? null;
  if (chosenPotential === null) {
    const standard = t(`bench.standard.${chosen}`, lang);
    problems.push(benchProblem('bench.chosenUnavailable', 'warning', { name, standard }, lang, address));
  }
  return { position, standards, potential: chosenPotential ?? 0, problems };
}
