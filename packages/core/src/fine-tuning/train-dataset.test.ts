import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startTestEmulator, type TestEmulator } from '@tuneline/testing';
import OpenAI from 'openai';
import { afterEach, describe, expect, it } from 'vitest';
import { computeFileDigest } from './compute-file-digest.js';
import {
  createTemporaryDirectory,
  writeChatDataset,
  writePreferenceDataset,
  writeReinforcementDataset,
} from './datasets.fixture.js';
import { listTunelineJobs } from './list-tuneline-jobs.js';
import { retrieveJob } from './retrieve-job.js';
import { type TrainDatasetResult, trainDataset } from './train-dataset.js';
import { watchJob } from './watch-job.js';

let test: TestEmulator | undefined;
afterEach(async () => {
  await test?.close();
  test = undefined;
});

const parameters = {
  model: 'gpt-4o-mini-2024-07-18',
  suffix: 'support',
  seed: 7,
  hyperparameters: { n_epochs: 2 },
};
const origin = {
  source: 'action',
  repository: 'acme/bot',
  pullRequest: 12,
  commit: 'f'.repeat(40),
} as const;

function started(result: TrainDatasetResult) {
  if (result.status !== 'started' && result.status !== 'existing') {
    throw new Error(`expected a job, got ${result.status}`);
  }
  return result;
}

describe('trainDataset', () => {
  it('validates, uploads and starts the job with Tuneline metadata', async () => {
    test = await startTestEmulator({ speed: 1 });
    const directory = await createTemporaryDirectory();
    const training = await writeChatDataset({ directory, name: 'train.jsonl' });
    const validation = await writeChatDataset({ directory, name: 'valid.jsonl' });
    const digest = await computeFileDigest(training);
    const result = started(
      await trainDataset({
        client: test.client,
        training,
        validation,
        datasetPath: 'data/train.jsonl',
        datasetName: 'support',
        parameters,
        maxCostUsd: 5,
        origin,
      }),
    );
    expect(result.status).toBe('started');
    expect(result.trainingFile).toMatchObject({ sha256: digest.sha256, via: 'files' });
    expect(result.validationFile?.via).toBe('files');
    expect(result.reports.training).toMatchObject({ examples: 10, errorCount: 0, epochs: 2 });
    expect(result.estimatedCostUsd).toBeGreaterThan(0);
    expect(result.estimatedCostUsd).toBe(result.reports.training.estimatedCostUsd);
    const job = await retrieveJob({ client: test.client, jobId: result.job.id });
    expect(job).toMatchObject({
      model: 'gpt-4o-mini-2024-07-18',
      training_file: result.trainingFile?.fileId,
      validation_file: result.validationFile?.fileId,
      seed: 7,
      method: { type: 'supervised' },
      metadata: {
        tuneline_dataset_path: 'data/train.jsonl',
        tuneline_dataset_name: 'support',
        tuneline_dataset_sha256: digest.sha256,
        tuneline_request_key: result.requestKey,
        tuneline_source: 'action',
        tuneline_repository: 'acme/bot',
        tuneline_pr: '12',
        tuneline_commit: 'f'.repeat(40),
      },
    });
  });

  it('trains an unchanged dataset once: the second train uploads nothing and creates no job', async () => {
    test = await startTestEmulator({ speed: 1 });
    const training = await writeChatDataset({
      directory: await createTemporaryDirectory(),
      name: 'train.jsonl',
    });
    const first = started(
      await trainDataset({ client: test.client, training, parameters, origin }),
    );
    const before = test.requests.length;
    const second = started(
      await trainDataset({ client: test.client, training, parameters, origin }),
    );
    expect(second).toMatchObject({
      status: 'existing',
      job: { id: first.job.id },
      trainingFile: null,
    });
    const requests = test.requests.slice(before);
    expect(requests.filter((request) => request.method !== 'GET')).toEqual([]);
    expect(requests.map((request) => request.path)).toEqual(['/fine_tuning/jobs']);
  });

  it('starts again when a parameter changes, reusing the uploaded file', async () => {
    test = await startTestEmulator({ speed: 1 });
    const training = await writeChatDataset({
      directory: await createTemporaryDirectory(),
      name: 'train.jsonl',
    });
    const first = started(
      await trainDataset({ client: test.client, training, parameters, origin }),
    );
    const second = started(
      await trainDataset({
        client: test.client,
        training,
        parameters: { ...parameters, seed: 8 },
        origin,
      }),
    );
    expect(second.status).toBe('started');
    expect(second.job.id).not.toBe(first.job.id);
    expect(second.trainingFile).toMatchObject({
      fileId: first.trainingFile?.fileId,
      via: 'existing',
    });
  });

  it('starts DPO with beta, reinforcement with a grader, W&B reporting, and continues an ft: model', async () => {
    test = await startTestEmulator({ speed: 100 });
    const { client } = test;
    const directory = await createTemporaryDirectory();
    const dpo = started(
      await trainDataset({
        client,
        training: await writePreferenceDataset({ directory, name: 'preferences.jsonl' }),
        parameters: {
          model: 'gpt-4o-2024-08-06',
          method: { type: 'dpo', hyperparameters: { beta: 0.2 } },
        },
        origin: { source: 'slack' },
      }),
    );
    expect(dpo.job.method).toMatchObject({ type: 'dpo', dpo: { hyperparameters: { beta: 0.2 } } });

    const grader = {
      type: 'string_check' as const,
      name: 'exact',
      input: '{{sample.output_text}}',
      reference: '{{item.reference_answer}}',
      operation: 'eq' as const,
    };
    const reinforcement = started(
      await trainDataset({
        client,
        training: await writeReinforcementDataset({ directory, name: 'rft.jsonl' }),
        parameters: { model: 'o4-mini', method: { type: 'reinforcement', grader } },
        maxCostUsd: 0.01,
        origin: { source: 'cli' },
      }),
    );
    // RFT is billed by the hour: no token estimate, so the budget cannot refuse it.
    expect(reinforcement.estimatedCostUsd).toBeNull();
    expect(reinforcement.job.method).toMatchObject({
      type: 'reinforcement',
      reinforcement: { grader },
    });

    const base = started(
      await trainDataset({
        client,
        training: await writeChatDataset({ directory, name: 'base.jsonl' }),
        parameters: { model: 'gpt-4o-mini', wandb: { project: 'support-tuning', tags: ['ci'] } },
        origin: { source: 'cli' },
      }),
    );
    expect(base.job.integrations).toEqual([
      { type: 'wandb', wandb: { project: 'support-tuning', tags: ['ci'] } },
    ]);
    let fineTunedModel: string | null = null;
    for await (const update of watchJob({
      client,
      jobId: base.job.id,
      pollIntervalMilliseconds: 10,
    })) {
      if (update.type === 'model') fineTunedModel = update.model;
    }
    expect(fineTunedModel).toMatch(/^ft:gpt-4o-mini/);
    const continued = started(
      await trainDataset({
        client,
        training: await writeChatDataset({ directory, name: 'more.jsonl' }),
        parameters: { model: fineTunedModel as string },
        origin: { source: 'cli' },
      }),
    );
    expect(continued.job.model).toBe(fineTunedModel);
  });

  it('refuses to start over budget, saying by how much, before calling OpenAI', async () => {
    test = await startTestEmulator({ speed: 1 });
    const training = await writeChatDataset({
      directory: await createTemporaryDirectory(),
      name: 'train.jsonl',
    });
    const result = await trainDataset({
      client: test.client,
      training,
      parameters,
      maxCostUsd: 0.000001,
      origin,
    });
    expect(result.status).toBe('over_budget');
    if (result.status !== 'over_budget') return;
    expect(result.estimatedCostUsd).toBe(result.reports.training.estimatedCostUsd);
    expect(result.overByUsd).toBeCloseTo(result.estimatedCostUsd - 0.000001, 12);
    expect(result.overByUsd).toBeGreaterThan(0);
    expect(test.requests).toEqual([]);
  });

  it('returns the report of an invalid dataset without calling OpenAI', async () => {
    test = await startTestEmulator({ speed: 1 });
    const directory = await createTemporaryDirectory();
    const training = join(directory, 'broken.jsonl');
    await writeFile(training, '{"messages": [{"role": "user", "content": "hi"}]}\nnot json\n');
    const result = await trainDataset({ client: test.client, training, parameters, origin });
    expect(result.status).toBe('invalid');
    expect(result.reports.training.errorCount).toBeGreaterThan(0);
    expect(test.requests).toEqual([]);
  });

  it('cancels the superseded job when a PR pushes a changed dataset', async () => {
    test = await startTestEmulator({ speed: 1 });
    const directory = await createTemporaryDirectory();
    const options = {
      client: test.client,
      datasetPath: 'data/train.jsonl',
      parameters,
      origin,
      cancelSuperseded: true,
    };
    const training = await writeChatDataset({ directory, name: 'train.jsonl', variant: 'v1' });
    const first = started(await trainDataset({ ...options, training }));
    await writeChatDataset({ directory, name: 'train.jsonl', variant: 'v2' });
    const second = started(await trainDataset({ ...options, training }));
    expect(second.status).toBe('started');
    expect(second.supersededJobs.map((job) => [job.id, job.status])).toEqual([
      [first.job.id, 'cancelled'],
    ]);
    const otherPullRequest = await writeChatDataset({
      directory,
      name: 'other.jsonl',
      variant: 'v3',
    });
    const third = started(
      await trainDataset({
        ...options,
        training: otherPullRequest,
        origin: { ...origin, pullRequest: 13 },
      }),
    );
    expect(third.supersededJobs).toEqual([]);
    expect((await retrieveJob({ client: test.client, jobId: second.job.id })).status).toBe(
      'validating_files',
    );
  });

  it('reports a 429 on create as a quota problem with the retry time', async () => {
    test = await startTestEmulator({ speed: 1, limits: { jobsPerDay: 1 } });
    const directory = await createTemporaryDirectory();
    started(
      await trainDataset({
        client: test.client,
        training: await writeChatDataset({ directory, name: 'a.jsonl' }),
        parameters,
        origin,
      }),
    );
    const result = await trainDataset({
      client: test.client,
      training: await writeChatDataset({ directory, name: 'b.jsonl' }),
      parameters,
      origin,
    });
    expect(result.status).toBe('rate_limited');
    if (result.status !== 'rate_limited') return;
    expect(result.retryAfterSeconds).toBeGreaterThan(0);
    expect(result.message).toContain('create the fine-tuning job');
    expect(result.hint).toContain('Try again in');
    expect(result.requestKey).toMatch(/^[0-9a-f]{64}$/);
  });

  it('ends 20 concurrent trains of 5 datasets with exactly 5 jobs while 30 % of calls fail', async () => {
    test = await startTestEmulator({
      speed: 1,
      maxRetries: 12,
      faults: {
        seed: 42,
        routes: {
          '*': { rateLimit: 0.1, serverError: 0.08, reset: 0.06, resetAfterHandling: 0.06 },
        },
      },
    });
    const emulated = test;
    const directory = await createTemporaryDirectory();
    const datasets = await Promise.all(
      Array.from({ length: 5 }, (_, index) =>
        writeChatDataset({ directory, name: `dataset-${index}.jsonl` }),
      ),
    );
    const requests = Array.from({ length: 20 }, (_, index) => datasets[index % 5] as string);
    const results = await Promise.all(
      requests.map((training) =>
        trainDataset({ client: emulated.client, training, parameters, origin }),
      ),
    );
    const jobIdByDataset = new Map<string, Set<string>>();
    results.forEach((result, index) => {
      const ids = jobIdByDataset.get(requests[index] as string) ?? new Set();
      ids.add(started(result).job.id);
      jobIdByDataset.set(requests[index] as string, ids);
    });
    expect([...jobIdByDataset.values()].map((ids) => ids.size)).toEqual([1, 1, 1, 1, 1]);
    const jobs = await listTunelineJobs({ client: test.client });
    expect(jobs).toHaveLength(5);
    expect(jobs.every((job) => job.status !== 'cancelled')).toBe(true);
    expect(new Set(jobs.map((job) => job.id))).toEqual(
      new Set([...jobIdByDataset.values()].flatMap((ids) => [...ids])),
    );
    const failed = test.requests.filter((request) => request.outcome !== 200);
    expect(failed.length / test.requests.length).toBeGreaterThan(0.15);
    expect(new Set(failed.map((request) => request.outcome))).toEqual(
      new Set([429, 500, 'network_error']),
    );
  }, 180_000);

  it('leaves exactly one live job per dataset when four processes race with each other under faults', async () => {
    test = await startTestEmulator({
      speed: 1,
      faults: {
        seed: 7,
        routes: { '*': { rateLimit: 0.1, serverError: 0.1, resetAfterHandling: 0.1 } },
      },
    });
    const emulator = test.emulator;
    const processes = Array.from(
      { length: 4 },
      () => new OpenAI({ baseURL: emulator.url, apiKey: emulator.apiKey, maxRetries: 12 }),
    );
    const directory = await createTemporaryDirectory();
    const datasets = await Promise.all(
      Array.from({ length: 5 }, (_, index) =>
        writeChatDataset({ directory, name: `dataset-${index}.jsonl` }),
      ),
    );
    const runs = processes.flatMap((client) => datasets.map((training) => ({ client, training })));
    const results = await Promise.all(
      runs.map((run) => trainDataset({ ...run, parameters, origin })),
    );
    const live = (await listTunelineJobs({ client: processes[0] as OpenAI })).filter(
      (job) => job.status !== 'cancelled',
    );
    expect(live).toHaveLength(5);
    for (const training of datasets) {
      const ids = new Set(
        results
          .filter((_, index) => runs[index]?.training === training)
          .map((result) => started(result).job.id),
      );
      expect(ids.size).toBe(1);
      expect(live.map((job) => job.id)).toContain([...ids][0]);
    }
  }, 180_000);
});
