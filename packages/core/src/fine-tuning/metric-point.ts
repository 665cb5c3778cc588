/** Training metrics at one step; a field is absent when that step did not measure it. */
export interface MetricPoint {
  readonly step: number;
  readonly trainLoss?: number;
  readonly trainAccuracy?: number;
  /** Loss on a validation batch (evaluated every few steps). */
  readonly validLoss?: number;
  readonly validAccuracy?: number;
  /** Loss on the whole validation file (evaluated at the end of each epoch). */
  readonly fullValidLoss?: number;
  readonly fullValidAccuracy?: number;
}

type MetricField = Exclude<keyof MetricPoint, 'step'>;

/** API names for each metric: metrics events and checkpoints use the first, the result CSV may use others. */
export const metricFieldNames: Readonly<Record<MetricField, readonly string[]>> = {
  trainLoss: ['train_loss'],
  trainAccuracy: ['train_mean_token_accuracy', 'train_accuracy'],
  validLoss: ['valid_loss'],
  validAccuracy: ['valid_mean_token_accuracy', 'valid_accuracy'],
  fullValidLoss: ['full_valid_loss'],
  fullValidAccuracy: ['full_valid_mean_token_accuracy', 'full_valid_accuracy'],
};
