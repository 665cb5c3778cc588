import { createClock } from '@tuneline/emulator';
import { startTestEmulator, type TestEmulator } from '@tuneline/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { cancelSupersededJobs } from './cancel-superseded-jobs.js';
import { createJobMetadata } from './create-job-metadata.js';
import { startPlainJob } from './job-lifecycle.fixture.js';
import { retrieveJob } from './retrieve-job.js';

let test: TestEmulator | undefined;
afterEach(async () => {
  await test?.close();
  test = undefined;
});

describe('cancelSupersededJobs', () => {
  it('cancels the older active jobs of the same dataset and PR, and nothing else', async () => {
    let wallClock = Date.now();
    test = await startTestEmulator({ clock: createClock({ speed: 0.01, now: () => wallClock }) });
    const client = test.client;
    const start = async (options: { datasetPath: string; pullRequest: number; key: string }) => {
      wallClock += 2000;
      return startPlainJob({
        client,
        metadata: createJobMetadata({
          tuneline: {
            ...options,
            requestKey: options.key,
            datasetSha256: options.key,
            source: 'action',
            repository: 'acme/bot',
          },
        }),
      });
    };
    const oldest = await start({ datasetPath: 'a.jsonl', pullRequest: 7, key: 'v1' });
    const older = await start({ datasetPath: 'a.jsonl', pullRequest: 7, key: 'v2' });
    const otherPullRequest = await start({ datasetPath: 'a.jsonl', pullRequest: 8, key: 'v3' });
    const otherDataset = await start({ datasetPath: 'b.jsonl', pullRequest: 7, key: 'v4' });
    const newest = await start({ datasetPath: 'a.jsonl', pullRequest: 7, key: 'v5' });
    const newer = await start({ datasetPath: 'a.jsonl', pullRequest: 7, key: 'v6' });
    await client.fineTuning.jobs.cancel(oldest);

    const keep = await retrieveJob({ client, jobId: newest });
    const cancelled = await cancelSupersededJobs({
      client,
      keep,
      datasetPath: 'a.jsonl',
      pullRequest: 7,
      repository: 'acme/bot',
    });
    expect(cancelled.map((job) => [job.id, job.status])).toEqual([[older, 'cancelled']]);
    const statusOf = async (jobId: string) => (await retrieveJob({ client, jobId })).status;
    expect(await statusOf(newest)).toBe('validating_files');
    expect(await statusOf(newer)).toBe('validating_files');
    expect(await statusOf(otherPullRequest)).toBe('validating_files');
    expect(await statusOf(otherDataset)).toBe('validating_files');
  });

  it('tells jobs of the same second apart by the order OpenAI lists them in', async () => {
    test = await startTestEmulator({
      clock: createClock({ speed: 0.01, now: () => 1_800_000_000_000 }),
    });
    const client = test.client;
    const start = (key: string) =>
      startPlainJob({
        client,
        metadata: createJobMetadata({
          tuneline: {
            datasetPath: 'a.jsonl',
            pullRequest: 3,
            requestKey: key,
            datasetSha256: key,
            source: 'action',
          },
        }),
      });
    const first = await start('v1');
    const second = await start('v2');
    const third = await start('v3');
    const keep = await retrieveJob({ client, jobId: second });
    const cancelled = await cancelSupersededJobs({
      client,
      keep,
      datasetPath: 'a.jsonl',
      pullRequest: 3,
    });
    expect(cancelled.map((job) => job.id)).toEqual([first]);
    expect((await retrieveJob({ client, jobId: third })).status).toBe('validating_files');
  });
});
