import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createJobMetadata } from '@tuneline/core';
import { type Emulator, signWebhook, startEmulator } from '@tuneline/emulator';
import OpenAI from 'openai';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { actionIds } from '../src/blocks/action-ids.js';
import { type BotProcess, startBotProcess } from '../src/testing/bot-process.js';
import {
  blockActionBody,
  eventEnvelope,
  type FakeSlackApi,
  sendSignedRequest,
  slashCommandBody,
  startFakeSlackApi,
  startRecordingOpenAIProxy,
  trainTestModel,
  waitFor,
} from '../src/testing/index.js';
import { type RedisServer, runRedisTests, startRedisServer } from '../src/testing/redis-server.js';

const signingSecret = 'tuneline-test-signing-secret';
const webhookSecret = `whsec_${Buffer.from('two replicas share one secret').toString('base64')}`;
const notifyChannel = 'C0NOTIFY';
const wakannaiPath = fileURLToPath(
  new URL('../../../examples/datasets/wakannai.jsonl', import.meta.url),
);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForAsync(condition: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('Timed out waiting for a condition.');
    await sleep(100);
  }
}

function sendCommand(bot: BotProcess, text: string, responsePath: string) {
  return sendSignedRequest({
    url: `${bot.url}/slack/events`,
    signingSecret,
    contentType: 'application/x-www-form-urlencoded',
    body: slashCommandBody({
      text,
      userId: 'UALICE',
      channelId: 'C0FINETUNE',
      teamId: 'T0TEAM',
      responseUrl: slackResponseUrl(responsePath),
    }),
  });
}

let slackResponseUrl: (name: string) => string = () => '';

describe.skipIf(!runRedisTests)('two bot processes sharing one Redis', () => {
  let redis: RedisServer;
  let emulator: Emulator;
  let openai: OpenAI;
  let proxy: Awaited<ReturnType<typeof startRecordingOpenAIProxy>>;
  let model: string;
  let slack: FakeSlackApi;
  let bots: BotProcess[] = [];

  beforeAll(async () => {
    redis = await startRedisServer();
    emulator = await startEmulator({ speed: 5000 });
    openai = new OpenAI({ baseURL: emulator.url, apiKey: emulator.apiKey, maxRetries: 0 });
    proxy = await startRecordingOpenAIProxy({ target: emulator.url });
    slack = await startFakeSlackApi({ teamId: 'T0TEAM' });
    slackResponseUrl = (name) => slack.responseUrl(name);
    model = (
      await trainTestModel({
        openai,
        jsonl: await readFile(wakannaiPath, 'utf8'),
        suffix: 'wakannai',
      })
    ).model;
  });

  afterEach(async () => {
    await Promise.all(bots.map((bot) => bot.stop('SIGKILL')));
    bots = [];
  });

  afterAll(async () => {
    await slack?.close();
    await proxy?.close();
    await emulator?.close();
    await redis?.close();
  });

  function botEnvironment(extra: Record<string, string> = {}): Record<string, string> {
    return {
      SLACK_BOT_TOKEN: 'xoxb-tuneline-test',
      SLACK_SIGNING_SECRET: signingSecret,
      OPENAI_API_KEY: emulator.apiKey,
      OPENAI_BASE_URL: proxy.url,
      SLACK_API_URL: slack.apiUrl,
      REDIS_URL: redis.url,
      TUNELINE_NOTIFY_CHANNEL: notifyChannel,
      TUNELINE_SLACK_LOG_LEVEL: 'info',
      ...extra,
    };
  }

  async function startBots(count: number, extra: Record<string, string> = {}) {
    const started = await Promise.all(
      Array.from({ length: count }, (_, index) =>
        startBotProcess({ name: `replica-${index + 1}`, env: botEnvironment(extra) }),
      ),
    );
    bots.push(...started);
    return started;
  }

  /** A job Tuneline's Action started for pull request acme/bot#42, run to success. */
  async function trainSucceededJob(): Promise<OpenAI.FineTuning.FineTuningJob> {
    const file = await openai.files.create({
      file: createReadStream(wakannaiPath),
      purpose: 'fine-tune',
    });
    const job = await openai.fineTuning.jobs.create({
      model: 'gpt-4o-mini-2024-07-18',
      training_file: file.id,
      metadata: createJobMetadata({
        tuneline: {
          datasetPath: 'examples/datasets/wakannai.jsonl',
          datasetName: 'wakannai',
          datasetSha256: 'a'.repeat(64),
          requestKey: `request-${Date.now()}-${Math.random()}`,
          source: 'action',
          repository: 'acme/bot',
          pullRequest: 42,
        },
      }),
    });
    return waitForJob(job.id);
  }

  /** Creates a job and cancels it; the emulator is fast, so it may take a few tries. */
  async function cancelFreshJob(): Promise<OpenAI.FineTuning.FineTuningJob> {
    const file = await openai.files.create({
      file: createReadStream(wakannaiPath),
      purpose: 'fine-tune',
    });
    for (let attempt = 0; attempt < 10; attempt += 1) {
      const job = await openai.fineTuning.jobs.create({
        model: 'gpt-4o-mini-2024-07-18',
        training_file: file.id,
      });
      const cancelled = await openai.fineTuning.jobs.cancel(job.id).catch(() => undefined);
      if (cancelled !== undefined) return waitForJob(job.id);
    }
    throw new Error('Every job ended before it could be cancelled.');
  }

  async function waitForJob(jobId: string): Promise<OpenAI.FineTuning.FineTuningJob> {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const job = await openai.fineTuning.jobs.retrieve(jobId);
      if (job.status === 'succeeded' || job.status === 'failed' || job.status === 'cancelled') {
        return job;
      }
      if (Date.now() > deadline) throw new Error(`${jobId} is still ${job.status}`);
      await sleep(50);
    }
  }

  const notifications = (jobId?: string) =>
    slack
      .callsTo('chat.postMessage')
      .filter((call) => call.params.channel === notifyChannel && call.outcome === 'ok')
      .filter((call) => jobId === undefined || String(call.params.text).includes(jobId));

  const channel = 'C0FINETUNE';

  /** A person's message mentioning the bot, stored in the fake Slack, and its two events. */
  function postMention(text: string, user = 'UALICE') {
    const stored = slack.postUserMessage({ channel, user, text: `<@UBOT> ${model} ${text}` });
    const base = {
      channel,
      user,
      text: stored.text,
      ts: stored.ts,
      event_ts: stored.ts,
      team: 'T0TEAM',
      client_msg_id: stored.clientMsgId,
    };
    return {
      ts: stored.ts,
      appMention: { type: 'app_mention', ...base },
      message: { type: 'message', channel_type: 'channel', ...base },
    };
  }

  function deliverEvent(
    bot: BotProcess,
    event: Record<string, unknown>,
    eventId: string,
    retryNum?: number,
  ) {
    return sendSignedRequest({
      url: `${bot.url}/slack/events`,
      signingSecret,
      contentType: 'application/json',
      body: eventEnvelope({ event, eventId, teamId: 'T0TEAM' }),
      headers:
        retryNum === undefined
          ? {}
          : { 'x-slack-retry-num': String(retryNum), 'x-slack-retry-reason': 'http_timeout' },
    });
  }

  /** The bot's finished answers in a thread (notices and open streams left out). */
  const answers = (threadTs: string) =>
    slack
      .botMessages(channel, threadTs)
      .filter((item) => item.metadata?.event_type === 'tuneline_answer' && !item.streaming);

  const chatRequestsAbout = (question: string) =>
    proxy.chatRequests().filter((request) => JSON.stringify(request.body).includes(question))
      .length;

  /** Each replica answers a fresh question: whatever was delivered before has been handled. */
  async function settle(replicas: readonly BotProcess[]) {
    for (const [index, bot] of replicas.entries()) {
      const control = postMention(`control ${index} ${Date.now()}`);
      await deliverEvent(bot, control.appMention, `EvControl${index}${control.ts}`);
      await waitFor(() => answers(control.ts).length > 0, { what: 'the control answer' });
    }
  }

  function signedDelivery(options: {
    jobId: string;
    id: string;
    type?: string;
    ageSeconds?: number;
    secret?: string;
  }) {
    const timestamp = Math.floor(Date.now() / 1000) - (options.ageSeconds ?? 0);
    const body = JSON.stringify({
      id: options.id,
      object: 'event',
      created_at: timestamp,
      type: options.type ?? 'fine_tuning.job.succeeded',
      data: { id: options.jobId },
    });
    const headers = {
      'content-type': 'application/json',
      'webhook-id': options.id,
      'webhook-timestamp': String(timestamp),
      'webhook-signature': signWebhook({
        id: options.id,
        timestamp,
        body,
        secret: options.secret ?? webhookSecret,
      }),
    };
    return (bot: BotProcess) =>
      fetch(`${bot.url}/webhooks/openai`, { method: 'POST', headers, body }).then(
        (response) => response.status,
      );
  }

  it('answers a Slack event once when both replicas get it and Slack redelivers it', async () => {
    const replicas = await startBots(2);
    const [first, second] = replicas;
    if (first === undefined || second === undefined) throw new Error('bots did not start');
    const question = `好きな音楽は何だ? ${Date.now()}`;
    const mention = postMention(question);
    const deliveries = await Promise.all([
      deliverEvent(first, mention.appMention, 'EvMention1'),
      deliverEvent(second, mention.appMention, 'EvMention1'),
      deliverEvent(second, mention.message, 'EvMessage1'),
      deliverEvent(first, mention.message, 'EvMessage1'),
    ]);
    deliveries.push(
      await deliverEvent(second, mention.appMention, 'EvMention1', 1),
      await deliverEvent(first, mention.appMention, 'EvMention1', 2),
      await deliverEvent(first, mention.message, 'EvMessage1', 1),
    );
    expect(deliveries.map((delivery) => delivery.status)).toEqual([
      200, 200, 200, 200, 200, 200, 200,
    ]);
    await waitFor(() => answers(mention.ts).length > 0, { what: 'the answer' });
    await settle(replicas);

    expect(answers(mention.ts).map((answer) => answer.text)).toEqual(['わかんないにゃん。']);
    expect(chatRequestsAbout(question)).toBe(1);
  });

  it('caps chat requests per user across replicas, with a friendly reply', async () => {
    const replicas = await startBots(2, { TUNELINE_SLACK_USER_RATE_LIMIT: '2' });
    const [first, second] = replicas;
    if (first === undefined || second === undefined) throw new Error('bots did not start');
    // The window is the clock's minute: start early enough in one for the requests to share it.
    const secondsIntoMinute = (Date.now() / 1000) % 60;
    if (secondsIntoMinute > 45) await sleep((61 - secondsIntoMinute) * 1000);
    const mentions = [first, second, first, second].map((bot, index) => ({
      bot,
      index,
      ...postMention(`rate question ${index} ${Date.now()}`, 'URATE'),
    }));
    await Promise.all(
      mentions.map((mention) =>
        deliverEvent(mention.bot, mention.appMention, `EvRate${mention.index}${mention.ts}`),
      ),
    );
    const replies = await waitFor(
      () => {
        const settled = mentions.map(
          (mention) => slack.botMessages(channel, mention.ts).find((item) => !item.streaming)?.text,
        );
        return settled.every((text) => text !== undefined) && settled;
      },
      { what: 'a reply to each request' },
    );
    // Whichever two the replicas counted first are answered; the others get the friendly reply.
    expect(replies.filter((text) => text === 'わかんないにゃん。')).toHaveLength(2);
    const refusals = replies.filter((text) => text !== 'わかんないにゃん。');
    expect(refusals).toEqual([
      expect.stringMatching(
        /^You've reached the limit of 2 chat requests per minute.*try again in about \d+ s\.$/,
      ),
      expect.stringMatching(/^You've reached the limit of 2 chat requests per minute/),
    ]);
    expect(
      proxy
        .chatRequests()
        .filter((request) => JSON.stringify(request.body).includes('rate question')),
    ).toHaveLength(2);
  });

  it('posts one notification when the same OpenAI webhook reaches both replicas twice each', async () => {
    const [first, second] = await startBots(2, { OPENAI_WEBHOOK_SECRET: webhookSecret });
    if (first === undefined || second === undefined) throw new Error('bots did not start');
    const job = await trainSucceededJob();
    const deliver = signedDelivery({ jobId: job.id, id: 'evt_two_replicas_1' });

    const statuses = [
      ...(await Promise.all([deliver(first), deliver(second)])),
      ...(await Promise.all([deliver(second), deliver(first)])),
    ];
    expect(statuses.every((status) => status >= 200 && status < 300)).toBe(true);
    await waitFor(() => notifications(job.id).length > 0, { what: 'the job-end notification' });
    // Another delivery of the same end under a new webhook-id is not announced again either.
    expect(await signedDelivery({ jobId: job.id, id: 'evt_two_replicas_2' })(second)).toBe(200);
    await sleep(500);

    expect(notifications(job.id)).toHaveLength(1);
    const [posted] = notifications(job.id);
    expect(String(posted?.params.text)).toContain(`${job.id} succeeded: ${job.fine_tuned_model}`);
    const blocks = JSON.stringify(posted?.params.blocks);
    expect(blocks).toContain('Chat in a thread');
    expect(blocks).toContain('<https://github.com/acme/bot/pull/42|acme/bot#42>');
    expect(blocks).toMatch(/\*Trained tokens\*\\n[\d,]+/);
    expect(blocks).toMatch(/\*Cost\*\\n\$[\d.]+/);
    expect(blocks).toMatch(/\*Final loss\*\\n[\d.]+\\n`[▁▂▃▄▅▆▇█]+`/);

    // Its button opens a thread bound to the new model, on whichever replica gets the click.
    const click = await sendSignedRequest({
      url: `${second.url}/slack/events`,
      signingSecret,
      contentType: 'application/x-www-form-urlencoded',
      body: blockActionBody({
        actionId: actionIds.startChat,
        value: String(job.fine_tuned_model),
        userId: 'UALICE',
        channelId: notifyChannel,
        teamId: 'T0TEAM',
        responseUrl: slack.responseUrl('notification-chat'),
      }),
    });
    expect(click.status).toBe(200);
    await waitFor(
      () =>
        slack
          .callsTo('chat.postMessage')
          .find(
            (call) =>
              call.params.channel === notifyChannel &&
              JSON.stringify(call.params.metadata ?? {}).includes(String(job.fine_tuned_model)),
          ),
      { what: 'the thread opened from the notification' },
    );
  });

  it("announces a failed job with OpenAI's error, and a cancelled one", async () => {
    const [first, second] = await startBots(2, { OPENAI_WEBHOOK_SECRET: webhookSecret });
    if (first === undefined || second === undefined) throw new Error('bots did not start');
    const lines = Array.from({ length: 12 }, (_, index) =>
      JSON.stringify({
        messages: [
          { role: 'user', content: `Question ${index}` },
          { role: 'assistant', content: `Answer ${index}` },
        ],
      }),
    );
    lines[2] = '{"messages": [{"role": "user", "content": "unterminated"}';
    const broken = await openai.files.create({
      file: await OpenAI.toFile(Buffer.from(`${lines.join('\n')}\n`), 'broken.jsonl'),
      purpose: 'fine-tune',
    });
    const failing = await openai.fineTuning.jobs.create({
      model: 'gpt-4o-mini-2024-07-18',
      training_file: broken.id,
    });
    const failed = await waitForJob(failing.id);
    expect(failed.status).toBe('failed');
    expect(
      await signedDelivery({ jobId: failed.id, id: 'evt_failed', type: 'fine_tuning.job.failed' })(
        first,
      ),
    ).toBe(200);
    const [failure] = notifications(failed.id);
    expect(String(failure?.params.text)).toBe(
      `❌ Fine-tuning job ${failed.id} failed: gpt-4o-mini-2024-07-18`,
    );
    expect(JSON.stringify(failure?.params.blocks)).toContain(
      '*Error from OpenAI:* `invalid_training_file` The job failed due to an invalid training file. Line 3',
    );

    const cancelled = await cancelFreshJob();
    expect(cancelled.status).toBe('cancelled');
    const deliver = signedDelivery({
      jobId: cancelled.id,
      id: 'evt_cancelled',
      type: 'fine_tuning.job.cancelled',
    });
    expect([await deliver(second), await deliver(first)]).toEqual([200, 200]);
    expect(notifications(cancelled.id).map((call) => call.params.text)).toEqual([
      `⏹️ Fine-tuning job ${cancelled.id} was cancelled: gpt-4o-mini-2024-07-18`,
    ]);
  });

  it('refuses a forged webhook and a 10-minute-old one on both replicas, posting nothing', async () => {
    const replicas = await startBots(2, { OPENAI_WEBHOOK_SECRET: webhookSecret });
    const job = await trainSucceededJob();
    const forged = signedDelivery({
      jobId: job.id,
      id: 'evt_forged',
      secret: `whsec_${Buffer.from('an attacker guessed').toString('base64')}`,
    });
    const stale = signedDelivery({ jobId: job.id, id: 'evt_stale', ageSeconds: 600 });
    for (const bot of replicas) {
      expect(await forged(bot)).toBe(401);
      expect(await stale(bot)).toBe(400);
    }
    await sleep(500);
    expect(notifications(job.id)).toHaveLength(0);
  });

  it('lets a redelivery announce a job whose Slack post failed', async () => {
    const [first, second] = await startBots(2, { OPENAI_WEBHOOK_SECRET: webhookSecret });
    if (first === undefined || second === undefined) throw new Error('bots did not start');
    const job = await trainSucceededJob();
    const deliver = signedDelivery({ jobId: job.id, id: 'evt_post_fails' });
    slack.failNext('chat.postMessage', 'internal_error');
    expect(await deliver(first)).toBe(500);
    expect(notifications(job.id)).toHaveLength(0);
    expect(await deliver(second)).toBe(200);
    expect(notifications(job.id)).toHaveLength(1);
  });

  it('polls without a webhook secret: a job that succeeds is announced once, and still once after a restart', async () => {
    const pollsBefore = () =>
      proxy.requests.filter((request) => request.path.startsWith('/fine_tuning/jobs?')).length;
    const listedBefore = pollsBefore();
    const earlier = await trainSucceededJob();
    // A replica says it is running once it has looked at the jobs: both have, here.
    await startBots(2, { TUNELINE_SLACK_POLL_INTERVAL: '1' });
    expect(pollsBefore()).toBeGreaterThanOrEqual(listedBefore + 2);

    const job = await trainSucceededJob();
    await waitFor(() => notifications(job.id).length > 0, { what: 'the polled announcement' });
    const polled = pollsBefore();
    await waitFor(() => pollsBefore() >= polled + 4, { what: 'more polls' });
    expect(notifications(job.id)).toHaveLength(1);

    await Promise.all(bots.map((bot) => bot.stop('SIGTERM')));
    bots = [];
    await startBots(1, { TUNELINE_SLACK_POLL_INTERVAL: '1' });
    const restarted = pollsBefore();
    await waitFor(() => pollsBefore() >= restarted + 3, { what: 'polls after the restart' });
    expect(notifications(job.id)).toHaveLength(1);
    expect(notifications(earlier.id)).toHaveLength(0);
  });

  it('goes on answering while Redis is down, logs it once, and /readyz reports it', async () => {
    const replicas = await startBots(2);
    for (const bot of replicas) {
      expect((await fetch(`${bot.url}/readyz`)).status).toBe(200);
      expect(bot.output()).not.toContain('unreachable');
    }

    await redis.stop();
    try {
      for (const [index, bot] of replicas.entries()) {
        for (let attempt = 0; attempt < 3; attempt += 1) {
          const path = `redis-down-${index}-${attempt}`;
          const response = await sendCommand(bot, 'help', path);
          expect(response.status).toBe(200);
          await waitFor(
            () => slack.responsePosts.some((post) => post.path === `/response/${path}`),
            {
              what: `the answer to ${path}`,
            },
          );
        }
        // A mention redelivered to the same replica while Redis is away: answered once.
        const mention = postMention(`outage question ${index} ${Date.now()}`);
        await deliverEvent(bot, mention.appMention, `EvOutage${index}`);
        await deliverEvent(bot, mention.appMention, `EvOutage${index}`, 1);
        await deliverEvent(bot, mention.message, `EvOutageMessage${index}`);
        await waitFor(() => answers(mention.ts).length > 0, {
          what: 'an answer during the outage',
        });
        const control = postMention(`outage control ${index} ${Date.now()}`);
        await deliverEvent(bot, control.appMention, `EvOutageControl${index}`);
        await waitFor(() => answers(control.ts).length > 0, { what: 'the control answer' });
        expect(answers(mention.ts).map((answer) => answer.text)).toEqual(['わかんないにゃん。']);

        const readiness = await fetch(`${bot.url}/readyz`);
        expect(readiness.status).toBe(503);
        expect(await readiness.json()).toMatchObject({
          failing: ['redis'],
          checks: { slack: 'ok', openai: 'ok', redis: 'down' },
        });
        expect(bot.output().match(/Redis is unreachable/g) ?? []).toHaveLength(1);
      }
    } finally {
      await redis.start();
    }
    for (const bot of replicas) {
      await waitForAsync(async () => (await fetch(`${bot.url}/readyz`)).status === 200);
    }
  });
});
