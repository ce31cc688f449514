// Workbook, worksheet collection and worksheet proxies of the fake.
import { FakeProxy, type FakeRequestContext } from './context';
import { FakeOfficeError, invalidArgument } from './errors';
import { ChartCollectionProxy } from './charts';
import { NamedItemCollectionProxy } from './names';
import { TableCollectionProxy } from './objects';
import { RangeProxy } from './rangeProxy';
import { type Settable } from './settable';
import { pageLayoutProxy, protectedSheetError, protectionProxy } from './sheetParts';
import { parseBox, type Box, type FakeSheet } from './state';
import { usedBox, usedBoxOrUndefined } from './usedRange';

export class WorkbookProxy extends FakeProxy {
  readonly worksheets = new WorksheetCollectionProxy(this.context);
  readonly tables = new TableCollectionProxy(this.context, undefined);
  readonly application = new ApplicationProxy(this.context);
  readonly names = new NamedItemCollectionProxy(this.context);

  getSelectedRange(): RangeProxy {
    const excel = this.context.excel;
    const sheet = new WorksheetProxy(this.context, 'selection sheet', () => {
      const name = excel.selection?.sheet ?? excel.activeSheet;
      return name === undefined ? undefined : excel.sheet(name);
    });
    return new RangeProxy(this.context, sheet, () => parseBox(excel.selection?.address ?? 'A1') as Box, 'selection');
  }

  protected readScalar(property: string): unknown {
    throw invalidArgument(`Workbook property '${property}' is not modelled.`);
  }

  describe(): string {
    return 'workbook';
  }
}

export class ApplicationProxy extends FakeProxy {
  suspendApiCalculationUntilNextSync(): void {
    this.context.enqueue('application.suspendApiCalculationUntilNextSync', undefined, () => undefined);
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this.context.enqueue('application.suspendScreenUpdatingUntilNextSync', undefined, () => undefined);
  }

  protected readScalar(property: string): unknown {
    throw invalidArgument(`Application property '${property}' is not modelled.`);
  }

  describe(): string {
    return 'application';
  }
}

export class WorksheetCollectionProxy extends FakeProxy {
  private loadedItems?: WorksheetProxy[];

  get items(): WorksheetProxy[] {
    return this.loadedValue<WorksheetProxy[]>('items');
  }

  add(name: string): WorksheetProxy {
    const proxy = new WorksheetProxy(this.context, `new sheet ${name}`, () => undefined);
    this.context.enqueue(`worksheets.add ${name}`, name, () => proxy.bind(this.context.excel.addSheet(name)));
    return proxy;
  }

  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.context, `sheet ${name}`, () => this.context.excel.sheet(name));
  }

  getActiveWorksheet(): WorksheetProxy {
    const excel = this.context.excel;
    return new WorksheetProxy(this.context, 'active sheet', () => (excel.activeSheet === undefined ? undefined : excel.sheet(excel.activeSheet)));
  }

  getItemOrNullObject(name: string): WorksheetProxy {
    return new WorksheetProxy(this.context, `sheet ${name}`, () => this.context.excel.sheet(name), true);
  }

  getLast(): WorksheetProxy {
    return new WorksheetProxy(this.context, 'last sheet', () => this.context.excel.sheets[this.context.excel.sheets.length - 1]);
  }

  override loadNow(paths: string[]): void {
    this.loadedItems = this.context.excel.sheets.map((sheet) => {
      const proxy = new WorksheetProxy(this.context, `sheet ${sheet.name}`, () => sheet);
      proxy.bind(sheet);
      return proxy;
    });
    this.markLoaded('items', this.loadedItems);
    const itemPaths = paths.map((p) => p.replace(/^items\//, '')).filter((p) => p !== 'items');
    for (const item of this.loadedItems) item.loadNow(itemPaths);
  }

  protected readScalar(property: string): unknown {
    throw invalidArgument(`Worksheets property '${property}' is not modelled.`);
  }

  describe(): string {
    return 'worksheets';
  }
}

export class WorksheetProxy extends FakeProxy {
  private bound?: FakeSheet;
  readonly tables: TableCollectionProxy = new TableCollectionProxy(this.context, this);
  readonly charts = new ChartCollectionProxy(this.context, this);
  readonly freezePanes: { freezeAt(range: RangeProxy | string): void; freezeRows(count: number): void; freezeColumns(count: number): void };
  readonly pageLayout: Settable;
  readonly protection: ReturnType<typeof protectionProxy>;

  constructor(
    context: FakeRequestContext,
    private readonly label: string,
    private readonly locate: () => FakeSheet | undefined,
    private readonly orNull = false,
  ) {
    super(context);
    const freeze = (label: string, args: unknown, apply: (sheet: FakeSheet) => { rows: number; columns: number }) =>
      this.context.enqueue(`${this.describe()}.freezePanes.${label}`, args, () => {
        const sheet = this.sheet();
        sheet.freeze = apply(sheet);
      });
    this.freezePanes = {
      freezeAt: (range) => {
        const box = typeof range === 'string' ? () => parseBox(range) : () => range.box();
        freeze('freezeAt', typeof range === 'string' ? range : 'range', () => {
          const b = box();
          if (!b) throw invalidArgument('freezeAt needs a range');
          return { rows: b.bottom, columns: b.right };
        });
      },
      freezeRows: (count) => freeze('freezeRows', count, () => ({ rows: count, columns: 0 })),
      freezeColumns: (count) => freeze('freezeColumns', count, () => ({ rows: 0, columns: count })),
    };
    this.pageLayout = pageLayoutProxy(this.context, `${this.describe()}.pageLayout`, () => this.sheet());
    this.protection = protectionProxy(this.context, `${this.describe()}.protection`, () => this.sheet());
  }

  bind(sheet: FakeSheet): void {
    this.bound = sheet;
  }

  /** The sheet this proxy stands for; resolves once, so a rename does not lose it. */
  sheet(): FakeSheet {
    if (!this.bound) {
      const found = this.locate();
      if (!found) throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist (${this.label}).`);
      this.bound = found;
    }
    return this.bound;
  }

  /** Throws as Excel does when the sheet is protected (called while a sync runs). */
  assertEditable(what: string): void {
    const sheet = this.sheet();
    if (sheet.protection) throw protectedSheetError(sheet, what);
  }

  protected override existsNow(): boolean {
    if (!this.orNull) return true;
    return this.bound !== undefined || this.locate() !== undefined;
  }

  get name(): string {
    return this.loadedValue<string>('name');
  }

  set name(value: string) {
    this.context.enqueue(`${this.describe()}.name=${value}`, value, () => this.context.excel.renameSheet(this.sheet(), value));
  }

  get visibility(): string {
    return this.loadedValue<string>('visibility');
  }

  set visibility(value: string) {
    this.context.enqueue(`${this.describe()}.visibility`, value, () => {
      if (value !== 'Visible' && value !== 'Hidden' && value !== 'VeryHidden') throw invalidArgument(`visibility ${value}`);
      this.sheet().visibility = value;
    });
  }

  get id(): string {
    return this.loadedValue<string>('id');
  }

  get position(): number {
    return this.loadedValue<number>('position');
  }

  get tabColor(): string {
    return this.loadedValue<string>('tabColor');
  }

  set tabColor(value: string) {
    this.context.enqueue(`${this.describe()}.tabColor`, value, () => {
      if (value !== '' && !/^#[0-9A-Fa-f]{6}$/.test(value)) throw invalidArgument(`tab colour ${value}`);
      this.sheet().tabColor = value;
    });
  }

  getRange(address: string): RangeProxy {
    return new RangeProxy(this.context, this, () => {
      const box = parseBox(address);
      if (!box) throw invalidArgument(`'${address}' is not a valid address.`, `${this.describe()}.getRange`);
      return box;
    }, address);
  }

  getUsedRange(valuesOnly = false): RangeProxy {
    return new RangeProxy(this.context, this, () => usedBox(this.sheet(), valuesOnly), 'used range');
  }

  /** As getUsedRange, but a null object (not A1) for a sheet with nothing in it. */
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    const has = () => usedBoxOrUndefined(this.sheet(), valuesOnly) !== undefined;
    return new RangeProxy(this.context, this, () => usedBox(this.sheet(), valuesOnly), 'used range or null', has);
  }

  delete(): void {
    this.context.enqueue(`${this.describe()}.delete`, undefined, () => this.context.excel.deleteSheet(this.sheet()));
  }

  activate(): void {
    this.context.enqueue(`${this.describe()}.activate`, undefined, () => (this.context.excel.activeSheet = this.sheet().name));
  }

  protected readScalar(property: string): unknown {
    const sheet = this.sheet();
    if (property === 'name') return sheet.name;
    if (property === 'visibility') return sheet.visibility;
    if (property === 'position') return this.context.excel.sheets.indexOf(sheet);
    if (property === 'tabColor') return sheet.tabColor;
    if (property === 'id') return String(sheet.id);
    throw invalidArgument(`Worksheet property '${property}' is not modelled.`);
  }

  protected override navigate(property: string): FakeProxy | undefined {
    return property === 'tables' ? this.tables : undefined;
  }

  describe(): string {
    return this.bound ? `sheet ${this.bound.name}` : this.label;
  }
}
