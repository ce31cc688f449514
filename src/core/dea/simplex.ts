// A revised simplex made for the envelopment LPs of DEA: k = m + s (+1) rows and one λ column
// per unit. Three things make it fast at n = 10,000:
//  - Column generation with a proof. Each LP prices only an "active" set of columns (a shared
//    pool of frontier units plus what it needed so far). When nothing there improves, every unit
//    is priced with the duals (k multiply-adds each); only if none has a negative reduced cost
//    is the solution optimal for the full LP. So results equal the full LP's, by LP duality.
//  - A crash basis: the unit itself (λ_o = 1, θ = 1) is feasible, so there is no phase 1 except
//    for super-efficiency, where the unit is not in its own reference set.
//  - The slack phase continues from the radial optimum: θ is frozen at its value (it must leave
//    the basis at the first pivot that would move it) and the costs switch to −Σ slacks.
// Pricing is Dantzig's rule; after a run of degenerate pivots it switches to Bland's rule (first
// improving column / lowest-ranked leaving row in a fixed order), which cannot cycle.
import { NEIGHBOUR_WIDTH, type Neighbours } from './neighbours';
import { FAST_STRIDE, FEAS_TOL, OPT_TOL, SimplexState, type LpOptions, type LpOutcome, type LpSpec, type LpStatus } from './simplexState';

export type { LpOptions, LpOutcome, LpSpec, LpStatus, RowSense } from './simplexState';

const PIVOT_TOL = 1e-9;
const LAMBDA_TOL = 1e-10;
const REFACTOR_EVERY = 50;
/** Pivots since the last factorisation above which an optimal basis is factorised again. */
const FINAL_REFACTOR_AFTER = 12;
const DEGENERATE_RUN_BEFORE_BLAND = 30;
/** Frames (or unit counts) above this are priced by neighbours first. */
const NEIGHBOUR_PRICING_FROM = 256;
/** Most columns made active per full pricing pass. */
const ADD_PER_PASS = 12;

export class DeaSimplex extends SimplexState {
  private readonly picked = new BestColumns(ADD_PER_PASS);

  /** Solves min cost·extra s.t. the spec's rows, over λ ≥ 0 of all usable units. */
  solve(spec: LpSpec, options: LpOptions): LpOutcome {
    this.begin(spec, options);
    let status: LpStatus;
    if ((options.warmFrom && this.warmStart(options.warmFrom)) || (options.warm && this.warmValid && this.warmStart(this.warmIds))) {
      this.phase = 'radial';
      status = this.iterate();
    } else if (!options.superEfficiency && this.crash(options.unit)) {
      this.phase = 'radial';
      status = this.iterate();
    } else {
      this.artificialStart();
      this.phase = 'feasibility';
      status = this.iterate();
      if (status !== 'optimal') return this.outcome(status);
      let infeasibility = 0;
      for (let r = 0; r < this.k; r++) if (this.basis.ids[r] >= this.artificialBase) infeasibility += this.basis.values[r];
      if (infeasibility > FEAS_TOL * (1 + maxAbs(this.b))) return this.outcome('infeasible');
      for (let r = 0; r < this.k; r++) {
        const id = this.basis.ids[r];
        if (id >= this.artificialBase) {
          this.fixedZero[id] = 1;
          this.basis.values[r] = 0;
        }
      }
      this.phase = 'radial';
      status = this.iterate();
    }
    return this.outcome(status);
  }

  /**
   * After an optimal solve: freeze θ (φ) at its value and maximise Σ slacks, where
   * slackCost[i] is the cost of row i's slack (−1 to maximise it, 0 to ignore it).
   */
  maximiseSlacks(slackCost: Float64Array): LpOutcome {
    const { k, data, basis } = this;
    const thetaId = data.n;
    const pos = basis.ids.indexOf(thetaId);
    const theta = pos >= 0 && this.isBasic[thetaId] ? basis.values[pos] : 0;
    for (let i = 0; i < k; i++) this.b[i] -= theta * this.rowSign[i] * this.spec.extraA[i];
    if (pos >= 0) basis.values[pos] = 0;
    this.fixedZero[thetaId] = 1;
    this.slackCost = slackCost;
    this.phase = 'slack';
    this.bland = false;
    const outcome = this.outcome(this.iterate());
    outcome.value = theta;
    return outcome;
  }


  /**
   * Starts from the optimal basis of the last radial phase solved (another unit's), when it is a
   * basis here too and feasible for this unit's right-hand side. Units projected onto the same
   * facet of the frontier share their optimal basis, so the LP then needs no pivot at all.
   */
  private warmStart(warmIds: Int32Array): boolean {
    const { k, data } = this;
    for (let r = 0; r < k; r++) {
      const id = warmIds[r];
      if (id >= this.artificialBase) return false;
      if (id < data.n && (id === this.exclude || !data.valid[id])) return false;
      if (id >= this.logicalBase && this.senseN[id - this.logicalBase] === 0) return false;
    }
    if (!this.setBasis(warmIds)) return false;
    const values = this.basis.values;
    for (let r = 0; r < k; r++) {
      if (values[r] < -FEAS_TOL) return false;
      if (values[r] < 0) values[r] = 0;
    }
    for (let r = 0; r < k; r++) if (warmIds[r] < data.n) this.activate(warmIds[r]);
    return true;
  }

  private crash(o: number): boolean {
    const { k, spec, data } = this;
    let r1 = -1;
    for (let i = 0; i < k; i++) if (spec.extraA[i] !== 0 && (r1 < 0 || Math.abs(spec.extraA[i]) > Math.abs(spec.extraA[r1]))) r1 = i;
    if (r1 < 0) return false;
    this.column(o, this.col);
    let r2 = this.convexity ? k - 1 : -1;
    for (let i = 0; r2 < 0 && i < data.m + data.s; i++) if (spec.extraA[i] === 0 && this.col[i] !== 0) r2 = i;
    if (r2 < 0) return false;
    const ids = this.startIds;
    ids[r1] = data.n;
    ids[r2] = o;
    for (let i = 0; i < k; i++) {
      if (i === r1 || i === r2) continue;
      if (this.senseN[i] === 0) return false;
      ids[i] = this.logicalBase + i;
    }
    if (this.setBasis(ids) && this.basis.values.every((v) => v >= -FEAS_TOL)) return true;
    return false;
  }

  /** Dantzig: the most negative reduced cost among the active columns (Bland: the first). */
  private chooseEntering(): number {
    const { k, data, spec } = this;
    let entering = -1;
    let best = -OPT_TOL;
    for (let e = 0; e < spec.extra; e++) {
      const id = data.n + e;
      if (this.isBasic[id] || this.fixedZero[id]) continue;
      let d = this.cost(id);
      for (let i = 0; i < k; i++) d -= this.piRaw[i] * spec.extraA[e * k + i];
      if (d < best) {
        if (this.bland) return id;
        entering = id;
        best = d;
      }
    }
    for (let i = 0; i < k; i++) {
      const id = this.logicalBase + i;
      if (this.isBasic[id] || this.senseN[i] === 0) continue;
      const d = this.cost(id) - this.pi[i] * this.senseN[i];
      if (d < best) {
        if (this.bland) return id;
        entering = id;
        best = d;
      }
    }
    const { active, isBasic } = this;
    for (let q = 0; q < active.length; q++) {
      const j = active[q];
      if (isBasic[j]) continue;
      const d = this.lambdaReducedCost(j);
      if (d < best) {
        if (this.bland) return j;
        entering = j;
        best = d;
      }
    }
    return entering;
  }

  /**
   * Prices the inactive pool units and, only if none of them improves, every inactive unit of the
   * universe; activates the most attractive. Returns how many (0 proves optimality).
   */
  private priceInactive(): number {
    const picked = this.picked;
    picked.clear();
    for (const j of this.pool) {
      if (j === this.exclude || this.stamp[j] === this.lpId) continue;
      const d = this.lambdaReducedCost(j);
      if (d < -OPT_TOL) picked.offer(j, d);
    }
    // Neighbour pricing pays off only when the frame is large; a small frame is cheaper to scan.
    const large = (this.universe?.size ?? this.data.n) > NEIGHBOUR_PRICING_FROM;
    if (picked.size() === 0 && this.neighbours && large) this.priceNeighbours(this.neighbours, picked);
    if (picked.size() === 0) {
      this.pricingPasses++;
      const universe = this.universe;
      if (universe) this.priceColumns(universe.ids, universe.cols, universe.size, picked);
      else this.priceAllUnits(picked);
    }
    for (const j of picked.ids) this.activate(j);
    return picked.size();
  }

  private priceNeighbours(neighbours: Neighbours, picked: BestColumns): void {
    const { basis, data, seen, stamp, lpId, exclude } = this;
    const { lists, counts } = neighbours;
    const mark = ++this.seenId;
    for (let r = 0; r < this.k; r++) {
      const id = basis.ids[r];
      if (id >= data.n) continue;
      const base = id * NEIGHBOUR_WIDTH;
      for (let q = base, end = base + counts[id]; q < end; q++) {
        const j = lists[q];
        if (seen[j] === mark || j === exclude || stamp[j] === lpId) continue;
        seen[j] = mark;
        const d = this.lambdaReducedCost(j);
        if (d < -OPT_TOL) picked.offer(j, d);
      }
    }
  }

  /** The members of a unit set, their columns side by side: the hot loop of the frontier-first method. */
  private priceColumns(ids: Int32Array, cols: Float64Array, size: number, picked: BestColumns): void {
    scanColumns(this.piRaw, cols, this.stride, size, picked, (q) => {
      const j = ids[q];
      return j !== this.exclude && this.stamp[j] !== this.lpId ? j : -1;
    });
  }

  private priceAllUnits(picked: BestColumns): void {
    const { valid } = this.data;
    scanColumns(this.piRaw, this.lambdaCols, this.stride, this.data.n, picked, (j) =>
      valid[j] && j !== this.exclude && this.stamp[j] !== this.lpId ? j : -1,
    );
  }

  private ratioTest(): number {
    const { k, u, basis } = this;
    let leave = -1;
    let bestRatio = Infinity;
    for (let r = 0; r < k; r++) {
      const id = basis.ids[r];
      let ratio: number;
      if (this.fixedZero[id]) {
        if (Math.abs(u[r]) <= PIVOT_TOL) continue;
        ratio = 0;
      } else if (u[r] > PIVOT_TOL) ratio = Math.max(0, basis.values[r]) / u[r];
      else continue;
      if (leave < 0 || ratio < bestRatio - 1e-12) {
        leave = r;
        bestRatio = ratio;
      } else if (ratio <= bestRatio + 1e-12) {
        const better = this.bland ? this.rank(id) < this.rank(basis.ids[leave]) : Math.abs(u[r]) > Math.abs(u[leave]);
        if (better) {
          leave = r;
          bestRatio = Math.min(ratio, bestRatio);
        }
      }
    }
    return leave;
  }

  private iterate(): LpStatus {
    const { basis, u } = this;
    let degenerateRun = 0;
    for (;;) {
      if (this.pivotsThisLp > 50 * (this.k + this.active.length) + 1000) return 'iterationLimit';
      // A basis that cannot be re-factorised keeps its updated inverse; only the final
      // refactorisation decides (outcome() reports 'singular').
      if (basis.pivotsSinceRefactor >= REFACTOR_EVERY && !basis.refactor(this.columnOf, this.b)) {
        basis.pivotsSinceRefactor = 0;
      }
      this.computeDuals();
      const entering = this.chooseEntering();
      if (entering < 0) {
        if (this.priceInactive() === 0) return 'optimal';
        continue;
      }
      this.column(entering, this.col);
      basis.solve(this.col, u);
      const leave = this.ratioTest();
      if (leave < 0) return 'unbounded';
      const fixed = this.fixedZero[basis.ids[leave]] === 1;
      const step = fixed ? 0 : Math.max(0, basis.values[leave]) / u[leave];
      if (fixed || basis.values[leave] < 0) basis.values[leave] = 0;
      this.isBasic[basis.ids[leave]] = 0;
      basis.pivot(leave, entering, u);
      this.isBasic[entering] = 1;
      this.pivots++;
      this.pivotsThisLp++;
      degenerateRun = step <= FEAS_TOL ? degenerateRun + 1 : 0;
      if (degenerateRun > DEGENERATE_RUN_BEFORE_BLAND) this.bland = true;
      if (this.phase === 'radial' && this.radialValue() < this.stopBelow) return 'stopped';
    }
  }

  /** The current value of θ (or φ), the first extra column; 0 when it is not basic. */
  private radialValue(): number {
    const id = this.data.n;
    if (!this.isBasic[id]) return 0;
    const { ids, values } = this.basis;
    for (let r = 0; r < this.k; r++) if (ids[r] === id) return values[r];
    return 0;
  }

  private outcome(reached: LpStatus): LpOutcome {
    const { basis, data, k } = this;
    let status = reached;
    // Every LP starts from a fresh factorisation; after more than a few updates, refactor once more
    // so the reported values carry no accumulated round-off.
    if (status === 'optimal' && basis.pivotsSinceRefactor > FINAL_REFACTOR_AFTER && !basis.refactor(this.columnOf, this.b)) {
      status = 'singular';
    }
    if (status === 'optimal' && this.phase === 'radial') {
      this.warmIds.set(basis.ids);
      this.warmValid = true;
    }
    const lambdas = new Map<number, number>();
    let value = 0;
    let slackSum = 0;
    for (let r = 0; r < k; r++) {
      const id = basis.ids[r];
      const v = Math.max(0, basis.values[r]);
      if (id < data.n && v > LAMBDA_TOL) lambdas.set(id, v);
      else if (id === data.n) value = v;
      else if (this.phase === 'slack' && id >= this.logicalBase && id < this.artificialBase && this.slackCost[id - this.logicalBase] !== 0) slackSum += v;
    }
    return { status, value, slackSum, lambdas };
  }
}


/**
 * Offers to `picked` every column q with v = π·a_q above the tolerance and above what `picked`
 * already holds; `unitOf(q)` gives the unit, or −1 to skip it. Columns of 8 padded slots (up to 7
 * inputs and outputs) take one unrolled expression, several times faster than a loop over the
 * rows in V8.
 */
function scanColumns(
  pi: Float64Array, cols: Float64Array, stride: number, count: number, picked: BestColumns, unitOf: (q: number) => number,
): void {
  let cut = picked.threshold();
  const offer = (q: number, v: number): void => {
    const j = unitOf(q);
    if (j < 0) return;
    picked.offer(j, -v);
    cut = picked.threshold();
  };
  if (stride === FAST_STRIDE) {
    const p0 = pi[0], p1 = pi[1], p2 = pi[2], p3 = pi[3], p4 = pi[4], p5 = pi[5], p6 = pi[6], p7 = pi[7];
    for (let q = 0, b = 0; q < count; q++, b += 8) {
      const v =
        p0 * cols[b] + p1 * cols[b + 1] + p2 * cols[b + 2] + p3 * cols[b + 3] +
        p4 * cols[b + 4] + p5 * cols[b + 5] + p6 * cols[b + 6] + p7 * cols[b + 7];
      if (v > cut) offer(q, v);
    }
    return;
  }
  for (let q = 0; q < count; q++) {
    const b = q * stride;
    let v = 0;
    for (let i = 0; i < stride; i++) v += pi[i] * cols[b + i];
    if (v > cut) offer(q, v);
  }
}

/** The few most negative reduced costs seen, kept sorted by insertion (cheaper than sorting all). */
class BestColumns {
  readonly ids: number[] = [];
  private readonly costs: number[] = [];
  constructor(private readonly limit: number) {}
  size(): number {
    return this.ids.length;
  }
  clear(): void {
    this.ids.length = 0;
    this.costs.length = 0;
  }
  /** The smallest π·a still worth offering: the tolerance, or what the worst kept column beats. */
  threshold(): number {
    return this.ids.length < this.limit ? OPT_TOL : Math.max(OPT_TOL, -this.costs[this.limit - 1]);
  }
  offer(id: number, reduced: number): void {
    const { ids, costs, limit } = this;
    if (reduced >= -OPT_TOL || (ids.length === limit && reduced >= costs[limit - 1])) return;
    if (ids.length < limit) {
      ids.push(id);
      costs.push(reduced);
    }
    let p = ids.length - 1;
    while (p > 0 && costs[p - 1] > reduced) {
      ids[p] = ids[p - 1];
      costs[p] = costs[p - 1];
      p--;
    }
    ids[p] = id;
    costs[p] = reduced;
  }
}

function maxAbs(v: Float64Array): number {
  let m = 0;
  for (let i = 0; i < v.length; i++) m = Math.max(m, Math.abs(v[i]));
  return m;
}
