// Working with parsed cubes: looking a value up by codes, and putting back together the pieces
// of a request that had to be split to stay under DST's cell limit.
import { estimateCells, matchExpression, type ResolvedVariable } from './selection';
import type { Cube, CubeDimension, Selection } from './types';

/** DST refuses non-streamed answers above this many cells. */
export const DST_CELL_LIMIT = 1_000_000;

/**
 * The value at the given codes. Dimensions of size 1 (such as JSON-stat's ContentsCode) may be
 * left out; a code the cube does not have gives undefined, a missing value gives null.
 */
export function cubeValue(cube: Cube, coords: Record<string, string>): number | null | undefined {
  let index = 0;
  for (const dim of cube.dimensions) {
    const code = coords[dim.id] ?? coords[dim.id.toUpperCase()] ?? findCaseInsensitive(coords, dim.id);
    let pos: number;
    if (code === undefined) {
      if (dim.codes.length !== 1) return undefined;
      pos = 0;
    } else {
      pos = dim.codes.indexOf(code);
      if (pos < 0) return undefined;
    }
    index = index * dim.codes.length + pos;
  }
  return cube.values[index];
}

/** Every cell as codes by dimension id plus its value, in row-major order. */
export function* cubeCells(cube: Cube): Generator<{ coords: Record<string, string>; value: number | null }> {
  const sizes = cube.dimensions.map((d) => d.codes.length);
  for (let index = 0; index < cube.values.length; index++) {
    const coords: Record<string, string> = {};
    let rest = index;
    for (let d = sizes.length - 1; d >= 0; d--) {
      coords[cube.dimensions[d].id] = cube.dimensions[d].codes[rest % sizes[d]];
      rest = Math.floor(rest / sizes[d]);
    }
    yield { coords, value: cube.values[index] };
  }
}

/**
 * Splits a selection into pieces each under `limit` cells: by OMRÅDE when it has more than one
 * value, otherwise by the largest dimension, recursing while a piece is still too big.
 */
export function splitSelection(resolved: readonly ResolvedVariable[], limit = DST_CELL_LIMIT): Selection[] {
  if (estimateCells(resolved) <= limit) return [toSelection(resolved)];
  const splittable = resolved.filter((r) => unitsOf(r).length > 1);
  if (splittable.length === 0) return [toSelection(resolved)];
  const area = splittable.find((r) => r.variable.id.toUpperCase() === 'OMRÅDE');
  const target = area ?? splittable.reduce((a, b) => (unitsOf(b).length > unitsOf(a).length ? b : a));
  const units = unitsOf(target);
  const others = resolved.filter((r) => r !== target);
  const perUnit = others.reduce((product, r) => product * r.count, 1) * (resolved.length + 1);
  const chunkSize = Math.max(1, Math.floor(limit / perUnit));
  const pieces: Selection[] = [];
  for (let start = 0; start < units.length; start += chunkSize) {
    const chunk = units.slice(start, start + chunkSize);
    const piece = resolved.map((r) => (r === target ? { ...r, expressions: chunk, count: chunk.length } : r));
    pieces.push(...splitSelection(piece, limit));
  }
  return pieces;
}

/** The selection in two pieces of about half the cells each; one piece when it cannot be split. */
export function halveSelection(resolved: readonly ResolvedVariable[]): Selection[] {
  const cells = estimateCells(resolved);
  return splitSelection(resolved, Math.max(1, Math.ceil(cells / 2)));
}

/** A variable's selection as separately requestable units: codes, or a sum(...) kept whole. */
function unitsOf(r: ResolvedVariable): string[] {
  const units: string[] = [];
  for (const expression of r.expressions) {
    if (/^sum\(/i.test(expression.trim())) units.push(expression);
    else for (const code of matchExpression(expression, r.variable.values) ?? []) if (!units.includes(code)) units.push(code);
  }
  return units;
}

function toSelection(resolved: readonly ResolvedVariable[]): Selection {
  return Object.fromEntries(resolved.map((r) => [r.variable.id, [...r.expressions]]));
}

/** Puts split answers back together: categories are the union in order of first appearance. */
export function mergeCubes(parts: readonly Cube[]): Cube {
  if (parts.length === 1) return parts[0];
  const first = parts[0];
  const dimensions: CubeDimension[] = first.dimensions.map((dim) => {
    const codes: string[] = [];
    const labels: string[] = [];
    for (const part of parts) {
      const same = part.dimensions.find((d) => d.id === dim.id);
      if (!same) throw new Error(`Cannot merge cubes: dimension ${dim.id} is missing from one part`);
      same.codes.forEach((code, i) => {
        if (!codes.includes(code)) {
          codes.push(code);
          labels.push(same.labels[i]);
        }
      });
    }
    return { ...dim, codes, labels };
  });
  const merged: Cube = { ...first, dimensions, values: new Array<number | null>(dimensions.reduce((p, d) => p * d.codes.length, 1)).fill(null) };
  const positions = dimensions.map((d) => new Map(d.codes.map((c, i) => [c, i])));
  for (const part of parts) {
    for (const { coords, value } of cubeCells(part)) {
      let index = 0;
      dimensions.forEach((d, k) => {
        index = index * d.codes.length + (positions[k].get(coords[d.id]) as number);
      });
      merged.values[index] = value;
    }
  }
  return merged;
}

function findCaseInsensitive(coords: Record<string, string>, id: string): string | undefined {
  const key = Object.keys(coords).find((k) => k.toLowerCase() === id.toLowerCase());
  return key === undefined ? undefined : coords[key];
}
