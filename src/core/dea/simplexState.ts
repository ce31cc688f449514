// State and plumbing of the DEA simplex (see simplex.ts for the algorithm): the variable
// numbering, row normalisation, the active column set, columns, costs and duals.
import { Basis } from './basis';
import type { DeaData } from './data';
import type { Neighbours } from './neighbours';
import { UnitSet } from './unitSet';

export type RowSense = 'le' | 'ge' | 'eq';
/**
 * 'stopped': a feasible basis reached `stopBelow` before optimality (enough for the caller).
 * 'singular': the basis could not be re-factorised at the end; the answer cannot be trusted.
 */
export type LpStatus = 'optimal' | 'infeasible' | 'unbounded' | 'iterationLimit' | 'stopped' | 'singular';

/** Rows (m input rows, s output rows, convexity) and the columns that are not λ (θ/φ first). */
export interface LpSpec {
  sense: RowSense[];
  rhs: Float64Array;
  extra: number;
  /** Column-major: entry (row i, extra column e) is extraA[e * k + i]. */
  extraA: Float64Array;
  extraCost: Float64Array;
}

export interface LpOptions {
  /** The unit evaluated; excluded from the reference set under super-efficiency. */
  unit: number;
  superEfficiency: boolean;
  /** Units active from the start besides the unit itself (e.g. the last unit's peers). */
  seed: readonly number[];
  /** Units priced before all others when the active set has nothing to offer. */
  pool: readonly number[];
  /** Make every unit active from the start (the plain full LP, for verification). */
  full: boolean;
  /**
   * The units whose λ columns may enter. Pricing them all proves optimality, so this must be a
   * set that generates the technology (the frame of the frontier). Default: every usable unit.
   */
  universe?: UnitSet;
  /** Radial phase only: stop as soon as a feasible basis has θ below this value. */
  stopBelow?: number;
  /** Units priced first when the active set has nothing to offer: neighbours of the basic λ. */
  neighbours?: Neighbours;
  /** Try the last radial optimum's basis first (see DeaSimplex.warmStart). */
  warm?: boolean;
  /** Try this basis first (variable ids, one per row), e.g. where the sift stopped for this unit. */
  warmFrom?: Int32Array;
}

export interface LpOutcome {
  status: LpStatus;
  /** Value of the first extra column (θ or φ). */
  value: number;
  /** Slack phase: the sum of the maximised slacks in scaled units (each O(1)); 0 otherwise. */
  slackSum: number;
  lambdas: Map<number, number>;
}

export const OPT_TOL = 1e-9;
/** λ columns of up to this many rows are padded to it; see `stride`. */
export const FAST_STRIDE = 8;
export const FEAS_TOL = 1e-9;

export type Phase = 'feasibility' | 'radial' | 'slack';

/** Variable ids: λ_j = j (unit index), then the extra columns, then one logical and one artificial per row. */
export class SimplexState {
  readonly k: number;
  pivots = 0;
  pricingPasses = 0;
  protected readonly basis: Basis;
  protected readonly logicalBase: number;
  protected readonly artificialBase: number;
  protected readonly isBasic: Uint8Array;
  /** Basic variables pinned at zero: leftover artificials, and θ in the slack phase. */
  protected readonly fixedZero: Uint8Array;
  protected readonly stamp: Int32Array;
  protected readonly activePos: Int32Array;
  protected lpId = 0;
  protected readonly active: number[] = [];
  protected pool: readonly number[] = [];
  protected universe: UnitSet | undefined;
  protected neighbours: Neighbours | undefined;
  /** Marks units already priced in the current neighbour pass. */
  protected readonly seen: Int32Array;
  /** The basis of the last radial optimum, for a warm start. */
  protected readonly warmIds: Int32Array;
  /** Scratch for a starting basis (crash or artificial). */
  protected readonly startIds: Int32Array;
  protected warmValid = false;
  protected seenId = 0;
  protected stopBelow = Number.NEGATIVE_INFINITY;
  /**
   * Every unit's λ column (x_j, y_j, 1), unit-major with `stride` slots per unit (zero padded to
   * 8 when k ≤ 8, so the pricing hot loop is one unrolled expression).
   */
  protected readonly lambdaCols: Float64Array;
  readonly stride: number;
  protected readonly rowSign: Float64Array;
  protected readonly senseN: Int8Array;
  protected readonly b: Float64Array;
  protected readonly col: Float64Array;
  protected readonly u: Float64Array;
  protected readonly pi: Float64Array;
  protected readonly piRaw: Float64Array;
  /** Writes a basis column; made once, so a refactorisation allocates nothing. */
  protected readonly columnOf = (id: number, out: Float64Array): void => this.column(id, out);
  protected spec: LpSpec = { sense: [], rhs: new Float64Array(0), extra: 0, extraA: new Float64Array(0), extraCost: new Float64Array(0) };
  protected slackCost: Float64Array;
  protected exclude = -1;
  protected phase: Phase = 'radial';
  protected bland = false;
  protected pivotsThisLp = 0;

  constructor(
    protected readonly data: DeaData,
    protected readonly convexity: boolean,
  ) {
    const { n, m, s } = data;
    const k = m + s + (convexity ? 1 : 0);
    this.k = k;
    this.basis = new Basis(k);
    this.logicalBase = n + m + s;
    this.artificialBase = this.logicalBase + k;
    this.isBasic = new Uint8Array(this.artificialBase + k);
    this.fixedZero = new Uint8Array(this.artificialBase + k);
    this.stamp = new Int32Array(n);
    this.activePos = new Int32Array(n);
    this.seen = new Int32Array(n);
    this.warmIds = new Int32Array(k);
    this.startIds = new Int32Array(k);
    const stride = k <= FAST_STRIDE ? FAST_STRIDE : k;
    this.stride = stride;
    this.lambdaCols = new Float64Array(n * stride);
    this.refreshColumns();
    this.rowSign = new Float64Array(k);
    this.senseN = new Int8Array(k);
    this.b = new Float64Array(k);
    this.col = new Float64Array(k);
    this.u = new Float64Array(k);
    this.pi = new Float64Array(k);
    this.piRaw = new Float64Array(stride);
    this.slackCost = new Float64Array(k);
  }


  protected begin(spec: LpSpec, options: LpOptions): void {
    const { data, k } = this;
    for (let r = 0; r < k; r++) this.isBasic[this.basis.ids[r]] = 0;
    this.fixedZero.fill(0, data.n);
    this.spec = spec;
    this.exclude = options.superEfficiency ? options.unit : -1;
    this.bland = false;
    this.pivotsThisLp = 0;
    for (let i = 0; i < k; i++) {
      const flip = spec.rhs[i] < 0;
      this.rowSign[i] = flip ? -1 : 1;
      this.b[i] = flip ? -spec.rhs[i] : spec.rhs[i];
      const sn = spec.sense[i] === 'eq' ? 0 : spec.sense[i] === 'le' ? 1 : -1;
      this.senseN[i] = flip ? -sn : sn;
    }
    this.lpId++;
    this.active.length = 0;
    if (options.full) for (let j = 0; j < data.n; j++) this.activate(j);
    else {
      this.activate(options.unit);
      for (const j of options.seed) this.activate(j);
    }
    this.pool = options.pool;
    this.universe = options.universe;
    this.neighbours = options.neighbours;
    this.stopBelow = options.stopBelow ?? Number.NEGATIVE_INFINITY;
  }

  /** The basis of the last radial optimum (variable ids), copied into `out`; false if there is none. */
  copyWarmBasis(out: Int32Array): boolean {
    if (!this.warmValid) return false;
    out.set(this.warmIds);
    return true;
  }

  /** The current basis (variable ids), e.g. where an LP stopped early, copied into `out`. */
  copyBasis(out: Int32Array): void {
    out.set(this.basis.ids);
  }

  /** Copies every unit's data into its λ column again, after the caller changed `data` in place. */
  refreshColumns(): void {
    const { data, stride, lambdaCols } = this;
    const { n, m, s } = data;
    for (let j = 0; j < n; j++) {
      for (let i = 0; i < m; i++) lambdaCols[j * stride + i] = data.x[j * m + i];
      for (let r = 0; r < s; r++) lambdaCols[j * stride + m + r] = data.y[j * s + r];
      if (this.convexity) lambdaCols[j * stride + m + s] = 1;
    }
  }

  /** An empty set of units sharing this LP's column layout, e.g. for the frame of the frontier. */
  newUnitSet(): UnitSet {
    return new UnitSet(this.data.n, this.stride, this.lambdaCols);
  }

  protected activate(j: number): void {
    if (j === this.exclude || !this.data.valid[j] || this.stamp[j] === this.lpId) return;
    this.stamp[j] = this.lpId;
    this.activePos[j] = this.active.length;
    this.active.push(j);
  }

  protected setBasis(ids: ArrayLike<number>): boolean {
    for (let r = 0; r < this.k; r++) {
      this.isBasic[this.basis.ids[r]] = 0;
      this.basis.ids[r] = ids[r];
    }
    for (let r = 0; r < this.k; r++) this.isBasic[ids[r]] = 1;
    return this.basis.refactor(this.columnOf, this.b);
  }

  protected artificialStart(): void {
    const ids = this.startIds;
    for (let i = 0; i < this.k; i++) ids[i] = this.senseN[i] === 1 ? this.logicalBase + i : this.artificialBase + i;
    // Logical and artificial columns are unit vectors up to sign: this basis is never singular.
    this.setBasis(ids);
  }

  protected column(id: number, out: Float64Array): void {
    const { data, k, rowSign } = this;
    const { n, m, s, x, y } = data;
    if (id < n) {
      for (let i = 0; i < m; i++) out[i] = rowSign[i] * x[id * m + i];
      for (let r = 0; r < s; r++) out[m + r] = rowSign[m + r] * y[id * s + r];
      if (this.convexity) out[m + s] = rowSign[m + s];
      return;
    }
    if (id < this.logicalBase) {
      const base = (id - n) * k;
      for (let i = 0; i < k; i++) out[i] = rowSign[i] * this.spec.extraA[base + i];
      return;
    }
    out.fill(0);
    if (id < this.artificialBase) out[id - this.logicalBase] = this.senseN[id - this.logicalBase];
    else out[id - this.artificialBase] = 1;
  }

  protected cost(id: number): number {
    const { n } = this.data;
    if (this.phase === 'feasibility') return id >= this.artificialBase ? 1 : 0;
    if (this.phase === 'radial') return id >= n && id < this.logicalBase ? this.spec.extraCost[id - n] : 0;
    return id >= this.logicalBase && id < this.artificialBase ? this.slackCost[id - this.logicalBase] : 0;
  }

  protected computeDuals(): void {
    const { k, pi, piRaw, basis } = this;
    pi.fill(0);
    for (let r = 0; r < k; r++) {
      const c = this.cost(basis.ids[r]);
      if (c === 0) continue;
      for (let i = 0; i < k; i++) pi[i] += c * basis.inv[r * k + i];
    }
    for (let i = 0; i < k; i++) piRaw[i] = pi[i] * this.rowSign[i];
  }

  /** Reduced cost of λ_j (cost 0 in every phase): −π·a_j with a_j = (x_j, y_j, 1). */
  protected lambdaReducedCost(j: number): number {
    const { lambdaCols: c, piRaw: p, stride } = this;
    const b = j * stride;
    if (stride === FAST_STRIDE) {
      return -(
        p[0] * c[b] + p[1] * c[b + 1] + p[2] * c[b + 2] + p[3] * c[b + 3] +
        p[4] * c[b + 4] + p[5] * c[b + 5] + p[6] * c[b + 6] + p[7] * c[b + 7]
      );
    }
    let v = 0;
    for (let i = 0; i < stride; i++) v += p[i] * c[b + i];
    return -v;
  }

  protected rank(id: number): number {
    const { n, m, s } = this.data;
    if (id < n) return m + s + this.k + this.activePos[id];
    return id < this.artificialBase ? id - n : Number.MAX_SAFE_INTEGER;
  }
}
