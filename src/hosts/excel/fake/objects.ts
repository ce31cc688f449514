// Tables and conditional formats of the fake (charts are in charts.ts).
import { FakeProxy, type FakeRequestContext } from './context';
import { FakeOfficeError, invalidArgument } from './errors';
// Circular with proxies.ts and rangeProxy.ts; the classes are only used inside methods, after load.
import { WorksheetProxy } from './proxies';
import { RangeProxy } from './rangeProxy';
import { settable, type Settable } from './settable';
import { protectedSheetError } from './sheetParts';
import { boxAddress, cellKey, type Box, type FakeConditionalFormat, type FakeTable } from './state';

function overlaps(a: Box, b: Box): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export class TableCollectionProxy extends FakeProxy {
  constructor(
    context: FakeRequestContext,
    /** undefined for the workbook's collection. */
    private readonly worksheet: WorksheetProxy | undefined,
  ) {
    super(context);
  }

  get items(): TableProxy[] {
    return this.loadedValue<TableProxy[]>('items');
  }

  add(address: RangeProxy | string, hasHeaders: boolean): TableProxy {
    const proxy = new TableProxy(this.context, 'new table', () => undefined);
    this.context.enqueue(`${this.describe()}.add`, typeof address === 'string' ? address : 'range', () => {
      if (typeof address === 'string' || !this.worksheet) throw invalidArgument('tables.add is modelled for a Range on a worksheet');
      const box = address.box();
      const sheet = address.worksheet.sheet();
      address.worksheet.assertEditable('add a table');
      const excel = this.context.excel;
      if (excel.tables.some((t) => t.sheet === sheet && overlaps(t.box, box))) {
        throw invalidArgument('A table can\'t overlap another table.');
      }
      let n = excel.tables.length + 1;
      while (excel.table(`Table${n}`)) n++;
      if (hasHeaders) {
        for (let col = box.left; col <= box.right; col++) {
          const cell = sheet.cells.get(cellKey(box.top, col));
          if (!cell || cell.type === 'Empty') sheet.cells.set(cellKey(box.top, col), { ...cell, value: `Column${col - box.left + 1}`, type: 'String' });
        }
      }
      const table: FakeTable = { name: `Table${n}`, sheet, box, style: 'TableStyleMedium2', showBandedRows: true, showTotals: false };
      excel.tables.push(table);
      proxy.bind(table);
    });
    return proxy;
  }

  getItem(name: string): TableProxy {
    return new TableProxy(this.context, `table ${name}`, () => this.context.excel.table(name));
  }

  override loadNow(paths: string[]): void {
    const tables = this.context.excel.tables.filter((t) => !this.worksheet || t.sheet === this.worksheet.sheet());
    const items = tables.map((table) => {
      const proxy = new TableProxy(this.context, `table ${table.name}`, () => table);
      proxy.bind(table);
      return proxy;
    });
    this.markLoaded('items', items);
    const itemPaths = paths.map((p) => p.replace(/^items\//, '')).filter((p) => p !== 'items');
    for (const item of items) item.loadNow(itemPaths);
  }

  protected readScalar(property: string): unknown {
    throw invalidArgument(`Tables property '${property}' is not modelled.`);
  }

  describe(): string {
    return this.worksheet ? `${this.worksheet.describe()}.tables` : 'workbook.tables';
  }
}

export class TableProxy extends FakeProxy {
  private bound?: FakeTable;

  constructor(
    context: FakeRequestContext,
    private readonly label: string,
    private readonly locate: () => FakeTable | undefined,
  ) {
    super(context);
  }

  bind(table: FakeTable): void {
    this.bound = table;
  }

  table(): FakeTable {
    if (!this.bound) {
      const found = this.locate();
      if (!found) throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist (${this.label}).`);
      this.bound = found;
    }
    return this.bound;
  }

  get worksheet(): WorksheetProxy {
    return this.child('worksheet', () => {
      return new WorksheetProxy(this.context, `${this.label} sheet`, () => this.table().sheet);
    });
  }

  get name(): string {
    return this.loadedValue('name');
  }

  set name(value: string) {
    this.context.enqueue(`${this.describe()}.name=${value}`, value, () => {
      const table = this.table();
      // Excel will not rename a table on a protected sheet.
      if (table.sheet.protection) throw protectedSheetError(table.sheet, `rename table ${table.name}`);
      this.context.excel.renameTable(table, value);
    });
  }

  set style(value: string) {
    this.context.enqueue(`${this.describe()}.style`, value, () => (this.table().style = value));
  }

  get style(): string {
    return this.loadedValue('style');
  }

  set showBandedRows(value: boolean) {
    this.context.enqueue(`${this.describe()}.showBandedRows`, value, () => (this.table().showBandedRows = value));
  }

  get showTotals(): boolean {
    return this.loadedValue('showTotals');
  }

  getRange(): RangeProxy {
    return new RangeProxy(this.context, this.worksheet, () => this.table().box, `${this.label} range`);
  }

  protected readScalar(property: string): unknown {
    const table = this.table();
    if (property === 'name') return table.name;
    if (property === 'style') return table.style;
    if (property === 'showTotals') return table.showTotals;
    if (property === 'showBandedRows') return table.showBandedRows;
    throw invalidArgument(`Table property '${property}' is not modelled.`);
  }

  protected override navigate(property: string): FakeProxy | undefined {
    return property === 'worksheet' ? this.worksheet : undefined;
  }

  describe(): string {
    return this.bound ? `table ${this.bound.name}` : this.label;
  }
}

const CF_TYPES = new Set(['DataBar', 'IconSet', 'Custom', 'ColorScale', 'CellValue']);

export class ConditionalFormatCollectionProxy extends FakeProxy {
  constructor(
    context: FakeRequestContext,
    private readonly range: RangeProxy,
  ) {
    super(context);
  }

  add(type: string): Settable {
    let format: FakeConditionalFormat | undefined;
    const target = (): FakeConditionalFormat => {
      if (!format) throw new FakeOfficeError('ItemNotFound', 'The conditional format was not created.');
      return format;
    };
    const label = `${this.range.describe()}.conditionalFormats`;
    this.context.enqueue(`${label}.add ${type}`, type, () => {
      if (!CF_TYPES.has(type)) throw invalidArgument(`conditional format type ${type}`);
      this.range.worksheet.assertEditable('add a conditional format');
      const sheet = this.range.worksheet.sheet();
      format = { type, range: boxAddress(this.range.box()), priority: sheet.conditionalFormats.length };
      sheet.conditionalFormats.push(format);
    });
    const set = (part: 'dataBar' | 'iconSet') => (key: string, value: unknown) => {
      const f = target();
      f[part] = { ...f[part], [key]: value };
    };
    const custom = (key: string) => (_k: string, value: unknown) => {
      const f = target();
      f.custom = { ...f.custom, [key]: value };
    };
    return settable(this.context, `${label}[${type}]`, (key, value) => {
      if (key !== 'priority') throw invalidArgument(`conditionalFormat.${key} is not modelled`);
      const sheet = this.range.worksheet.sheet();
      const list = sheet.conditionalFormats.filter((f) => f !== target());
      list.splice(Math.min(Number(value), list.length), 0, target());
      list.forEach((f, i) => (f.priority = i));
      sheet.conditionalFormats = list;
    }, {
      dataBar: settable(this.context, `${label}.dataBar`, set('dataBar'), {
        positiveFormat: settable(this.context, `${label}.dataBar.positiveFormat`, set('dataBar')),
      }),
      iconSet: settable(this.context, `${label}.iconSet`, set('iconSet')),
      custom: {
        rule: settable(this.context, `${label}.custom.rule`, (key, value) => custom(key === 'formula' ? 'formula' : key)(key, value)),
        format: {
          fill: settable(this.context, `${label}.custom.fill`, (_key, value) => custom('fill')(_key, value)),
          font: settable(this.context, `${label}.custom.font`, (key, value) => custom(key === 'color' ? 'fontColor' : key)(key, value)),
        },
      },
    });
  }

  protected readScalar(property: string): unknown {
    throw invalidArgument(`Conditional formats property '${property}' is not modelled.`);
  }

  describe(): string {
    return `${this.range.describe()}.conditionalFormats`;
  }
}
