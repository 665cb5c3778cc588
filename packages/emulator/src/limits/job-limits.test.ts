import { createAdjustableClock, startTestEmulator } from '@tuneline/testing';
import OpenAI, { type RateLimitError } from 'openai';
import { afterEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../emulator-options.js';
import { schemaErrors } from '../testing/openai-schemas.fixture.js';
import { uploadWakannai, waitForStatus } from '../testing/test-emulator.fixture.js';

/** A fetch that records the status and headers of every response the SDK receives. */
function recordingFetch() {
  const responses: Array<{ url: string; status: number; headers: Headers }> = [];
  const recording: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    responses.push({ url: String(input), status: response.status, headers: response.headers });
    return response;
  };
  return { responses, fetch: recording };
}

describe('job limits', () => {
  let emulator: Emulator | undefined;

  afterEach(async () => {
    await emulator?.close();
    emulator = undefined;
  });

  it('answers 429 rate_limit_exceeded with retry-after and x-ratelimit-* beyond the active jobs per model', async () => {
    const started = await startTestEmulator({
      maxRetries: 0,
      speed: 1,
      limits: { activeJobsPerModel: 1 },
    });
    emulator = started.emulator;
    const { client } = started;
    const file = await uploadWakannai(client);
    await client.fineTuning.jobs.create({ model: 'gpt-4o-mini', training_file: file.id });
    const error = await client.fineTuning.jobs
      .create({ model: 'gpt-4o-mini', training_file: file.id })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.RateLimitError);
    const rateLimit = error as RateLimitError;
    expect(rateLimit.code).toBe('rate_limit_exceeded');
    expect(schemaErrors('ErrorResponse', { error: rateLimit.error })).toEqual([]);
    expect(Number(rateLimit.headers?.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(rateLimit.headers?.get('retry-after-ms'))).toBeGreaterThan(0);
    expect(rateLimit.headers?.get('x-ratelimit-limit-requests')).toBe('1');
    expect(rateLimit.headers?.get('x-ratelimit-remaining-requests')).toBe('0');
    expect(rateLimit.headers?.get('x-ratelimit-reset-requests')).toMatch(
      /^(\d+h)?(\d+m)?\d+(ms|s)$/,
    );
    // Another base model has its own quota.
    const other = await client.fineTuning.jobs.create({
      model: 'gpt-4.1-nano',
      training_file: file.id,
    });
    expect(other.status).toBe('validating_files');
  });

  it('lets the SDK wait out the retry-after and succeed once the running job ends', async () => {
    const clock = createAdjustableClock(20);
    const recorder = recordingFetch();
    const started = await startTestEmulator({
      clock,
      limits: { activeJobsPerModel: 1 },
      maxRetries: 6,
      fetch: recorder.fetch,
    });
    emulator = started.emulator;
    const { client } = started;
    const file = await uploadWakannai(client);
    const first = await client.fineTuning.jobs.create({
      model: 'gpt-4o-mini',
      training_file: file.id,
    });
    await waitForStatus(client, first.id, ['running', 'succeeded', 'failed']);
    const second = await client.fineTuning.jobs.create({
      model: 'gpt-4o-mini',
      training_file: file.id,
    });
    expect(second.status).toBe('validating_files');
    expect((await client.fineTuning.jobs.retrieve(first.id)).status).toBe('succeeded');
    const creates = recorder.responses.filter((response) =>
      response.url.endsWith('/fine_tuning/jobs'),
    );
    const limited = creates.filter((response) => response.status === 429);
    expect(limited.length).toBeGreaterThanOrEqual(1);
    expect(limited.every((response) => response.headers.get('retry-after-ms') !== null)).toBe(true);
    expect(creates[creates.length - 1]?.status).toBe(200);
  });

  it('counts jobs per emulated day, and frees the quota when the day has passed', async () => {
    // At this speed a day lasts about 2.9 s, so the SDK's retry can wait it out.
    const recorder = recordingFetch();
    const started = await startTestEmulator({
      speed: 30_000,
      limits: { jobsPerDay: 2 },
      maxRetries: 4,
      fetch: recorder.fetch,
    });
    emulator = started.emulator;
    const { client } = started;
    const file = await uploadWakannai(client);
    for (let index = 0; index < 3; index++) {
      await client.fineTuning.jobs.create({ model: 'gpt-4o-mini', training_file: file.id });
    }
    const limited = recorder.responses.filter((response) => response.status === 429);
    expect(limited).toHaveLength(1);
    expect(limited[0]?.headers.get('x-ratelimit-limit-requests')).toBe('2');
    expect((await client.fineTuning.jobs.list()).data).toHaveLength(3);
  });
});
