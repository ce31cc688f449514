// A chart ready to be serialised: the report's ChartModel plus the cell values its references
// point at, so the file carries cached points (viewers draw them without recalculating).
import type { ChartModel } from '../../../report/model';

export interface CachedRef<T> {
  /** Sheet-qualified absolute reference as it must appear in <c:f>. */
  ref: string;
  points: T[];
}

export interface ResolvedSeries {
  /** Literal series name, or a one-cell reference with its text. */
  name: { literal: string } | CachedRef<string>;
  values: CachedRef<number | null>;
  /** Text categories (column/bar/line) or numeric x values (scatter). */
  categories?: { text: CachedRef<string> } | { numbers: CachedRef<number | null> };
  color: string;
  asLine: boolean;
  /** Custom error amounts above and below each point. */
  errorBars?: { plus: CachedRef<number | null>; minus: CachedRef<number | null> };
  /** Label texts, one per point, from cells. */
  pointLabels?: CachedRef<string>;
  valueLabels: boolean;
}

export interface ResolvedChart {
  model: ChartModel;
  series: ResolvedSeries[];
  /** Zero-based anchor corners for the drawing. */
  from: { row: number; col: number };
  to: { row: number; col: number };
}

export interface SheetCharts {
  /** Final sheet name in the workbook. */
  sheet: string;
  charts: ResolvedChart[];
}
