import { startTestEmulator, type TestEmulator } from '@tuneline/testing';
import { afterEach, describe, expect, it } from 'vitest';
import type { FineTuningEvent } from '../fine-tuning/fine-tuning-event.js';
import { type FineTuningJob, fineTuningJobSchema } from '../fine-tuning/fine-tuning-job.js';
import { startPlainJob } from '../fine-tuning/job-lifecycle.fixture.js';
import type { JobUpdate } from '../fine-tuning/job-update.js';
import { watchJob } from '../fine-tuning/watch-job.js';
import type { JobProgress } from './job-progress.js';
import { reduceJobProgress } from './reduce-job-progress.js';

function job(status: string, extra: Record<string, unknown> = {}): FineTuningJob {
  return fineTuningJobSchema.parse({
    id: 'ftjob-1',
    created_at: 1_700_000_000,
    model: 'gpt-4o-mini-2024-07-18',
    status,
    ...extra,
  });
}

let eventCount = 0;
function event(
  message: string,
  createdAt: number,
  data?: Record<string, unknown>,
): FineTuningEvent {
  eventCount++;
  return {
    id: `ftevent-${eventCount}`,
    created_at: createdAt,
    level: 'info',
    message,
    type: data === undefined ? 'message' : 'metrics',
    ...(data === undefined ? {} : { data }),
  };
}

function metrics(step: number, createdAt: number, trainLoss: number): JobUpdate[] {
  return [
    {
      type: 'event',
      event: event(`Step ${step}/10`, createdAt, { step, total_steps: 10, train_loss: trainLoss }),
    },
    { type: 'metrics', point: { step, trainLoss }, eventId: `step-${step}` },
  ];
}

function reduceAll(updates: readonly JobUpdate[], now: (index: number) => number): JobProgress {
  let progress: JobProgress | undefined;
  updates.forEach((update, index) => {
    progress = reduceJobProgress(progress, update, now(index));
  });
  if (progress === undefined) throw new Error('no updates');
  return progress;
}

function timelineText(progress: JobProgress): string[] {
  return progress.timeline.map((entry) =>
    entry.type === 'status' ? `status: ${entry.status}` : entry.event.message,
  );
}

describe('reduceJobProgress', () => {
  it('logs events and status changes in order, the final status after its events', () => {
    const updates: JobUpdate[] = [
      { type: 'event', event: event('Created fine-tuning job', 100) },
      {
        type: 'status',
        status: 'validating_files',
        previousStatus: null,
        job: job('validating_files'),
      },
      { type: 'event', event: event('Fine-tuning job started', 101) },
      {
        type: 'status',
        status: 'running',
        previousStatus: 'validating_files',
        job: job('running'),
      },
      // One poll may bring the final status with events still to come in the next updates.
      { type: 'status', status: 'succeeded', previousStatus: 'running', job: job('succeeded') },
      { type: 'event', event: event('The job has successfully completed', 110) },
      { type: 'model', model: 'ft:gpt-4o-mini:acme::1', callable: true },
      {
        type: 'end',
        reason: 'finished',
        job: job('succeeded', { fine_tuned_model: 'ft:gpt-4o-mini:acme::1' }),
      },
    ];
    const progress = reduceAll(updates, (index) => 1000 + index);
    expect(timelineText(progress)).toEqual([
      'Created fine-tuning job',
      'status: validating_files',
      'Fine-tuning job started',
      'status: running',
      'The job has successfully completed',
      'status: succeeded',
    ]);
    expect(progress).toMatchObject({
      jobId: 'ftjob-1',
      status: 'succeeded',
      finished: true,
      endReason: 'finished',
      fineTunedModel: 'ft:gpt-4o-mini:acme::1',
      modelCallable: true,
      error: null,
      elapsedMs: 7,
    });
    expect(progress.events).toHaveLength(3);
  });

  it('holds a final status back while its events are still arriving', () => {
    let progress = reduceJobProgress(
      undefined,
      { type: 'status', status: 'running', previousStatus: null, job: job('running') },
      0,
    );
    progress = reduceJobProgress(
      progress,
      {
        type: 'status',
        status: 'failed',
        previousStatus: 'running',
        job: job('failed', { error: { code: 'invalid_training_file', message: 'Line 1: bad' } }),
      },
      1,
    );
    expect(progress.status).toBe('running');
    expect(progress.error).toEqual({ code: 'invalid_training_file', message: 'Line 1: bad' });
    progress = reduceJobProgress(
      progress,
      { type: 'end', reason: 'finished', job: job('failed') },
      2,
    );
    expect(progress.status).toBe('failed');
    expect(timelineText(progress)).toEqual(['status: running', 'status: failed']);
  });

  it("estimates time left from the job's own clock, even when every step arrives in one poll", () => {
    const updates = [1, 2, 3, 4, 5].flatMap((step) => metrics(step, 1000 + step * 2, 2 / step));
    // Seen all at the same instant: a wall-clock pace would say no time is left.
    const progress = reduceAll(updates, () => 5000);
    expect(progress.step).toBe(5);
    expect(progress.totalSteps).toBe(10);
    // 2 s per step on the job's clock, 5 steps to go.
    expect(progress.etaMs).toBe(10_000);
    expect(progress.losses).toEqual([2, 1, 2 / 3, 0.5, 0.4]);
  });

  it('has no ETA until a pace is known, rather than a made-up zero', () => {
    const progress = reduceAll(metrics(1, 1000, 1.5), () => 0);
    expect(progress.etaMs).toBeNull();
    const sameSecond = reduceAll([...metrics(1, 1000, 1.5), ...metrics(2, 1000, 1.4)], () => 0);
    expect(sameSecond.etaMs).toBeNull();
  });

  it('falls back to when the watcher saw the steps when the job clock has whole seconds only', () => {
    const updates = [...metrics(1, 1000, 1.5), ...metrics(3, 1000, 1.4)];
    const progress = reduceAll(updates, (index) => (index < 2 ? 0 : 4000));
    // 2 s per step as seen, 7 steps to go.
    expect(progress.etaMs).toBe(14_000);
  });

  it('shows the job running once its steps arrive, though no poll caught the status', () => {
    const updates: JobUpdate[] = [
      { type: 'status', status: 'queued', previousStatus: null, job: job('queued') },
      ...metrics(1, 1000, 1.5),
      { type: 'status', status: 'running', previousStatus: 'queued', job: job('running') },
      ...metrics(2, 1001, 1.4),
    ];
    expect(timelineText(reduceAll(updates, () => 0))).toEqual([
      'status: queued',
      'status: running',
      'Step 1/10',
      'Step 2/10',
    ]);
  });

  it('keeps validation losses apart from train losses', () => {
    const progress = reduceAll(
      [{ type: 'metrics', point: { step: 1, trainLoss: 1, validLoss: 1.2 }, eventId: 'a' }],
      () => 0,
    );
    expect(progress.losses).toEqual([1]);
    expect(progress.validationLosses).toEqual([1.2]);
  });

  describe('over watchJob against the emulator', () => {
    let test: TestEmulator | undefined;
    afterEach(async () => {
      await test?.close();
      test = undefined;
    });

    it('reaches the end with every step, a real ETA on the way and the created event first', async () => {
      // The emulator stamps events in real time: training must last a few seconds for a pace.
      test = await startTestEmulator({
        speed: 1,
        timings: { validatingMs: 10, queuedMs: 10, stepMs: 25, finalizingMs: 10 },
      });
      const jobId = await startPlainJob({ client: test.client });
      let progress: JobProgress | undefined;
      const etas: (number | null)[] = [];
      for await (const update of watchJob({
        client: test.client,
        jobId,
        pollIntervalMilliseconds: 10,
        maxPollIntervalMilliseconds: 50,
      })) {
        progress = reduceJobProgress(progress, update, Date.now());
        if (update.type === 'metrics') etas.push(progress.etaMs);
      }
      if (progress === undefined) throw new Error('no updates');
      expect(progress.finished).toBe(true);
      expect(progress.status).toBe('succeeded');
      expect(progress.step).toBe(progress.totalSteps);
      expect(progress.losses.length).toBe(progress.totalSteps);
      expect(etas.some((eta) => eta !== null && eta > 0)).toBe(true);
      const lines = timelineText(progress).filter((line) => !line.startsWith('Step '));
      expect(lines[0]).toMatch(/Created fine-tuning job/);
      expect(lines).toContain('status: running');
      expect(lines.at(-1)).toBe('status: succeeded');
    });
  });
});
