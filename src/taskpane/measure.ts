// What a key figure is "per": per inhabitant (the snapshot), per resident of the area's age band
// (live), or per the institutions' own activity (pupils, children …). Said beside the choices so
// the user knows what is compared before running. Pure, tested in node.
import type { ParseResult } from '../core/parse/types';
import type { Lang } from '../core/types';
import { t } from '../i18n';
import { institutionAreaSpec } from '../pipeline/institutionArea';
import { getArea } from '../reference/catalogue';
import type { PaneSettings } from './settings';

export interface Measure {
  /** 'kr. pr. indbygger', 'kr. pr. elev' … */
  label: string;
  /** The unit alone, for sentences like "half spend less per inhabitant". */
  unit: string;
  level: 'municipality' | 'institution';
}

/** `liveMeasure` gives a live area's unit once the StatBank module has loaded. */
export function measureOf(
  parse: ParseResult | undefined,
  settings: Pick<PaneSettings, 'area' | 'referenceSource'> & Partial<Pick<PaneSettings, 'measure'>>,
  lang: Lang,
  liveMeasure?: (areaId: string, lang: Lang) => string | undefined,
): Measure {
  if (parse?.shape === 'institution') {
    const spec = institutionAreaSpec(settings.area ? getArea(settings.area) : undefined, parse.columns);
    const label = spec.unitLabel[lang];
    return { label, unit: unitOf(label), level: 'institution' };
  }
  const inhabitant = t('pane.unit.inhabitant', lang);
  // DST's own figure per inhabitant is the measure on both sources; the age band only when asked for, live.
  if (settings.referenceSource === 'snapshot' || settings.measure !== 'perAgeBand') return { label: t('pane.ref.measure.perInhabitant', lang), unit: inhabitant, level: 'municipality' };
  const live = settings.area ? liveMeasure?.(settings.area, lang) : undefined;
  return { label: live ?? t('pane.ref.measure.perBand', lang), unit: live ? unitOf(live) : inhabitant, level: 'municipality' };
}

/** 'kr. pr. elev' → 'elev', 'DKK per pupil' → 'pupil'. */
function unitOf(label: string): string {
  return label.replace(/^(kr\. pr\.|DKK per)\s+/, '');
}
