/**
 * An append-only list of unsigned 32-bit integers: 4 bytes a value, where a JavaScript array of
 * numbers takes 8 and more, so per-example statistics stay small for millions of examples.
 */
export class GrowableUint32Array {
  private values = new Uint32Array(1024);
  private size = 0;

  get length(): number {
    return this.size;
  }

  push(value: number): void {
    if (this.size === this.values.length) {
      const grown = new Uint32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.size++] = value;
  }

  /** The values so far, as a view that shares memory with this list until its next push. */
  view(): Uint32Array {
    return this.values.subarray(0, this.size);
  }
}
