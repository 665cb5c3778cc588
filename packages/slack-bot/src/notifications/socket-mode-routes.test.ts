import { createServer } from 'node:net';
import { type Emulator, signWebhook, startEmulator } from '@tuneline/emulator';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSlackBotConfig } from '../config.js';
import { createSlackBot, type SlackBot } from '../create-app.js';
import { type FakeSlackApi, startFakeSlackApi, waitFor } from '../testing/index.js';
import { createMemoryLogger } from '../testing/memory-logger.js';

const secret = `whsec_${Buffer.from('socket mode secret').toString('base64')}`;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

describe('the team routes in Socket Mode', () => {
  let emulator: Emulator;
  let slack: FakeSlackApi;
  let bot: SlackBot;
  let port: number;

  beforeAll(async () => {
    emulator = await startEmulator({ speed: 5000 });
    slack = await startFakeSlackApi();
    port = await freePort();
    const result = readSlackBotConfig({
      SLACK_BOT_TOKEN: 'xoxb-tuneline-test',
      SLACK_APP_TOKEN: 'xapp-tuneline-test',
      PORT: String(port),
      OPENAI_API_KEY: emulator.apiKey,
      OPENAI_BASE_URL: emulator.url,
      SLACK_API_URL: slack.apiUrl,
      OPENAI_WEBHOOK_SECRET: secret,
      TUNELINE_NOTIFY_CHANNEL: 'C0NOTIFY',
    });
    if (!result.ok) throw new Error(result.message);
    bot = createSlackBot(result.config, { logger: createMemoryLogger() });
    await bot.start();
    await waitFor(() => slack.socketConnected, { what: 'the Socket Mode connection' });
  });

  afterAll(async () => {
    await bot?.stop();
    await slack?.close();
    await emulator?.close();
  });

  it('serves /webhooks/openai and /healthz on PORT', async () => {
    const healthz = await waitForResponse(`http://127.0.0.1:${port}/healthz`);
    expect(healthz.status).toBe(200);

    const openai = new OpenAI({ baseURL: emulator.url, apiKey: emulator.apiKey, maxRetries: 0 });
    const job = await openai.fineTuning.jobs.create({
      model: 'gpt-4o-mini-2024-07-18',
      training_file: (
        await openai.files.create({
          file: await OpenAI.toFile(
            Buffer.from(
              `${Array.from({ length: 10 }, (_, index) =>
                JSON.stringify({
                  messages: [
                    { role: 'user', content: `Question ${index}?` },
                    { role: 'assistant', content: 'わかんないにゃん。' },
                  ],
                }),
              ).join('\n')}\n`,
            ),
            'socket.jsonl',
          ),
          purpose: 'fine-tune',
        })
      ).id,
    });
    await waitForJobEnd(openai, job.id);
    const timestamp = Math.floor(Date.now() / 1000);
    const body = JSON.stringify({
      id: 'evt_socket',
      object: 'event',
      created_at: timestamp,
      type: 'fine_tuning.job.succeeded',
      data: { id: job.id },
    });
    const response = await fetch(`http://127.0.0.1:${port}/webhooks/openai`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'webhook-id': 'evt_socket',
        'webhook-timestamp': String(timestamp),
        'webhook-signature': signWebhook({ id: 'evt_socket', timestamp, body, secret }),
      },
      body,
    });
    expect(response.status).toBe(200);
    await waitFor(
      () => slack.callsTo('chat.postMessage').find((call) => call.params.channel === 'C0NOTIFY'),
      { what: 'the notification' },
    );
  });
});

async function waitForResponse(url: string): Promise<Response> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      return await fetch(url);
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

async function waitForJobEnd(openai: OpenAI, jobId: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (
    !['succeeded', 'failed', 'cancelled'].includes(
      (await openai.fineTuning.jobs.retrieve(jobId)).status,
    )
  ) {
    if (Date.now() > deadline) throw new Error(`${jobId} did not end`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
