// Where each area's figures came from when a live run could not fetch them all, said in a few
// sentences: one when the whole service failed, one per area when areas failed on their own, and
// always a plain word when a fallback measures something else than the live key figure would.
import type { Lang } from '../../core/types';
import { loadSnapshot } from '../snapshot';
import type { DatasetOrigin } from '../types';
import { statbankText } from './errors';

export interface AreaStatus {
  areaId: string;
  areaName: Record<Lang, string>;
  /** Where the area's figures come from; 'none' when there are none to use. */
  origin: DatasetOrigin | 'none';
  /** True when live figures were asked for and the area uses something else. */
  fellBack: boolean;
  /** When the figures in use were fetched or built (ISO 8601). */
  fetchedAt?: string;
  /** Why the area is not live. */
  error?: Error;
  /** The error in the run's language. */
  cause?: string;
  /** Set when the fallback's key figure is not the one the live run would have used. */
  measure?: { wanted: string; wantedPeriod?: string; used: string; usedPeriod: string };
}

/** The fallback notice for a run (status.reason): whole-run form when one failure sent every area to one place. */
export function fallbackReason(areas: readonly AreaStatus[], whole: Error | undefined, lang: Lang): string {
  return fallbackLines(areas, whole, lang, true).join(' ');
}

/** The same notice as separate statements: one per area (or one for the run), then any change of measure. */
export function fallbackLines(areas: readonly AreaStatus[], whole: Error | undefined, lang: Lang, withLiveAreas = false): string[] {
  const fell = areas.filter((a) => a.fellBack);
  const places = new Set(fell.filter((a) => a.origin !== 'none').map((a) => a.origin));
  const lines: string[] = [];
  // One failure for every area (the service down, the deadline passed) is said once.
  const oneCause = fell.length === areas.length && fell.every((a) => a.cause === fell[0].cause);
  if ((whole || oneCause) && places.size <= 1 && fell.length > 0) {
    const cause = fell[0].cause ?? whole?.message ?? '';
    if (places.has('cache')) {
      const date = fell.map((a) => a.fetchedAt ?? '').filter(Boolean).reduce((a, b) => (a < b ? a : b), '9999');
      lines.push(statbankText('statbank.fallback.cache', lang, { cause, date: formatDate(date, lang) }));
    } else {
      lines.push(statbankText('statbank.fallback.snapshot', lang, { cause, date: formatDate(loadSnapshot().builtAt, lang) }));
    }
  } else {
    for (const area of fell) lines.push(areaLine(area, lang));
    const live = liveAreasLine(areas, lang);
    if (withLiveAreas && live) lines.push(live);
  }
  for (const area of fell) {
    if (!area.measure) continue;
    const { wanted, wantedPeriod, used, usedPeriod } = area.measure;
    lines.push(statbankText('statbank.measure.changed', lang, {
      area: area.areaName[lang], wanted, used, usedPeriod,
      wantedPeriod: wantedPeriod ?? statbankText('statbank.measure.newestYear', lang),
    }));
  }
  return lines;
}

/** 'Hentet live: Folkeskole, …' for the areas that did come live, or undefined when none did. */
export function liveAreasLine(areas: readonly AreaStatus[], lang: Lang): string | undefined {
  const live = areas.filter((a) => !a.fellBack).map((a) => a.areaName[lang]);
  return live.length > 0 ? statbankText('statbank.fallback.othersLive', lang, { areas: live.join(', ') }) : undefined;
}

function areaLine(area: AreaStatus, lang: Lang): string {
  const params = { area: area.areaName[lang], cause: area.cause ?? '' };
  if (area.origin === 'cache') return statbankText('statbank.fallback.area.cache', lang, { ...params, date: formatDate(area.fetchedAt ?? '', lang) });
  if (area.origin === 'snapshot') return statbankText('statbank.fallback.area.snapshot', lang, { ...params, date: formatDate(area.fetchedAt ?? '', lang) });
  return statbankText('statbank.fallback.area.none', lang, params);
}

/** '23.11.2026' in Danish, '2026-11-23' in English (UTC, so the date does not drift by host). */
export function formatDate(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const dd = String(date.getUTCDate()).padStart(2, '0');
  const mm = String(date.getUTCMonth() + 1).padStart(2, '0');
  const yyyy = String(date.getUTCFullYear());
  return lang === 'da' ? `${dd}.${mm}.${yyyy}` : `${yyyy}-${mm}-${dd}`;
}
