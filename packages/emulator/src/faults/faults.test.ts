import { startTestEmulator } from '@tuneline/testing';
import OpenAI, { type APIError } from 'openai';
import { afterEach, describe, expect, it } from 'vitest';
import type { Emulator, StartEmulatorOptions } from '../emulator-options.js';
import { uploadJsonl, uploadWakannai } from '../testing/test-emulator.fixture.js';

function recordingFetch() {
  const statuses: Array<number | 'error'> = [];
  const recording: typeof fetch = async (input, init) => {
    try {
      const response = await fetch(input, init);
      statuses.push(response.status);
      return response;
    } catch (error) {
      statuses.push('error');
      throw error;
    }
  };
  return { statuses, fetch: recording };
}

describe('faults on demand', () => {
  let emulator: Emulator | undefined;

  afterEach(async () => {
    await emulator?.close();
    emulator = undefined;
  });

  async function start(options: StartEmulatorOptions, maxRetries: number) {
    const recorder = recordingFetch();
    const started = await startTestEmulator({
      speed: 5000,
      ...options,
      maxRetries,
      fetch: recorder.fetch,
    });
    emulator = started.emulator;
    return { client: started.client, statuses: recorder.statuses };
  }

  it('fails a route with the configured mix of 500s and 503s', async () => {
    const { client, statuses } = await start(
      { faults: { seed: 11, routes: { 'GET /models': { serverError: 0.3, unavailable: 0.3 } } } },
      0,
    );
    for (let index = 0; index < 30; index++) {
      await client.models.list().catch((error: unknown) => {
        expect(error).toBeInstanceOf(OpenAI.InternalServerError);
      });
    }
    expect(statuses).toContain(200);
    expect(statuses).toContain(500);
    expect(statuses).toContain(503);
  });

  it('lets the SDK retry through 503s, waiting the retry-after they carry', async () => {
    const { client, statuses } = await start(
      {
        faults: {
          seed: 4,
          routes: { 'GET /models': { unavailable: 0.5, retryAfterSeconds: 0.01 } },
        },
      },
      10,
    );
    for (let index = 0; index < 10; index++) await client.models.list();
    expect(statuses.filter((status) => status === 200)).toHaveLength(10);
    expect(statuses).toContain(503);
  });

  it('injects the same faults on every run with the same seed', async () => {
    const faults = {
      seed: 5,
      routes: { 'GET /models': { rateLimit: 0.4, retryAfterSeconds: 0.01 } },
    };
    const runs: Array<Array<number | 'error'>> = [];
    for (let run = 0; run < 2; run++) {
      const { client, statuses } = await start({ faults }, 10);
      for (let index = 0; index < 8; index++) await client.models.list();
      runs.push(statuses);
      await emulator?.close();
      emulator = undefined;
    }
    expect(runs[0]).toContain(429);
    expect(runs[1]).toEqual(runs[0]);
  });

  it('surfaces injected 429s with rate_limit_exceeded when the client does not retry', async () => {
    const { client } = await start({ faults: { routes: { 'GET /models': { rateLimit: 1 } } } }, 0);
    const error = await client.models.list().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.RateLimitError);
    expect((error as APIError).code).toBe('rate_limit_exceeded');
    expect((error as APIError).headers?.get('retry-after')).toBe('1');
  });

  it('resets connections before handling: the SDK sees a connection error and retries', async () => {
    const { client, statuses } = await start(
      { faults: { seed: 2, routes: { 'GET /fine_tuning/jobs': { reset: 0.5 } } } },
      0,
    );
    const outcomes: string[] = [];
    for (let index = 0; index < 12; index++) {
      outcomes.push(
        await client.fineTuning.jobs.list().then(
          () => 'ok',
          (error: unknown) => (error instanceof OpenAI.APIConnectionError ? 'connection' : 'other'),
        ),
      );
    }
    expect(outcomes).toContain('ok');
    expect(outcomes).toContain('connection');
    expect(outcomes).not.toContain('other');
    expect(statuses).toContain('error');
  });

  it('resets after handling, so a retried create makes a duplicate job: what clients must dedupe', async () => {
    const { client } = await start(
      { faults: { seed: 1, routes: { 'POST /fine_tuning/jobs': { resetAfterHandling: 1 } } } },
      1,
    );
    const file = await uploadWakannai(client);
    const error = await client.fineTuning.jobs
      .create({ model: 'gpt-4o-mini', training_file: file.id, metadata: { request: 'r-1' } })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.APIConnectionError);
    const jobs = await client.fineTuning.jobs.list({ metadata: { request: 'r-1' } });
    expect(jobs.data).toHaveLength(2);
  });

  it('slows responses down past a client timeout', async () => {
    const { client } = await start(
      { faults: { routes: { 'POST /files': { slow: 1, slowMs: 400 } } } },
      0,
    );
    const error = await uploadJsonl(client, [{}])
      .then(() => undefined)
      .catch((caught: unknown) => caught);
    expect(error).toBeUndefined();
    const impatient = client.withOptions({ timeout: 50 });
    const timedOut = await uploadJsonl(impatient, [{}]).catch((caught: unknown) => caught);
    expect(timedOut).toBeInstanceOf(OpenAI.APIConnectionTimeoutError);
  });
});
