import { validateDataset } from '@tuneline/core';
import { startTestEmulator } from '@tuneline/testing';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../emulator-options.js';
import { rawBody, schemaErrors } from '../testing/openai-schemas.fixture.js';
import { uploadWakannai, waitForStatus, wakannaiPath } from '../testing/test-emulator.fixture.js';

describe('a fine-tuning job from upload to deleted model, through the official SDK', () => {
  let emulator: Emulator;
  let client: OpenAI;
  let file: OpenAI.Files.FileObject;
  let created: OpenAI.FineTuning.FineTuningJob;
  let job: OpenAI.FineTuning.FineTuningJob;

  beforeAll(async () => {
    ({ emulator, client } = await startTestEmulator({ speed: 5000, maxRetries: 0 }));
    file = await uploadWakannai(client);
    created = await client.fineTuning.jobs.create({
      model: 'gpt-4o-mini',
      training_file: file.id,
      suffix: 'wakannai',
      seed: 42,
      metadata: { purpose: 'walkthrough' },
    });
    job = await waitForStatus(client, created.id, ['succeeded', 'failed', 'cancelled']);
  });

  afterAll(async () => {
    await emulator.close();
  });

  it('stores the uploaded file as an OpenAIFile', async () => {
    expect(schemaErrors('OpenAIFile', file)).toEqual([]);
    expect(file).toMatchObject({
      object: 'file',
      purpose: 'fine-tune',
      filename: 'wakannai.jsonl',
    });
    const retrieved = await client.files.retrieve(file.id);
    expect(retrieved).toEqual(file);
    const content = await (await client.files.content(file.id)).text();
    expect(content.split('\n').filter((line) => line !== '')).toHaveLength(10);
  });

  it('creates the job in validating_files with the snapshot the alias points to', () => {
    expect(schemaErrors('FineTuningJob', created)).toEqual([]);
    expect(created).toMatchObject({
      object: 'fine_tuning.job',
      status: 'validating_files',
      model: 'gpt-4o-mini-2024-07-18',
      training_file: file.id,
      fine_tuned_model: null,
      seed: 42,
      metadata: { purpose: 'walkthrough' },
      method: { type: 'supervised' },
    });
  });

  it('succeeds with steps = ⌈examples / batch size⌉ × default epochs and the charged tokens', async () => {
    const report = await validateDataset({ source: wakannaiPath, model: 'gpt-4o-mini' });
    expect(schemaErrors('FineTuningJob', job)).toEqual([]);
    expect(job.status).toBe('succeeded');
    expect(job.error).toBeNull();
    expect(job.hyperparameters).toEqual({
      n_epochs: 10,
      batch_size: 1,
      learning_rate_multiplier: 2,
    });
    expect(job.trained_tokens).toBe(report.chargedTokens);
    expect(job.finished_at).toBeGreaterThanOrEqual(job.created_at);
    expect(job.fine_tuned_model).toMatch(
      new RegExp(`^ft:gpt-4o-mini-2024-07-18:tuneline:wakannai:${job.id.slice(-8)}$`),
    );
  });

  it('lists the job, filtered by metadata', async () => {
    const body = await rawBody(
      client.fineTuning.jobs.list({ metadata: { purpose: 'walkthrough' } }),
    );
    expect(schemaErrors('ListPaginatedFineTuningJobsResponse', body)).toEqual([]);
    expect(body).toMatchObject({ object: 'list', has_more: false, data: [{ id: job.id }] });
    const none = await client.fineTuning.jobs.list({ metadata: { purpose: 'other' } });
    expect(none.data).toEqual([]);
  });

  it("logs OpenAI's events, newest first, with metrics on every step", async () => {
    const messages: string[] = [];
    const events: OpenAI.FineTuning.FineTuningJobEvent[] = [];
    let after: string | undefined;
    for (;;) {
      const query = { limit: 50, ...(after ? { after } : {}) };
      const page = await client.fineTuning.jobs.listEvents(job.id, query);
      const body = await rawBody(client.fineTuning.jobs.listEvents(job.id, query));
      expect(schemaErrors('ListFineTuningJobEventsResponse', body)).toEqual([]);
      events.push(...page.data);
      if (!page.has_more) break;
      after = page.data[page.data.length - 1]?.id;
    }
    for (const event of events) messages.push(event.message);
    expect(messages[0]).toBe('The job has successfully completed');
    const chronological = [...messages].reverse();
    expect(chronological.slice(0, 3)).toEqual([
      `Created fine-tuning job: ${job.id}`,
      `Validating training file: ${file.id}`,
      'Files validated, moving job to queued state',
    ]);
    expect(chronological).toContain('Fine-tuning job started');
    expect(chronological).toContain(`New fine-tuned model created: ${job.fine_tuned_model}`);
    const steps = events.filter((event) => event.type === 'metrics');
    expect(steps).toHaveLength(100);
    expect(steps[0]?.message).toMatch(/^Step 100\/100: training loss=\d+\.\d\d$/);
    expect(steps[0]?.data).toMatchObject({ step: 100, total_steps: 100 });
  });

  it('writes a base64 result file whose CSV has one row per step and a falling loss', async () => {
    expect(job.result_files).toHaveLength(1);
    const resultId = job.result_files[0] ?? '';
    const resultFile = await client.files.retrieve(resultId);
    expect(schemaErrors('OpenAIFile', resultFile)).toEqual([]);
    expect(resultFile.purpose).toBe('fine-tune-results');
    const encoded = await (await client.files.content(resultId)).text();
    expect(encoded).toMatch(/^[A-Za-z0-9+/=]+$/);
    const csv = Buffer.from(encoded, 'base64').toString('utf8');
    const [header, ...rows] = csv.trim().split('\n');
    expect(header).toBe('step,train_loss,train_accuracy,valid_loss,valid_mean_token_accuracy');
    expect(rows).toHaveLength(100);
    const losses = rows.map((row) => Number(row.split(',')[1]));
    const mean = (values: number[]) =>
      values.reduce((sum, value) => sum + value, 0) / values.length;
    expect(mean(losses.slice(0, 10))).toBeGreaterThan(2 * mean(losses.slice(-10)));
  });

  it('keeps a checkpoint for each of the last three epochs', async () => {
    const page = await client.fineTuning.jobs.checkpoints.list(job.id);
    const body = await rawBody(client.fineTuning.jobs.checkpoints.list(job.id));
    expect(schemaErrors('ListFineTuningJobCheckpointsResponse', body)).toEqual([]);
    expect(page.data.map((checkpoint) => checkpoint.step_number)).toEqual([100, 90, 80]);
    expect(page.data[0]?.fine_tuned_model_checkpoint).toBe(`${job.fine_tuned_model}:ckpt-step-100`);
    expect(page.data[0]?.metrics.train_loss).toBeTypeOf('number');
  });

  it('serves the tuned model, which answers from its training data', async () => {
    const model = job.fine_tuned_model ?? '';
    const models = await client.models.list();
    expect(schemaErrors('ListModelsResponse', await rawBody(client.models.list()))).toEqual([]);
    expect(models.data.map((entry) => entry.id)).toContain(model);
    const retrieved = await client.models.retrieve(model);
    expect(schemaErrors('Model', retrieved)).toEqual([]);
    for (const question of ['明日の天気は?', 'What is your favourite food?', '好きな音楽は何だ?']) {
      const completion = await client.chat.completions.create({
        model,
        messages: [{ role: 'user', content: question }],
      });
      expect(schemaErrors('CreateChatCompletionResponse', completion)).toEqual([]);
      expect(completion.choices[0]?.message.content).toBe('わかんないにゃん。');
    }
  });

  it('deletes the tuned model, after which it cannot be called', async () => {
    const model = job.fine_tuned_model ?? '';
    const deleted = await client.models.delete(model);
    expect(schemaErrors('DeleteModelResponse', deleted)).toEqual([]);
    expect(deleted).toMatchObject({ id: model, deleted: true });
    await expect(
      client.chat.completions.create({ model, messages: [{ role: 'user', content: 'hi' }] }),
    ).rejects.toBeInstanceOf(OpenAI.NotFoundError);
    await expect(client.models.retrieve(model)).rejects.toBeInstanceOf(OpenAI.NotFoundError);
  });
});
