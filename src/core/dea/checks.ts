// Checks on a DEA call before it is solved: options that are not what the engine knows are a
// caller's bug and throw with a clear message (the engine is also called from plain JavaScript
// and from the worker, where types do not reach); doubtful data give warnings, not errors.
import type { DeaData } from './data';
import type { DeaInput, DeaWarning } from './types';

const RTS_VALUES = ['crs', 'vrs', 'drs', 'irs', 'fdh'] as const;
const ORIENTATIONS = ['in', 'out'] as const;
const METHODS = ['frontier', 'full'] as const;

function oneOf(value: unknown, allowed: readonly string[], name: string): void {
  if (typeof value === 'string' && allowed.includes(value)) return;
  throw new Error(`DEA: unknown ${name} ${JSON.stringify(value)}; use one of ${allowed.join(', ')}`);
}

function flag(value: unknown, name: string): void {
  if (value !== undefined && typeof value !== 'boolean') throw new Error(`DEA: ${name} must be true or false, not ${JSON.stringify(value)}`);
}

export function checkOptions(input: DeaInput): void {
  oneOf(input.rts, RTS_VALUES, 'returns to scale (rts)');
  oneOf(input.orientation, ORIENTATIONS, 'orientation');
  if (input.method !== undefined) oneOf(input.method, METHODS, 'method');
  flag(input.slack, 'slack');
  flag(input.superEfficiency, 'superEfficiency');
  if (input.onProgress !== undefined && typeof input.onProgress !== 'function') throw new Error('DEA: onProgress must be a function');
}

/**
 * Rule of thumb (Cooper, Seiford & Tone; Banker et al.): with fewer units than
 * max(m·s, 3(m + s)) most units look efficient, for lack of others to compare with.
 */
export function enoughUnits(inputs: number, outputs: number): number {
  return Math.max(inputs * outputs, 3 * (inputs + outputs));
}

/** A variable that is the same for every usable unit tells them nothing apart; all zero, nothing at all. */
export function dataWarnings(data: DeaData, X: readonly (readonly number[])[], Y: readonly (readonly number[])[]): DeaWarning[] {
  const warnings: DeaWarning[] = [];
  const usable: number[] = [];
  for (let j = 0; j < data.n; j++) if (data.valid[j]) usable.push(j);
  if (usable.length === 0) return warnings;
  const scan = (rows: readonly (readonly number[])[], width: number, kind: 'input' | 'output') => {
    for (let c = 0; c < width; c++) {
      const first = rows[usable[0]][c];
      let same = true;
      for (const j of usable) {
        if (Math.abs(rows[j][c] - first) > 1e-12 * Math.max(1, Math.abs(first))) {
          same = false;
          break;
        }
      }
      if (!same || usable.length < 2) continue;
      warnings.push({ code: first === 0 ? 'zeroVariable' : 'constantVariable', kind, column: c });
    }
  };
  scan(X, data.m, 'input');
  scan(Y, data.s, 'output');
  const needed = enoughUnits(data.m, data.s);
  if (usable.length < needed) warnings.push({ code: 'fewUnits', units: usable.length, needed });
  return warnings;
}
