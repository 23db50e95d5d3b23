/**
 * An append-only series of numbers in a Float64Array that doubles when full, so recording a
 * history point costs no allocation in the common case.
 */
export class GrowableSeries {
  private data = new Float64Array(256);
  length = 0;

  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Float64Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }

  at(i: number): number {
    return this.data[i]!;
  }

  /** Keep the first `length` entries only. */
  truncate(length: number): void {
    this.length = Math.max(0, Math.min(this.length, Math.floor(length)));
  }

  clear(): void {
    this.length = 0;
  }

  /** A copy of entries [from, to). */
  slice(from = 0, to = this.length): Float64Array {
    return this.data.slice(from, Math.min(to, this.length));
  }

  /** A view of the filled part (valid until the next push). */
  view(): Float64Array {
    return this.data.subarray(0, this.length);
  }
}
