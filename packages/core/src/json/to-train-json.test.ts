import { startTestEmulator, type TestEmulator } from '@tuneline/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { createTemporaryDirectory, writeChatDataset } from '../fine-tuning/datasets.fixture.js';
import { trainDataset } from '../fine-tuning/train-dataset.js';
import { toTrainJson } from './to-train-json.js';

let test: TestEmulator | undefined;
afterEach(async () => {
  await test?.close();
  test = undefined;
});

describe('toTrainJson', () => {
  it('shows a started job with its uploads, and the full report of the data it trained', async () => {
    test = await startTestEmulator({ speed: 1000 });
    const directory = await createTemporaryDirectory();
    const training = await writeChatDataset({ directory, name: 'train.jsonl' });
    const result = await trainDataset({
      client: test.client,
      training,
      datasetPath: 'data/train.jsonl',
      parameters: { model: 'gpt-4o-mini' },
      origin: { source: 'cli' },
    });
    const json = toTrainJson(result);
    expect(json).toMatchObject({
      version: 1,
      status: 'started',
      job: { status: expect.any(String) },
      trainingFile: { fileId: expect.any(String) },
      supersededJobs: [],
      reports: { training: { examples: 10, errorCount: 0, issues: expect.any(Array) } },
    });
  });

  it('shows an invalid dataset with nothing but its reports', async () => {
    test = await startTestEmulator({ speed: 1000 });
    const directory = await createTemporaryDirectory();
    const training = await writeChatDataset({ directory, name: 'train.jsonl', examples: 2 });
    const result = await trainDataset({
      client: test.client,
      training,
      parameters: { model: 'gpt-4o-mini' },
      origin: { source: 'cli' },
    });
    expect(Object.keys(toTrainJson(result)).sort()).toEqual(['reports', 'status', 'version']);
    expect(toTrainJson(result)).toMatchObject({ status: 'invalid' });
  });
});
