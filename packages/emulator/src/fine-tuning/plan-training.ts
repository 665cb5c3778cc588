import { defaultEpochs } from '@tuneline/core';
import type { TrainingPlan } from './job-record.js';

/**
 * OpenAI's default batch size: about 0.2% of the examples, between 1 and 256 (fine-tuning guide,
 * "Hyperparameters", checked 2026-11-24).
 */
function autoBatchSize(examples: number): number {
  return Math.max(1, Math.min(256, Math.round(examples * 0.002)));
}

/**
 * The multiplier OpenAI reports for "auto": live jobs show about 2 for batch size 1, smaller for
 * larger batches. An emulator choice: nothing is trained with it.
 */
function autoLearningRateMultiplier(batchSize: number): number {
  if (batchSize <= 1) return 2;
  if (batchSize <= 8) return 1;
  return 0.5;
}

/**
 * Fixes what an emulated job trains: epochs by the cookbook heuristic when auto, the batch size,
 * steps = ⌈examples / batch size⌉ × epochs, and the billable tokens = billing tokens × epochs.
 * @example planTraining({ examples: 10, billingTokens: 200, hyperparameters: {}, hasValidation: false }).totalSteps // 100
 */
export function planTraining(options: {
  examples: number;
  billingTokens: number;
  hyperparameters: {
    n_epochs?: 'auto' | number | undefined;
    batch_size?: 'auto' | number | undefined;
    learning_rate_multiplier?: 'auto' | number | undefined;
  };
  hasValidation: boolean;
}): TrainingPlan {
  const { hyperparameters } = options;
  const examples = Math.max(1, options.examples);
  const epochs =
    typeof hyperparameters.n_epochs === 'number'
      ? hyperparameters.n_epochs
      : defaultEpochs(examples);
  const batchSize =
    typeof hyperparameters.batch_size === 'number'
      ? hyperparameters.batch_size
      : autoBatchSize(examples);
  const learningRateMultiplier =
    typeof hyperparameters.learning_rate_multiplier === 'number'
      ? hyperparameters.learning_rate_multiplier
      : autoLearningRateMultiplier(batchSize);
  const stepsPerEpoch = Math.ceil(examples / batchSize);
  return {
    examples: options.examples,
    epochs,
    batchSize,
    learningRateMultiplier,
    stepsPerEpoch,
    totalSteps: stepsPerEpoch * epochs,
    trainedTokens: options.billingTokens * epochs,
    hasValidation: options.hasValidation,
  };
}
