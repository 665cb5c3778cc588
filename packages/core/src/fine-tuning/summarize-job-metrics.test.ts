import { describe, expect, it } from 'vitest';
import { fineTuningJobSchema } from './fine-tuning-job.js';
import { summarizeJobMetrics } from './summarize-job-metrics.js';

const job = fineTuningJobSchema.parse({
  id: 'ftjob-1',
  created_at: 1,
  model: 'gpt-4o-mini-2024-07-18',
  status: 'succeeded',
  fine_tuned_model: 'ft:gpt-4o-mini-2024-07-18:acme::abc',
  trained_tokens: 2_000_000,
  error: {},
});

describe('summarizeJobMetrics', () => {
  it('gives the final losses and accuracies, and the actual cost beside the estimate', () => {
    const summary = summarizeJobMetrics({
      job,
      points: [
        { step: 1, trainLoss: 2.5, trainAccuracy: 0.4, validLoss: 2.6 },
        {
          step: 2,
          trainLoss: 1.5,
          trainAccuracy: 0.6,
          fullValidLoss: 1.7,
          fullValidAccuracy: 0.58,
        },
        { step: 3, trainLoss: 1.2, trainAccuracy: 0.7 },
      ],
      estimatedCostUsd: 5.5,
    });
    expect(summary).toEqual({
      jobId: 'ftjob-1',
      status: 'succeeded',
      model: 'gpt-4o-mini-2024-07-18',
      fineTunedModel: 'ft:gpt-4o-mini-2024-07-18:acme::abc',
      steps: 3,
      finalTrainLoss: 1.2,
      finalTrainAccuracy: 0.7,
      finalValidLoss: 2.6,
      finalValidAccuracy: null,
      finalFullValidLoss: 1.7,
      finalFullValidAccuracy: 0.58,
      trainedTokens: 2_000_000,
      pricePerMillionTokens: 3,
      actualCostUsd: 6,
      estimatedCostUsd: 5.5,
    });
  });

  it('prices a job continued from an ft: model at its base model, and leaves unknown costs null', () => {
    const continued = {
      ...job,
      model: 'ft:gpt-4.1-nano-2025-04-14:acme:x:1',
      trained_tokens: 1_000_000,
    };
    expect(summarizeJobMetrics({ job: continued, points: [] }).actualCostUsd).toBe(1.5);
    const running = { ...job, trained_tokens: null };
    expect(summarizeJobMetrics({ job: running, points: [] })).toMatchObject({
      actualCostUsd: null,
      steps: null,
      estimatedCostUsd: null,
    });
    const unknownModel = { ...job, model: 'my-private-model' };
    expect(summarizeJobMetrics({ job: unknownModel, points: [] }).actualCostUsd).toBeNull();
  });
});
