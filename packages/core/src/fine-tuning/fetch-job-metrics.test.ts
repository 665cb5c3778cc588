import { startTestEmulator, type TestEmulator } from '@tuneline/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { fetchJobMetrics } from './fetch-job-metrics.js';
import { startPlainJob } from './job-lifecycle.fixture.js';
import { summarizeJobMetrics } from './summarize-job-metrics.js';
import { watchJob } from './watch-job.js';

let test: TestEmulator | undefined;
afterEach(async () => {
  await test?.close();
  test = undefined;
});

describe('fetchJobMetrics', () => {
  it('merges the result CSV, checkpoints and metrics events of a finished job into one series', async () => {
    test = await startTestEmulator({ speed: 100 });
    const jobId = await startPlainJob({ client: test.client, withValidation: true });
    for await (const update of watchJob({
      client: test.client,
      jobId,
      pollIntervalMilliseconds: 10,
      waitForModel: false,
    })) {
      if (update.type === 'end') expect(update.job.status).toBe('succeeded');
    }
    const metrics = await fetchJobMetrics({ client: test.client, jobId });
    expect(metrics.sources.resultCsv).toBeGreaterThan(0);
    expect(metrics.sources.events).toBeGreaterThan(0);
    expect(metrics.sources.checkpoints).toBeGreaterThan(0);
    const steps = metrics.points.map((point) => point.step);
    expect(steps).toEqual(Array.from({ length: steps.length }, (_, index) => index + 1));
    expect(metrics.points.every((point) => point.trainLoss !== undefined)).toBe(true);
    expect(metrics.points.some((point) => point.validLoss !== undefined)).toBe(true);
    expect(metrics.points.some((point) => point.fullValidLoss !== undefined)).toBe(true);
    expect(metrics.checkpoints.at(-1)?.model).toMatch(/^ft:.*:ckpt-step-\d+$/);

    const summary = summarizeJobMetrics({
      job: metrics.job,
      points: metrics.points,
      estimatedCostUsd: 0.01,
    });
    expect(summary.trainedTokens).toBeGreaterThan(0);
    expect(summary.actualCostUsd).toBeCloseTo(((summary.trainedTokens ?? 0) * 3) / 1_000_000, 10);
    expect(summary.finalTrainLoss).toBe(metrics.points.at(-1)?.trainLoss);
    expect(summary.fineTunedModel).toBe(metrics.job.fine_tuned_model);
  });

  it('is empty but whole for a job that has not trained yet', async () => {
    test = await startTestEmulator({ speed: 0.01 });
    const jobId = await startPlainJob({ client: test.client });
    const metrics = await fetchJobMetrics({ client: test.client, jobId });
    expect(metrics).toMatchObject({
      points: [],
      checkpoints: [],
      sources: { events: 0, checkpoints: 0, resultCsv: 0 },
    });
  });
});
