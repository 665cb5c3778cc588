import type { AllMiddlewareArgs, App, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { BotServices } from '../bot-services.js';
import { handleChatMessage, type IncomingChatMessage } from '../chat/handle-chat-message.js';
import { describeFailure } from './describe-failure.js';

/** The fields of a message or app_mention event the bot reads. */
interface ChatEvent {
  readonly channel?: string;
  readonly channel_type?: string;
  readonly ts?: string;
  readonly thread_ts?: string;
  readonly user?: string;
  readonly team?: string;
  readonly text?: string;
  readonly client_msg_id?: string;
  readonly subtype?: string;
  readonly bot_id?: string;
  readonly edited?: unknown;
}

const answeredSubtypes = new Set([undefined, 'thread_broadcast', 'file_share']);

function toIncoming(
  event: ChatEvent,
  options: { teamId: string; botUserId: string; mentioned: boolean },
): IncomingChatMessage | undefined {
  // Edits, deletions, other bots (and this bot's own streaming edits) are not questions.
  if (!answeredSubtypes.has(event.subtype) || event.bot_id !== undefined) return undefined;
  if (event.edited !== undefined) return undefined;
  if (event.user === undefined || event.user === options.botUserId) return undefined;
  if (event.channel === undefined || event.ts === undefined) return undefined;
  const text = event.text ?? '';
  return {
    channel: event.channel,
    channelType: event.channel_type,
    ts: event.ts,
    threadTs: event.thread_ts,
    user: event.user,
    team: event.team ?? options.teamId,
    text,
    clientMsgId: event.client_msg_id,
    mentioned: options.mentioned || text.includes(`<@${options.botUserId}`),
  };
}

/**
 * `app_mention` and `message` events: both lead to the same decision, and the answer is claimed
 * per message, so a mention that arrives as both (in either order) is answered once.
 */
export function registerChatEvents(app: App, services: BotServices): void {
  const handle = (
    args: (SlackEventMiddlewareArgs<'message'> | SlackEventMiddlewareArgs<'app_mention'>) &
      AllMiddlewareArgs,
    mentioned: boolean,
  ) => {
    const { context, body, client } = args;
    const botUserId = context.botUserId;
    if (botUserId === undefined) return;
    const message = toIncoming(args.event as ChatEvent, {
      teamId: String((body as { team_id?: unknown }).team_id ?? context.teamId ?? ''),
      botUserId,
      mentioned,
    });
    if (message === undefined) return;
    services.tasks.run(
      () =>
        handleChatMessage({
          message,
          services,
          client,
          models: services.models,
          botUserId,
          botId: context.botId,
        }),
      (error) => services.logger.warn(`Could not answer a message: ${describeFailure(error)}`),
    );
  };
  app.event('message', async (args) => handle(args, false));
  app.event('app_mention', async (args) => handle(args, true));
}
