import { describe, expect, it } from 'vitest';
import { defaultEpochs } from './default-epochs.js';
import { estimateTrainingCost } from './estimate-training-cost.js';

describe('defaultEpochs', () => {
  it('raises epochs for small datasets so that examples × epochs reaches 100', () => {
    expect(defaultEpochs(10)).toBe(10);
    expect(defaultEpochs(5)).toBe(20);
    expect(defaultEpochs(3)).toBe(25);
  });

  it('trains 3 epochs in the middle range', () => {
    expect(defaultEpochs(34)).toBe(3);
    expect(defaultEpochs(8333)).toBe(3);
  });

  it('lowers epochs for large datasets so that examples × epochs stays within 25,000', () => {
    expect(defaultEpochs(10_000)).toBe(2);
    expect(defaultEpochs(30_000)).toBe(1);
  });
});

describe('estimateTrainingCost', () => {
  it('charges epochs × billing tokens at the model price, capping each example at the limit', () => {
    const estimate = estimateTrainingCost({
      exampleTokens: [45, 111, 26, 28, 8032],
      limit: 4096,
      prices: { trainingPerMillionTokens: 8 },
    });
    expect(estimate).toEqual({
      billingTokens: 4306,
      epochs: 20,
      epochsAreDefault: true,
      chargedTokens: 86120,
      estimatedCostUsd: 0.68896,
    });
  });

  it('gives no token price for models billed by the hour', () => {
    expect(
      estimateTrainingCost({
        exampleTokens: [10],
        limit: 100,
        prices: { trainingPerMillionTokens: null },
        epochs: 2,
      }).estimatedCostUsd,
    ).toBeNull();
  });
});
