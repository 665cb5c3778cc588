import { createClock } from '@tuneline/emulator';
import { startTestEmulator, type TestEmulator } from '@tuneline/testing';
import OpenAI from 'openai';
import { afterEach, describe, expect, it } from 'vitest';
import { createJobMetadata } from './create-job-metadata.js';
import { createTemporaryDirectory, writeChatDataset } from './datasets.fixture.js';
import { findOrCreateJob } from './find-or-create-job.js';
import { listTunelineJobs } from './list-tuneline-jobs.js';
import { OpenAIRequestError } from './openai-request-error.js';
import { toJobCreateParams } from './to-job-create-params.js';
import { uploadTrainingFile } from './upload-training-file.js';

let test: TestEmulator | undefined;
afterEach(async () => {
  await test?.close();
  test = undefined;
});

async function jobRequest(client: OpenAI, requestKey: string, variant = requestKey) {
  const path = await writeChatDataset({
    directory: await createTemporaryDirectory(),
    name: 'train.jsonl',
    variant,
  });
  const file = await uploadTrainingFile({ client, path });
  const metadata = createJobMetadata({
    tuneline: { datasetPath: 'train.jsonl', datasetSha256: file.sha256, requestKey, source: 'cli' },
  });
  return {
    requestKey,
    createParams: toJobCreateParams({
      parameters: { model: 'gpt-4o-mini' },
      trainingFileId: file.fileId,
      metadata,
    }),
  };
}

const noWait = async () => undefined;

function jobCreations(test: TestEmulator) {
  return test.requests.filter(
    (request) => request.method === 'POST' && request.path === '/fine_tuning/jobs',
  );
}

describe('findOrCreateJob', () => {
  it('creates the job once; the same request again returns it without creating', async () => {
    test = await startTestEmulator({ speed: 1 });
    const request = await jobRequest(test.client, 'key-1');
    const first = await findOrCreateJob({ client: test.client, ...request });
    expect(first.created).toBe(true);
    expect(first.job.metadata.tuneline_request_key).toBe('key-1');
    const second = await findOrCreateJob({ client: test.client, ...request });
    expect(second).toMatchObject({ created: false, job: { id: first.job.id } });
    expect(jobCreations(test)).toHaveLength(1);
  });

  it('creates a new job when the earlier one failed or was cancelled', async () => {
    test = await startTestEmulator({ speed: 1 });
    const request = await jobRequest(test.client, 'key-2');
    const first = await findOrCreateJob({ client: test.client, ...request });
    await test.client.fineTuning.jobs.cancel(first.job.id);
    const second = await findOrCreateJob({ client: test.client, ...request });
    expect(second.created).toBe(true);
    expect(second.job.id).not.toBe(first.job.id);
  });

  it('shares one create between concurrent calls on a client', async () => {
    test = await startTestEmulator({ speed: 1 });
    const emulated = test;
    const request = await jobRequest(test.client, 'key-3');
    const results = await Promise.all(
      Array.from({ length: 10 }, () => findOrCreateJob({ client: emulated.client, ...request })),
    );
    expect(new Set(results.map((result) => result.job.id)).size).toBe(1);
    expect(jobCreations(test)).toHaveLength(1);
  });

  it('does not create twice when the answer to a create is lost: it finds the job by its key', async () => {
    test = await startTestEmulator({
      speed: 1,
      maxRetries: 3,
      faults: { routes: { 'POST /fine_tuning/jobs': { resetAfterHandling: 1 } } },
    });
    const request = await jobRequest(test.client, 'key-4');
    const result = await findOrCreateJob({ client: test.client, ...request, sleep: noWait });
    expect(result.created).toBe(true);
    expect(jobCreations(test)).toHaveLength(1);
    const jobs = await listTunelineJobs({ client: test.client, filter: { requestKey: 'key-4' } });
    expect(jobs.map((job) => job.id)).toEqual([result.job.id]);
  });

  it('keeps the oldest job and cancels its own when another process created the same job meanwhile', async () => {
    let rival: OpenAI | undefined;
    let rivalJobId: string | undefined;
    let wallClock = Date.now();
    const racingFetch: typeof fetch = async (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      if (
        rival &&
        rivalJobId === undefined &&
        init?.method === 'POST' &&
        url.endsWith('/fine_tuning/jobs')
      ) {
        // The other process wins the race: its job exists, seconds older, before ours is created.
        rivalJobId = (await rival.fineTuning.jobs.create(JSON.parse(String(init.body)))).id;
        wallClock += 5000;
      }
      return fetch(input, init);
    };
    test = await startTestEmulator({
      clock: createClock({ now: () => wallClock }),
      fetch: racingFetch,
    });
    rival = new OpenAI({ baseURL: test.emulator.url, apiKey: test.emulator.apiKey });
    const request = await jobRequest(test.client, 'key-5');
    const result = await findOrCreateJob({ client: test.client, ...request });
    expect(result.created).toBe(false);
    expect(result.job.id).toBe(rivalJobId);
    expect(result.cancelledDuplicates).toHaveLength(1);
    expect(result.cancelledDuplicates[0]?.id).not.toBe(rivalJobId);
    const active = await listTunelineJobs({
      client: test.client,
      filter: { requestKey: 'key-5' },
      activeOnly: true,
    });
    expect(active.map((job) => job.id)).toEqual([rivalJobId]);
  });

  it('reports a 429 on create as a quota problem with the time to wait, not a crash', async () => {
    test = await startTestEmulator({ speed: 1, limits: { jobsPerDay: 1 } });
    await findOrCreateJob({ client: test.client, ...(await jobRequest(test.client, 'key-6')) });
    const error = await findOrCreateJob({
      client: test.client,
      ...(await jobRequest(test.client, 'key-7')),
    }).catch((caught: unknown) => caught);
    expect(OpenAIRequestError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({
      code: 'rate_limited',
      status: 429,
      apiErrorCode: 'rate_limit_exceeded',
    });
    expect((error as OpenAIRequestError).retryAfterSeconds).toBeGreaterThan(60);
    expect((error as OpenAIRequestError).hint).toMatch(/Try again in \d+ s/);
  });

  it('refuses a create whose metadata lacks the request key', async () => {
    test = await startTestEmulator({ speed: 1 });
    const request = await jobRequest(test.client, 'key-8');
    await expect(
      findOrCreateJob({ client: test.client, ...request, requestKey: 'other' }),
    ).rejects.toMatchObject({
      code: 'invalid_argument',
      kind: 'bug',
    });
    expect(jobCreations(test)).toHaveLength(0);
  });
});
