import type { FineTuningJob } from './fine-tuning-job.js';

/**
 * Orders jobs oldest first by `created_at`. Jobs created in the same second compare equal: sort
 * them stably from the API's own order (newest first), which is the order OpenAI created them in.
 */
export function compareJobsByAge(left: FineTuningJob, right: FineTuningJob): number {
  return left.created_at - right.created_at;
}
