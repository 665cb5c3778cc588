import { describe, expect, it } from 'vitest';
import { mergeMetricSeries } from './merge-metric-series.js';

describe('mergeMetricSeries', () => {
  it('merges by step, later sources winning, ordered by step', () => {
    const events = [
      { step: 2, trainLoss: 2.0, validLoss: 2.2 },
      { step: 1, trainLoss: 2.6 },
    ];
    const checkpoints = [{ step: 2, fullValidLoss: 2.25 }];
    const csv = [
      { step: 1, trainLoss: 2.5 },
      { step: 3, trainLoss: 1.8 },
    ];
    expect(mergeMetricSeries([events, checkpoints, csv])).toEqual([
      { step: 1, trainLoss: 2.5 },
      { step: 2, trainLoss: 2.0, validLoss: 2.2, fullValidLoss: 2.25 },
      { step: 3, trainLoss: 1.8 },
    ]);
  });
});
