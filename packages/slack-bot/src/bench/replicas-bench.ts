// Two bot replicas sharing one Redis, under Slack's redeliveries: `pnpm --filter
// @tuneline/slack-bot bench:replicas` (after a build). Needs redis-server on PATH.
import { readFile } from 'node:fs/promises';
import { startEmulator } from '@tuneline/emulator';
import OpenAI from 'openai';
import { type BotProcess, startBotProcess } from '../testing/bot-process.js';
import { startFakeSlackApi } from '../testing/fake-slack-api.js';
import { startRecordingOpenAIProxy } from '../testing/recording-openai-proxy.js';
import { findRedisServer, startRedisServer } from '../testing/redis-server.js';
import { eventEnvelope, sendSignedRequest } from '../testing/slack-request.js';
import { trainTestModel } from '../testing/train-test-model.js';

const uniqueEvents = 200;
const spreadMs = 10_000;
const redeliveredShare = 0.3;
const signingSecret = 'tuneline-bench-signing-secret';
const channel = 'C0BENCH';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? Number.NaN;
}

async function main(): Promise<void> {
  if (findRedisServer() === undefined) {
    process.stderr.write('replicas-bench needs redis-server: apt-get install -y redis-server\n');
    process.exitCode = 1;
    return;
  }
  const redis = await startRedisServer();
  const emulator = await startEmulator({ speed: 5000 });
  const proxy = await startRecordingOpenAIProxy({ target: emulator.url });
  const slack = await startFakeSlackApi({ teamId: 'T0TEAM' });
  const replicas: BotProcess[] = [];
  try {
    const openai = new OpenAI({ baseURL: emulator.url, apiKey: emulator.apiKey, maxRetries: 0 });
    const { model } = await trainTestModel({
      openai,
      jsonl: await readFile(
        new URL('../../../../examples/datasets/wakannai.jsonl', import.meta.url),
        'utf8',
      ),
      suffix: 'bench',
    });
    const environment = {
      SLACK_BOT_TOKEN: 'xoxb-tuneline-bench',
      SLACK_SIGNING_SECRET: signingSecret,
      OPENAI_API_KEY: emulator.apiKey,
      OPENAI_BASE_URL: proxy.url,
      SLACK_API_URL: slack.apiUrl,
      REDIS_URL: redis.url,
      TUNELINE_SLACK_LOG_LEVEL: 'warn',
    };
    replicas.push(
      ...(await Promise.all(['a', 'b'].map((name) => startBotProcess({ name, env: environment })))),
    );

    const mentions = Array.from({ length: uniqueEvents }, (_, index) => {
      const stored = slack.postUserMessage({
        channel,
        user: `U${String(index % 17).padStart(4, '0')}`,
        text: `<@UBOT> ${model} question ${index}`,
      });
      return {
        ts: stored.ts,
        eventId: `EvBench${String(index).padStart(5, '0')}`,
        event: {
          type: 'app_mention',
          channel,
          user: stored.user,
          text: stored.text,
          ts: stored.ts,
          event_ts: stored.ts,
          team: 'T0TEAM',
          client_msg_id: stored.clientMsgId,
        },
      };
    });

    const ackLatencies: number[] = [];
    const statuses = new Map<number, number>();
    const deliveries: Promise<void>[] = [];
    const deliver = (replica: BotProcess, mention: (typeof mentions)[number], retryNum?: number) =>
      sendSignedRequest({
        url: `${replica.url}/slack/events`,
        signingSecret,
        contentType: 'application/json',
        body: eventEnvelope({ event: mention.event, eventId: mention.eventId, teamId: 'T0TEAM' }),
        headers:
          retryNum === undefined
            ? {}
            : { 'x-slack-retry-num': String(retryNum), 'x-slack-retry-reason': 'http_timeout' },
      }).then((response) => {
        ackLatencies.push(response.elapsedMs);
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      });

    const started = performance.now();
    let redelivered = 0;
    for (const [index, mention] of mentions.entries()) {
      const due = (index * spreadMs) / uniqueEvents;
      const wait = due - (performance.now() - started);
      if (wait > 0) await sleep(wait);
      const replica = replicas[index % 2] as BotProcess;
      deliveries.push(deliver(replica, mention));
      // Every third-ish event comes again, to the other replica, as Slack's retry would.
      if ((index * 7) % 10 < redeliveredShare * 10) {
        redelivered += 1;
        const other = replicas[(index + 1) % 2] as BotProcess;
        deliveries.push(sleep(50 + (index % 5) * 40).then(() => deliver(other, mention, 1)));
      }
    }
    await Promise.all(deliveries);
    const sentInMs = performance.now() - started;

    const answersIn = (ts: string) =>
      slack
        .botMessages(channel, ts)
        .filter((item) => item.metadata?.event_type === 'tuneline_answer' && !item.streaming)
        .length;
    const deadline = Date.now() + 120_000;
    let answered = 0;
    while (Date.now() < deadline) {
      answered = mentions.filter((mention) => answersIn(mention.ts) > 0).length;
      if (answered === uniqueEvents) break;
      await sleep(200);
    }
    // Room for a late duplicate to show up.
    await sleep(3000);
    const answers = mentions.reduce((total, mention) => total + answersIn(mention.ts), 0);
    const duplicated = mentions.filter((mention) => answersIn(mention.ts) > 1).length;

    const lines = [
      `replicas-bench: 2 bot processes sharing one redis-server, ${uniqueEvents} unique app_mention events over ${(sentInMs / 1000).toFixed(1)} s`,
      `  deliveries:        ${ackLatencies.length} (${redelivered} redelivered to the other replica with X-Slack-Retry-Num: 1)`,
      `  HTTP statuses:     ${[...statuses].map(([status, count]) => `${status}×${count}`).join(', ')}`,
      `  answers:           ${answers} for ${uniqueEvents} unique events (threads answered twice: ${duplicated}, unanswered: ${uniqueEvents - answered})`,
      `  OpenAI requests:   ${proxy.chatRequests().length}`,
      `  ack latency:       p50 ${percentile(ackLatencies, 0.5).toFixed(1)} ms, p99 ${percentile(ackLatencies, 0.99).toFixed(1)} ms, max ${Math.max(...ackLatencies).toFixed(1)} ms`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    if (answers !== uniqueEvents) process.exitCode = 1;
  } finally {
    await Promise.all(replicas.map((replica) => replica.stop('SIGTERM')));
    await slack.close();
    await proxy.close();
    await emulator.close();
    await redis.close();
  }
}

await main();
