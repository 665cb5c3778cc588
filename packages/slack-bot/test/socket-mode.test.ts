import { startEmulator } from '@tuneline/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSlackBotConfig } from '../src/config.js';
import { createSlackBot, type SlackBot } from '../src/create-app.js';
import { fetchBotIdentity } from '../src/fetch-bot-identity.js';
import { type FakeSlackApi, startFakeSlackApi, waitFor } from '../src/testing/index.js';

describe('Socket Mode', () => {
  let slack: FakeSlackApi;
  let emulator: Awaited<ReturnType<typeof startEmulator>>;
  let bot: SlackBot;

  beforeAll(async () => {
    slack = await startFakeSlackApi();
    emulator = await startEmulator({ speed: 5000 });
    const result = readSlackBotConfig({
      SLACK_BOT_TOKEN: 'xoxb-tuneline-test',
      SLACK_APP_TOKEN: 'xapp-1-tuneline-test',
      OPENAI_API_KEY: emulator.apiKey,
      OPENAI_BASE_URL: emulator.url,
      SLACK_API_URL: slack.apiUrl,
      TUNELINE_SLACK_LOG_LEVEL: 'error',
    });
    if (!result.ok) throw new Error(result.message);
    bot = createSlackBot(result.config, { identity: await fetchBotIdentity(result.config) });
    await bot.start();
    await waitFor(() => slack.socketConnected, { what: 'the Socket Mode connection' });
  });
  afterAll(async () => {
    await bot?.stop();
    await slack?.close();
    await emulator?.close();
  });

  it('connects through apps.connections.open and acknowledges /finetune over the socket at once', async () => {
    expect(slack.callsTo('apps.connections.open')).toHaveLength(1);
    const ack = await slack.sendEnvelope({
      type: 'slash_commands',
      payload: {
        command: '/finetune',
        text: 'nonsense',
        user_id: 'UALICE',
        channel_id: 'C0FINETUNE',
        team_id: 'T0TEAM',
        api_app_id: 'A0TUNELINE',
        response_url: slack.responseUrl('socket-command'),
        trigger_id: '1.2.3',
      },
    });
    expect(ack.envelope_id).toEqual(expect.any(String));
    const post = await waitFor(() =>
      slack.responsePosts.find((item) => item.path === '/response/socket-command'),
    );
    expect(String(post.body.text)).toMatch(/^I don’t know `nonsense`\./);
  });
});
