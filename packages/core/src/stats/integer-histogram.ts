import type { DistributionSummary } from './summarize-distribution.js';

/** Values below this are counted in a typed array (4 bytes each); larger ones, rare, in a Map. */
const denseLimit = 65_536;

/**
 * Counts of non-negative whole numbers (value → how many times it was added): exact minimum,
 * maximum, mean and percentiles of millions of values in a fixed few hundred kilobytes, where
 * keeping the values themselves would take 4 bytes each.
 */
export class IntegerHistogram {
  private dense = new Uint32Array(64);
  private readonly sparse = new Map<number, number>();
  private total = 0;
  private sum = 0;

  /** How many values were added. */
  get count(): number {
    return this.total;
  }

  /** The memory the counts take, in bytes, not counting the few values past the dense range. */
  get byteLength(): number {
    return this.dense.byteLength;
  }

  add(value: number): void {
    this.total++;
    this.sum += value;
    if (value < denseLimit) {
      if (value >= this.dense.length) {
        let length = this.dense.length * 2;
        while (length <= value) length *= 2;
        const grown = new Uint32Array(Math.min(length, denseLimit));
        grown.set(this.dense);
        this.dense = grown;
      }
      this.dense[value] = (this.dense[value] as number) + 1;
    } else {
      this.sparse.set(value, (this.sparse.get(value) ?? 0) + 1);
    }
  }

  /** Σ min(limit, value) over every value added: the tokens billed when examples are truncated. */
  sumCappedAt(limit: number): number {
    let capped = 0;
    for (let value = 0; value < this.dense.length; value++) {
      capped += Math.min(limit, value) * (this.dense[value] as number);
    }
    for (const [value, times] of this.sparse) capped += Math.min(limit, value) * times;
    return capped;
  }

  /** Summarizes the values as `summarizeDistribution` does their list, to the last bit. */
  summarize(): DistributionSummary {
    if (this.total === 0)
      return { min: 0, max: 0, mean: 0, median: 0, p5: 0, p95: 0, p10: 0, p90: 0 };
    const large = [...this.sparse.keys()].sort((a, b) => a - b);
    const valueAt = this.createRankReader(large);
    const quantile = (q: number) => {
      // The same arithmetic as `quantile` over the sorted list (numpy's linear method).
      const virtualIndex = (this.total - 1) * q;
      const lowerIndex = Math.floor(virtualIndex);
      const lower = valueAt(lowerIndex);
      const upper = valueAt(Math.min(lowerIndex + 1, this.total - 1));
      const fraction = virtualIndex - lowerIndex;
      const difference = upper - lower;
      return fraction >= 0.5 ? upper - difference * (1 - fraction) : lower + difference * fraction;
    };
    return {
      min: valueAt(0),
      max: valueAt(this.total - 1),
      mean: this.sum / this.total,
      median: quantile(0.5),
      p5: quantile(0.05),
      p95: quantile(0.95),
      p10: quantile(0.1),
      p90: quantile(0.9),
    };
  }

  /** The value of a 0-based rank in ascending order, found by walking cumulative counts. */
  private createRankReader(large: readonly number[]): (rank: number) => number {
    return (rank) => {
      let seen = 0;
      for (let value = 0; value < this.dense.length; value++) {
        seen += this.dense[value] as number;
        if (seen > rank) return value;
      }
      for (const value of large) {
        seen += this.sparse.get(value) as number;
        if (seen > rank) return value;
      }
      throw new RangeError(`Rank ${rank} is past the ${this.total} values counted.`);
    };
  }
}
