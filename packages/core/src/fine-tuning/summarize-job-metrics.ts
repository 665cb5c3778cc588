import { findModel } from '../models/find-model.js';
import type { FineTuningJob } from './fine-tuning-job.js';
import type { MetricPoint } from './metric-point.js';

export interface JobSummary {
  readonly jobId: string;
  readonly status: string;
  readonly model: string;
  readonly fineTunedModel: string | null;
  /** The last step with metrics; null before training starts. */
  readonly steps: number | null;
  readonly finalTrainLoss: number | null;
  readonly finalTrainAccuracy: number | null;
  /** The last validation-batch loss. */
  readonly finalValidLoss: number | null;
  readonly finalValidAccuracy: number | null;
  /** The last loss on the whole validation file (epoch ends). */
  readonly finalFullValidLoss: number | null;
  readonly finalFullValidAccuracy: number | null;
  /** Billed tokens as OpenAI reports them once the job finished. */
  readonly trainedTokens: number | null;
  readonly pricePerMillionTokens: number | null;
  /** trained_tokens × the model's training price; null when either is unknown. */
  readonly actualCostUsd: number | null;
  readonly estimatedCostUsd: number | null;
}

function lastValue(
  points: readonly MetricPoint[],
  field: Exclude<keyof MetricPoint, 'step'>,
): number | null {
  for (let index = points.length - 1; index >= 0; index--) {
    const value = points[index]?.[field];
    if (value !== undefined) return value;
  }
  return null;
}

/**
 * Summarizes a job for a report: final train and validation loss and accuracy, trained tokens,
 * and the actual cost (trained_tokens × price) beside the estimate.
 * @example summarizeJobMetrics({ job, points, estimatedCostUsd: 0.03 }).actualCostUsd
 */
export function summarizeJobMetrics(options: {
  job: FineTuningJob;
  points: readonly MetricPoint[];
  estimatedCostUsd?: number | null;
}): JobSummary {
  const { job, points } = options;
  const price = findModel(job.model)?.prices.trainingPerMillionTokens ?? null;
  const trainedTokens = job.trained_tokens;
  return {
    jobId: job.id,
    status: job.status,
    model: job.model,
    fineTunedModel: job.fine_tuned_model,
    steps: points.length === 0 ? null : (points[points.length - 1]?.step ?? null),
    finalTrainLoss: lastValue(points, 'trainLoss'),
    finalTrainAccuracy: lastValue(points, 'trainAccuracy'),
    finalValidLoss: lastValue(points, 'validLoss'),
    finalValidAccuracy: lastValue(points, 'validAccuracy'),
    finalFullValidLoss: lastValue(points, 'fullValidLoss'),
    finalFullValidAccuracy: lastValue(points, 'fullValidAccuracy'),
    trainedTokens,
    pricePerMillionTokens: price,
    actualCostUsd:
      trainedTokens === null || price === null ? null : (trainedTokens * price) / 1_000_000,
    estimatedCostUsd: options.estimatedCostUsd ?? null,
  };
}
