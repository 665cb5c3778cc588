import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { startEmulator } from '@tuneline/emulator';
import OpenAI from 'openai';
import {
  eventEnvelope,
  sendSignedRequest,
  slashCommandBody,
  startFakeSlackApi,
  startRecordingOpenAIProxy,
  trainTestModel,
  waitFor,
} from '../testing/index.js';

// npm run bench (or npm run bench -- slack): how fast the bot acknowledges /finetune status while
// OpenAI is slow, and how soon the model's first token reaches Slack. The bot runs as its own
// process (`tuneline-slack`), as in production; Slack (a fake) and OpenAI (the emulator) run here.
// Speed targets live here, not in the tests, which run on busy machines.
const concurrentCommands = 20;
const chatQuestions = 10;
const emulatorDelayMs = 2_000;
const signingSecret = 'tuneline-bench-signing-secret';
const teamId = 'T0TEAM';
const channel = 'C0BENCH';

function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((left, right) => left - right);
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[index] as number;
}

function milliseconds(value: number): string {
  return `${value.toFixed(value < 10 ? 2 : 1)} ms`;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function main(): Promise<void> {
  const slow = { slow: 1, slowMs: emulatorDelayMs };
  const emulator = await startEmulator({
    speed: 5000,
    faults: {
      seed: 1,
      routes: {
        'GET /fine_tuning/jobs': slow,
        'GET /fine_tuning/jobs/{fine_tuning_job_id}/events': slow,
        'POST /chat/completions': slow,
      },
    },
  });
  const proxy = await startRecordingOpenAIProxy({ target: emulator.url });
  const slack = await startFakeSlackApi({ teamId });
  const openai = new OpenAI({ baseURL: emulator.url, apiKey: emulator.apiKey, maxRetries: 0 });
  const port = await freePort();
  const bot = spawn(
    process.execPath,
    [fileURLToPath(new URL('../../bin/tuneline-slack.js', import.meta.url))],
    {
      env: {
        PATH: process.env.PATH ?? '',
        SLACK_BOT_TOKEN: 'xoxb-tuneline-bench',
        SLACK_SIGNING_SECRET: signingSecret,
        PORT: String(port),
        OPENAI_API_KEY: emulator.apiKey,
        OPENAI_BASE_URL: proxy.url,
        SLACK_API_URL: slack.apiUrl,
        TUNELINE_SLACK_LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const eventsUrl = `http://127.0.0.1:${port}/slack/events`;
  try {
    await new Promise<void>((resolve, reject) => {
      bot.once('exit', (code) => reject(new Error(`tuneline-slack exited with ${String(code)}`)));
      bot.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('running as')) resolve();
      });
    });
    const wakannai = fileURLToPath(
      new URL('../../../../examples/datasets/wakannai.jsonl', import.meta.url),
    );
    const { model } = await trainTestModel({
      openai,
      jsonl: await readFile(wakannai, 'utf8'),
      suffix: 'bench',
    });

    let responses = 0;
    const command = async (userId: string) => {
      responses += 1;
      const responseUrl = slack.responseUrl(`bench-${responses}`);
      const sent = await sendSignedRequest({
        url: eventsUrl,
        signingSecret,
        contentType: 'application/x-www-form-urlencoded',
        body: slashCommandBody({ text: 'status', userId, channelId: channel, teamId, responseUrl }),
      });
      return { ...sent, responsePath: new URL(responseUrl).pathname };
    };
    const answered = (path: string) => slack.responsePosts.find((post) => post.path === path);

    process.stdout.write(
      `Slack bot (its own process): ${concurrentCommands} concurrent /finetune status, the emulator answering in ${emulatorDelayMs / 1000} s\n`,
    );
    // One command first, as a running bot has served before: the first request pays for JIT
    // compilation and Bolt's lazy setup, which is not what a team waits on day to day.
    const warmUp = await command('UWARMUP');
    await waitFor(() => answered(warmUp.responsePath), { timeoutMs: 60_000 });
    const alone: number[] = [];
    for (let index = 0; index < concurrentCommands; index++) {
      alone.push((await command(`UALONE${index}`)).elapsedMs);
    }
    const startedAt = Date.now();
    const sent = await Promise.all(
      Array.from({ length: concurrentCommands }, (_, index) => command(`UBENCH${index}`)),
    );
    if (sent.some((response) => response.status !== 200))
      throw new Error('A command was not acknowledged');
    const acks = sent.map((response) => response.elapsedMs);
    await waitFor(() => sent.every((response) => answered(response.responsePath)), {
      timeoutMs: 120_000,
      what: 'every status answer',
    });
    const posted = sent.map((response) => (answered(response.responsePath)?.at ?? 0) - startedAt);
    process.stdout.write(
      `  ack latency:            p50 ${milliseconds(percentile(acks, 0.5))}, p99 ${milliseconds(percentile(acks, 0.99))}, max ${milliseconds(Math.max(...acks))}  (target p99 < 50 ms, never over 3 s)\n`,
    );
    process.stdout.write(
      `  (one at a time:        p50 ${milliseconds(percentile(alone, 0.5))}, p99 ${milliseconds(percentile(alone, 0.99))})\n`,
    );
    process.stdout.write(
      `  status message posted:  p50 ${milliseconds(percentile(posted, 0.5))}, p99 ${milliseconds(percentile(posted, 0.99))} after the commands were sent\n`,
    );

    const firstTokenDelays: number[] = [];
    for (let index = 0; index < chatQuestions; index++) {
      const before = proxy.chatRequests().length;
      const text = `<@UBOT> ${model} 好きな音楽は何だ? (${index})`;
      const message = slack.postUserMessage({ channel, user: 'UALICE', text });
      await sendSignedRequest({
        url: eventsUrl,
        signingSecret,
        contentType: 'application/json',
        body: eventEnvelope({
          event: {
            type: 'app_mention',
            channel,
            user: 'UALICE',
            text,
            ts: message.ts,
            event_ts: message.ts,
            team: teamId,
            client_msg_id: message.clientMsgId,
          },
          eventId: `EvBench${index}`,
          teamId,
        }),
      });
      await waitFor(
        () =>
          slack
            .botMessages(channel, message.ts)
            .some((item) => item.text !== '' && !item.streaming),
        { timeoutMs: 60_000, what: 'the answer' },
      );
      const start = slack
        .callsTo('chat.startStream')
        .find((call) => call.params.thread_ts === message.ts);
      const modelFirstToken = proxy.chatRequests()[before]?.firstTextAt;
      if (start === undefined || modelFirstToken === undefined)
        throw new Error('No streamed answer');
      firstTokenDelays.push(start.at - modelFirstToken);
    }
    process.stdout.write(
      `  first streamed token:   p50 ${milliseconds(percentile(firstTokenDelays, 0.5))}, p99 ${milliseconds(percentile(firstTokenDelays, 0.99))} after the model's first token, over ${chatQuestions} answers  (target < 100 ms)\n`,
    );
  } finally {
    bot.kill('SIGTERM');
    await new Promise((resolve) => bot.once('exit', resolve));
    await slack.close();
    await proxy.close();
    await emulator.close();
  }
}

await main();
