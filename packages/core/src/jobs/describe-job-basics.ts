import type { FineTuningEvent } from '../fine-tuning/fine-tuning-event.js';
import type { FineTuningJob } from '../fine-tuning/fine-tuning-job.js';
import { readJobMetadata } from '../fine-tuning/read-job-metadata.js';
import { summarizeJobMetrics } from '../fine-tuning/summarize-job-metrics.js';
import type { JobDescription, JobOrigin } from './job-description.js';

function originOf(job: FineTuningJob): JobOrigin | null {
  const metadata = readJobMetadata(job.metadata);
  if (metadata === null) return null;
  const { datasetPath, datasetName, repository, pullRequest, commit, source } = metadata;
  return {
    datasetPath,
    source,
    ...(datasetName === undefined ? {} : { datasetName }),
    ...(repository === undefined ? {} : { repository }),
    ...(pullRequest === undefined ? {} : { pullRequest }),
    ...(repository !== undefined && pullRequest !== undefined
      ? { pullRequestUrl: `https://github.com/${repository}/pull/${pullRequest}` }
      : {}),
    ...(commit === undefined ? {} : { commit }),
  };
}

function readCount(data: unknown, field: string): number | null {
  if (typeof data !== 'object' || data === null) return null;
  const value = (data as Record<string, unknown>)[field];
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : null;
}

/** The step and total steps of the newest metrics event among `events` (any order). */
export function latestStepOf(events: readonly FineTuningEvent[]): {
  step: number | null;
  totalSteps: number | null;
} {
  let latest: { step: number | null; totalSteps: number | null } = { step: null, totalSteps: null };
  for (const event of events) {
    if (event.type !== 'metrics') continue;
    const step = readCount(event.data, 'step');
    if (step === null || (latest.step !== null && step <= latest.step)) continue;
    latest = { step, totalSteps: readCount(event.data, 'total_steps') };
  }
  return latest;
}

/** A job as a list shows it, from the job alone and what is known of its progress. */
export function toJobDescription(options: {
  job: FineTuningJob;
  step?: number | null;
  totalSteps?: number | null;
  estimatedCostUsd?: number | null;
  /** Milliseconds since the epoch, for the duration of unfinished jobs. */
  now: number;
}): JobDescription {
  const { job } = options;
  const end = job.finished_at ?? Math.floor(options.now / 1000);
  const summary = summarizeJobMetrics({
    job,
    points: [],
    estimatedCostUsd: options.estimatedCostUsd ?? null,
  });
  return {
    id: job.id,
    status: job.status,
    baseModel: job.model,
    fineTunedModel: job.fine_tuned_model,
    step: options.step ?? null,
    totalSteps: options.totalSteps ?? null,
    trainedTokens: job.trained_tokens,
    estimatedCostUsd: summary.estimatedCostUsd,
    actualCostUsd: summary.actualCostUsd,
    createdAt: job.created_at,
    finishedAt: job.finished_at,
    durationSeconds: Math.max(0, end - job.created_at),
    tuneline: originOf(job),
    job,
  };
}
