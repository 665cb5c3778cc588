import type { FineTuningJobStatus } from './fine-tuning-job.js';

const terminalStatuses: ReadonlySet<string> = new Set(['succeeded', 'failed', 'cancelled']);

/** Whether a job has finished for good: succeeded, failed or cancelled. Unknown statuses are not. */
export function isTerminalJobStatus(status: FineTuningJobStatus): boolean {
  return terminalStatuses.has(status);
}
