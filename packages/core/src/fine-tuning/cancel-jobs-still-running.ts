import type OpenAI from 'openai';
import { cancelJob } from './cancel-job.js';
import type { FineTuningJob } from './fine-tuning-job.js';
import { OpenAIRequestError } from './openai-request-error.js';

/**
 * Cancels each job in turn and returns the ones cancelled. A job that finished since it was
 * listed (OpenAI answers 400, 404 or 409) is skipped: it is no longer running up a bill.
 */
export async function cancelJobsStillRunning(options: {
  client: OpenAI;
  jobs: readonly FineTuningJob[];
}): Promise<FineTuningJob[]> {
  const cancelled: FineTuningJob[] = [];
  for (const job of options.jobs) {
    try {
      cancelled.push(await cancelJob({ client: options.client, jobId: job.id }));
    } catch (error) {
      if (
        OpenAIRequestError.isInstance(error) &&
        (error.status === 400 || error.status === 404 || error.status === 409)
      )
        continue;
      throw error;
    }
  }
  return cancelled;
}
