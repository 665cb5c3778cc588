import { readFile } from 'node:fs/promises';
import { type Emulator, startEmulator } from '@tuneline/emulator';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BotProcess, startBotProcess } from '../src/testing/bot-process.js';
import {
  eventEnvelope,
  type FakeSlackApi,
  sendSignedRequest,
  startFakeSlackApi,
  startRecordingOpenAIProxy,
  trainTestModel,
  waitFor,
} from '../src/testing/index.js';

const signingSecret = 'tuneline-test-signing-secret';
const channel = 'C0FINETUNE';

describe('a bot process on SIGTERM', () => {
  let emulator: Emulator;
  let proxy: Awaited<ReturnType<typeof startRecordingOpenAIProxy>>;
  let slack: FakeSlackApi;
  let bot: BotProcess | undefined;

  beforeAll(async () => {
    // Every chat answer starts 2 s late, so SIGTERM lands while the answer is in flight.
    emulator = await startEmulator({
      speed: 5000,
      faults: { routes: { 'POST /chat/completions': { slow: 1, slowMs: 2000 } } },
    });
    proxy = await startRecordingOpenAIProxy({ target: emulator.url });
    slack = await startFakeSlackApi({ teamId: 'T0TEAM' });
  });

  afterAll(async () => {
    await bot?.stop('SIGKILL');
    await slack?.close();
    await proxy?.close();
    await emulator?.close();
  });

  it('finishes the answer in flight, then exits 0', async () => {
    const openai = new OpenAI({ baseURL: emulator.url, apiKey: emulator.apiKey, maxRetries: 0 });
    const { model } = await trainTestModel({
      openai,
      jsonl: await readFile(
        new URL('../../../examples/datasets/wakannai.jsonl', import.meta.url),
        'utf8',
      ),
    });
    const started = await startBotProcess({
      name: 'shutdown',
      env: {
        SLACK_BOT_TOKEN: 'xoxb-tuneline-test',
        SLACK_SIGNING_SECRET: signingSecret,
        OPENAI_API_KEY: emulator.apiKey,
        OPENAI_BASE_URL: proxy.url,
        SLACK_API_URL: slack.apiUrl,
      },
    });
    bot = started;
    const stored = slack.postUserMessage({
      channel,
      user: 'UALICE',
      text: `<@UBOT> ${model} 好きな音楽は何だ?`,
    });
    const delivery = await sendSignedRequest({
      url: `${started.url}/slack/events`,
      signingSecret,
      contentType: 'application/json',
      body: eventEnvelope({
        event: {
          type: 'app_mention',
          channel,
          user: 'UALICE',
          text: stored.text,
          ts: stored.ts,
          event_ts: stored.ts,
          team: 'T0TEAM',
        },
        eventId: 'EvShutdown',
        teamId: 'T0TEAM',
      }),
    });
    expect(delivery.status).toBe(200);
    await waitFor(() => proxy.chatRequests().length > 0, { what: 'the chat request' });
    const finished = () =>
      slack
        .botMessages(channel, stored.ts)
        .filter((item) => item.metadata?.event_type === 'tuneline_answer' && !item.streaming);
    expect(finished()).toEqual([]);

    const exitCode = await started.stop('SIGTERM');
    expect(exitCode).toBe(0);
    expect(started.output()).toContain('SIGTERM received');
    const answers = slack
      .botMessages(channel, stored.ts)
      .filter((item) => item.metadata?.event_type === 'tuneline_answer');
    expect(answers.map((item) => [item.text, item.streaming])).toEqual([
      ['わかんないにゃん。', false],
    ]);
  });
});
