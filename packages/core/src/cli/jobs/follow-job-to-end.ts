import type OpenAI from 'openai';
import type { FineTuningJob } from '../../fine-tuning/fine-tuning-job.js';
import { type CliIo, exitCodes } from '../cli-io.js';
import { followJob } from './follow-job.js';
import { formatJobOutcome } from './format-job-outcome.js';

/**
 * Follows a job as `watch` and `train --wait` do, prints what it came to, and returns the exit
 * code: 0 when it succeeded or the user stopped watching, 1 when it failed or was cancelled.
 */
export async function followJobToEnd(options: {
  client: OpenAI;
  /** The job as last fetched, shown if following never sees it. */
  job: FineTuningJob;
  io: CliIo;
  json: boolean;
  pollIntervalMilliseconds?: number | undefined;
  estimatedCostUsd?: number | null;
}): Promise<number> {
  const { io } = options;
  const followed = await followJob({
    client: options.client,
    jobId: options.job.id,
    io,
    json: options.json,
    ...(options.pollIntervalMilliseconds === undefined
      ? {}
      : { pollIntervalMilliseconds: options.pollIntervalMilliseconds }),
  });
  if (followed.outcome === 'interrupted') return exitCodes.ok;
  const job = followed.job ?? options.job;
  if (!options.json) {
    io.stdout.write(
      formatJobOutcome({
        job,
        trainLosses: followed.trainLosses,
        fineTunedModel: followed.fineTunedModel,
        estimatedCostUsd: options.estimatedCostUsd ?? null,
      }),
    );
  }
  return job.status === 'succeeded' ? exitCodes.ok : exitCodes.failed;
}
