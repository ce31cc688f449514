// Charts of the fake: the chart, its series, data labels (per series and per point), axes,
// legend and how blanks are drawn. Only what the host sets is modelled; anything else fails
// at sync as an unmodelled member would.
import { FakeProxy, type FakeRequestContext } from './context';
import { FakeOfficeError, invalidArgument } from './errors';
// Circular with proxies.ts and rangeProxy.ts; the classes are only used inside methods.
import type { WorksheetProxy } from './proxies';
import type { RangeProxy } from './rangeProxy';
import { settable, type Settable } from './settable';
import { boxAddress, type FakeChart, type FakeDataLabel, type FakeSeries } from './state';

const CHART_TYPES = new Set(['ColumnClustered', 'BarClustered', 'XYScatter', 'XYScatterLinesNoMarkers', 'Line', 'LineMarkers']);
const BLANKS = new Set(['NotPlotted', 'Zero', 'Interplotted']);

export class ChartCollectionProxy extends FakeProxy {
  constructor(
    context: FakeRequestContext,
    private readonly worksheet: WorksheetProxy,
  ) {
    super(context);
  }

  add(type: string, source: RangeProxy, seriesBy = 'Auto'): Settable {
    let chart: FakeChart | undefined;
    const target = (): FakeChart => {
      if (!chart) throw new FakeOfficeError('ItemNotFound', 'The chart was not created.');
      return chart;
    };
    const label = `${this.worksheet.describe()}.charts`;
    this.context.enqueue(`${label}.add ${type}`, { type, seriesBy }, () => {
      if (!CHART_TYPES.has(type)) throw invalidArgument(`chart type ${type}`);
      this.worksheet.assertEditable('add a chart');
      const box = source.box();
      const sheet = source.worksheet.sheet();
      const series: FakeSeries[] = [];
      for (let col = box.left; col <= box.right; col++) {
        series.push({ name: `Series${series.length + 1}`, values: { sheet, address: boxAddress({ ...box, left: col, right: col }) } });
      }
      chart = { type, series };
      this.worksheet.sheet().charts.push(chart);
    });
    const axisTitle = (key: 'categoryAxisTitle' | 'valueAxisTitle') =>
      settable(this.context, `${label}.${key}`, (_k, value) => (target()[key] = String(value)));
    return settable(this.context, `${label}[${type}]`, (key, value) => {
      if (key !== 'displayBlanksAs') throw invalidArgument(`chart.${key} is not modelled`);
      if (!BLANKS.has(String(value))) throw invalidArgument(`displayBlanksAs ${String(value)}`);
      target().displayBlanksAs = String(value);
    }, {
      title: settable(this.context, `${label}.title`, (_k, value) => (target().title = String(value))),
      legend: settable(this.context, `${label}.legend`, (key, value) => {
        if (key !== 'visible') throw invalidArgument(`legend.${key} is not modelled`);
        target().legendVisible = value === true;
      }),
      axes: {
        categoryAxis: settable(this.context, `${label}.categoryAxis`, (key, value) => {
          if (key === 'reversePlotOrder') target().categoriesReversed = value === true;
          else if (key === 'position') target().valueAxisCrossesAt = String(value);
          else throw invalidArgument(`categoryAxis.${key} is not modelled`);
        }, { title: axisTitle('categoryAxisTitle') }),
        valueAxis: settable(this.context, `${label}.valueAxis`, (key, value) => {
          if (key === 'numberFormat') target().valueAxisNumberFormat = String(value);
          else if (key === 'minimum') target().valueAxisMinimum = Number(value);
          else if (key === 'maximum') target().valueAxisMaximum = Number(value);
          else throw invalidArgument(`valueAxis.${key} is not modelled`);
        }, { title: axisTitle('valueAxisTitle') }),
      },
      series: {
        getItemAt: (index: number) =>
          this.seriesProxy(() => {
            const found = target().series[index];
            if (!found) throw new FakeOfficeError('ItemNotFound', `The chart has no series ${index}.`);
            return found;
          }, `${label}.series #${index}`),
        add: (name: string) => {
          let created: FakeSeries | undefined;
          this.context.enqueue(`${label}.series.add`, name, () => {
            created = { name };
            target().series.push(created);
          });
          return this.seriesProxy(() => created as FakeSeries, `${label}.series ${name}`);
        },
      },
      setPosition: (from: string, to: string) =>
        this.context.enqueue(`${label}.setPosition`, [from, to], () => (target().position = { from, to })),
    });
  }

  private dataLabel(label: string, apply: (change: (current: FakeDataLabel) => FakeDataLabel) => void): Settable {
    return settable(this.context, label, (key, value) => {
      if (key === 'showValue') apply((d) => ({ ...d, showValue: value === true }));
      else if (key === 'numberFormat') apply((d) => ({ ...d, numberFormat: String(value) }));
      else if (key === 'formula') {
        if (!String(value).startsWith('=')) throw invalidArgument('a data label formula starts with =');
        apply((d) => ({ ...d, formula: String(value) }));
      } else throw invalidArgument(`dataLabel.${key} is not modelled`);
    });
  }

  private seriesProxy(locate: () => FakeSeries, label: string): Settable {
    const ref = (range: RangeProxy) => ({ sheet: range.worksheet.sheet(), address: boxAddress(range.box()) });
    const point = (index: number) => {
      const change = (update: (d: FakeDataLabel) => FakeDataLabel) => {
        const series = locate();
        series.pointLabels = { ...series.pointLabels, [index]: update(series.pointLabels?.[index] ?? {}) };
      };
      return settable(this.context, `${label}.points #${index}`, (key, value) => {
        if (key !== 'hasDataLabel') throw invalidArgument(`point.${key} is not modelled`);
        change((d) => ({ ...d, hasDataLabel: value === true }));
      }, { dataLabel: this.dataLabel(`${label}.points #${index}.dataLabel`, change) });
    };
    return settable(this.context, label, (key, value) => {
      const series = locate();
      if (key === 'name') series.name = String(value);
      else if (key === 'chartType') {
        if (!CHART_TYPES.has(String(value))) throw invalidArgument(`chart type ${String(value)}`);
        series.chartType = String(value);
      } else if (key === 'hasDataLabels') series.hasDataLabels = value === true;
      else throw invalidArgument(`series.${key} is not modelled`);
    }, {
      setValues: (range: RangeProxy) => this.context.enqueue(`${label}.setValues`, 'range', () => (locate().values = ref(range))),
      setXAxisValues: (range: RangeProxy) => this.context.enqueue(`${label}.setXAxisValues`, 'range', () => (locate().xValues = ref(range))),
      dataLabels: this.dataLabel(`${label}.dataLabels`, (update) => {
        const series = locate();
        series.dataLabels = update(series.dataLabels ?? {});
      }),
      points: { getItemAt: point },
      format: {
        fill: { setSolidColor: (color: string) => this.context.enqueue(`${label}.fill`, color, () => (locate().fillColor = color)) },
        line: settable(this.context, `${label}.line`, (_key, value) => (locate().lineColor = String(value))),
      },
    });
  }

  protected readScalar(property: string): unknown {
    throw invalidArgument(`Charts property '${property}' is not modelled.`);
  }

  describe(): string {
    return `${this.worksheet.describe()}.charts`;
  }
}
