// The message that names the units left out of the best and best-quartile standards and why, so a
// `--standard best` run never quietly drops a municipality (and never quietly keeps a 0 kr. one).
import { t } from '../../i18n';
import type { Lang, Problem } from '../types';
import type { AnomalyFlag } from './anomalies';
import { benchProblem, listForMessage } from './problems';
import type { StandardKind } from './types';

/** A flagged value in a few words: 'Samsø (0 kr. pr. indbygger, 0 eller derunder)'. */
export function flagText(flag: AnomalyFlag, unit: string, lang: Lang): string {
  const format = new Intl.NumberFormat(lang === 'da' ? 'da-DK' : 'en-GB', { maximumFractionDigits: 0 });
  const reason = flag.reason === 'nonPositive' ? 'nonPositive' : flag.value < flag.limit ? 'below' : 'above';
  return t(`bench.anomaly.flag.${reason}`, lang, {
    name: flag.name, value: format.format(flag.value), unit, limit: format.format(flag.limit),
  });
}

/** Warning when the chosen standard is one the flags change, information otherwise. */
export function leftOutProblem(
  leftOut: readonly AnomalyFlag[],
  chosen: StandardKind,
  unit: string,
  ownName: string,
  lang: Lang,
  address: string,
  noun: 'municipality' | 'unit' = 'municipality',
): Problem {
  const affected = chosen === 'best' || chosen === 'quartile' || chosen === 'expected';
  const plural = leftOut.length === 1 ? 'one' : 'many';
  return benchProblem(
    `bench.anomaly.leftOut.${noun}.${plural}`,
    affected ? 'warning' : 'info',
    { name: ownName, count: leftOut.length, list: listForMessage(leftOut.map((f) => flagText(f, unit, lang)), 10) },
    lang,
    address,
  );
}
