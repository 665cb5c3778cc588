import { WebClient } from '@slack/web-api';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryLogger, type FakeSlackApi, startFakeSlackApi } from '../testing/index.js';
import { AnswerStream } from './answer-stream.js';

const metadata = {
  event_type: 'tuneline_answer',
  event_payload: { model: 'ft:gpt-4.1-mini:acme:cat:abc' },
};
let slack: FakeSlackApi | undefined;

afterEach(async () => {
  await slack?.close();
  slack = undefined;
});

async function setUp(options: Parameters<typeof startFakeSlackApi>[0] = {}) {
  slack = await startFakeSlackApi(options);
  const client = new WebClient('xoxb-test', {
    slackApiUrl: slack.apiUrl,
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 0 },
  });
  const root = slack.postUserMessage({ channel: 'C1', user: 'UALICE', text: 'question' });
  const stream = new AnswerStream({
    client,
    channel: 'C1',
    threadTs: root.ts,
    recipientUserId: 'UALICE',
    recipientTeamId: 'T0TEAM',
    metadata,
    logger: createMemoryLogger(),
    appendIntervalMs: 5,
    updateIntervalMs: 5,
  });
  return { slack, stream, root };
}

function pieces(text: string, size: number): string[] {
  const result: string[] = [];
  for (let index = 0; index < text.length; index += size)
    result.push(text.slice(index, index + size));
  return result;
}

async function feed(stream: AnswerStream, text: string, size: number, pauseMs = 0): Promise<void> {
  for (const piece of pieces(text, size)) {
    stream.append(piece);
    if (pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
}

describe('AnswerStream', () => {
  it('streams into one message with both recipient fields and stops it with the model metadata', async () => {
    const { slack, stream, root } = await setUp();
    await feed(stream, 'わかんないにゃん。 It streams, piece by piece.', 3, 2);
    await stream.finish();
    const messages = slack.botMessages('C1', root.ts);
    expect(messages.map((message) => message.text)).toEqual([
      'わかんないにゃん。 It streams, piece by piece.',
    ]);
    expect(messages[0]?.metadata).toEqual(metadata);
    const start = slack.callsTo('chat.startStream')[0];
    expect(start?.params).toMatchObject({
      recipient_user_id: 'UALICE',
      recipient_team_id: 'T0TEAM',
      thread_ts: root.ts,
    });
    expect(slack.callsTo('chat.stopStream')).toHaveLength(1);
  });

  it('finishes a stream that expires mid-answer with chat.update, losing no text', async () => {
    const { slack, stream, root } = await setUp();
    slack.expireNextStreamAfter(2);
    const answer = Array.from({ length: 40 }, (_, index) => `Sentence ${index + 1}.`).join(' ');
    await feed(stream, answer, 7, 2);
    await stream.finish();
    expect(
      slack
        .callsTo('chat.appendStream')
        .some((call) => call.outcome === 'message_not_in_streaming_state'),
    ).toBe(true);
    expect(slack.callsTo('chat.update').length).toBeGreaterThan(0);
    const texts = slack.botMessages('C1', root.ts).map((message) => message.text);
    expect(texts.join('')).toBe(answer);
    expect(texts).toHaveLength(1);
  });

  it('spreads an answer over 12,000 characters across messages, whole and in order', async () => {
    const { slack, stream, root } = await setUp();
    const answer = Array.from({ length: 7_000 }, (_, index) => `w${index % 10}-x `)
      .join('')
      .slice(0, 30_001);
    await feed(stream, answer, 500);
    await stream.finish();
    const texts = slack.botMessages('C1', root.ts).map((message) => message.text);
    expect(texts.map((text) => text.length)).toEqual([12_000, 12_000, 6_001]);
    expect(texts.join('')).toBe(answer);
  });

  it('buffers through 429s with Retry-After on the streaming methods', async () => {
    const { slack, stream, root } = await setUp({
      streamingRateLimit: { limit: 2, windowMs: 300, retryAfterSeconds: 0.3 },
    });
    const answer = Array.from({ length: 60 }, (_, index) => `token${index}`).join(' ');
    await feed(stream, answer, 11, 3);
    await stream.finish();
    const limited = slack.calls.filter((call) => call.outcome === 'ratelimited');
    expect(limited.length).toBeGreaterThan(0);
    expect(
      slack
        .botMessages('C1', root.ts)
        .map((message) => message.text)
        .join(''),
    ).toBe(answer);
  });

  it('goes on in a new message when Slack says msg_too_long before 12,000 characters', async () => {
    const { slack, stream, root } = await setUp({ maxMarkdownChars: 5_000 });
    const answer = 'abcdefghij'.repeat(1_100);
    await feed(stream, answer, 1_000, 10);
    await stream.finish();
    expect(slack.calls.some((call) => call.outcome === 'msg_too_long')).toBe(true);
    const texts = slack.botMessages('C1', root.ts).map((message) => message.text);
    expect(texts.join('')).toBe(answer);
    expect(texts.every((text) => text.length <= 5_000)).toBe(true);
  });

  it('posts and edits when streaming is unavailable', async () => {
    const { slack, stream, root } = await setUp();
    slack.failNext('chat.startStream', 'method_not_supported_for_channel_type');
    await feed(stream, 'No streams here, but every word arrives.', 4, 2);
    await stream.finish();
    const messages = slack.botMessages('C1', root.ts);
    expect(messages.map((message) => message.text)).toEqual([
      'No streams here, but every word arrives.',
    ]);
    expect(messages[0]?.metadata).toEqual(metadata);
    expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('keeps what was generated when the person presses Stop', async () => {
    const { slack, root } = await setUp();
    let stopped = false;
    const client = new WebClient('xoxb-test', {
      slackApiUrl: slack.apiUrl,
      retryConfig: { retries: 0 },
    });
    const stoppable = new AnswerStream({
      client,
      channel: 'C1',
      threadTs: root.ts,
      recipientUserId: 'UALICE',
      recipientTeamId: 'T0TEAM',
      metadata,
      logger: createMemoryLogger(),
      appendIntervalMs: 5,
      onStoppedByUser: () => {
        stopped = true;
      },
    });
    stoppable.append('First part. ');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const ts = slack.callsTo('chat.startStream')[0]?.params.thread_ts;
    expect(ts).toBe(root.ts);
    slack.stopStreamByUser(slack.botMessages('C1', root.ts)[0]?.ts ?? '');
    stoppable.append('Second part.');
    await stoppable.finish();
    expect(stopped).toBe(true);
    expect(stoppable.stoppedByUser).toBe(true);
    expect(
      slack
        .botMessages('C1', root.ts)
        .map((message) => message.text)
        .join(''),
    ).toBe('First part. Second part.');
  });

  it('waits out Slack failing with 5xx and still delivers every word', async () => {
    const { slack, stream, root } = await setUp();
    slack.failNext('chat.appendStream', 'http_500', 'http_503');
    await feed(stream, 'Slack stumbled, the answer did not.', 5, 3);
    await stream.finish();
    expect(slack.callsTo('chat.appendStream').map((call) => call.outcome)).toContain('http_500');
    expect(
      slack
        .botMessages('C1', root.ts)
        .map((message) => message.text)
        .join(''),
    ).toBe('Slack stumbled, the answer did not.');
  });
});
