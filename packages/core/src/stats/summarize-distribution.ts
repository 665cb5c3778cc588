import { quantile } from './quantile.js';

/** A distribution as the cookbook prints it, plus true 5th/95th percentiles. */
export interface DistributionSummary {
  readonly min: number;
  readonly max: number;
  readonly mean: number;
  readonly median: number;
  readonly p5: number;
  readonly p95: number;
  /** The notebook labels these two "p5 / p95"; they are the 10th and 90th percentiles. */
  readonly p10: number;
  readonly p90: number;
}

/** Summarizes values; an empty list gives zeros rather than NaN so reports stay valid JSON. */
export function summarizeDistribution(values: ArrayLike<number>): DistributionSummary {
  if (values.length === 0)
    return { min: 0, max: 0, mean: 0, median: 0, p5: 0, p95: 0, p10: 0, p90: 0 };
  // Whole counts sort in half the memory as 32-bit integers (4 MB a million values).
  const sorted =
    values instanceof Uint32Array ? values.slice().sort() : Float64Array.from(values).sort();
  let sum = 0;
  for (const value of sorted) sum += value;
  return {
    min: sorted[0] as number,
    max: sorted[sorted.length - 1] as number,
    mean: sum / sorted.length,
    median: quantile(sorted, 0.5),
    p5: quantile(sorted, 0.05),
    p95: quantile(sorted, 0.95),
    p10: quantile(sorted, 0.1),
    p90: quantile(sorted, 0.9),
  };
}
