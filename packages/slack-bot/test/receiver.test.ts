import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  sendSignedRequest,
  signSlackBody,
  slashCommandBody,
  startTestBot,
  type TestBot,
  testChannelId,
  testSigningSecret,
  testTeamId,
  waitFor,
} from '../src/testing/index.js';

describe('the HTTP receiver', () => {
  let harness: TestBot;
  beforeAll(async () => {
    harness = await startTestBot();
  });
  afterAll(async () => {
    await harness?.close();
  });

  function helpBody(): string {
    return slashCommandBody({
      text: 'help',
      userId: 'UALICE',
      channelId: testChannelId,
      teamId: testTeamId,
      responseUrl: harness.slack.responseUrl('signed'),
    });
  }

  it('answers a request signed with the signing secret', async () => {
    const response = await sendSignedRequest({
      url: harness.eventsUrl,
      signingSecret: testSigningSecret,
      contentType: 'application/x-www-form-urlencoded',
      body: helpBody(),
    });
    expect(response.status).toBe(200);
    const post = await waitFor(() =>
      harness.slack.responsePosts.find((item) => item.path === '/response/signed'),
    );
    expect(String(post.body.text)).toContain('/finetune status');
  });

  it('refuses a forged signature with 401 and runs nothing', async () => {
    const before = harness.slack.responsePosts.length;
    const response = await sendSignedRequest({
      url: harness.eventsUrl,
      signingSecret: 'not-the-signing-secret',
      contentType: 'application/x-www-form-urlencoded',
      body: helpBody(),
    });
    expect(response.status).toBe(401);
    await harness.bot.whenIdle();
    expect(harness.slack.responsePosts.length).toBe(before);
  });

  it('refuses a correctly signed request older than five minutes with 401', async () => {
    const response = await sendSignedRequest({
      url: harness.eventsUrl,
      signingSecret: testSigningSecret,
      contentType: 'application/x-www-form-urlencoded',
      body: helpBody(),
      timestamp: Math.floor(Date.now() / 1000) - 6 * 60,
    });
    expect(response.status).toBe(401);
  });

  it('refuses a body changed after signing with 401', async () => {
    const headers = signSlackBody({ signingSecret: testSigningSecret, body: helpBody() });
    const response = await fetch(harness.eventsUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: helpBody().replace('text=help', 'text=cancel+ftjob-1'),
    });
    expect(response.status).toBe(401);
  });
});

describe('TUNELINE_SLACK_CHANNELS', () => {
  let harness: TestBot;
  beforeAll(async () => {
    harness = await startTestBot({ env: { TUNELINE_SLACK_CHANNELS: 'C0ELSEWHERE' } });
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('keeps the bot out of other channels, saying so only to the person who asked', async () => {
    const sent = await harness.command('status');
    const post = await waitFor(() =>
      harness.slack.responsePosts.find((item) => item.path === sent.responsePath),
    );
    expect(String(post.body.text)).toMatch(/^Tuneline is not enabled in this channel\./);
    await harness.say('<@UBOT> ft:gpt-4o-mini-2024-07-18:tuneline::abc hello');
    const ephemeral = await waitFor(() => harness.slack.ephemerals[0]);
    await harness.bot.whenIdle();
    expect(ephemeral).toMatchObject({ channel: 'C0FINETUNE', user: 'UALICE' });
    expect(harness.slack.ephemerals).toHaveLength(1);
    expect(harness.slack.callsTo('chat.startStream')).toEqual([]);
    expect(harness.proxy.chatRequests()).toEqual([]);
  });
});
