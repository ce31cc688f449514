// Workbook-scoped defined names of the fake (context.workbook.names).
import { FakeProxy, type FakeRequestContext } from './context';
import { FakeOfficeError, invalidArgument } from './errors';
import type { RangeProxy } from './rangeProxy';
import { quoteSheetName } from '../../../core/parse/address';
import { boxAddress, type FakeName } from './state';

const LEGAL_NAME = /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u;

export class NamedItemProxy extends FakeProxy {
  constructor(
    context: FakeRequestContext,
    private readonly locate: () => FakeName | undefined,
    private readonly label: string,
  ) {
    super(context);
  }

  private named(): FakeName {
    const found = this.locate();
    if (!found) throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist (${this.label}).`);
    return found;
  }

  get name(): string {
    return this.loadedValue('name');
  }

  get formula(): string {
    return this.loadedValue('formula');
  }

  delete(): void {
    this.context.enqueue(`name ${this.label}.delete`, undefined, () => {
      const target = this.named();
      this.context.excel.names = this.context.excel.names.filter((n) => n !== target);
    });
  }

  protected readScalar(property: string): unknown {
    const named = this.named();
    if (property === 'name') return named.name;
    if (property === 'formula') return named.formula;
    if (property === 'comment') return named.comment ?? '';
    if (property === 'type') return 'Range';
    throw invalidArgument(`NamedItem property '${property}' is not modelled.`);
  }

  describe(): string {
    return `name ${this.label}`;
  }
}

export class NamedItemCollectionProxy extends FakeProxy {
  get items(): NamedItemProxy[] {
    return this.loadedValue<NamedItemProxy[]>('items');
  }

  getItem(name: string): NamedItemProxy {
    return new NamedItemProxy(this.context, () => this.context.excel.name(name), name);
  }

  add(name: string, reference: RangeProxy | string, comment?: string): NamedItemProxy {
    this.context.enqueue(`names.add ${name}`, { name, comment }, () => {
      if (!LEGAL_NAME.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) throw invalidArgument(`'${name}' is not a valid name.`);
      if (this.context.excel.name(name)) throw new FakeOfficeError('ItemAlreadyExists', `A name '${name}' already exists.`);
      const formula =
        typeof reference === 'string'
          ? reference.startsWith('=') ? reference : `=${reference}`
          : `=${quoteSheetName(reference.worksheet.sheet().name)}!${absolute(boxAddress(reference.box()))}`;
      this.context.excel.names.push({ name, formula, ...(comment ? { comment } : {}) });
    });
    return this.getItem(name);
  }

  override loadNow(paths: string[]): void {
    const items = this.context.excel.names.map((named) => new NamedItemProxy(this.context, () => named, named.name));
    this.markLoaded('items', items);
    const itemPaths = paths.map((p) => p.replace(/^items\//, '')).filter((p) => p !== 'items');
    for (const item of items) item.loadNow(itemPaths);
  }

  protected readScalar(property: string): unknown {
    throw invalidArgument(`Names property '${property}' is not modelled.`);
  }

  describe(): string {
    return 'names';
  }
}

function absolute(address: string): string {
  return address.split(':').map((cell) => cell.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2')).join(':');
}
