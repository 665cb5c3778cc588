import { createRandom } from '../random/create-random.js';
import { hashSeed } from '../random/hash-seed.js';
import type { StepMetrics, TrainingPlan } from './job-record.js';

/** Deterministic noise in [-0.5, 0.5) for one step and channel. */
function noise(seed: number, step: number, channel: string): number {
  return createRandom(hashSeed(seed, step, channel))() - 0.5;
}

function round(value: number): number {
  return Math.round(value * 100_000) / 100_000;
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}

/** Steps at which the validation batch is evaluated: about twenty per job, and the last step. */
export function isEvaluationStep(plan: TrainingPlan, step: number): boolean {
  if (!plan.hasValidation) return false;
  const interval = Math.max(1, Math.ceil(plan.totalSteps / 20));
  return step % interval === 0 || step === plan.totalSteps;
}

/**
 * The metrics of one emulated training step: a loss that decays exponentially from a start near
 * 2–3.5 towards a floor, with multiplicative noise, and a token accuracy that rises as it falls.
 * Everything derives from the job's seed and the step, so a job replays identically. Validation
 * metrics appear on evaluation steps, and "full" validation metrics at epoch ends.
 */
export function simulateMetrics(options: {
  seed: number;
  plan: TrainingPlan;
  step: number;
}): StepMetrics {
  const { seed, plan, step } = options;
  const shape = createRandom(hashSeed(seed, 'curve'));
  const start = 2 + 1.5 * shape();
  const floor = 0.03 + 0.2 * shape();
  const rate = 3.5 + 2.5 * shape();
  const progress = step / plan.totalSteps;
  const expected = floor + (start - floor) * Math.exp(-rate * progress);
  const trainLoss = expected * (1 + 0.45 * noise(seed, step, 'train'));
  const accuracy = (loss: number, channel: string) =>
    round(clamp01(Math.exp(-0.6 * loss) + 0.06 * noise(seed, step, channel)));
  const metrics: StepMetrics = {
    step,
    train_loss: round(trainLoss),
    train_mean_token_accuracy: accuracy(trainLoss, 'train-accuracy'),
  };
  if (isEvaluationStep(plan, step)) {
    // Validation loss trails training loss and drifts up a little late in training (overfitting).
    const validExpected = expected * 1.08 + 0.04 * progress * start;
    const validLoss = validExpected * (1 + 0.3 * noise(seed, step, 'valid'));
    metrics.valid_loss = round(validLoss);
    metrics.valid_mean_token_accuracy = accuracy(validLoss, 'valid-accuracy');
  }
  if (plan.hasValidation && step % plan.stepsPerEpoch === 0) {
    const fullValidLoss = (expected * 1.08 + 0.04 * progress * start) * 1.02;
    metrics.full_valid_loss = round(fullValidLoss);
    metrics.full_valid_mean_token_accuracy = round(clamp01(Math.exp(-0.6 * fullValidLoss)));
  }
  return metrics;
}
