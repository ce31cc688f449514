// Which units have been learning partners together: neighbours on the frontier's facets. When an
// LP needs a better column, the neighbours of its current peers are the likeliest to improve, so
// they are priced before the whole frame (partial pricing). Only the order of work changes: an LP
// is still declared optimal only after the whole frame has been priced.

/** Neighbours kept per unit; older ones are overwritten (a ring). */
export const NEIGHBOUR_WIDTH = 16;
const WIDTH = NEIGHBOUR_WIDTH;

export class Neighbours {
  /** Unit j's neighbours are lists[j · WIDTH …] (counts[j] of them); read directly by the pricing loop. */
  readonly lists: Int32Array;
  readonly counts: Uint8Array;
  private readonly next: Uint8Array;

  constructor(n: number) {
    this.lists = new Int32Array(n * WIDTH);
    this.counts = new Uint8Array(n);
    this.next = new Uint8Array(n);
  }

  /** Records that these units were peers of one unit together. */
  link(peers: readonly number[]): void {
    for (const a of peers) for (const b of peers) if (a !== b) this.add(a, b);
  }

  private add(a: number, b: number): void {
    const base = a * WIDTH;
    const count = this.counts[a];
    for (let q = 0; q < count; q++) if (this.lists[base + q] === b) return;
    if (count < WIDTH) {
      this.lists[base + count] = b;
      this.counts[a] = count + 1;
      return;
    }
    this.lists[base + this.next[a]] = b;
    this.next[a] = (this.next[a] + 1) % WIDTH;
  }
}
