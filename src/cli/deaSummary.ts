// The DEA part of what the CLI tells the user: a few lines in words, or every unit as JSON under
// its own name, with θ or φ, slacks, super-efficiency and the bootstrap interval on the scale of
// the efficiency.
import type { Lang } from '../core/types';
import { t } from '../i18n';
import { deaMethodName, peerText } from '../report/deaCommon';
import { scoreInterval, type DeaRunResult, type DeaUnitOutcome } from '../report/deaTypes';
import { formatNumber } from '../core/parse/numbers';

function percent(value: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'da' ? 'da-DK' : 'en-GB', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

/** The DEA result in a few lines: how many are on the frontier, the sum, and the largest potentials. */
export function deaLines(dea: DeaRunResult, lang: Lang, kroner: (value: number) => string): string[] {
  const lines = [t('cli.summary.dea', lang, { method: deaMethodName(dea, lang), efficient: dea.efficientCount, measured: dea.measuredCount })];
  const bootstrap = dea.settings.bootstrap;
  if (bootstrap && bootstrap.bandwidth !== null) lines.push(`  ${t('cli.summary.deaBootstrap', lang, { replicates: formatNumber(bootstrap.replicates, lang), seed: bootstrap.seed })}`);
  if (dea.totalRadialSaving === null) return lines;
  lines.push(`  ${t('cli.summary.deaTotal', lang, { radial: kroner(dea.totalRadialSaving), slack: kroner(dea.totalSlackAdjustedSaving ?? 0) })}`);
  const top = dea.units
    .filter((unit) => (unit.radialSaving ?? 0) > 0)
    .sort((a, b) => (b.radialSaving ?? 0) - (a.radialSaving ?? 0))
    .slice(0, 3);
  top.forEach((unit, index) => {
    const partners = peerText(unit, lang);
    let line = `  ${index + 1}. ${unit.name}: ${kroner(unit.radialSaving ?? 0)} – ${t('cli.summary.deaPartners', lang, { partners })}`;
    if (unit.interval && unit.score !== null) {
      const shown = scoreInterval(unit.interval, dea.settings.orientation);
      line += `; ${t('cli.summary.deaInterval', lang, { score: percent(unit.score, lang), low: percent(shown.low, lang), high: percent(shown.high, lang) })}`;
      if (unit.surePartner !== null) line += `, ${t(`cli.summary.deaSure.${unit.surePartner ? 'yes' : 'no'}`, lang)}`;
    }
    lines.push(line);
  });
  return lines;
}

function unitJson(unit: DeaUnitOutcome, dea: DeaRunResult, lang: Lang) {
  const inputOriented = dea.settings.orientation === 'in';
  return {
    id: unit.id,
    name: unit.name,
    address: unit.address,
    status: unit.status,
    reason: unit.reason ?? null,
    /** Farrell efficiency: θ (input orientation) or φ (output orientation). */
    efficiency: unit.efficiency,
    theta: inputOriented ? unit.efficiency : null,
    phi: inputOriented ? null : unit.efficiency,
    score: unit.score,
    frontier: unit.frontier,
    biasCorrected: unit.interval?.biasCorrected ?? null,
    bias: unit.interval?.bias ?? null,
    ciLow: unit.interval?.low ?? null,
    ciHigh: unit.interval?.high ?? null,
    differenceToMainPartnerSure: unit.surePartner,
    superScore: unit.superStatus === 'undefined' ? t('report.dea.notDefined', lang) : unit.superScore,
    rank: unit.rank,
    light: unit.light,
    inputs: unit.inputs,
    outputs: unit.outputs,
    inputSlacks: unit.inputSlacks,
    outputSlacks: unit.outputSlacks,
    targetInputs: unit.targetInputs,
    targetOutputs: unit.targetOutputs,
    potential: unit.radialSaving,
    slackAdjustedPotential: unit.slackAdjustedSaving,
    outputGaps: unit.outputGaps,
    peers: unit.peers,
  };
}

export function deaJson(dea: DeaRunResult, lang: Lang) {
  return {
    settings: dea.settings,
    inputs: dea.inputs,
    outputs: dea.outputs,
    measured: dea.measuredCount,
    efficient: dea.efficientCount,
    medianScore: dea.medianScore,
    totalPotential: dea.totalRadialSaving,
    totalSlackAdjustedPotential: dea.totalSlackAdjustedSaving,
    units: dea.units.map((unit) => unitJson(unit, dea, lang)),
  };
}
