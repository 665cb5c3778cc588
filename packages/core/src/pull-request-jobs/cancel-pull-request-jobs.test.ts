import { createClock } from '@tuneline/emulator';
import { startTestEmulator, type TestEmulator } from '@tuneline/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { createJobMetadata } from '../fine-tuning/create-job-metadata.js';
import { startPlainJob } from '../fine-tuning/job-lifecycle.fixture.js';
import { retrieveJob } from '../fine-tuning/retrieve-job.js';
import { cancelPullRequestJobs } from './cancel-pull-request-jobs.js';

let test: TestEmulator | undefined;
afterEach(async () => {
  await test?.close();
  test = undefined;
});

async function startJobs() {
  test = await startTestEmulator({ clock: createClock({ speed: 0.01 }) });
  const client = test.client;
  const start = (options: { datasetPath: string; pullRequest: number; sha: string }) =>
    startPlainJob({
      client,
      metadata: createJobMetadata({
        tuneline: {
          datasetPath: options.datasetPath,
          pullRequest: options.pullRequest,
          requestKey: options.sha,
          datasetSha256: options.sha,
          source: 'action',
          repository: 'acme/bot',
        },
      }),
    });
  return {
    client,
    oldA: await start({ datasetPath: 'a.jsonl', pullRequest: 7, sha: 'v1' }),
    currentA: await start({ datasetPath: 'a.jsonl', pullRequest: 7, sha: 'v2' }),
    b: await start({ datasetPath: 'b.jsonl', pullRequest: 7, sha: 'v3' }),
    otherPullRequest: await start({ datasetPath: 'a.jsonl', pullRequest: 8, sha: 'v1' }),
  };
}

describe('cancelPullRequestJobs', () => {
  it('cancels every active job of a closed pull request and no other', async () => {
    const jobs = await startJobs();
    const cancelled = await cancelPullRequestJobs({
      client: jobs.client,
      repository: 'acme/bot',
      pullRequest: 7,
    });
    expect(cancelled.map((job) => job.id).sort()).toEqual(
      [jobs.oldA, jobs.currentA, jobs.b].sort(),
    );
    const other = await retrieveJob({ client: jobs.client, jobId: jobs.otherPullRequest });
    expect(other.status).not.toBe('cancelled');
  });

  it('keeps the jobs of the current dataset content', async () => {
    const jobs = await startJobs();
    const cancelled = await cancelPullRequestJobs({
      client: jobs.client,
      repository: 'acme/bot',
      pullRequest: 7,
      datasetPath: 'a.jsonl',
      keepDatasetSha256: 'v2',
    });
    expect(cancelled.map((job) => job.id)).toEqual([jobs.oldA]);
    const unchanged = await cancelPullRequestJobs({
      client: jobs.client,
      repository: 'acme/bot',
      pullRequest: 7,
      datasetPath: 'a.jsonl',
      keepDatasetSha256: 'v2',
    });
    expect(unchanged).toEqual([]);
  });
});
