// The one Danish/English string table. Split by topic so each part stays readable; every
// user-facing sentence in the project goes through `t`. A leaf module: it imports nothing of ours
// except its own tables, so core may use it (see docs/decisions.md).
import type { Lang } from '../core/types';
import { parseStrings } from './tables/parse';
import { reportStrings } from './tables/report';
import { cliStrings } from './tables/cli';
import { cliOutputStrings } from './tables/cliOutput';
import { faultStrings } from './tables/faults';
import { benchStrings } from './tables/bench';
import { referenceStrings } from './tables/reference';
import { paneStrings } from './tables/pane';
import { pipelineStrings } from './tables/pipeline';
import { xlsxHostStrings } from './tables/xlsxHost';
import { statbankStrings } from './tables/statbank';
import { excelHostStrings } from './tables/excelHost';
import { deaStrings } from './tables/dea';
import { deaReportStrings } from './tables/deaReport';
import { deaSheetStrings } from './tables/deaSheet';
import { nglkStrings } from './tables/nglk';
import { overviewStrings } from './tables/overview';
import { prioritisationStrings } from './tables/prioritisation';
import { measureStrings, refdataStrings, userTableStrings } from './tables/refdata';
import { refdataReportStrings } from './tables/refdataReport';

export type StringEntry = Record<Lang, string>;
export type StringTable = Record<string, StringEntry>;

const TABLE: StringTable = {
  ...parseStrings,
  ...benchStrings,
  ...referenceStrings,
  ...reportStrings,
  ...cliStrings,
  ...cliOutputStrings,
  ...faultStrings,
  ...paneStrings,
  ...pipelineStrings,
  ...xlsxHostStrings,
  ...statbankStrings,
  ...excelHostStrings,
  ...deaStrings,
  ...deaReportStrings,
  ...deaSheetStrings,
  ...nglkStrings,
  ...overviewStrings,
  ...prioritisationStrings,
  ...refdataStrings,
  ...measureStrings,
  ...userTableStrings,
  ...refdataReportStrings,
};

export type Params = Record<string, string | number>;

/** Render `key` in `lang`, filling `{name}` placeholders from params. Unknown keys are a bug: they throw. */
export function t(key: string, lang: Lang = 'da', params: Params = {}): string {
  const entry = TABLE[key];
  if (!entry) throw new Error(`Missing string table entry: ${key}`);
  return entry[lang].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function hasString(key: string): boolean {
  return key in TABLE;
}

export function allStringKeys(): string[] {
  return Object.keys(TABLE);
}
