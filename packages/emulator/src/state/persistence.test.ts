import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAdjustableClock, startTestEmulator } from '@tuneline/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../emulator-options.js';
import { uploadWakannai, waitForStatus } from '../testing/test-emulator.fixture.js';

describe('state in a data directory', () => {
  let dataDir: string;
  let emulator: Emulator | undefined;

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'tuneline-emulator-'));
  });

  afterEach(async () => {
    await emulator?.close();
    emulator = undefined;
    await rm(dataDir, { recursive: true, force: true });
  });

  it('keeps files, jobs, events, checkpoints and tuned models across a restart', async () => {
    const first = await startTestEmulator({ speed: 5000, maxRetries: 0, dataDir });
    emulator = first.emulator;
    const file = await uploadWakannai(first.client);
    const job = await first.client.fineTuning.jobs.create({
      model: 'gpt-4o-mini',
      training_file: file.id,
      metadata: { run: 'persisted' },
    });
    const done = await waitForStatus(first.client, job.id, ['succeeded']);
    const events = await first.client.fineTuning.jobs.listEvents(job.id, { limit: 100 });
    const content = await (await first.client.files.content(file.id)).text();
    await emulator.close();

    const second = await startTestEmulator({ speed: 5000, maxRetries: 0, dataDir });
    emulator = second.emulator;
    const { client } = second;
    expect(await client.files.retrieve(file.id)).toMatchObject({ id: file.id, bytes: file.bytes });
    expect(await (await client.files.content(file.id)).text()).toBe(content);
    expect(await client.fineTuning.jobs.retrieve(job.id)).toEqual(done);
    const restoredEvents = await client.fineTuning.jobs.listEvents(job.id, { limit: 100 });
    expect(restoredEvents.data).toEqual(events.data);
    expect((await client.fineTuning.jobs.checkpoints.list(job.id)).data).toHaveLength(3);
    const listed = await client.fineTuning.jobs.list({ metadata: { run: 'persisted' } });
    expect(listed.data.map((entry) => entry.id)).toEqual([job.id]);
    const completion = await client.chat.completions.create({
      model: done.fine_tuned_model ?? '',
      messages: [{ role: 'user', content: '元気?' }],
    });
    expect(completion.choices[0]?.message.content).toBe('わかんないにゃん。');
    const result = await (await client.files.content(done.result_files[0] ?? '')).text();
    expect(Buffer.from(result, 'base64').toString('utf8')).toMatch(/^step,train_loss/);
  });

  it('carries on a job that was running when the emulator stopped', async () => {
    const slow = createAdjustableClock(3);
    const first = await startTestEmulator({ maxRetries: 0, dataDir, clock: slow });
    emulator = first.emulator;
    const file = await uploadWakannai(first.client);
    const job = await first.client.fineTuning.jobs.create({
      model: 'gpt-4o-mini',
      training_file: file.id,
    });
    await waitForStatus(first.client, job.id, ['running']);
    await emulator.close();

    const second = await startTestEmulator({ speed: 5000, maxRetries: 0, dataDir });
    emulator = second.emulator;
    const done = await waitForStatus(second.client, job.id, ['succeeded', 'failed', 'cancelled']);
    expect(done.status).toBe('succeeded');
    const steps = [];
    for await (const event of second.client.fineTuning.jobs.listEvents(job.id, { limit: 100 })) {
      if (event.type === 'metrics') steps.push(event.message);
    }
    expect(steps).toHaveLength(100);
  });

  it('leaves no partial files behind in its blob directory', async () => {
    const started = await startTestEmulator({ speed: 5000, maxRetries: 0, dataDir });
    emulator = started.emulator;
    await uploadWakannai(started.client);
    await emulator.close();
    emulator = undefined;
    const blobs = await readdir(join(dataDir, 'blobs'));
    expect(blobs.filter((name) => name.endsWith('.partial'))).toEqual([]);
    expect(blobs).toHaveLength(1);
    expect(await readdir(dataDir)).toContain('state.json');
  });
});
