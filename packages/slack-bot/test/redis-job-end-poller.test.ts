import { createReadStream } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { WebClient } from '@slack/web-api';
import { type Emulator, type StartEmulatorOptions, startEmulator } from '@tuneline/emulator';
import OpenAI from 'openai';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createJobEndAnnouncer } from '../src/notifications/announce-job-end.js';
import { type JobEndPoller, startJobEndPoller } from '../src/notifications/start-job-end-poller.js';
import { createMemoryStateStore } from '../src/store/memory-state-store.js';
import { createRedisStateStore } from '../src/store/redis-state-store.js';
import type { StateStore } from '../src/store/state-store.js';
import { type FakeSlackApi, startFakeSlackApi } from '../src/testing/index.js';
import { createMemoryLogger } from '../src/testing/memory-logger.js';
import { type RedisServer, runRedisTests, startRedisServer } from '../src/testing/redis-server.js';

const wakannaiPath = fileURLToPath(
  new URL('../../../examples/datasets/wakannai.jsonl', import.meta.url),
);
const channel = 'C0NOTIFY';
const hour = 3_600_000;

describe.skipIf(!runRedisTests)('startJobEndPoller', () => {
  let redis: RedisServer;
  let slack: FakeSlackApi;
  let emulator: Emulator | undefined;
  const closers: Array<() => Promise<void>> = [];

  beforeAll(async () => {
    redis = await startRedisServer();
    slack = await startFakeSlackApi();
  });

  afterEach(async () => {
    for (const close of closers.splice(0).reverse()) await close();
    await emulator?.close();
    emulator = undefined;
  });

  afterAll(async () => {
    await slack?.close();
    await redis?.close();
  });

  async function startOpenAI(options: StartEmulatorOptions) {
    emulator = await startEmulator(options);
    return new OpenAI({ baseURL: emulator.url, apiKey: emulator.apiKey, maxRetries: 0 });
  }

  async function createJob(openai: OpenAI) {
    const file = await openai.files.create({
      file: createReadStream(wakannaiPath),
      purpose: 'fine-tune',
    });
    return openai.fineTuning.jobs.create({
      model: 'gpt-4o-mini-2024-07-18',
      training_file: file.id,
    });
  }

  async function waitForEnd(openai: OpenAI, jobId: string) {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const job = await openai.fineTuning.jobs.retrieve(jobId);
      if (['succeeded', 'failed', 'cancelled'].includes(job.status)) return job;
      if (Date.now() > deadline) throw new Error(`${jobId} is still ${job.status}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** A poller as one bot process runs it; its timer waits an hour, the test drives the passes. */
  function startReplica(openai: OpenAI, store: StateStore, shared: boolean): JobEndPoller {
    const announce = createJobEndAnnouncer({
      openai,
      slack: slackClient(),
      store,
      channel,
    });
    const poller = startJobEndPoller({
      openai,
      store,
      announce,
      intervalMs: hour,
      shared,
      logger: createMemoryLogger(),
    });
    closers.push(() => poller.stop());
    return poller;
  }

  function slackClient() {
    return new WebClient('xoxb-tuneline-test', {
      slackApiUrl: slack.apiUrl,
      retryConfig: { retries: 0 },
    });
  }

  const announcements = (jobId: string) =>
    slack
      .callsTo('chat.postMessage')
      .filter(
        (call) => call.params.channel === channel && String(call.params.text).includes(jobId),
      );

  async function redisStore() {
    const store = createRedisStateStore({ url: redis.url, keyPrefix: `poller-${Date.now()}:` });
    await store.ready();
    closers.push(() => store.close());
    return store;
  }

  it('with Redis, announces a job seen running that ended while no bot was up, once', async () => {
    const openai = await startOpenAI({ speed: 3 });
    const store = await redisStore();
    const job = await createJob(openai);
    const before = startReplica(openai, store, true);
    await before.pollOnce();
    await before.stop();

    await waitForEnd(openai, job.id);
    const after = startReplica(openai, store, true);
    await after.pollOnce();
    expect(announcements(job.id)).toHaveLength(1);
    await after.pollOnce();
    const another = startReplica(openai, store, true);
    await another.pollOnce();
    expect(announcements(job.id)).toHaveLength(1);
  });

  it('with Redis, does not announce jobs that ended before replicas that start together', async () => {
    const openai = await startOpenAI({ speed: 5000 });
    const store = await redisStore();
    const jobs = [await createJob(openai), await createJob(openai), await createJob(openai)];
    for (const job of jobs) await waitForEnd(openai, job.id);
    // Looking whether a replica saw a job running must not itself look like having seen it.
    const replicas = Array.from({ length: 6 }, () => startReplica(openai, store, true));
    await Promise.all(replicas.map((replica) => replica.pollOnce()));
    await Promise.all(replicas.map((replica) => replica.pollOnce()));
    for (const job of jobs) expect(announcements(job.id)).toHaveLength(0);
  });

  it('without Redis, does not announce a job that ended before the bot started', async () => {
    const openai = await startOpenAI({ speed: 3 });
    const job = await createJob(openai);
    const before = startReplica(openai, createMemoryStateStore(), false);
    await before.pollOnce();
    await before.stop();

    await waitForEnd(openai, job.id);
    const after = startReplica(openai, createMemoryStateStore(), false);
    await after.pollOnce();
    await after.pollOnce();
    expect(announcements(job.id)).toHaveLength(0);
  });

  it('announces a job that started and ended between two passes', async () => {
    const openai = await startOpenAI({ speed: 5000 });
    const poller = startReplica(openai, createMemoryStateStore(), false);
    await poller.pollOnce();
    const job = await createJob(openai);
    await waitForEnd(openai, job.id);
    await poller.pollOnce();
    expect(announcements(job.id)).toHaveLength(1);
  });

  it('backs off while OpenAI answers 429', async () => {
    const openai = await startOpenAI({
      speed: 5000,
      faults: { routes: { 'GET /fine_tuning/jobs': { rateLimit: 1, retryAfterSeconds: 0.1 } } },
    });
    const logger = createMemoryLogger();
    const store = createMemoryStateStore();
    const poller = startJobEndPoller({
      openai,
      store,
      announce: createJobEndAnnouncer({ openai, slack: slackClient(), store, channel }),
      intervalMs: 100,
      shared: false,
      logger,
    });
    closers.push(() => poller.stop());
    const deadline = Date.now() + 20_000;
    while (logger.lines.filter((line) => line.includes('rate-limited')).length < 4) {
      if (Date.now() > deadline) throw new Error(logger.lines.join('\n'));
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const waits = logger.lines
      .filter((line) => line.includes('rate-limited'))
      .map((line) => Number(/next poll in ([\d.]+) s/.exec(line)?.[1]));
    expect(waits.slice(0, 4)).toEqual([0.2, 0.4, 0.8, 1.6]);
  });
});
