import type { ModelPrices } from '../models/model-catalog.js';
import type { IntegerHistogram } from '../stats/integer-histogram.js';
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
  /** Tokens of each example, as a list or counted in a histogram. */
  exampleTokens: ArrayLike<number> | Pick<IntegerHistogram, 'count' | 'sumCappedAt'>;
  limit: number;
  prices: Pick<ModelPrices, 'trainingPerMillionTokens'>;
  epochs?: number;
}): TrainingCostEstimate {
  const { exampleTokens, limit } = options;
  let billingTokens = 0;
  let examples: number;
  if ('sumCappedAt' in exampleTokens) {
    billingTokens = exampleTokens.sumCappedAt(limit);
    examples = exampleTokens.count;
  } else {
    for (let index = 0; index < exampleTokens.length; index++) {
      billingTokens += Math.min(limit, exampleTokens[index] as number);
    }
    examples = exampleTokens.length;
  }
  const epochs = options.epochs ?? defaultEpochs(examples);
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
