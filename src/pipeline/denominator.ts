// A key figure only compares with the national one when both divide by the same thing. The
// snapshot's figures are per inhabitant; live figures are per inhabitant in the area's age band
// (6–16, 0–5, 67+). When the user's activity column counts something else, their own count cannot
// be the denominator, and the municipality's population in the band from the reference is used.
import type { ServiceAreaDefinition } from '../reference/types';
import { foldDanish } from '../core/parse';

export type PopulationBand = 'alle' | '0-5' | '6-16' | '67plus';

/** The age band an activity header counts, when it names one; undefined when it counts something else (pupils, places …). */
export function bandOfActivityHeader(header: string): PopulationBand | undefined {
  const text = foldDanish(header.toLowerCase()).replace(/[–—]/g, '-');
  if (/67|aeldre|elderly/.test(text)) return /67/.test(text) ? '67plus' : undefined;
  if (/\b0\s*-\s*5\b/.test(text)) return '0-5';
  if (/\b6\s*-\s*16\b/.test(text)) return '6-16';
  if (/indbygger|folketal|befolkning|borgere i alt|population|inhabitant|resident/.test(text)) return 'alle';
  return undefined;
}

/** The band the area's national key figure divides by: the snapshot's 'population' is everyone. */
export function bandOfArea(area: ServiceAreaDefinition): PopulationBand | undefined {
  const id = area.denominator.id;
  if (id === 'population' || id === 'population-alle') return 'alle';
  const band = id.startsWith('population-') ? id.slice('population-'.length) : undefined;
  return band === '0-5' || band === '6-16' || band === '67plus' ? band : undefined;
}

export function activityFits(header: string | undefined, area: ServiceAreaDefinition, band: PopulationBand | undefined = bandOfArea(area)): boolean {
  if (header === undefined) return false;
  const own = bandOfActivityHeader(header);
  return own !== undefined && own === band;
}
