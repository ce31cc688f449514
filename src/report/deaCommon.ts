// Small pieces the DEA sheet's blocks and the CLI share: the method's name, a unit's learning
// partners in words, the tables' row order, and where a chart goes.
import type { Lang } from '../core/types';
import { t } from '../i18n';
import { cell } from './a1';
import type { DeaRunResult, DeaUnitOutcome } from './deaTypes';

export function deaMethodName(dea: DeaRunResult, lang: Lang): string {
  const rts = t(`report.dea.rts.${dea.settings.rts}`, lang);
  const model = dea.settings.superEfficiency === 'model' ? `${rts}, ${t('report.dea.superModelName', lang)}` : rts;
  return t('report.dea.methodName', lang, { rts: model, orientation: t(`report.dea.orientation.${dea.settings.orientation}`, lang) });
}

/** "Skole A (62 %), Skole B (38 %)"; a unit on the frontier says so in words. */
export function peerText(unit: DeaUnitOutcome, lang: Lang, limit = Number.POSITIVE_INFINITY): string {
  if (unit.frontier === 'undetermined') return t('report.dea.undetermined', lang);
  if (unit.peers.length === 0 || unit.peers.every((p) => p.id === unit.id)) return t('report.dea.ownPeer', lang);
  const partners = unit.peers
    .slice(0, limit)
    .map((p) => t('report.dea.peerShare', lang, { name: p.name, share: Math.round(p.share * 100) }))
    .join(', ');
  return unit.frontier === 'weak' ? t('report.dea.weakPeer', lang, { partners }) : partners;
}

/** The units in the tables' order: rank first, then name, so ties are stable. */
export function measuredInOrder(dea: DeaRunResult): DeaUnitOutcome[] {
  return dea.units.filter((u) => u.status === 'ok').sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0) || a.name.localeCompare(b.name, 'da'));
}

/** A chart's top-left corner in column A, `rows` tall, at `row`; returns the first row below it. */
export function placeBelow(row: number, rows = 20): { from: string; next: number } {
  return { from: cell(1, row), next: row + rows + 1 };
}
