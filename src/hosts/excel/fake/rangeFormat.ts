// range.format of the fake: font, fill, borders, alignment, wrapping, cell protection, and the
// column width and row height it also carries. Every assignment is queued like any other.
import type { FakeRequestContext } from './context';
import { invalidArgument } from './errors';
import { settable, type Settable } from './settable';
import type { FakeCellStyle } from './state';

const FONT_KEYS: Record<string, keyof FakeCellStyle> = { name: 'name', bold: 'bold', italic: 'italic', size: 'size', color: 'color' };

export interface RangeFormatHooks {
  /** Changes the style of every cell of the range (called while the sync runs). */
  style: (change: (style: FakeCellStyle) => FakeCellStyle) => void;
  layout: (key: 'columnWidth' | 'rowHeight', value: unknown) => void;
}

export function rangeFormatProxy(context: FakeRequestContext, range: string, hooks: RangeFormatHooks): Settable {
  const set = (key: keyof FakeCellStyle) => (value: unknown) => hooks.style((s) => ({ ...s, [key]: value }));
  const font = settable(context, `${range}.format.font`, (key, value) => {
    const mapped = FONT_KEYS[key];
    if (!mapped) throw invalidArgument(`font.${key} is not modelled`);
    set(mapped)(value);
  });
  const fill = settable(context, `${range}.format.fill`, (key, value) => {
    if (key !== 'color') throw invalidArgument(`fill.${key} is not modelled`);
    set('fill')(value);
  });
  const borders = {
    getItem: (edge: string) =>
      settable(context, `${range}.format.borders.${edge}`, (key, value) =>
        hooks.style((s) => ({ ...s, borders: { ...s.borders, [edge]: { ...s.borders?.[edge], [key]: String(value) } } })),
      ),
  };
  const protection = settable(context, `${range}.format.protection`, (key, value) => {
    if (key !== 'locked') throw invalidArgument(`protection.${key} is not modelled`);
    set('locked')(value === true);
  });
  return settable(context, `${range}.format`, (key, value) => {
    if (key === 'columnWidth' || key === 'rowHeight') hooks.layout(key, value);
    else if (key === 'wrapText' || key === 'horizontalAlignment' || key === 'verticalAlignment') set(key)(value);
    else throw invalidArgument(`format.${key} is not modelled`);
  }, { font, fill, borders, protection });
}
