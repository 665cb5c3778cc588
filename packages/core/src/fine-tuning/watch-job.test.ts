import { startTestEmulator, type TestEmulator } from '@tuneline/testing';
import OpenAI from 'openai';
import { afterEach, describe, expect, it } from 'vitest';
import { cancelJob } from './cancel-job.js';
import { startPlainJob } from './job-lifecycle.fixture.js';
import type { JobUpdate } from './job-update.js';
import { pauseJob } from './pause-job.js';
import { resumeJob } from './resume-job.js';
import { watchJob } from './watch-job.js';

let test: TestEmulator | undefined;
afterEach(async () => {
  await test?.close();
  test = undefined;
});

const fast = { pollIntervalMilliseconds: 10, maxPollIntervalMilliseconds: 50 };
const lifecycle = ['validating_files', 'queued', 'running', 'succeeded'];

async function collect(updates: AsyncIterable<JobUpdate>): Promise<JobUpdate[]> {
  const collected: JobUpdate[] = [];
  for await (const update of updates) collected.push(update);
  return collected;
}

function statuses(updates: readonly JobUpdate[]): string[] {
  return updates.flatMap((update) => (update.type === 'status' ? [update.status] : []));
}

describe('watchJob', () => {
  it('follows a job to success: status changes, every event once, metrics, then the callable model', async () => {
    test = await startTestEmulator({ speed: 100 });
    const jobId = await startPlainJob({ client: test.client, withValidation: true });
    const updates = await collect(watchJob({ client: test.client, jobId, ...fast }));

    const seen = statuses(updates);
    expect(seen.at(-1)).toBe('succeeded');
    expect(seen.map((status) => lifecycle.indexOf(status))).toEqual(
      [...seen.map((status) => lifecycle.indexOf(status))].sort((left, right) => left - right),
    );

    const eventIds = updates.flatMap((update) =>
      update.type === 'event' ? [update.event.id] : [],
    );
    const allEvents = [];
    for await (const event of test.client.fineTuning.jobs.listEvents(jobId, { limit: 100 }))
      allEvents.push(event);
    expect(eventIds).toEqual(allEvents.map((event) => event.id).reverse());

    const metrics = updates.flatMap((update) => (update.type === 'metrics' ? [update.point] : []));
    expect(metrics.length).toBe(allEvents.filter((event) => event.type === 'metrics').length);
    expect(metrics.length).toBeGreaterThan(0);
    expect(metrics.map((point) => point.step)).toEqual(
      [...metrics.map((point) => point.step)].sort((a, b) => a - b),
    );
    expect(metrics.some((point) => point.validLoss !== undefined)).toBe(true);

    const job = await test.client.fineTuning.jobs.retrieve(jobId);
    expect(updates.at(-2)).toEqual({ type: 'model', model: job.fine_tuned_model, callable: true });
    expect(updates.at(-1)).toMatchObject({
      type: 'end',
      reason: 'finished',
      job: { id: jobId, status: 'succeeded' },
    });
  });

  it('ends with a timeout update when the job outlasts it; the job goes on', async () => {
    test = await startTestEmulator({ speed: 0.01 });
    const jobId = await startPlainJob({ client: test.client });
    const updates = await collect(
      watchJob({ client: test.client, jobId, ...fast, timeoutMilliseconds: 200 }),
    );
    expect(updates.at(-1)).toMatchObject({
      type: 'end',
      reason: 'timeout',
      job: { status: 'validating_files' },
    });
    expect((await test.client.fineTuning.jobs.retrieve(jobId)).status).toBe('validating_files');
  });

  it('tolerates unknown statuses, extra fields and error: {} as the live API sends them', async () => {
    let quirkyAnswers = 3;
    const liveApiFetch: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      const url = input instanceof Request ? input.url : String(input);
      if (
        (init?.method ?? 'GET') !== 'GET' ||
        !/\/fine_tuning\/jobs\/[^/]+$/.test(url) ||
        quirkyAnswers === 0
      ) {
        return response;
      }
      quirkyAnswers--;
      const job = (await response.json()) as Record<string, unknown>;
      const quirky = {
        ...job,
        status: 'migrating_shards',
        error: {},
        user_provided_suffix: null,
        shard_count: 3,
      };
      return new Response(JSON.stringify(quirky), { status: 200, headers: response.headers });
    };
    test = await startTestEmulator({ speed: 100, fetch: liveApiFetch });
    const jobId = await startPlainJob({ client: test.client });
    const updates = await collect(watchJob({ client: test.client, jobId, ...fast }));
    expect(statuses(updates)[0]).toBe('migrating_shards');
    const first = updates.find((update) => update.type === 'status');
    expect(first?.type === 'status' && first.job.error).toBeNull();
    expect(updates.at(-1)).toMatchObject({
      type: 'end',
      reason: 'finished',
      job: { status: 'succeeded', error: null },
    });
  });

  it('sees a job paused and resumed (a status the spec lacks), and its cancellation', async () => {
    test = await startTestEmulator({ speed: 10, timings: { stepMs: 600, maxRunningMs: 600_000 } });
    const jobId = await startPlainJob({ client: test.client });
    const updates: JobUpdate[] = [];
    for await (const update of watchJob({ client: test.client, jobId, ...fast })) {
      updates.push(update);
      if (update.type !== 'status') continue;
      if (update.status === 'running' && !statuses(updates).includes('paused')) {
        expect((await pauseJob({ client: test.client, jobId })).status).toBe('paused');
      } else if (update.status === 'paused') {
        await resumeJob({ client: test.client, jobId });
      } else if (update.previousStatus === 'paused') {
        expect((await cancelJob({ client: test.client, jobId })).status).toBe('cancelled');
      }
    }
    expect(statuses(updates)).toContain('paused');
    expect(updates.at(-1)).toMatchObject({
      type: 'end',
      reason: 'finished',
      job: { status: 'cancelled' },
    });
    expect(updates.some((update) => update.type === 'model')).toBe(false);
  });

  it('rides out failing polls: no event missed or repeated when retrievals and event pages fail', async () => {
    const failing = { serverError: 0.3, reset: 0.1 };
    test = await startTestEmulator({
      speed: 100,
      maxRetries: 0,
      faults: {
        seed: 3,
        routes: {
          'GET /fine_tuning/jobs/{fine_tuning_job_id}': failing,
          'GET /fine_tuning/jobs/{fine_tuning_job_id}/events': failing,
        },
      },
    });
    const jobId = await startPlainJob({ client: test.client });
    const updates = await collect(
      watchJob({ client: test.client, jobId, ...fast, waitForModel: false }),
    );
    expect(updates.at(-1)).toMatchObject({
      type: 'end',
      reason: 'finished',
      job: { status: 'succeeded' },
    });
    expect(test.requests.some((request) => request.outcome !== 200)).toBe(true);

    const eventIds = updates.flatMap((update) =>
      update.type === 'event' ? [update.event.id] : [],
    );
    // Read the truth through a client that retries at once (the SDK's backoff would take seconds).
    const retryingFetch: typeof fetch = async (input, init) => {
      for (let attempt = 1; ; attempt++) {
        const response = await fetch(input, init).catch((error: unknown) => {
          if (attempt >= 50) throw error;
          return undefined;
        });
        if (response !== undefined && (response.status < 500 || attempt >= 50)) return response;
      }
    };
    const reliable = new OpenAI({
      baseURL: test.emulator.url,
      apiKey: test.emulator.apiKey,
      fetch: retryingFetch,
    });
    const allEvents: string[] = [];
    for await (const event of reliable.fineTuning.jobs.listEvents(jobId, { limit: 100 }))
      allEvents.push(event.id);
    expect(eventIds).toEqual(allEvents.reverse());
  });

  it('gives up with a timeout error when the job could never be fetched', async () => {
    test = await startTestEmulator({
      speed: 100,
      maxRetries: 0,
      faults: { routes: { 'GET /fine_tuning/jobs/{fine_tuning_job_id}': { serverError: 1 } } },
    });
    const jobId = await startPlainJob({ client: test.client });
    await expect(
      collect(watchJob({ client: test.client, jobId, ...fast, timeoutMilliseconds: 100 })),
    ).rejects.toMatchObject({ code: 'timeout', cause: { code: 'openai_api', status: 500 } });
  });

  it('stops when its signal aborts, mid-sleep, without an end update; the job goes on', async () => {
    test = await startTestEmulator({ speed: 1 });
    const jobId = await startPlainJob({ client: test.client });
    const controller = new AbortController();
    const updates: JobUpdate[] = [];
    const started = Date.now();
    for await (const update of watchJob({
      client: test.client,
      jobId,
      signal: controller.signal,
      pollIntervalMilliseconds: 60_000,
    })) {
      updates.push(update);
      controller.abort();
    }
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(updates.length).toBeGreaterThan(0);
    expect(updates.some((update) => update.type === 'end')).toBe(false);
    const job = await test.client.fineTuning.jobs.retrieve(jobId);
    expect(['validating_files', 'queued', 'running']).toContain(job.status);
  });

  it('yields the events of a poll before the status they led to', async () => {
    test = await startTestEmulator({ speed: 100 });
    const jobId = await startPlainJob({ client: test.client });
    const updates = await collect(watchJob({ client: test.client, jobId, ...fast }));
    const firstEvent = updates.findIndex((update) => update.type === 'event');
    const firstStatus = updates.findIndex((update) => update.type === 'status');
    expect(firstEvent).toBeGreaterThanOrEqual(0);
    expect(firstEvent).toBeLessThan(firstStatus);
    const lastEvent = updates.findLastIndex((update) => update.type === 'event');
    const succeeded = updates.findIndex(
      (update) => update.type === 'status' && update.status === 'succeeded',
    );
    expect(lastEvent).toBeLessThan(succeeded);
  });
});
