// Similar municipalities: the k nearest by weighted, standardised Euclidean distance over
// structural variables, d(a, b) = √ Σ_v w_v · (z_a,v − z_b,v)², with z-scores taken across all
// municipalities that have the variable (population standard deviation, STDEV.P).
//
// Categories (kommunegruppe, region) count 0 when equal and 1 when different — as far apart as one
// standard deviation of a numeric variable — times their weight.
//
// Missing values: a variable the own municipality lacks is dropped for everybody (it cannot be
// compared); any other municipality lacking one of the remaining variables is excluded from the
// candidates rather than compared on fewer variables, because a distance over fewer terms is
// systematically smaller and would make incomplete municipalities look more similar.
import { mean, stdevPopulation } from '../stats';
import type { Lang, Municipality, Problem } from '../types';
import { categoriesOf, isCategoryVariable } from './framework';
import { benchProblem, listForMessage } from './problems';

export interface Neighbour {
  code: string;
  distance: number;
}

export interface SimilarityResult {
  /** Nearest first; ties broken by municipality code so the result is deterministic. */
  peers: Neighbour[];
  /** Variables that entered the distance, in the order used. */
  variables: string[];
  /** false when no variable was usable (then `peers` is empty). */
  usable: boolean;
  problems: Problem[];
}

function structuralValue(m: Municipality, variable: string): number | undefined {
  const value = m.structural[variable];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** Z-score of every municipality that has the variable; null when the variable does not vary. */
export function zScores(municipalities: readonly Municipality[], variable: string): Map<string, number> | null {
  const present = municipalities.filter((m) => structuralValue(m, variable) !== undefined);
  const values = present.map((m) => structuralValue(m, variable) as number);
  if (values.length === 0) return null;
  const centre = mean(values);
  const spread = stdevPopulation(values);
  if (spread === 0) return null;
  return new Map(present.map((m, i) => [m.code, (values[i] - centre) / spread]));
}

/** √ Σ w_v (a_v − b_v)² over the given variables; both records must hold every variable. */
export function weightedDistance(
  a: Record<string, number>,
  b: Record<string, number>,
  weights: Record<string, number>,
): number {
  let total = 0;
  for (const variable of Object.keys(weights)) {
    const gap = a[variable] - b[variable];
    total += weights[variable] * gap * gap;
  }
  return Math.sqrt(total);
}

/**
 * A run asks for the same municipality's neighbours once per area and unit row, against the same
 * list: the answer is found once per list, municipality and question, and handed out again with
 * the row's address on its problems (the only part that differs).
 */
const answered = new WeakMap<readonly Municipality[], WeakMap<Municipality, Map<string, SimilarityResult>>>();

export function nearestMunicipalities(
  own: Municipality,
  municipalities: readonly Municipality[],
  k: number,
  variables: readonly string[] | undefined,
  weights: Record<string, number> | undefined,
  lang: Lang,
  address = '',
): SimilarityResult {
  let byOwn = answered.get(municipalities);
  if (!byOwn) answered.set(municipalities, (byOwn = new WeakMap()));
  let byQuestion = byOwn.get(own);
  if (!byQuestion) byOwn.set(own, (byQuestion = new Map()));
  const question = JSON.stringify([k, variables ?? null, weights ?? null, lang]);
  let result = byQuestion.get(question);
  if (!result) byQuestion.set(question, (result = findNearest(own, municipalities, { k, variables, weights, lang })));
  return {
    ...result,
    peers: result.peers.map((peer) => ({ ...peer })),
    variables: [...result.variables],
    problems: result.problems.map((problem) => ({ ...problem, address })),
  };
}

interface NearestQuestion {
  k: number;
  variables: readonly string[] | undefined;
  weights: Record<string, number> | undefined;
  lang: Lang;
}

function findNearest(own: Municipality, municipalities: readonly Municipality[], { k, variables, weights, lang }: NearestQuestion): SimilarityResult {
  const address = '';
  const problems: Problem[] = [];
  const candidatesVariables = variables ?? Object.keys(own.structural).sort();
  const usableWeights: Record<string, number> = {};
  const z = new Map<string, Map<string, number>>();

  const categoryWeights: Record<string, number> = {};
  for (const variable of candidatesVariables) {
    const weight = weights?.[variable] ?? 1;
    if (isCategoryVariable(variable)) {
      if (!Number.isFinite(weight) || weight < 0) {
        problems.push(benchProblem('bench.similar.invalidWeight', 'error', { variable, weight: String(weight) }, lang, address));
      } else if (weight > 0) {
        categoryWeights[variable] = weight;
      }
      continue;
    }
    if (!municipalities.some((m) => structuralValue(m, variable) !== undefined)) {
      problems.push(benchProblem('bench.similar.unknownVariable', 'error', { variable }, lang, address));
      continue;
    }
    if (!Number.isFinite(weight) || weight < 0) {
      problems.push(benchProblem('bench.similar.invalidWeight', 'error', { variable, weight: String(weight) }, lang, address));
      continue;
    }
    if (weight === 0) continue; // the user switched the variable off
    if (structuralValue(own, variable) === undefined) {
      problems.push(benchProblem('bench.similar.ownMissingVariable', 'warning', { name: own.name, variable }, lang, address));
      continue;
    }
    const scores = zScores(municipalities, variable);
    if (!scores) {
      problems.push(benchProblem('bench.similar.constantVariable', 'warning', { variable }, lang, address));
      continue;
    }
    usableWeights[variable] = weight;
    z.set(variable, scores);
  }

  const used = Object.keys(usableWeights);
  const categories = Object.keys(categoryWeights);
  if (used.length === 0 && categories.length === 0) {
    problems.push(benchProblem('bench.similar.noVariables', 'error', {}, lang, address));
    return { peers: [], variables: [], usable: false, problems };
  }

  const profile = (code: string): Record<string, number> | null => {
    const out: Record<string, number> = {};
    for (const variable of used) {
      const score = z.get(variable)?.get(code);
      if (score === undefined) return null;
      out[variable] = score;
    }
    return out;
  };

  const ownProfile = profile(own.code) as Record<string, number>;
  const incomplete: string[] = [];
  const ranked: Neighbour[] = [];
  for (const m of municipalities) {
    if (m.code === own.code) continue;
    const other = profile(m.code);
    if (!other) {
      incomplete.push(m.code);
      continue;
    }
    const numeric = weightedDistance(ownProfile, other, usableWeights);
    const ownCategories = categoriesOf(own) as Record<string, string>;
    const theirs = categoriesOf(m) as Record<string, string>;
    const mismatch = categories.reduce((acc, c) => acc + (ownCategories[c] === theirs[c] ? 0 : categoryWeights[c]), 0);
    ranked.push({ code: m.code, distance: Math.sqrt(numeric * numeric + mismatch) });
  }
  if (incomplete.length > 0) {
    problems.push(
      benchProblem(
        'bench.similar.candidatesMissing',
        'info',
        { count: incomplete.length, codes: listForMessage(incomplete) },
        lang,
        address,
      ),
    );
  }
  ranked.sort((a, b) => a.distance - b.distance || a.code.localeCompare(b.code));
  if (k > ranked.length) {
    problems.push(benchProblem('bench.similar.kTooLarge', 'warning', { k, available: ranked.length }, lang, address));
  }
  return { peers: ranked.slice(0, k), variables: [...used, ...categories], usable: true, problems };
}
