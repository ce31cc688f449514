// Number formats, styles and small text renderers shared by the sheet builders.
import type { StandardKind, TrafficLight } from '../core/benchmark/types';
import type { Lang } from '../core/types';
import { t } from '../i18n';
import type { CellStyle, FillStyle } from './model';

/** Excel format codes; Excel renders them in the user's locale (thousands '.' and decimal ',' in Danish). */
export const FMT = {
  kr: '#,##0 "kr."',
  /** Millions with one decimal: 56.0 → '56,0 mio. kr.' in Danish (each trailing comma divides by 1,000). */
  mioKr: '#,##0.0,, "mio. kr."',
  /** Whole millions: axis labels short enough to stand level. */
  mioWhole: '#,##0,,',
  /** Whole thousands, for charts of smaller amounts. */
  thousandsWhole: '#,##0,',
  krDecimal: '#,##0.0 "kr."',
  count: '#,##0',
  countDecimal: '#,##0.0',
  percentRank: '0.0%',
  r2: '0.000',
  distance: '0.00',
  dateTime: 'dd-mm-yyyy hh:mm',
} as const;

/** Key figures below 100 kr. get one decimal, so small figures (kr. per inhabitant) stay readable. */
export function keyFigureFormat(values: number[]): string {
  // A loop, not Math.max(...values): 100,000 units and their members overflow the call stack.
  const largest = values.reduce((top, v) => (Number.isFinite(v) ? Math.max(top, Math.abs(v)) : top), 0);
  return largest < 100 ? FMT.krDecimal : FMT.kr;
}

/** Activity is usually a head count; fractional activity (full-time equivalents) keeps a decimal. */
export function activityFormat(values: number[]): string {
  return values.every(Number.isInteger) ? FMT.count : FMT.countDecimal;
}

/** Regression coefficients span many magnitudes; show enough digits to be read, no more. */
export function coefficientFormat(value: number): string {
  const size = Math.abs(value);
  if (size >= 100) return '#,##0';
  if (size >= 1) return '#,##0.00';
  return '0.0000';
}

export const STYLE = {
  title: { bold: true, size: 14 } satisfies CellStyle,
  heading: { bold: true, size: 12 } satisfies CellStyle,
  label: { bold: true } satisfies CellStyle,
  note: { italic: true, color: '595959' } satisfies CellStyle,
  caveat: { italic: true, color: '9C5700' } satisfies CellStyle,
  total: { bold: true, border: 'bottomThin' } satisfies CellStyle,
  wrapped: { wrap: true, verticalAlign: 'top' } satisfies CellStyle,
  headline: { bold: true, size: 12 } satisfies CellStyle,
};

/** Fill and font of each traffic light, Excel's own "good/neutral/bad" colours. */
export const LIGHT_STYLE: Record<TrafficLight, FillStyle> = {
  green: { fill: 'C6EFCE', color: '006100' },
  yellow: { fill: 'FFEB9C', color: '9C5700' },
  red: { fill: 'FFC7CE', color: '9C0006' },
};

export const TRAFFIC_LIGHTS: readonly TrafficLight[] = ['green', 'yellow', 'red'];

export const COLOR = {
  own: '1F4E79',
  q1: '70AD47',
  median: 'FFC000',
  q3: 'C00000',
  dataBar: '5B9BD5',
  ownRow: 'DDEBF7',
};

export function lightText(light: TrafficLight, lang: Lang): string {
  return t(`report.light.${light}`, lang);
}

export function standardLabel(kind: StandardKind, lang: Lang): string {
  return t(`report.standard.${kind}`, lang);
}

const DANISH_TIME_ZONE = 'Europe/Copenhagen';

function validDate(iso: string | undefined): Date | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** '2025-01-01T09:00:00Z' → '1. januar 2025' (Danish) or '1 January 2025'; unparsable text is returned as is. */
export function longDate(iso: string, lang: Lang): string {
  const date = validDate(iso);
  if (!date) return iso;
  return new Intl.DateTimeFormat(lang === 'da' ? 'da-DK' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: DANISH_TIME_ZONE,
  }).format(date);
}

/**
 * An ISO timestamp as an Excel date serial in Danish local time, so the cell is a real date with a
 * date format rather than text. null when the text is not a date.
 */
export function excelDateSerial(iso: string | undefined): number | null {
  const date = validDate(iso);
  if (!date) return null;
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: DANISH_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const part = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const localAsUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  // Excel's day 0 is 1899-12-30 in the 1900 date system (it counts the phantom 29 Feb 1900).
  const excelEpoch = Date.UTC(1899, 11, 30);
  return (localAsUtc - excelEpoch) / 86_400_000;
}
