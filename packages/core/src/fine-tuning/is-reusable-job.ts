import type { FineTuningJob } from './fine-tuning-job.js';
import { isTerminalJobStatus } from './job-status.js';

/** Whether a job makes a new one for the same request pointless: it is running or it succeeded. */
export function isReusableJob(job: FineTuningJob): boolean {
  return job.status === 'succeeded' || !isTerminalJobStatus(job.status);
}
