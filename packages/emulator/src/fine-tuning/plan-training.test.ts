import { describe, expect, it } from 'vitest';
import { planTraining } from './plan-training.js';

describe('planTraining', () => {
  it('trains the walkthrough for 10 default epochs of 10 steps, billing 10 × its tokens', () => {
    expect(
      planTraining({ examples: 10, billingTokens: 302, hyperparameters: {}, hasValidation: false }),
    ).toMatchObject({
      epochs: 10,
      batchSize: 1,
      stepsPerEpoch: 10,
      totalSteps: 100,
      trainedTokens: 3020,
    });
  });

  it('takes steps = ⌈examples / batch size⌉ × epochs with explicit hyperparameters', () => {
    const plan = planTraining({
      examples: 25,
      billingTokens: 1000,
      hyperparameters: { n_epochs: 3, batch_size: 4, learning_rate_multiplier: 0.3 },
      hasValidation: true,
    });
    expect(plan).toMatchObject({
      epochs: 3,
      batchSize: 4,
      stepsPerEpoch: 7,
      totalSteps: 21,
      learningRateMultiplier: 0.3,
      trainedTokens: 3000,
    });
  });

  it("uses the cookbook's epochs and about 0.2% of the examples per batch when auto", () => {
    const plan = planTraining({
      examples: 20_000,
      billingTokens: 1,
      hyperparameters: { n_epochs: 'auto', batch_size: 'auto' },
      hasValidation: false,
    });
    expect(plan.epochs).toBe(1);
    expect(plan.batchSize).toBe(40);
    expect(plan.totalSteps).toBe(500);
  });
});
