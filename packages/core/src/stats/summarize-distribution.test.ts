import { describe, expect, it } from 'vitest';
import { quantile } from './quantile.js';
import { summarizeDistribution } from './summarize-distribution.js';

describe('quantile', () => {
  it('interpolates linearly as numpy does, to the last bit', () => {
    // np.quantile([2, 2, 3, 3, 9], 0.9) == 6.6000000000000005
    expect(quantile([2, 2, 3, 3, 9], 0.9)).toBe(6.6000000000000005);
    expect(quantile([4, 9, 10, 28, 8000], 0.9)).toBe(4811.200000000001);
    expect(quantile([26, 28, 45, 111, 8032], 0.1)).toBe(26.8);
  });

  it('gives the median of an even count as the mean of the middle two', () => {
    expect(quantile([31, 33, 35, 36, 42], 0.5)).toBe(35);
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
  });
});

describe('summarizeDistribution', () => {
  it('reports true p5/p95 beside p10/p90', () => {
    const values = Array.from({ length: 101 }, (_, index) => index);
    expect(summarizeDistribution(values)).toEqual({
      min: 0,
      max: 100,
      mean: 50,
      median: 50,
      p5: 5,
      p95: 95,
      p10: 10,
      p90: 90,
    });
  });

  it('sorts numerically, not as text', () => {
    expect(summarizeDistribution([100, 9, 20]).median).toBe(20);
  });

  it('gives zeros for no values rather than NaN', () => {
    expect(summarizeDistribution([]).mean).toBe(0);
  });
});
