import type { SlackBotConfig } from '../config.js';

/** Whether the bot works in `channel`: any listed channel (all when none are), and DMs with it. */
export function isChannelAllowed(config: SlackBotConfig, channel: string | undefined): boolean {
  if (channel === undefined) return false;
  if (config.channels.length === 0 || channel.startsWith('D')) return true;
  return config.channels.includes(channel);
}
