import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot, trainTestModel, waitFor } from '../src/testing/index.js';

const longAnswer = Array.from(
  { length: 1_300 },
  (_, index) => `Line ${index + 1}: the cat naps.`,
).join(' ');

const pairs = [
  ['Tell me the whole long story of the cat, please.', longAnswer],
  ['What is the capital of France?', 'Paris.'],
  ['What is the capital of Japan?', 'Tokyo.'],
  ['How many legs does a spider have?', 'Eight.'],
  ['What colour is the sky on a clear day?', 'Blue.'],
  ['Who wrote Hamlet?', 'William Shakespeare.'],
  ['What is two plus two?', 'Four.'],
  [
    'Explain slowly what the cat does all day.',
    'The cat wakes up, stretches, eats breakfast, looks out of the window, naps in the sun, chases a fly, naps again, and waits for dinner. Then it sleeps.',
  ],
  ['What language is spoken in Brazil?', 'Portuguese.'],
  ['How many days are in a week?', 'Seven.'],
] as const;

describe('long and interrupted answers', () => {
  let harness: TestBot;
  let model: string;

  beforeAll(async () => {
    harness = await startTestBot();
    model = (await trainTestModel({ openai: harness.openai, pairs, suffix: 'long' })).model;
  });
  afterAll(async () => {
    await harness?.close();
  });

  async function finished(threadTs: string) {
    await waitFor(
      () => {
        const messages = harness.slack.botMessages('C0FINETUNE', threadTs);
        return (
          messages.length > 0 &&
          harness.bot.services.tasks.size === 0 &&
          messages.every((message) => !message.streaming)
        );
      },
      { what: 'the answer to finish' },
    );
    await harness.bot.whenIdle();
  }

  it('spreads an answer over 12,000 characters across messages, whole and in order', async () => {
    expect(longAnswer.length).toBeGreaterThan(30_000);
    const { threadTs } = await harness.say(
      `<@UBOT> ${model} Tell me the whole long story of the cat, please.`,
    );
    await finished(threadTs);
    const messages = harness.slack.botMessages('C0FINETUNE', threadTs);
    expect(messages.length).toBeGreaterThanOrEqual(3);
    expect(messages.every((message) => message.text.length <= 12_000)).toBe(true);
    expect(harness.answerText(threadTs)).toBe(longAnswer);
    expect(messages.every((message) => message.metadata?.event_type === 'tuneline_answer')).toBe(
      true,
    );
  });

  it('finishes a stream that expires mid-answer without losing text', async () => {
    harness.slack.expireNextStreamAfter(0);
    const { threadTs } = await harness.say(
      `<@UBOT> ${model} Explain slowly what the cat does all day.`,
    );
    await finished(threadTs);
    expect(
      harness.slack
        .callsTo('chat.appendStream')
        .some((call) => call.outcome === 'message_not_in_streaming_state'),
    ).toBe(true);
    const update = harness.slack
      .callsTo('chat.update')
      .filter((call) => call.outcome === 'ok')
      .at(-1);
    expect(update?.params.markdown_text).toBe(pairs[7][1]);
    expect(harness.answerText(threadTs)).toBe(pairs[7][1]);
  });

  it('buffers through 429s on the streaming methods and still delivers the whole answer', async () => {
    harness.slack.setStreamingRateLimit({ limit: 1, windowMs: 600, retryAfterSeconds: 0.6 });
    try {
      const { threadTs } = await harness.say(
        `<@UBOT> ${model} Explain slowly what the cat does all day.`,
      );
      await finished(threadTs);
      expect(harness.slack.calls.some((call) => call.outcome === 'ratelimited')).toBe(true);
      expect(harness.answerText(threadTs)).toBe(pairs[7][1]);
    } finally {
      harness.slack.setStreamingRateLimit(undefined);
    }
  });

  it('Compare with base model posts the base model’s answer to the same question in the thread', async () => {
    const before = harness.proxy.chatRequests().length;
    const { threadTs } = await harness.say(`<@UBOT> ${model} What is the capital of France?`);
    await finished(threadTs);
    const [answer] = harness.slack.botMessages('C0FINETUNE', threadTs);
    const button = (
      answer?.blocks as { elements?: { action_id: string; value: string }[] }[] | undefined
    )
      ?.flatMap((block) => block.elements ?? [])
      .find((element) => element.action_id === 'tuneline_compare_base');
    expect(button).toBeDefined();
    await harness.pressButton('tuneline_compare_base', button?.value ?? '');
    const comparison = await waitFor(() =>
      harness.slack
        .botMessages('C0FINETUNE', threadTs)
        .find(
          (message) => message.metadata?.event_type === 'tuneline_comparison' && !message.streaming,
        ),
    );
    await harness.bot.whenIdle();
    expect(comparison.text).toMatch(
      /^\*Base model `gpt-4o-mini-2024-07-18`:\*\nThis is an emulated reply from gpt-4o-mini-2024-07-18/,
    );
    const requests = harness.proxy.chatRequests().slice(before);
    expect(requests.map((request) => (request.body as { model?: string }).model)).toEqual([
      model,
      'gpt-4o-mini-2024-07-18',
    ]);
    expect((requests[1]?.body as { messages?: unknown } | undefined)?.messages).toEqual([
      { role: 'user', content: 'What is the capital of France?', name: 'UALICE' },
    ]);
  });
});

describe('a model that stops sending text', () => {
  let harness: TestBot;
  let model: string;

  beforeAll(async () => {
    harness = await startTestBot({
      env: { TUNELINE_SLACK_IDLE_TIMEOUT: '1' },
      emulator: {
        faults: { seed: 1, routes: { 'POST /chat/completions': { slow: 1, slowMs: 4_000 } } },
      },
    });
    model = (await trainTestModel({ openai: harness.openai, pairs, suffix: 'slow' })).model;
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('gives up after the idle timeout and says so in the thread, without internals', async () => {
    const { threadTs } = await harness.say(`<@UBOT> ${model} What is two plus two?`);
    const message = await waitFor(
      () =>
        harness.slack
          .botMessages('C0FINETUNE', threadTs)
          .find((item) => !item.streaming && item.text !== ''),
      { what: 'the timeout notice' },
    );
    await harness.bot.whenIdle();
    expect(message.text).toBe(`_${model} sent nothing for 1 s; gave up on the answer._`);
  });
});
