import { createReadStream } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startTestEmulator, type TestEmulator } from '@tuneline/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFineTunedModels } from './list-fine-tuned-models.js';

const wakannai = fileURLToPath(
  new URL('../../../../examples/datasets/wakannai.jsonl', import.meta.url),
);

async function waitForStatus(test: TestEmulator, jobId: string, statuses: readonly string[]) {
  for (;;) {
    const job = await test.client.fineTuning.jobs.retrieve(jobId);
    if (statuses.includes(job.status)) return job;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('listFineTunedModels', () => {
  let test: TestEmulator;
  beforeAll(async () => {
    test = await startTestEmulator({ speed: 5000 });
  });
  afterAll(async () => {
    await test.close();
  });

  it('lists the succeeded jobs’ models with their base models, newest first, and nothing else', async () => {
    const file = await test.client.files.create({
      file: createReadStream(wakannai),
      purpose: 'fine-tune',
    });
    const first = await test.client.fineTuning.jobs.create({
      model: 'gpt-4o-mini-2024-07-18',
      training_file: file.id,
      suffix: 'first',
    });
    await waitForStatus(test, first.id, ['succeeded']);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const second = await test.client.fineTuning.jobs.create({
      model: 'gpt-4.1-mini-2025-04-14',
      training_file: file.id,
      suffix: 'second',
    });
    const secondDone = await waitForStatus(test, second.id, ['succeeded']);
    const cancelled = await test.client.fineTuning.jobs.create({
      model: 'gpt-4o-mini-2024-07-18',
      training_file: file.id,
    });
    await test.client.fineTuning.jobs.cancel(cancelled.id);

    const models = await listFineTunedModels({ client: test.client });
    expect(models.map((entry) => entry.jobId)).toEqual([second.id, first.id]);
    expect(models[0]).toMatchObject({
      model: secondDone.fine_tuned_model,
      baseModel: 'gpt-4.1-mini-2025-04-14',
      datasetPath: null,
    });
    expect(models[1]?.model).toMatch(/^ft:gpt-4o-mini-2024-07-18:.*:first:/);
  });
});
