import {
  fetchJobMetrics,
  isTerminalJobStatus,
  renderMermaidLossChart,
  summarizeJobMetrics,
  watchJob,
} from '@tuneline/core';
import type OpenAI from 'openai';
import type { DatasetOutcome } from './dataset-outcome.js';

/**
 * Follows each dataset's job to its end (or until `deadline`), then fills in the model, trained
 * tokens, actual against estimated cost, final losses and the loss chart.
 */
export async function followJobs(options: {
  client: OpenAI;
  outcomes: readonly DatasetOutcome[];
  deadline: number;
  pollIntervalMilliseconds?: number;
  onProgress?: (message: string) => void;
}): Promise<DatasetOutcome[]> {
  const followed: DatasetOutcome[] = [];
  for (const outcome of options.outcomes) {
    const job = outcome.job;
    if (job === null) {
      followed.push(outcome);
      continue;
    }
    let finalJob: Parameters<typeof fetchJobMetrics>[0]['job'];
    let timedOut = false;
    const remaining = Math.max(1, options.deadline - Date.now());
    for await (const update of watchJob({
      client: options.client,
      jobId: job.id,
      timeoutMilliseconds: remaining,
      modelReadyTimeoutMilliseconds: Math.min(remaining, 10 * 60 * 1000),
      ...(options.pollIntervalMilliseconds === undefined
        ? {}
        : { pollIntervalMilliseconds: options.pollIntervalMilliseconds }),
    })) {
      if (update.type === 'status') options.onProgress?.(`${job.id}: ${update.status}`);
      if (update.type === 'end') {
        finalJob = update.job;
        timedOut = update.reason === 'timeout' && !isTerminalJobStatus(update.job.status);
      }
    }
    const metrics = await fetchJobMetrics({
      client: options.client,
      jobId: job.id,
      ...(finalJob === undefined ? {} : { job: finalJob }),
    });
    const summary = summarizeJobMetrics({
      job: metrics.job,
      points: metrics.points,
      estimatedCostUsd: outcome.report?.estimatedCostUsd ?? null,
    });
    followed.push({
      ...outcome,
      job: {
        ...job,
        status: metrics.job.status,
        fineTunedModel: metrics.job.fine_tuned_model,
        result: {
          summary,
          points: metrics.points,
          chart: renderMermaidLossChart({ points: metrics.points, title: 'Loss by step' }),
          timedOut,
        },
      },
    });
  }
  return followed;
}
