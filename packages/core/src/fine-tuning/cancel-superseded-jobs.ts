import type OpenAI from 'openai';
import { cancelJobsStillRunning } from './cancel-jobs-still-running.js';
import { compareJobsByAge } from './compare-jobs-by-age.js';
import type { FineTuningJob } from './fine-tuning-job.js';
import { isTerminalJobStatus } from './job-status.js';
import { listTunelineJobs } from './list-tuneline-jobs.js';

/**
 * Cancels the active jobs that a newer job of the same dataset and pull request replaces: those
 * created before `keep` (a push to the PR makes the earlier training moot). Returns them cancelled.
 * @example await cancelSupersededJobs({ client, keep: result.job, datasetPath, pullRequest: 42 })
 */
export async function cancelSupersededJobs(options: {
  client: OpenAI;
  /** The newest job, which stays. */
  keep: FineTuningJob;
  datasetPath: string;
  pullRequest: number;
  repository?: string | undefined;
}): Promise<FineTuningJob[]> {
  const { client, keep } = options;
  const newestFirst = await listTunelineJobs({
    client,
    filter: {
      datasetPath: options.datasetPath,
      pullRequest: options.pullRequest,
      ...(options.repository === undefined ? {} : { repository: options.repository }),
    },
  });
  // Jobs listed after `keep` were created before it, even within the same second.
  const keepIndex = newestFirst.findIndex((job) => job.id === keep.id);
  const older =
    keepIndex === -1
      ? newestFirst.filter((job) => compareJobsByAge(job, keep) < 0)
      : newestFirst.slice(keepIndex + 1);
  const activeOlder = older.filter((job) => !isTerminalJobStatus(job.status));
  return cancelJobsStillRunning({ client, jobs: activeOlder });
}
