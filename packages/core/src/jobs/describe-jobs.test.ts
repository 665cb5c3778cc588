import { startTestEmulator, type TestEmulator } from '@tuneline/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { startPlainJob } from '../fine-tuning/job-lifecycle.fixture.js';
import { tunelineMetadataKeys } from '../fine-tuning/tuneline-metadata.js';
import { describeJob } from './describe-job.js';
import { describeRecentJobs } from './describe-recent-jobs.js';

let test: TestEmulator | undefined;
afterEach(async () => {
  await test?.close();
  test = undefined;
});

const tunelineMetadata = {
  [tunelineMetadataKeys.datasetPath]: 'data/support.jsonl',
  [tunelineMetadataKeys.datasetName]: 'support',
  [tunelineMetadataKeys.datasetSha256]: 'a'.repeat(64),
  [tunelineMetadataKeys.requestKey]: 'b'.repeat(64),
  [tunelineMetadataKeys.source]: 'action',
  [tunelineMetadataKeys.repository]: 'acme/bot',
  [tunelineMetadataKeys.pullRequest]: '42',
  [tunelineMetadataKeys.commit]: 'c0ffee',
};

async function waitUntilDone(jobId: string) {
  if (test === undefined) throw new Error('no emulator');
  for (;;) {
    const job = await test.client.fineTuning.jobs.retrieve(jobId);
    if (job.status === 'succeeded' || job.status === 'failed') return job;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('describeRecentJobs', () => {
  it("lists every job of the project newest first, Tuneline's with their dataset and pull request", async () => {
    test = await startTestEmulator({ speed: 1000 });
    const other = await startPlainJob({ client: test.client, variant: 'other' });
    const ours = await startPlainJob({
      client: test.client,
      variant: 'ours',
      metadata: tunelineMetadata,
    });
    await waitUntilDone(other);
    const finished = await waitUntilDone(ours);
    const jobs = await describeRecentJobs({ client: test.client });
    expect(jobs.map((job) => job.id)).toEqual([ours, other]);
    expect(jobs[0]).toMatchObject({
      status: 'succeeded',
      baseModel: finished.model,
      fineTunedModel: finished.fine_tuned_model,
      trainedTokens: finished.trained_tokens,
      createdAt: finished.created_at,
      tuneline: {
        datasetPath: 'data/support.jsonl',
        datasetName: 'support',
        repository: 'acme/bot',
        pullRequest: 42,
        pullRequestUrl: 'https://github.com/acme/bot/pull/42',
        commit: 'c0ffee',
        source: 'action',
      },
    });
    expect(jobs[0]?.actualCostUsd).toBeGreaterThan(0);
    expect(jobs[0]?.durationSeconds).toBe((finished.finished_at ?? 0) - finished.created_at);
    expect(jobs[1]?.tuneline).toBeNull();
    expect(await describeRecentJobs({ client: test.client, limit: 1 })).toHaveLength(1);
  });

  it('gives a running job its step and total steps', async () => {
    test = await startTestEmulator({
      speed: 1,
      timings: { validatingMs: 10, queuedMs: 10, stepMs: 100, maxRunningMs: 600_000 },
    });
    const jobId = await startPlainJob({ client: test.client });
    let described = (await describeRecentJobs({ client: test.client }))[0];
    const deadline = Date.now() + 20_000;
    while ((described?.step ?? null) === null && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      described = (await describeRecentJobs({ client: test.client }))[0];
    }
    expect(described).toMatchObject({ id: jobId, status: 'running' });
    const later = await describeRecentJobs({
      client: test.client,
      now: ((described?.createdAt ?? 0) + 90) * 1000,
      withProgress: false,
    });
    expect(later[0]?.durationSeconds).toBe(90);
    expect(described?.step).toBeGreaterThan(0);
    expect(described?.totalSteps).toBeGreaterThanOrEqual(described?.step ?? 0);
  });
});

describe('describeJob', () => {
  it('describes a finished job: losses, final metrics, checkpoints, cost and the last events', async () => {
    test = await startTestEmulator({ speed: 1000 });
    const jobId = await startPlainJob({
      client: test.client,
      withValidation: true,
      metadata: tunelineMetadata,
    });
    const finished = await waitUntilDone(jobId);
    const details = await describeJob({
      client: test.client,
      jobId,
      eventLimit: 3,
      estimatedCostUsd: 0.01,
    });
    expect(details.status).toBe('succeeded');
    expect(details.step).toBe(details.totalSteps);
    expect(details.losses.length).toBe(details.step);
    expect(details.validationLosses.length).toBeGreaterThan(0);
    expect(details.finalTrainLoss).toBe(details.losses.at(-1));
    expect(details.finalValidationLoss).not.toBeNull();
    expect(details.checkpoints.length).toBeGreaterThan(0);
    expect(details.checkpoints.every((checkpoint) => checkpoint.trainLoss !== null)).toBe(true);
    expect(details.lastEvents.map((event) => event.message)).toEqual([
      'Evaluating model against our usage policies',
      'Usage policy evaluations completed, model is now enabled for sampling',
      'The job has successfully completed',
    ]);
    expect(details.estimatedCostUsd).toBe(0.01);
    expect(details.trainedTokens).toBe(finished.trained_tokens);
    expect(details.error).toBeNull();
    expect(details.hyperparameters).toMatchObject({ n_epochs: expect.any(Number) });
    expect(details.tuneline?.pullRequest).toBe(42);
  });

  it('says an unknown job id is a usage mistake, not an API failure', async () => {
    test = await startTestEmulator({ speed: 1000 });
    await expect(describeJob({ client: test.client, jobId: 'ftjob-nope' })).rejects.toMatchObject({
      code: 'job_not_found',
      kind: 'usage',
    });
  });
});
