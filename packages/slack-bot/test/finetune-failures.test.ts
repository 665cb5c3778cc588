import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryLogger, startTestBot, type TestBot, waitFor } from '../src/testing/index.js';

describe('when OpenAI fails', () => {
  let harness: TestBot;
  const logger = createMemoryLogger();
  beforeAll(async () => {
    harness = await startTestBot({
      emulator: { faults: { seed: 3, routes: { 'GET /fine_tuning/jobs': { serverError: 1 } } } },
      dependencies: { logger },
    });
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('still acknowledges at once, then says what failed without internals', async () => {
    const sent = await harness.command('status');
    expect(sent.status).toBe(200);
    expect(sent.body).toBe('');
    const post = await waitFor(
      () => harness.slack.responsePosts.find((item) => item.path === sent.responsePath),
      { what: 'the error answer' },
    );
    const text = String(post.body.text);
    expect(text).toMatch(/^Sorry, that didn’t work: /);
    // OpenAI's own sentence, said once, without the HTTP status or a doubled full stop.
    expect(text).toContain('Could not list fine-tuning jobs: The server had an error');
    expect(text).not.toContain('!.');
    expect(text).not.toMatch(/\bat .*\.js:\d+/);
    expect(text).not.toContain('sk-tuneline-emulator');
    expect(logger.lines.some((line) => line.includes('/finetune status failed'))).toBe(true);
  });

  it('says so in the thread when the models cannot be listed, and asks no model', async () => {
    const { threadTs } = await harness.say(
      '<@UBOT> ft:gpt-4o-mini-2024-07-18:tuneline::abc12345 hello',
      {
        events: ['app_mention'],
      },
    );
    const notice = await waitFor(() => harness.slack.botMessages('C0FINETUNE', threadTs)[0], {
      what: 'the notice',
    });
    expect(notice.text).toMatch(/^Sorry, I couldn’t answer: /);
    expect(notice.text).toContain('Could not list fine-tuning jobs: The server had an error');
    expect(notice.metadata?.event_type).toBe('tuneline_notice');
    expect(harness.proxy.chatRequests()).toEqual([]);
  });
});
