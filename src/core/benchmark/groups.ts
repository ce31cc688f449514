// Which municipalities a municipality is compared with. The own municipality is always a member:
// the group describes "where do we stand among these", which needs us among them.
import { t } from '../../i18n';
import type { Lang, Municipality, Problem } from '../types';
import { benchProblem, listForMessage } from './problems';
import { nearestMunicipalities } from './similarity';
import type { GroupSpec } from './types';

export interface GroupSelection {
  /** Member codes, own municipality first, then in reference order (similar: nearest first). */
  codes: string[];
  label: string;
  /** Similar groups only: distance to the own municipality by code (own = 0). */
  distances?: Record<string, number>;
  /** The spec actually applied; differs from the requested one after a fallback to all. */
  applied: GroupSpec;
  problems: Problem[];
}

function withoutRegionPrefix(name: string): string {
  return name.replace(/^Region\s+/i, '');
}

function allGroup(own: Municipality, municipalities: readonly Municipality[], lang: Lang): GroupSelection {
  const others = municipalities.filter((m) => m.code !== own.code).map((m) => m.code);
  return {
    codes: [own.code, ...others],
    label: t('bench.group.all', lang, { n: municipalities.length }),
    applied: { kind: 'all' },
    problems: [],
  };
}

/**
 * Select the comparison group for `ownCode`. An unknown own code gives an empty group and an error.
 * An unusable similar spec (k < 1, no usable variables) falls back to all municipalities and says so.
 */
export function selectGroup(
  spec: GroupSpec,
  ownCode: string,
  municipalities: readonly Municipality[],
  lang: Lang = 'da',
  address = '',
): GroupSelection {
  const own = municipalities.find((m) => m.code === ownCode);
  if (!own) {
    return {
      codes: [],
      label: '',
      applied: spec,
      problems: [benchProblem('bench.group.ownUnknown', 'error', { code: ownCode }, lang, address)],
    };
  }

  switch (spec.kind) {
    case 'all':
      return allGroup(own, municipalities, lang);

    case 'kommunegruppe': {
      const others = municipalities.filter((m) => m.code !== own.code && m.groupCode === own.groupCode);
      return {
        codes: [own.code, ...others.map((m) => m.code)],
        label: t('bench.group.kommunegruppe', lang, { name: own.groupName }),
        applied: spec,
        problems: [],
      };
    }

    case 'region': {
      const others = municipalities.filter((m) => m.code !== own.code && m.regionCode === own.regionCode);
      return {
        codes: [own.code, ...others.map((m) => m.code)],
        label: t('bench.group.region', lang, { name: withoutRegionPrefix(own.regionName) }),
        applied: spec,
        problems: [],
      };
    }

    case 'list': {
      const problems: Problem[] = [];
      const known = new Set(municipalities.map((m) => m.code));
      const requested = [...new Set(spec.codes.map((c) => c.trim()))];
      const unknown = requested.filter((c) => !known.has(c));
      if (unknown.length > 0) {
        problems.push(benchProblem('bench.group.listUnknownCodes', 'error', { codes: listForMessage(unknown) }, lang, address));
      }
      if (!requested.includes(own.code)) {
        problems.push(benchProblem('bench.group.listOwnAdded', 'info', { name: own.name }, lang, address));
      }
      const wanted = new Set(requested);
      const others = municipalities.filter((m) => m.code !== own.code && wanted.has(m.code)).map((m) => m.code);
      const codes = [own.code, ...others];
      return {
        codes,
        label: t('bench.group.list', lang, { n: codes.length }),
        applied: spec,
        problems,
      };
    }

    case 'similar': {
      if (!Number.isInteger(spec.k) || spec.k < 1) {
        const fallback = allGroup(own, municipalities, lang);
        fallback.problems.push(benchProblem('bench.similar.invalidK', 'error', { k: String(spec.k) }, lang, address));
        return fallback;
      }
      const found = nearestMunicipalities(own, municipalities, spec.k, spec.variables, spec.weights, lang, address);
      if (!found.usable) {
        const fallback = allGroup(own, municipalities, lang);
        fallback.problems.push(...found.problems);
        return fallback;
      }
      const distances: Record<string, number> = { [own.code]: 0 };
      for (const peer of found.peers) distances[peer.code] = peer.distance;
      return {
        codes: [own.code, ...found.peers.map((p) => p.code)],
        label: t('bench.group.similar', lang, { k: found.peers.length }),
        distances,
        applied: spec,
        problems: found.problems,
      };
    }
  }
}
