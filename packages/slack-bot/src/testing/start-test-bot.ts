import { type StartEmulatorOptions, startEmulator } from '@tuneline/emulator';
import OpenAI from 'openai';
import { readSlackBotConfig } from '../config.js';
import { createSlackBot, type SlackBot, type SlackBotDependencies } from '../create-app.js';
import { fetchBotIdentity } from '../fetch-bot-identity.js';
import { type FakeSlackOptions, startFakeSlackApi } from './fake-slack-api.js';
import { startRecordingOpenAIProxy } from './recording-openai-proxy.js';
import {
  blockActionBody,
  eventEnvelope,
  sendSignedRequest,
  slashCommandBody,
} from './slack-request.js';

export const testSigningSecret = 'tuneline-test-signing-secret';
export const testTeamId = 'T0TEAM';
export const testChannelId = 'C0FINETUNE';

/**
 * The bot on its HTTP receiver (a free port), its Web API calls going to a fake Slack, and
 * OpenAI being the emulator behind a recording proxy; plus helpers that send signed requests.
 */
export async function startTestBot(
  options: {
    env?: Record<string, string>;
    emulator?: StartEmulatorOptions;
    slack?: FakeSlackOptions;
    dependencies?: SlackBotDependencies;
  } = {},
) {
  const emulator = await startEmulator({ speed: 5000, ...options.emulator });
  const proxy = await startRecordingOpenAIProxy({ target: emulator.url });
  const slack = await startFakeSlackApi({ teamId: testTeamId, ...options.slack });
  const openai = new OpenAI({ baseURL: emulator.url, apiKey: emulator.apiKey, maxRetries: 0 });
  const result = readSlackBotConfig({
    SLACK_BOT_TOKEN: 'xoxb-tuneline-test',
    SLACK_SIGNING_SECRET: testSigningSecret,
    PORT: '0',
    OPENAI_API_KEY: emulator.apiKey,
    OPENAI_BASE_URL: proxy.url,
    SLACK_API_URL: slack.apiUrl,
    TUNELINE_SLACK_LOG_LEVEL: 'warn',
    ...options.env,
  });
  if (!result.ok) throw new Error(result.message);
  const identity = await fetchBotIdentity(result.config);
  const bot: SlackBot = createSlackBot(result.config, { identity, ...options.dependencies });
  const { port } = await bot.start();
  const eventsUrl = `http://127.0.0.1:${String(port)}/slack/events`;
  let eventNumber = 0;
  let responseNumber = 0;

  return {
    bot,
    slack,
    emulator,
    /** An SDK client straight to the emulator, to set the scene (train models, create jobs). */
    openai,
    proxy,
    eventsUrl,
    port,
    /** Sends `/finetune <text>` as `userId`; its answers land in slack.responsePosts under the returned path. */
    async command(text: string, options: { userId?: string; channelId?: string } = {}) {
      responseNumber += 1;
      const responseUrl = slack.responseUrl(`command-${responseNumber}`);
      const response = await sendSignedRequest({
        url: eventsUrl,
        signingSecret: testSigningSecret,
        contentType: 'application/x-www-form-urlencoded',
        body: slashCommandBody({
          text,
          userId: options.userId ?? 'UALICE',
          channelId: options.channelId ?? testChannelId,
          teamId: testTeamId,
          responseUrl,
        }),
      });
      return { ...response, responsePath: new URL(responseUrl).pathname };
    },
    /** Presses a button as `userId`. */
    async pressButton(
      actionId: string,
      value: string,
      options: { userId?: string; channelId?: string } = {},
    ) {
      responseNumber += 1;
      const responseUrl = slack.responseUrl(`action-${responseNumber}`);
      const response = await sendSignedRequest({
        url: eventsUrl,
        signingSecret: testSigningSecret,
        contentType: 'application/x-www-form-urlencoded',
        body: blockActionBody({
          actionId,
          value,
          userId: options.userId ?? 'UALICE',
          channelId: options.channelId ?? testChannelId,
          teamId: testTeamId,
          responseUrl,
        }),
      });
      return { ...response, responsePath: new URL(responseUrl).pathname };
    },
    /** Delivers an Events API event; `retryNum` adds Slack's retry headers. */
    async sendEvent(
      event: Record<string, unknown>,
      options: { eventId?: string; retryNum?: number } = {},
    ) {
      eventNumber += 1;
      const eventId = options.eventId ?? `Ev${String(eventNumber).padStart(8, '0')}`;
      const response = await sendSignedRequest({
        url: eventsUrl,
        signingSecret: testSigningSecret,
        contentType: 'application/json',
        body: eventEnvelope({ event, eventId, teamId: testTeamId }),
        headers:
          options.retryNum === undefined
            ? {}
            : {
                'x-slack-retry-num': String(options.retryNum),
                'x-slack-retry-reason': 'http_timeout',
              },
      });
      return { ...response, eventId };
    },
    /**
     * A person writes in Slack: the message is stored in the fake Slack (so conversations.replies
     * sees it), then delivered as the events Slack sends for it: a mention in a channel comes
     * as `app_mention` and `message`, a thread reply or DM as `message`.
     */
    async say(
      text: string,
      options: {
        user?: string;
        channel?: string;
        threadTs?: string;
        events?: readonly ('app_mention' | 'message')[];
      } = {},
    ) {
      const channel = options.channel ?? testChannelId;
      const stored = slack.postUserMessage({
        channel,
        user: options.user ?? 'UALICE',
        text,
        ...(options.threadTs === undefined ? {} : { threadTs: options.threadTs }),
      });
      const mentions = text.includes(`<@${slack.botUserId}>`);
      const events =
        options.events ??
        (mentions && !channel.startsWith('D') ? ['app_mention', 'message'] : ['message']);
      const base = {
        channel,
        user: stored.user,
        text,
        ts: stored.ts,
        event_ts: stored.ts,
        team: testTeamId,
        client_msg_id: stored.clientMsgId,
        ...(options.threadTs === undefined ? {} : { thread_ts: options.threadTs }),
      };
      const deliveries = [];
      for (const type of events) {
        deliveries.push(
          await this.sendEvent(
            type === 'message'
              ? { type, ...base, channel_type: channel.startsWith('D') ? 'im' : 'channel' }
              : { type, ...base },
          ),
        );
      }
      return { ts: stored.ts, threadTs: options.threadTs ?? stored.ts, deliveries };
    },
    /** The text of the bot's answer messages in a thread, joined in order. */
    answerText(threadTs: string, channel = testChannelId): string {
      return slack
        .botMessages(channel, threadTs)
        .filter((message) => message.metadata?.event_type === 'tuneline_answer')
        .map((message) => message.text)
        .join('');
    },
    async close() {
      await bot.stop();
      await slack.close();
      await proxy.close();
      await emulator.close();
    },
  };
}

export type TestBot = Awaited<ReturnType<typeof startTestBot>>;
