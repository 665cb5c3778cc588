import { describe, expect, it } from 'vitest';
import { downsampleSeries } from './downsample-series.js';

describe('downsampleSeries', () => {
  it('averages runs of consecutive values', () => {
    expect(downsampleSeries([1, 2, 3, 4], 2)).toEqual([1.5, 3.5]);
  });

  it('returns a series that fits unchanged, and at most 100 points by default', () => {
    expect(downsampleSeries([3, 1, 2])).toEqual([3, 1, 2]);
    const long = Array.from({ length: 1234 }, (_, index) => index);
    const points = downsampleSeries(long);
    expect(points).toHaveLength(100);
    expect(points[0]).toBeLessThan(points[99] as number);
    expect(downsampleSeries([])).toEqual([]);
  });
});
