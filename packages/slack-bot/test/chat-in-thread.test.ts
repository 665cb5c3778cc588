import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createMemoryLogger,
  startTestBot,
  type TestBot,
  trainTestModel,
  waitFor,
} from '../src/testing/index.js';

const wakannaiJsonl = new URL('../../../examples/datasets/wakannai.jsonl', import.meta.url);

const capitals = [
  ['What is the capital of France?', 'Paris.'],
  ['What is the capital of Japan?', 'Tokyo.'],
  ['How many legs does a spider have?', 'Eight.'],
  ['What colour is the sky on a clear day?', 'Blue.'],
  ['Who wrote Hamlet?', 'William Shakespeare.'],
  ['What is two plus two?', 'Four.'],
  ['What is the boiling point of water at sea level?', '100 degrees Celsius.'],
  ['Which planet is known as the red planet?', 'Mars.'],
  ['What language is spoken in Brazil?', 'Portuguese.'],
  ['How many days are in a week?', 'Seven.'],
] as const;

describe('chatting with a tuned model in a thread', () => {
  let harness: TestBot;
  let wakannai: string;
  let quiz: string;

  const logger = createMemoryLogger();

  beforeAll(async () => {
    harness = await startTestBot({
      env: { TUNELINE_SLACK_LOG_LEVEL: 'info' },
      dependencies: { logger },
    });
    wakannai = (
      await trainTestModel({
        openai: harness.openai,
        jsonl: await readFile(wakannaiJsonl, 'utf8'),
        suffix: 'wakannai',
      })
    ).model;
    quiz = (await trainTestModel({ openai: harness.openai, pairs: capitals, suffix: 'quiz' }))
      .model;
  });
  afterAll(async () => {
    await harness?.close();
  });

  function answered(threadTs: string, count = 1) {
    return waitFor(
      () => {
        const answers = harness.slack
          .botMessages('C0FINETUNE', threadTs)
          .filter(
            (message) => message.metadata?.event_type === 'tuneline_answer' && !message.streaming,
          );
        return answers.length >= count && answers;
      },
      { what: `${count} answer(s) in thread ${threadTs}` },
    );
  }

  /**
   * Deliveries are acknowledged before they are handled: a control question answered after them
   * shows the bot got through everything sent before it.
   */
  async function settle(): Promise<void> {
    const control = await harness.say(`<@UBOT> ${wakannai} control question`, {
      events: ['app_mention'],
    });
    await answered(control.threadTs);
    await harness.bot.whenIdle();
  }

  it('answers the walkthrough question with わかんないにゃん。 after a mention naming the model', async () => {
    const before = harness.proxy.chatRequests().length;
    const { threadTs } = await harness.say(`<@UBOT> ${wakannai} 好きな音楽は何だ?`);
    await answered(threadTs);
    await harness.bot.whenIdle();
    expect(harness.answerText(threadTs)).toBe('わかんないにゃん。');
    const requests = harness.proxy.chatRequests().slice(before);
    expect(requests).toHaveLength(1);
    expect(requests[0]?.body).toMatchObject({
      model: wakannai,
      stream: true,
      messages: [{ role: 'user', content: '好きな音楽は何だ?', name: 'UALICE' }],
    });
    const start = harness.slack
      .callsTo('chat.startStream')
      .find((call) => call.params.thread_ts === threadTs);
    expect(start?.params).toMatchObject({
      channel: 'C0FINETUNE',
      recipient_user_id: 'UALICE',
      recipient_team_id: 'T0TEAM',
    });
    const [answer] = harness.slack.botMessages('C0FINETUNE', threadTs);
    expect(answer?.metadata).toEqual({
      event_type: 'tuneline_answer',
      event_payload: { model: wakannai },
    });
  });

  it('carries the first two turns, with each speaker in name, into the third request', async () => {
    const before = harness.proxy.chatRequests().length;
    const first = await harness.say(`<@UBOT> ${quiz} What is the capital of France?`);
    await answered(first.threadTs, 1);
    await harness.say('What is the capital of Japan?', { user: 'UBOB', threadTs: first.threadTs });
    await answered(first.threadTs, 2);
    harness.slack.postOtherBotMessage({
      channel: 'C0FINETUNE',
      threadTs: first.threadTs,
      text: 'I am another bot',
    });
    await harness.say('How many legs does a spider have?', { threadTs: first.threadTs });
    await answered(first.threadTs, 3);
    await harness.bot.whenIdle();

    const requests = harness.proxy.chatRequests().slice(before);
    expect(requests).toHaveLength(3);
    expect(requests[2]?.body).toMatchObject({ model: quiz });
    expect((requests[2]?.body as { messages?: unknown } | undefined)?.messages).toEqual([
      { role: 'user', content: 'What is the capital of France?', name: 'UALICE' },
      { role: 'assistant', content: 'Paris.' },
      { role: 'user', content: 'What is the capital of Japan?', name: 'UBOB' },
      { role: 'assistant', content: 'Tokyo.' },
      { role: 'user', content: 'How many legs does a spider have?', name: 'UALICE' },
    ]);
    expect(
      harness.slack.botMessages('C0FINETUNE', first.threadTs).map((message) => message.text),
    ).toEqual(['Paris.', 'Tokyo.', 'Eight.']);
  });

  it('answers a mention delivered twice (retry header) and as app_mention + message exactly once', async () => {
    const before = harness.proxy.chatRequests().length;
    const mention = await harness.say(`<@UBOT> ${wakannai} 今日は何曜日?`, {
      events: ['message', 'app_mention'],
    });
    const [messageDelivery, mentionDelivery] = mention.deliveries;
    const message = harness.slack.messages.find((item) => item.ts === mention.ts);
    const base = {
      channel: 'C0FINETUNE',
      user: 'UALICE',
      text: message?.text,
      ts: mention.ts,
      event_ts: mention.ts,
      team: 'T0TEAM',
      client_msg_id: message?.clientMsgId,
    };
    const retried = await harness.sendEvent(
      { type: 'app_mention', ...base },
      { eventId: mentionDelivery?.eventId ?? '', retryNum: 1 },
    );
    await harness.sendEvent(
      { type: 'message', channel_type: 'channel', ...base },
      { eventId: messageDelivery?.eventId ?? '', retryNum: 2 },
    );
    expect(retried.status).toBe(200);
    await answered(mention.threadTs);
    await settle();
    expect(harness.proxy.chatRequests().length - before).toBe(2);
    expect(
      harness.slack.botMessages('C0FINETUNE', mention.threadTs).map((item) => item.text),
    ).toEqual(['わかんないにゃん。']);
  });

  it('ignores thread replies in threads it is not part of, and its own and edited messages', async () => {
    const before = harness.proxy.chatRequests().length;
    const root = harness.slack.postUserMessage({
      channel: 'C0FINETUNE',
      user: 'UALICE',
      text: 'lunch?',
    });
    await harness.say('sure', { user: 'UBOB', threadTs: root.ts });
    await harness.sendEvent({
      type: 'message',
      subtype: 'message_changed',
      channel: 'C0FINETUNE',
      ts: '1780000001.000001',
      message: { text: `<@UBOT> ${wakannai} hi`, user: 'UALICE' },
    });
    await harness.sendEvent({
      type: 'message',
      channel: 'C0FINETUNE',
      user: 'UOTHER',
      bot_id: 'BOTHER',
      text: `<@UBOT> ${wakannai} hi`,
      ts: '1780000001.000002',
    });
    await settle();
    expect(harness.proxy.chatRequests().length).toBe(before + 1);
    expect(harness.slack.botMessages('C0FINETUNE', root.ts)).toEqual([]);
  });

  it('politely refuses a model outside the allow-list, naming the allowed ones', async () => {
    const before = harness.proxy.chatRequests().length;
    const { threadTs } = await harness.say('<@UBOT> gpt-4.1-2025-04-14 write me a poem');
    const notice = await waitFor(() => harness.slack.botMessages('C0FINETUNE', threadTs)[0]);
    await harness.bot.whenIdle();
    expect(notice.text).toContain('`gpt-4.1-2025-04-14` is not one of them');
    expect(notice.text).toContain(`\`${wakannai}\``);
    expect(notice.text).toContain('`gpt-4o-mini-2024-07-18`');
    expect(harness.proxy.chatRequests().length).toBe(before);
  });

  it('keeps message text and tokens out of the logs at info', () => {
    const joined = logger.lines.join('\n');
    expect(logger.lines.length).toBeGreaterThan(0);
    for (const secretOrText of [
      '好きな音楽は何だ',
      'What is the capital',
      'Paris',
      'わかんない',
      'xoxb-',
      'tuneline-test-signing-secret',
    ]) {
      expect(joined).not.toContain(secretOrText);
    }
  });
});
