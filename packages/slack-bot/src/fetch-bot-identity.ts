import { WebClient } from '@slack/web-api';
import type { SlackBotConfig } from './config.js';

/** Who the bot is in its workspace, from auth.test. */
export interface BotIdentity {
  readonly botUserId: string;
  readonly botId: string;
  readonly userName: string;
  readonly teamName: string;
}

/**
 * Checks the bot token with auth.test before the bot starts, so a bad token stops it with one
 * line, and so the first request does not wait for this call before its acknowledgement.
 */
export async function fetchBotIdentity(config: SlackBotConfig): Promise<BotIdentity> {
  const client = new WebClient(config.botToken, {
    ...(config.slackApiUrl === undefined ? {} : { slackApiUrl: config.slackApiUrl }),
    retryConfig: { retries: 2, factor: 2, minTimeout: 200, maxTimeout: 2_000 },
  });
  const result = await client.auth.test();
  return {
    botUserId: String(result.user_id ?? ''),
    botId: String(result.bot_id ?? ''),
    userName: String(result.user ?? ''),
    teamName: String(result.team ?? ''),
  };
}
