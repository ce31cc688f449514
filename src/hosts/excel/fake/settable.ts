// Write-only format objects (range.format.font, chart.title, …): every assignment is queued as an
// operation; reading a property that was never loaded fails as it does in Office.js.
import type { FakeRequestContext } from './context';
import { propertyNotLoaded } from './errors';

export type Settable = Record<string, unknown>;

export function settable(
  context: FakeRequestContext,
  label: string,
  apply: (key: string, value: unknown) => void,
  members: Settable = {},
): Settable {
  return new Proxy(members, {
    set(_target, key, value: unknown) {
      const name = String(key);
      context.enqueue(`${label}.${name}`, value, () => apply(name, value));
      return true;
    },
    get(target, key) {
      if (typeof key === 'symbol' || key === 'then' || key === 'toJSON') return undefined;
      if (key in target) return target[key];
      throw propertyNotLoaded(key);
    },
  });
}
