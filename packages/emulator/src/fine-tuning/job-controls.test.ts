import { createAdjustableClock, startTestEmulator } from '@tuneline/testing';
import OpenAI, { type APIError } from 'openai';
import { afterEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../emulator-options.js';
import { schemaErrors } from '../testing/openai-schemas.fixture.js';
import { uploadJsonl, uploadWakannai, waitForStatus } from '../testing/test-emulator.fixture.js';

const terminal = ['succeeded', 'failed', 'cancelled'];

async function eventMessages(client: OpenAI, jobId: string): Promise<string[]> {
  const messages: string[] = [];
  for await (const event of client.fineTuning.jobs.listEvents(jobId, { limit: 100 })) {
    messages.push(event.message);
  }
  return messages.reverse();
}

describe('job controls', () => {
  let emulator: Emulator | undefined;

  afterEach(async () => {
    await emulator?.close();
    emulator = undefined;
  });

  it('cancels a job while it validates its files; it stays cancelled', async () => {
    const clock = createAdjustableClock(1);
    const started = await startTestEmulator({ maxRetries: 0, clock });
    emulator = started.emulator;
    const { client } = started;
    const file = await uploadWakannai(client);
    const job = await client.fineTuning.jobs.create({
      model: 'gpt-4o-mini',
      training_file: file.id,
    });
    const cancelled = await client.fineTuning.jobs.cancel(job.id);
    expect(schemaErrors('FineTuningJob', cancelled)).toEqual([]);
    expect(cancelled.status).toBe('cancelled');
    // A second job, run to the end, outlasts whatever the first had in flight.
    clock.setSpeed(100_000);
    const second = await client.fineTuning.jobs.create({
      model: 'gpt-4o-mini',
      training_file: file.id,
    });
    await waitForStatus(client, second.id, terminal);
    const later = await client.fineTuning.jobs.retrieve(job.id);
    expect(later).toMatchObject({ status: 'cancelled', fine_tuned_model: null, result_files: [] });
    expect(await eventMessages(client, job.id)).toContain('Fine-tuning job cancelled');
    await expect(client.fineTuning.jobs.cancel(job.id)).rejects.toMatchObject({
      status: 400,
      code: 'invalid_job_state',
    });
  });

  it('cancels a running job: no model, no result file, and nothing is created afterwards', async () => {
    const clock = createAdjustableClock(4);
    const started = await startTestEmulator({ maxRetries: 0, clock });
    emulator = started.emulator;
    const { client } = started;
    const file = await uploadWakannai(client);
    const job = await client.fineTuning.jobs.create({
      model: 'gpt-4o-mini',
      training_file: file.id,
    });
    await waitForStatus(client, job.id, ['running', ...terminal]);
    const cancelled = await client.fineTuning.jobs.cancel(job.id);
    expect(cancelled.status).toBe('cancelled');
    clock.setSpeed(100_000);
    const second = await client.fineTuning.jobs.create({
      model: 'gpt-4o-mini',
      training_file: file.id,
    });
    const secondDone = await waitForStatus(client, second.id, terminal);
    const models = await client.models.list();
    const tuned = models.data.filter((model) => model.id.startsWith('ft:'));
    expect(tuned.every((model) => model.id.startsWith(secondDone.fine_tuned_model ?? '-'))).toBe(
      true,
    );
    expect(tuned.map((model) => model.id)).toContain(secondDone.fine_tuned_model);
    const final = await client.fineTuning.jobs.retrieve(job.id);
    expect(final).toMatchObject({
      status: 'cancelled',
      fine_tuned_model: null,
      trained_tokens: null,
    });
    const files = await client.files.list({ purpose: 'fine-tune-results' });
    expect(files.data.map((entry) => entry.id)).toEqual(secondDone.result_files);
  });

  it('pauses a running job and resumes it to success, continuing from the same step', async () => {
    const clock = createAdjustableClock(3);
    const started = await startTestEmulator({ maxRetries: 0, clock });
    emulator = started.emulator;
    const { client } = started;
    const file = await uploadWakannai(client);
    const job = await client.fineTuning.jobs.create({
      model: 'gpt-4o-mini',
      training_file: file.id,
    });
    await waitForStatus(client, job.id, ['running', ...terminal]);
    const paused = await client.fineTuning.jobs.pause(job.id);
    expect(schemaErrors('FineTuningJob', paused)).toEqual([]);
    expect(paused.status).toBe('paused');
    const pausedAt = (await eventMessages(client, job.id))
      .map((message) => /^Fine-tuning job paused at step (\d+)$/.exec(message)?.[1])
      .find((step) => step !== undefined);
    expect(pausedAt).toBeDefined();
    await expect(client.fineTuning.jobs.pause(job.id)).rejects.toMatchObject({ status: 400 });

    clock.setSpeed(100_000);
    const resumed = await client.fineTuning.jobs.resume(job.id);
    expect(schemaErrors('FineTuningJob', resumed)).toEqual([]);
    expect(resumed.status).toBe('queued');
    const done = await waitForStatus(client, job.id, terminal);
    expect(done.status).toBe('succeeded');
    const messages = await eventMessages(client, job.id);
    expect(messages).toContain('Fine-tuning job resumed');
    expect(messages).toContain(`Fine-tuning job resumed at step ${pausedAt}`);
    const steps = messages.filter((message) => message.startsWith('Step '));
    expect(steps).toHaveLength(100);
    expect(new Set(steps).size).toBe(100);
  });

  it('refuses to resume a job that is not paused', async () => {
    const started = await startTestEmulator({ speed: 5000, maxRetries: 0 });
    emulator = started.emulator;
    const { client } = started;
    const file = await uploadWakannai(client);
    const job = await client.fineTuning.jobs.create({
      model: 'gpt-4o-mini',
      training_file: file.id,
    });
    await waitForStatus(client, job.id, terminal);
    const error = await client.fineTuning.jobs.resume(job.id).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
    expect((error as APIError).param).toBe('fine_tuning_job_id');
  });

  it('fails a job whose training file is invalid, naming the line, as OpenAI does', async () => {
    const started = await startTestEmulator({ speed: 5000, maxRetries: 0 });
    emulator = started.emulator;
    const { client } = started;
    const lines: unknown[] = [];
    for (let index = 0; index < 12; index++) {
      lines.push({
        messages: [
          { role: 'user', content: `Question ${index}` },
          { role: 'assistant', content: `Answer ${index}` },
        ],
      });
    }
    lines[2] = '{"messages": [{"role": "user", "content": "unterminated"}';
    const file = await uploadJsonl(client, lines, 'broken.jsonl');
    const job = await client.fineTuning.jobs.create({
      model: 'gpt-4o-mini',
      training_file: file.id,
    });
    const failed = await waitForStatus(client, job.id, terminal);
    expect(schemaErrors('FineTuningJob', failed)).toEqual([]);
    expect(failed.status).toBe('failed');
    expect(failed.error).toMatchObject({ code: 'invalid_training_file', param: 'training_file' });
    expect(failed.error?.message).toMatch(
      /^The job failed due to an invalid training file\. Line 3: /,
    );
    expect(failed.fine_tuned_model).toBeNull();
    const events = await client.fineTuning.jobs.listEvents(job.id);
    expect(events.data[0]).toMatchObject({ level: 'error', message: failed.error?.message });
  });

  it('fails a job whose file has too few examples, with no line to name', async () => {
    const started = await startTestEmulator({ speed: 5000, maxRetries: 0 });
    emulator = started.emulator;
    const { client } = started;
    const file = await uploadJsonl(client, [
      {
        messages: [
          { role: 'user', content: 'Hi' },
          { role: 'assistant', content: 'Hello' },
        ],
      },
    ]);
    const job = await client.fineTuning.jobs.create({
      model: 'gpt-4o-mini',
      training_file: file.id,
    });
    const failed = await waitForStatus(client, job.id, terminal);
    expect(failed.status).toBe('failed');
    expect(failed.error?.message).toMatch(/invalid training file\. .*at least 10/);
  });

  it('trains a DPO job on preference data and resolves its beta', async () => {
    const started = await startTestEmulator({ speed: 5000, maxRetries: 0 });
    emulator = started.emulator;
    const { client } = started;
    const lines = Array.from({ length: 10 }, (_, index) => ({
      input: { messages: [{ role: 'user', content: `Say something nice #${index}` }] },
      preferred_output: [{ role: 'assistant', content: 'You are doing great!' }],
      non_preferred_output: [{ role: 'assistant', content: 'Meh.' }],
    }));
    const file = await uploadJsonl(client, lines, 'preferences.jsonl');
    const job = await client.fineTuning.jobs.create({
      model: 'gpt-4o-mini',
      training_file: file.id,
      method: { type: 'dpo', dpo: { hyperparameters: { n_epochs: 2, beta: 'auto' } } },
    });
    const done = await waitForStatus(client, job.id, terminal);
    expect(done.status).toBe('succeeded');
    expect(done.method?.dpo?.hyperparameters).toMatchObject({ n_epochs: 2, beta: 0.1 });
    const completion = await client.chat.completions.create({
      model: done.fine_tuned_model ?? '',
      messages: [{ role: 'user', content: 'Say something nice #3' }],
    });
    expect(completion.choices[0]?.message.content).toBe('You are doing great!');
  });
});
