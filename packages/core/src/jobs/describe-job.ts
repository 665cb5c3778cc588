import type OpenAI from 'openai';
import { TunelineError } from '../errors/tuneline-error.js';
import { callOpenAI } from '../fine-tuning/call-openai.js';
import { fetchJobMetrics } from '../fine-tuning/fetch-job-metrics.js';
import { fineTuningEventSchema } from '../fine-tuning/fine-tuning-event.js';
import { OpenAIRequestError } from '../fine-tuning/openai-request-error.js';
import { retrieveJob } from '../fine-tuning/retrieve-job.js';
import { summarizeJobMetrics } from '../fine-tuning/summarize-job-metrics.js';
import { latestStepOf, toJobDescription } from './describe-job-basics.js';
import type { JobDetails } from './job-description.js';

async function retrieveKnownJob(client: OpenAI, jobId: string) {
  try {
    return await retrieveJob({ client, jobId });
  } catch (error) {
    if (OpenAIRequestError.isInstance(error) && error.status === 404) {
      throw new TunelineError(
        'job_not_found',
        `No fine-tuning job ${jobId} in this project (OpenAI answered HTTP 404).`,
        {
          cause: error,
          hint: 'Check the id (tuneline status lists recent jobs) and that the API key belongs to the project that ran it.',
        },
      );
    }
    throw error;
  }
}

/**
 * One job in detail: its description, losses, final metrics, checkpoints, cost actual and
 * estimated, the last events and the error that failed it. An unknown id is a TunelineError
 * with code `job_not_found` (kind `usage`).
 * @example const details = await describeJob({ client, jobId: 'ftjob-abc', eventLimit: 5 });
 */
export async function describeJob(options: {
  client: OpenAI;
  jobId: string;
  /** How many of the newest events to keep; default 10. */
  eventLimit?: number;
  /** Tuneline's estimate, when the caller kept it. */
  estimatedCostUsd?: number | null;
  /** Milliseconds since the epoch; default `Date.now()`. */
  now?: number;
}): Promise<JobDetails> {
  const { client, jobId } = options;
  const eventLimit = Math.min(100, Math.max(1, Math.trunc(options.eventLimit ?? 10)));
  const job = await retrieveKnownJob(client, jobId);
  const newest = await callOpenAI(`list the events of job ${jobId}`, async () => {
    const page = await client.fineTuning.jobs.listEvents(jobId, {
      limit: Math.max(eventLimit, 20),
    });
    return page.data.flatMap((item) => {
      const parsed = fineTuningEventSchema.safeParse(item);
      return parsed.success ? [parsed.data] : [];
    });
  });
  const events = newest.slice(0, eventLimit).reverse();
  const metrics = await fetchJobMetrics({ client, jobId, job });
  const summary = summarizeJobMetrics({
    job,
    points: metrics.points,
    estimatedCostUsd: options.estimatedCostUsd ?? null,
  });
  const latest = latestStepOf(newest);
  const losses = metrics.points.flatMap((point) =>
    point.trainLoss === undefined ? [] : [point.trainLoss],
  );
  const validationLosses = metrics.points.flatMap((point) =>
    point.validLoss === undefined ? [] : [point.validLoss],
  );
  const trainLossAt = new Map(
    metrics.points.flatMap((point) =>
      point.trainLoss === undefined ? [] : [[point.step, point.trainLoss] as const],
    ),
  );
  const lastStep = summary.steps ?? latest.step;
  return {
    ...toJobDescription({
      job,
      step: lastStep,
      totalSteps: latest.totalSteps ?? (job.status === 'succeeded' ? lastStep : null),
      estimatedCostUsd: options.estimatedCostUsd ?? null,
      now: options.now ?? Date.now(),
    }),
    losses,
    validationLosses,
    finalTrainLoss: summary.finalTrainLoss,
    finalValidationLoss: summary.finalFullValidLoss ?? summary.finalValidLoss,
    checkpoints: metrics.checkpoints.map((checkpoint) => ({
      step: checkpoint.step,
      model: checkpoint.model,
      trainLoss: trainLossAt.get(checkpoint.step) ?? null,
    })),
    lastEvents: events.map((event) => ({
      createdAt: event.created_at,
      level: event.level,
      message: event.message,
    })),
    error: job.error,
    hyperparameters: job.hyperparameters ?? {},
    summary,
    metrics: metrics.points,
    events,
  };
}
