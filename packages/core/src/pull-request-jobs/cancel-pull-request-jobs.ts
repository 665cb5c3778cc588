import type OpenAI from 'openai';
import { cancelJobsStillRunning } from '../fine-tuning/cancel-jobs-still-running.js';
import type { FineTuningJob } from '../fine-tuning/fine-tuning-job.js';
import { listTunelineJobs } from '../fine-tuning/list-tuneline-jobs.js';
import { tunelineMetadataKeys } from '../fine-tuning/tuneline-metadata.js';

/**
 * Cancels a pull request's active Tuneline jobs: all of them (the PR was closed unmerged), or, with
 * `datasetPath` and `keepDatasetSha256`, only that dataset's jobs that trained other content (a
 * push changed the dataset, so they train data nobody will merge). Returns the cancelled jobs.
 * @example await cancelPullRequestJobs({ client, repository: 'acme/data', pullRequest: 42 })
 */
export async function cancelPullRequestJobs(options: {
  client: OpenAI;
  repository: string;
  pullRequest: number;
  datasetPath?: string | undefined;
  /** Jobs of this dataset content stay: a push that left the dataset unchanged cancels nothing. */
  keepDatasetSha256?: string | undefined;
}): Promise<FineTuningJob[]> {
  const { client } = options;
  const active = await listTunelineJobs({
    client,
    activeOnly: true,
    filter: {
      repository: options.repository,
      pullRequest: options.pullRequest,
      ...(options.datasetPath === undefined ? {} : { datasetPath: options.datasetPath }),
    },
  });
  const stale = active.filter(
    (job) =>
      options.keepDatasetSha256 === undefined ||
      job.metadata[tunelineMetadataKeys.datasetSha256] !== options.keepDatasetSha256,
  );
  return cancelJobsStillRunning({ client, jobs: stale });
}
