// A set of units whose λ columns are kept side by side in one array, so that pricing all of them
// against the duals (the hot loop of the column simplex) reads memory in order. The frame of the
// frontier is such a set: a few percent of the units, priced again and again.

export class UnitSet {
  /** Unit ids in insertion order; only the first `size` entries are members. */
  ids: Int32Array;
  /** λ columns (x_j, y_j, 1), member-major with `k` slots each (the simplex's stride), in the order of `ids`. */
  cols: Float64Array;
  size = 0;
  private readonly position: Int32Array;

  constructor(
    n: number,
    private readonly k: number,
    private readonly lambdaCols: Float64Array,
  ) {
    const capacity = Math.min(n, 64);
    this.ids = new Int32Array(capacity);
    this.cols = new Float64Array(capacity * k);
    this.position = new Int32Array(n).fill(-1);
  }

  has(j: number): boolean {
    return this.position[j] >= 0;
  }

  add(j: number): void {
    if (this.position[j] >= 0) return;
    if (this.size === this.ids.length) this.grow();
    const { k } = this;
    this.position[j] = this.size;
    this.ids[this.size] = j;
    this.cols.set(this.lambdaCols.subarray(j * k, j * k + k), this.size * k);
    this.size++;
  }

  /** Removes unit j by moving the last member into its place. */
  remove(j: number): void {
    const at = this.position[j];
    if (at < 0) return;
    const { k } = this;
    const last = this.size - 1;
    if (at !== last) {
      const moved = this.ids[last];
      this.ids[at] = moved;
      this.position[moved] = at;
      this.cols.copyWithin(at * k, last * k, last * k + k);
    }
    this.position[j] = -1;
    this.size--;
  }

  members(): number[] {
    return Array.from(this.ids.subarray(0, this.size));
  }

  private grow(): void {
    const capacity = Math.max(16, this.ids.length * 2);
    const ids = new Int32Array(capacity);
    ids.set(this.ids);
    const cols = new Float64Array(capacity * this.k);
    cols.set(this.cols);
    this.ids = ids;
    this.cols = cols;
  }
}
