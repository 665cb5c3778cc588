import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { startTestBot, trainTestModel, waitFor } from '../testing/index.js';

// npm run bench (or npm run bench -- slack): how fast the bot acknowledges /finetune status while
// OpenAI is slow, and how soon the model's first token reaches Slack. Speed targets live here, not
// in the tests, which run on busy machines.
const concurrentCommands = 20;
const chatQuestions = 10;
const emulatorDelayMs = 2_000;

function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((left, right) => left - right);
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[index] as number;
}

function milliseconds(value: number): string {
  return `${value.toFixed(value < 10 ? 2 : 1)} ms`;
}

async function main(): Promise<void> {
  const slow = { slow: 1, slowMs: emulatorDelayMs };
  const harness = await startTestBot({
    emulator: {
      faults: {
        seed: 1,
        routes: {
          'GET /fine_tuning/jobs': slow,
          'GET /fine_tuning/jobs/{fine_tuning_job_id}/events': slow,
          'POST /chat/completions': slow,
        },
      },
    },
  });
  try {
    const wakannai = fileURLToPath(
      new URL('../../../../examples/datasets/wakannai.jsonl', import.meta.url),
    );
    const { model } = await trainTestModel({
      openai: harness.openai,
      jsonl: await readFile(wakannai, 'utf8'),
      suffix: 'bench',
    });

    process.stdout.write(
      `Slack bot: ${concurrentCommands} concurrent /finetune status, the emulator answering in ${emulatorDelayMs / 1000} s\n`,
    );
    const started = performance.now();
    const sent = await Promise.all(
      Array.from({ length: concurrentCommands }, (_, index) =>
        harness.command('status', { userId: `UBENCH${index}` }),
      ),
    );
    const acks = sent.map((response) => response.elapsedMs);
    if (sent.some((response) => response.status !== 200))
      throw new Error('A command was not acknowledged');
    await waitFor(
      () =>
        sent.every((response) =>
          harness.slack.responsePosts.some((post) => post.path === response.responsePath),
        ),
      { timeoutMs: 120_000, what: 'every status answer' },
    );
    const delivered = sent.map((response) => {
      const post = harness.slack.responsePosts.find((item) => item.path === response.responsePath);
      return (post?.at ?? 0) - (performance.timeOrigin + started);
    });
    process.stdout.write(
      `  ack latency:            p50 ${milliseconds(percentile(acks, 0.5))}, p99 ${milliseconds(percentile(acks, 0.99))}, max ${milliseconds(Math.max(...acks))}  (target p99 < 50 ms, never over 3 s)\n`,
    );
    process.stdout.write(
      `  status message posted:  p50 ${milliseconds(percentile(delivered, 0.5))}, p99 ${milliseconds(percentile(delivered, 0.99))} after the commands were sent\n`,
    );

    const firstTokenDelays: number[] = [];
    for (let index = 0; index < chatQuestions; index++) {
      const before = harness.proxy.chatRequests().length;
      const { threadTs } = await harness.say(`<@UBOT> ${model} 好きな音楽は何だ? (${index})`, {
        events: ['app_mention'],
      });
      const start = await waitFor(
        () =>
          harness.slack
            .callsTo('chat.startStream')
            .find((call) => call.params.thread_ts === threadTs),
        { timeoutMs: 60_000, what: 'the stream to start' },
      );
      await harness.bot.whenIdle();
      const modelFirstToken = harness.proxy.chatRequests()[before]?.firstTextAt;
      if (modelFirstToken === undefined) throw new Error('The model sent no text');
      firstTokenDelays.push(start.at - modelFirstToken);
    }
    process.stdout.write(
      `  first streamed token:   p50 ${milliseconds(percentile(firstTokenDelays, 0.5))}, p99 ${milliseconds(percentile(firstTokenDelays, 0.99))} after the model's first token, over ${chatQuestions} answers  (target < 100 ms)\n`,
    );
  } finally {
    await harness.close();
  }
}

await main();
