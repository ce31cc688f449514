// A tiny, test-only spreadsheet evaluator for the handful of functions the report writes, following
// Excel's documented definitions. It recomputes every formula from the cells it references, so a
// cached value that disagrees with its formula shows up in the tests. LibreOffice is the real check.
import type { CellModel, ReportModel, ScalarValue } from '../../src/report/model';

export interface ErrorValue { error: string }
export type Scalar = ScalarValue | ErrorValue;
interface RangeValue { range: Scalar[]; fromReference: true }
type Value = Scalar | RangeValue;

export function isError(v: unknown): v is ErrorValue {
  return typeof v === 'object' && v !== null && 'error' in v;
}
function isRange(v: Value): v is RangeValue {
  return typeof v === 'object' && v !== null && 'range' in v;
}

class FormulaError extends Error {}

type Token =
  | { kind: 'num'; value: number }
  | { kind: 'str'; value: string }
  | { kind: 'ref'; sheet?: string; from: string; to?: string }
  | { kind: 'fn'; name: string }
  | { kind: 'op'; value: string };

const REF = String.raw`\$?[A-Z]{1,3}\$?\d+`;
const TOKEN = new RegExp(
  [
    String.raw`(?<num>\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)`,
    String.raw`(?<str>"(?:[^"]|"")*")`,
    String.raw`(?:'(?<qsheet>(?:[^']|'')+)'!)?(?<from>${REF})(?::(?<to>${REF}))?`,
    String.raw`(?<fn>[A-Z][A-Z0-9.]*)\(`,
    String.raw`(?<op><>|<=|>=|[-+*/&=<>(),])`,
  ].join('|'),
  'y',
);

export function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < formula.length) {
    if (formula[i] === ' ') { i++; continue; }
    TOKEN.lastIndex = i;
    const m = TOKEN.exec(formula);
    if (!m?.groups) throw new FormulaError(`Cannot read formula at ${i}: ${formula}`);
    const g = m.groups;
    if (g.num !== undefined) tokens.push({ kind: 'num', value: Number(g.num) });
    else if (g.str !== undefined) tokens.push({ kind: 'str', value: g.str.slice(1, -1).replace(/""/g, '"') });
    else if (g.from !== undefined) tokens.push({ kind: 'ref', sheet: g.qsheet?.replace(/''/g, "'"), from: g.from, to: g.to });
    else if (g.fn !== undefined) { tokens.push({ kind: 'fn', name: g.fn }); tokens.push({ kind: 'op', value: '(' }); }
    else tokens.push({ kind: 'op', value: g.op });
    i = TOKEN.lastIndex;
  }
  return tokens;
}

type Node =
  | { kind: 'lit'; value: Scalar }
  | { kind: 'ref'; sheet?: string; from: string; to?: string }
  | { kind: 'neg'; arg: Node }
  | { kind: 'bin'; op: string; left: Node; right: Node }
  | { kind: 'call'; name: string; args: Node[] };

function parse(tokens: Token[]): Node {
  let pos = 0;
  const peekOp = (...ops: string[]): string | undefined => {
    const t = tokens[pos];
    return t?.kind === 'op' && ops.includes(t.value) ? t.value : undefined;
  };
  const expect = (op: string): void => {
    if (!peekOp(op)) throw new FormulaError(`Expected '${op}' at token ${pos}`);
    pos++;
  };
  const level = (ops: string[], next: () => Node) => (): Node => {
    let left = next();
    for (let op = peekOp(...ops); op; op = peekOp(...ops)) {
      pos++;
      left = { kind: 'bin', op, left, right: next() };
    }
    return left;
  };
  const primary = (): Node => {
    const t = tokens[pos++];
    if (!t) throw new FormulaError('Unexpected end of formula');
    if (t.kind === 'num' || t.kind === 'str') return { kind: 'lit', value: t.value };
    if (t.kind === 'ref') return { kind: 'ref', sheet: t.sheet, from: t.from, to: t.to };
    if (t.kind === 'fn') {
      expect('(');
      const args: Node[] = [];
      if (!peekOp(')')) {
        args.push(comparison());
        while (peekOp(',')) { pos++; args.push(comparison()); }
      }
      expect(')');
      return { kind: 'call', name: t.name, args };
    }
    if (t.value === '-') return { kind: 'neg', arg: primary() };
    if (t.value === '(') { const inner = comparison(); expect(')'); return inner; }
    throw new FormulaError(`Unexpected token '${t.value}'`);
  };
  const term = level(['*', '/'], primary);
  const additive = level(['+', '-'], term);
  const concat = level(['&'], additive);
  const comparison: () => Node = level(['=', '<>', '<', '>', '<=', '>='], concat);
  const tree = comparison();
  if (pos !== tokens.length) throw new FormulaError(`Trailing tokens in formula`);
  return tree;
}

function parseAddress(a: string): { col: number; row: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(a);
  if (!m) throw new FormulaError(`Bad address ${a}`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return { col, row: Number(m[2]) };
}
function letters(col: number): string {
  let s = '';
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/** Every cell address a (possibly sheet-less) range covers, row by row. */
export function expandRange(from: string, to = from): string[] {
  const a = parseAddress(from);
  const b = parseAddress(to);
  const out: string[] = [];
  for (let r = Math.min(a.row, b.row); r <= Math.max(a.row, b.row); r++)
    for (let c = Math.min(a.col, b.col); c <= Math.max(a.col, b.col); c++) out.push(`${letters(c)}${r}`);
  return out;
}

const numbersOf = (values: Scalar[]): number[] => values.filter((v): v is number => typeof v === 'number');

function quartileInc(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) throw new FormulaError('#NUM!');
  const h = ((sorted.length - 1) * q) / 4;
  const lo = Math.floor(h);
  return lo + 1 < sorted.length ? sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]) : sorted[lo];
}

function percentRankInc(values: number[], x: number, significance = 3): number {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0 || x < sorted[0] || x > sorted[n - 1]) throw new FormulaError('#N/A');
  if (n === 1) return 1;
  const rankOf = (v: number): number => sorted.filter((s) => s < v).length / (n - 1);
  let result: number;
  if (sorted.includes(x)) result = rankOf(x);
  else {
    const below = Math.max(...sorted.filter((s) => s < x));
    const above = Math.min(...sorted.filter((s) => s > x));
    result = rankOf(below) + ((x - below) / (above - below)) * (rankOf(above) - rankOf(below));
  }
  // Excel truncates to `significance` decimals (three by default).
  const scale = 10 ** significance;
  return Math.floor(result * scale + 1e-9) / scale;
}

export class Evaluator {
  private readonly sheets = new Map<string, Map<string, CellModel>>();
  private readonly memo = new Map<string, Scalar>();
  private readonly busy = new Set<string>();

  constructor(model: ReportModel) {
    for (const sheet of model.sheets) this.sheets.set(sheet.name, new Map(sheet.cells.map((c) => [c.address, c])));
  }

  /** The value a spreadsheet would show in the cell: formulas recomputed, constants as written. */
  cell(sheet: string, address: string): Scalar {
    const cells = this.sheets.get(sheet);
    if (!cells) throw new FormulaError(`No sheet '${sheet}'`);
    const key = `${sheet}!${address}`;
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    const model = cells.get(address.replace(/\$/g, ''));
    if (!model) return null;
    if (model.formula === undefined) return model.value ?? null;
    if (this.busy.has(key)) throw new FormulaError(`Circular reference at ${key}`);
    this.busy.add(key);
    const value = this.formula(sheet, model.formula);
    this.busy.delete(key);
    this.memo.set(key, value);
    return value;
  }

  formula(sheet: string, formula: string): Scalar {
    try {
      const v = this.eval(parse(tokenize(formula)), sheet);
      if (isRange(v)) {
        if (v.range.length !== 1) throw new FormulaError('#VALUE!');
        return v.range[0];
      }
      return v;
    } catch (e) {
      if (e instanceof FormulaError) return { error: e.message };
      throw e;
    }
  }

  private scalar(node: Node, sheet: string): Scalar {
    const v = this.eval(node, sheet);
    if (isRange(v)) {
      if (v.range.length !== 1) throw new FormulaError('#VALUE!');
      return v.range[0];
    }
    if (isError(v)) throw new FormulaError(v.error);
    return v;
  }

  private num(node: Node, sheet: string): number {
    const v = this.scalar(node, sheet);
    if (v === null) return 0;
    if (typeof v === 'number') return v;
    if (typeof v === 'boolean') return v ? 1 : 0;
    throw new FormulaError('#VALUE!');
  }

  /** Arguments of the statistical functions: references contribute only their numbers. */
  private numbers(args: Node[], sheet: string): number[] {
    return args.flatMap((arg) => {
      const v = this.eval(arg, sheet);
      if (isRange(v)) {
        const bad = v.range.find(isError);
        if (bad) throw new FormulaError((bad as ErrorValue).error);
        return numbersOf(v.range);
      }
      return [this.num(arg, sheet)];
    });
  }

  private eval(node: Node, sheet: string): Value {
    switch (node.kind) {
      case 'lit': return node.value;
      case 'ref': {
        const target = node.sheet ?? sheet;
        if (!this.sheets.has(target)) throw new FormulaError('#REF!');
        return { range: expandRange(node.from, node.to).map((a) => this.cell(target, a)), fromReference: true };
      }
      case 'neg': return -this.num(node.arg, sheet);
      case 'bin': return this.binary(node.op, node.left, node.right, sheet);
      case 'call': return this.call(node.name, node.args, sheet);
    }
  }

  private binary(op: string, left: Node, right: Node, sheet: string): Scalar {
    if (['+', '-', '*', '/'].includes(op)) {
      const a = this.num(left, sheet);
      const b = this.num(right, sheet);
      if (op === '/' && b === 0) throw new FormulaError('#DIV/0!');
      return op === '+' ? a + b : op === '-' ? a - b : op === '*' ? a * b : a / b;
    }
    const a = this.scalar(left, sheet);
    const b = this.scalar(right, sheet);
    if (op === '&') return `${a ?? ''}${b ?? ''}`;
    // An empty cell equals both "" and 0.
    const norm = (v: Scalar, other: Scalar): Scalar => (v === null ? (typeof other === 'number' ? 0 : '') : v);
    const x = norm(a, b);
    const y = norm(b, a);
    const cmp = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    switch (op) {
      case '=': return cmp === 0;
      case '<>': return cmp !== 0;
      case '<': return cmp < 0;
      case '>': return cmp > 0;
      case '<=': return cmp <= 0;
      default: return cmp >= 0;
    }
  }

  private call(name: string, args: Node[], sheet: string): Scalar {
    const rangeArg = (i: number): Scalar[] => {
      const v = this.eval(args[i], sheet);
      if (!isRange(v)) throw new FormulaError(`${name} needs a range`);
      return v.range;
    };
    switch (name) {
      case 'IF': {
        const cond = this.scalar(args[0], sheet);
        const branch = cond === true || (typeof cond === 'number' && cond !== 0) ? args[1] : args[2];
        return branch ? this.scalar(branch, sheet) : false;
      }
      case 'AND': return args.every((arg) => {
        const v = this.scalar(arg, sheet);
        if (typeof v === 'string') throw new FormulaError('#VALUE!');
        return v === true || (typeof v === 'number' && v !== 0);
      });
      case 'ISNUMBER': {
        const v = this.eval(args[0], sheet);
        const single = isRange(v) ? (v.range.length === 1 ? v.range[0] : null) : v;
        return typeof single === 'number';
      }
      case 'SUMIFS': {
        // SUMIFS(sum_range, criteria_range1, criterion1, …): equality criteria only, as the report writes them.
        const sums = rangeArg(0);
        const keep = sums.map(() => true);
        for (let i = 1; i + 1 < args.length; i += 2) {
          const criteria = rangeArg(i);
          if (criteria.length !== sums.length) throw new FormulaError('#VALUE!');
          const wanted = this.scalar(args[i + 1], sheet);
          criteria.forEach((v, j) => {
            const same = wanted === null || wanted === ''
              ? v === null || v === ''
              : typeof wanted === 'number' ? v === wanted : typeof v === 'string' && v.toLowerCase() === String(wanted).toLowerCase();
            if (!same) keep[j] = false;
          });
        }
        return sums.reduce<number>((total, v, j) => total + (keep[j] && typeof v === 'number' ? v : 0), 0);
      }
      case 'SUM': return this.numbers(args, sheet).reduce((s, v) => s + v, 0);
      case 'MIN': { const v = this.numbers(args, sheet); return v.length ? Math.min(...v) : 0; }
      case 'MAX': { const v = this.numbers(args, sheet); return v.length ? Math.max(...v) : 0; }
      case 'COUNT': return this.numbers(args, sheet).length;
      case 'AVERAGE': {
        const v = this.numbers(args, sheet);
        if (v.length === 0) throw new FormulaError('#DIV/0!');
        return v.reduce((s, x) => s + x, 0) / v.length;
      }
      case 'MEDIAN': return quartileInc(this.numbers(args, sheet), 2);
      case 'QUARTILE.INC': return quartileInc(numbersOf(rangeArg(0)), this.num(args[1], sheet));
      case 'SUMPRODUCT': {
        const a = rangeArg(0);
        const b = rangeArg(1);
        if (a.length !== b.length) throw new FormulaError('#VALUE!');
        return a.reduce<number>((s, v, i) => s + (typeof v === 'number' && typeof b[i] === 'number' ? v * (b[i] as number) : 0), 0);
      }
      case 'PERCENTRANK.INC':
        return percentRankInc(numbersOf(rangeArg(0)), this.num(args[1], sheet), args[2] ? this.num(args[2], sheet) : 3);
      case 'ROUNDDOWN': {
        const scale = 10 ** this.num(args[1], sheet);
        const v = this.num(args[0], sheet) * scale;
        // Toward zero, with a nudge so 0.29 stored as 0.28999… is not cut to 0.28.
        return (v < 0 ? -Math.floor(-v + 1e-9) : Math.floor(v + 1e-9)) / scale;
      }
      case 'RANK.EQ': {
        const x = this.num(args[0], sheet);
        const values = numbersOf(rangeArg(1));
        const ascending = args[2] !== undefined && this.num(args[2], sheet) !== 0;
        if (!values.includes(x)) throw new FormulaError('#N/A');
        return 1 + values.filter((v) => (ascending ? v < x : v > x)).length;
      }
      case 'T.INV.2T': return studentInverseTwoTailed(this.num(args[0], sheet), this.num(args[1], sheet));
      default: throw new FormulaError(`#NAME? ${name}`);
    }
  }
}

/** ln Γ(z) by Stirling's series after shifting z above 10 (independent of the engine's Lanczos). */
function lnGammaStirling(z: number): number {
  let shift = 0;
  while (z < 10) {
    shift -= Math.log(z);
    z += 1;
  }
  const series = 1 / (12 * z) - 1 / (360 * z ** 3) + 1 / (1260 * z ** 5) - 1 / (1680 * z ** 7);
  return shift + (z - 0.5) * Math.log(z) - z + 0.5 * Math.log(2 * Math.PI) + series;
}

/** Excel T.INV.2T: the t with P(|T| > t) = alpha, by Simpson integration of the density and bisection. */
function studentInverseTwoTailed(alpha: number, df: number): number {
  if (!(alpha > 0 && alpha < 1) || !(df >= 1)) throw new FormulaError('#NUM!');
  const logNorm = lnGammaStirling((df + 1) / 2) - lnGammaStirling(df / 2) - 0.5 * Math.log(df * Math.PI);
  const density = (x: number): number => Math.exp(logNorm - ((df + 1) / 2) * Math.log(1 + (x * x) / df));
  const twoTailed = (t: number): number => {
    const steps = 4000;
    const h = t / steps;
    let sum = density(0) + density(t);
    for (let i = 1; i < steps; i++) sum += density(i * h) * (i % 2 === 1 ? 4 : 2);
    return 1 - 2 * (sum * h) / 3;
  };
  let low = 0;
  let high = 100;
  for (let i = 0; i < 100; i++) {
    const mid = (low + high) / 2;
    if (twoTailed(mid) > alpha) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}
