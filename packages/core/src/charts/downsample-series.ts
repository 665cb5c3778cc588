import { bucketRanges } from './bucket-ranges.js';

/** The largest number of points a chart draws: enough to see a trend, small enough for Slack. */
export const maxChartPoints = 100;

/**
 * Shrinks a series to at most `maxPoints` values, each the mean of a run of consecutive values;
 * a series that fits is returned unchanged.
 * @example downsampleSeries([1, 2, 3, 4], 2) // [1.5, 3.5]
 */
export function downsampleSeries(
  values: readonly number[],
  maxPoints: number = maxChartPoints,
): number[] {
  return bucketRanges(values.length, maxPoints).map(([start, end]) => {
    let sum = 0;
    for (let index = start; index < end; index++) sum += values[index] as number;
    return sum / (end - start);
  });
}
