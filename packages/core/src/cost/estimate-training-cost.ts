import type { ModelPrices } from '../models/model-catalog.js';
import { defaultEpochs } from './default-epochs.js';

export interface TrainingCostEstimate {
  /** Σ min(limit, tokens of the example): longer examples are truncated, so not billed past the limit. */
  readonly billingTokens: number;
  readonly epochs: number;
  /** Whether the epochs are OpenAI's default for this many examples or were chosen. */
  readonly epochsAreDefault: boolean;
  readonly chargedTokens: number;
  /** USD; null when the model's training is billed by time (reinforcement fine-tuning). */
  readonly estimatedCostUsd: number | null;
}

/**
 * Estimates what training will bill: epochs × billing tokens at the model's price.
 * @example estimateTrainingCost({ exampleTokens: [40, 50], limit: 4096, prices }).chargedTokens
 */
export function estimateTrainingCost(options: {
  exampleTokens: ArrayLike<number>;
  limit: number;
  prices: Pick<ModelPrices, 'trainingPerMillionTokens'>;
  epochs?: number;
}): TrainingCostEstimate {
  let billingTokens = 0;
  for (let index = 0; index < options.exampleTokens.length; index++) {
    billingTokens += Math.min(options.limit, options.exampleTokens[index] as number);
  }
  const epochs = options.epochs ?? defaultEpochs(options.exampleTokens.length);
  const chargedTokens = epochs * billingTokens;
  const price = options.prices.trainingPerMillionTokens;
  return {
    billingTokens,
    epochs,
    epochsAreDefault: options.epochs === undefined,
    chargedTokens,
    estimatedCostUsd: price === null ? null : (chargedTokens * price) / 1_000_000,
  };
}
