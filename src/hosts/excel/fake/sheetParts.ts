// Page layout and protection of a fake worksheet, and the rule protection enforces: a protected
// sheet refuses every change except values typed into unlocked cells, as Excel does.
import type { FakeRequestContext } from './context';
import { FakeOfficeError, invalidArgument } from './errors';
import type { RangeProxy } from './rangeProxy';
import { settable, type Settable } from './settable';
import { boxAddress, type FakeDataValidation, type FakeSheet } from './state';

const MARGINS = new Set(['leftMargin', 'rightMargin', 'topMargin', 'bottomMargin', 'headerMargin', 'footerMargin']);

export function protectedSheetError(sheet: FakeSheet, what: string): FakeOfficeError {
  return new FakeOfficeError('InvalidOperation', `Cannot ${what}: the sheet '${sheet.name}' is protected.`);
}

export function pageLayoutProxy(context: FakeRequestContext, label: string, sheet: () => FakeSheet): Settable {
  return settable(context, label, (key, value) => {
    const layout = sheet().pageLayout;
    if (key === 'orientation' || key === 'paperSize') layout[key] = String(value);
    else if (key === 'zoom') layout.zoom = value as Record<string, number>;
    else if (key === 'printGridlines') layout.printGridlines = value === true;
    else if (MARGINS.has(key)) {
      if (typeof value !== 'number' || value < 0) throw invalidArgument(`${key} ${String(value)}`);
      layout.margins = { ...layout.margins, [key]: value };
    } else throw invalidArgument(`pageLayout.${key} is not modelled`);
  }, {
    setPrintTitleRows: (rows: string) => context.enqueue(`${label}.setPrintTitleRows`, rows, () => (sheet().pageLayout.printTitleRows = rows)),
    setPrintArea: (area: RangeProxy | string) =>
      context.enqueue(`${label}.setPrintArea`, typeof area === 'string' ? area : 'range', () => {
        sheet().pageLayout.printArea = typeof area === 'string' ? area.replace(/\$/g, '') : boxAddress(area.box());
      }),
  });
}

export function protectionProxy(context: FakeRequestContext, label: string, sheet: () => FakeSheet): { protect(options?: Record<string, unknown>, password?: string): void } {
  return {
    protect: (options = {}, password?: string) =>
      context.enqueue(`${label}.protect`, options, () => {
        const target = sheet();
        if (target.protection) throw new FakeOfficeError('InvalidOperation', `The sheet '${target.name}' is protected already.`);
        if (password !== undefined) throw invalidArgument('the fake models protection without a password only');
        target.protection = { ...options };
      }),
  };
}

const RULE_KINDS = new Set(['list', 'wholeNumber', 'decimal', 'textLength', 'date', 'time', 'custom']);

/** range.dataValidation: each assignment lands on the rule of exactly that range. */
export function dataValidationProxy(context: FakeRequestContext, label: string, rule: () => FakeDataValidation): Settable {
  return settable(context, label, (key, value) => {
    const target = rule();
    if (key === 'rule') {
      const kinds = Object.keys(value as object);
      if (kinds.length !== 1 || !RULE_KINDS.has(kinds[0])) throw invalidArgument(`a data-validation rule has exactly one kind, not ${kinds.join(', ')}`);
      target.rule = value as Record<string, unknown>;
    } else if (key === 'ignoreBlanks') target.ignoreBlanks = value === true;
    else if (key === 'errorAlert' || key === 'prompt') target[key] = value as Record<string, unknown>;
    else throw invalidArgument(`dataValidation.${key} is not modelled`);
  });
}
