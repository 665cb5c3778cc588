import { describe, expect, it } from 'vitest';
import { IntegerHistogram } from './integer-histogram.js';
import { summarizeDistribution } from './summarize-distribution.js';

function histogramOf(values: readonly number[]): IntegerHistogram {
  const histogram = new IntegerHistogram();
  for (const value of values) histogram.add(value);
  return histogram;
}

describe('IntegerHistogram', () => {
  it('summarizes exactly as the sorted list does, to the last bit', () => {
    let seed = 7;
    const random = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 4294967296;
    };
    for (const size of [1, 2, 5, 101, 1000, 4321]) {
      const values = Array.from({ length: size }, () =>
        random() < 0.02 ? 65_536 + Math.floor(random() * 500_000) : Math.floor(random() * 3000),
      );
      expect(histogramOf(values).summarize()).toEqual(summarizeDistribution(values));
    }
  });

  it('matches numpy on the cookbook toy figures', () => {
    expect(histogramOf([2, 2, 3, 3, 9]).summarize().p90).toBe(6.6000000000000005);
    expect(histogramOf([4, 9, 10, 28, 8000]).summarize().p90).toBe(4811.200000000001);
    expect(histogramOf([26, 28, 45, 111, 8032]).summarize().p10).toBe(26.8);
  });

  it('sums values capped at a limit, as truncated examples are billed', () => {
    const histogram = histogramOf([45, 111, 26, 28, 8032, 70_000]);
    expect(histogram.sumCappedAt(4096)).toBe(45 + 111 + 26 + 28 + 4096 + 4096);
    expect(histogram.count).toBe(6);
  });

  it('gives zeros for no values rather than NaN', () => {
    expect(new IntegerHistogram().summarize()).toEqual(summarizeDistribution([]));
  });

  it('stays the same size however many values it counts', () => {
    const histogram = new IntegerHistogram();
    for (let index = 0; index < 1_000_000; index++) histogram.add(index % 500);
    expect(histogram.byteLength).toBeLessThanOrEqual(4 * 512);
  });
});
