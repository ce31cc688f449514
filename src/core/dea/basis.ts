// The basis of a k-row LP with its inverse kept explicitly. With k = inputs + outputs + 1 (a
// handful) a dense k × k inverse is cheaper than any factorisation, and its rows give the duals.

export class Basis {
  /** Variable id in each basis position. */
  readonly ids: Int32Array;
  /** B⁻¹, row-major. */
  readonly inv: Float64Array;
  /** Values of the basic variables, x_B = B⁻¹ b. */
  readonly values: Float64Array;
  private readonly scratch: Float64Array;
  private readonly work: Float64Array;
  private readonly fresh: Float64Array;
  pivotsSinceRefactor = 0;

  constructor(readonly k: number) {
    this.ids = new Int32Array(k);
    this.inv = new Float64Array(k * k);
    this.values = new Float64Array(k);
    this.scratch = new Float64Array(k * k);
    this.work = new Float64Array(k);
    this.fresh = new Float64Array(k * k);
  }

  /** u = B⁻¹ a. */
  solve(a: Float64Array, u: Float64Array): void {
    const { k, inv } = this;
    for (let r = 0; r < k; r++) {
      let sum = 0;
      const row = r * k;
      for (let i = 0; i < k; i++) sum += inv[row + i] * a[i];
      u[r] = sum;
    }
  }

  /** Replaces the variable in position `leave` by `entering`, whose column is u = B⁻¹ a. */
  pivot(leave: number, entering: number, u: Float64Array): void {
    const { k, inv, values } = this;
    const step = values[leave] / u[leave];
    for (let r = 0; r < k; r++) {
      if (r === leave) continue;
      values[r] -= step * u[r];
      // Round-off below the feasibility tolerance must not turn into a negative value.
      if (values[r] < 0 && values[r] > -1e-11) values[r] = 0;
    }
    values[leave] = step;
    const prow = leave * k;
    const f = 1 / u[leave];
    for (let i = 0; i < k; i++) inv[prow + i] *= f;
    for (let r = 0; r < k; r++) {
      const g = u[r];
      if (r === leave || g === 0) continue;
      const row = r * k;
      for (let i = 0; i < k; i++) inv[row + i] -= g * inv[prow + i];
    }
    this.ids[leave] = entering;
    this.pivotsSinceRefactor++;
  }

  /**
   * Recomputes B⁻¹ from the basis columns by Gauss–Jordan elimination with partial pivoting,
   * and x_B from b. Returns false (leaving the basis untouched) if the columns are singular.
   */
  refactor(columnOf: (id: number, out: Float64Array) => void, b: Float64Array): boolean {
    const { k, scratch: m, work, fresh: inv } = this;
    inv.fill(0);
    for (let r = 0; r < k; r++) {
      columnOf(this.ids[r], work);
      for (let i = 0; i < k; i++) m[i * k + r] = work[i];
      inv[r * k + r] = 1;
    }
    for (let c = 0; c < k; c++) {
      let p = c;
      for (let r = c + 1; r < k; r++) if (Math.abs(m[r * k + c]) > Math.abs(m[p * k + c])) p = r;
      const pv = m[p * k + c];
      if (Math.abs(pv) < 1e-12) return false;
      if (p !== c) {
        for (let i = 0; i < k; i++) {
          const t1 = m[p * k + i];
          m[p * k + i] = m[c * k + i];
          m[c * k + i] = t1;
          const t2 = inv[p * k + i];
          inv[p * k + i] = inv[c * k + i];
          inv[c * k + i] = t2;
        }
      }
      const f = 1 / pv;
      for (let i = 0; i < k; i++) {
        m[c * k + i] *= f;
        inv[c * k + i] *= f;
      }
      for (let r = 0; r < k; r++) {
        const g = m[r * k + c];
        if (r === c || g === 0) continue;
        for (let i = 0; i < k; i++) {
          m[r * k + i] -= g * m[c * k + i];
          inv[r * k + i] -= g * inv[c * k + i];
        }
      }
    }
    this.inv.set(inv);
    this.solve(b, this.values);
    for (let r = 0; r < k; r++) if (Math.abs(this.values[r]) < 1e-13) this.values[r] = 0;
    this.pivotsSinceRefactor = 0;
    return true;
  }
}
