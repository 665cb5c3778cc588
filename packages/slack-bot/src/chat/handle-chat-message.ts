import type { WebClient } from '@slack/web-api';
import { renderCompareButton } from '../blocks/compare-blocks.js';
import type { BotServices } from '../bot-services.js';
import { isChannelAllowed } from '../listeners/is-channel-allowed.js';
import { describeRateLimit } from '../rate-limit/describe-rate-limit.js';
import { answerWithModel } from './answer-with-model.js';
import { describeChatFailure } from './describe-chat-failure.js';
import { fetchThread } from './fetch-thread.js';
import { listAllowedModels } from './list-allowed-models.js';
import { messageKinds, modelMetadata } from './message-kinds.js';
import type { ModelDirectory } from './model-directory.js';
import { postNotice } from './post-notice.js';
import { readThread, type ThreadReading } from './read-thread.js';
import { splitModelFromText } from './split-model-from-text.js';

/** A person's message the bot may answer, from an `app_mention` or a `message` event. */
export interface IncomingChatMessage {
  readonly channel: string;
  readonly channelType: string | undefined;
  readonly ts: string;
  readonly threadTs: string | undefined;
  readonly user: string;
  readonly team: string;
  readonly text: string;
  readonly clientMsgId: string | undefined;
  /** The message mentions the bot (always so for `app_mention`). */
  readonly mentioned: boolean;
}

/** Long enough to outlast Slack's retries and the app_mention/message pair. */
const answerClaimSeconds = 600;

/**
 * Decides whether to answer a message and answers it once: in DMs, when mentioned, and in threads
 * the bot is part of. Only after deciding does it claim the message (channel + ts, and the
 * client_msg_id), so the `message` copy of a mention cannot swallow the `app_mention` one.
 */
export async function handleChatMessage(options: {
  message: IncomingChatMessage;
  services: BotServices;
  client: WebClient;
  models: ModelDirectory;
  botUserId: string;
  botId: string | undefined;
}): Promise<void> {
  const { message, services, client, botUserId, botId } = options;
  if (!isChannelAllowed(services.config, message.channel)) {
    if (
      message.mentioned &&
      (await services.store.claim(`refused:${message.channel}:${message.ts}`, answerClaimSeconds))
    ) {
      await client.chat.postEphemeral({
        channel: message.channel,
        user: message.user,
        text: 'Tuneline is not enabled in this channel. Ask whoever runs the bot to add it to TUNELINE_SLACK_CHANNELS, or message me directly.',
      });
    }
    return;
  }
  const isDirect = message.channelType === 'im' || message.channel.startsWith('D');
  const threadTs = message.threadTs ?? message.ts;
  const inThread = message.threadTs !== undefined && message.threadTs !== message.ts;
  if (!isDirect && !message.mentioned && !inThread) return;

  const thread = await fetchThread({ client, channel: message.channel, threadTs });
  if (!thread.some((item) => item.ts === message.ts)) {
    thread.push({ ts: message.ts, user: message.user, text: message.text });
  }
  const reading = readThread({ messages: thread, botUserId, botId, upToTs: message.ts });
  const botInThread = thread.some(
    (item) =>
      item.user === botUserId &&
      (item.metadata?.event_type === messageKinds.answer ||
        item.metadata?.event_type === messageKinds.threadStart),
  );
  if (!isDirect && !message.mentioned && !botInThread) return;

  if (
    !(await services.store.claim(`answer:${message.channel}:${message.ts}`, answerClaimSeconds))
  ) {
    return;
  }
  if (
    message.clientMsgId !== undefined &&
    !(await services.store.claim(
      `answer-client:${message.team}:${message.clientMsgId}`,
      answerClaimSeconds,
    ))
  ) {
    return;
  }

  try {
    await answerClaimedMessage({ ...options, reading, threadTs, isDirect });
  } catch (error) {
    // The answer itself reports its failures; this is a failure before it (listing models…).
    services.logger.warn(`Could not answer a message: ${describeChatFailure(error)}`);
    await postNotice({
      client,
      channel: message.channel,
      threadTs,
      text: `Sorry, I couldn’t answer: ${describeChatFailure(error)}`,
    }).catch(() => undefined);
  }
}

/** Picks the model, checks it is allowed and answers: the part after the message was claimed. */
async function answerClaimedMessage(options: {
  message: IncomingChatMessage;
  services: BotServices;
  client: WebClient;
  models: ModelDirectory;
  botUserId: string;
  reading: ThreadReading;
  threadTs: string;
  isDirect: boolean;
}): Promise<void> {
  const { message, services, client, botUserId, reading, threadTs, isDirect } = options;
  const named = splitModelFromText(message.text, botUserId);
  let models = await options.models.current();
  let model = named.model ?? reading.model;
  if (model === undefined && isDirect && models.fineTuned.length === 1) {
    model = models.fineTuned[0]?.model;
  }
  if (model === undefined) {
    await postNotice({
      client,
      channel: message.channel,
      threadTs,
      text: `Which model should answer? Start with one, e.g. \`@tuneline ${models.fineTuned[0]?.model ?? 'ft:…'} your question\`, or use \`/finetune chat <model>\`. Models: ${listAllowedModels(models)}.`,
    });
    return;
  }
  models = await options.models.lookup(model);
  if (!models.isAllowed(model)) {
    services.logger.info(
      `Refused a chat with a model outside the allow-list (user ${message.user})`,
    );
    await postNotice({
      client,
      channel: message.channel,
      threadTs,
      text: `Sorry, I only talk to this project’s fine-tuned models and the base models configured for comparison, and \`${model}\` is not one of them. You can use: ${listAllowedModels(models)}.`,
    });
    return;
  }
  if (reading.turns[reading.turns.length - 1]?.role !== 'user') {
    await postNotice({
      client,
      channel: message.channel,
      threadTs,
      text: `Ask \`${model}\` something: write your question after the model.`,
    });
    return;
  }
  // Per-user cap (TUNELINE_SLACK_USER_RATE_LIMIT), counted across replicas.
  const allowance = await services.rateLimiter.take({ teamId: message.team, userId: message.user });
  if (!allowance.allowed) {
    await postNotice({
      client,
      channel: message.channel,
      threadTs,
      text: describeRateLimit(allowance),
    });
    return;
  }
  const baseModel = models.baseModelOf(model);
  await answerWithModel({
    services,
    model,
    turns: reading.turns,
    channel: message.channel,
    threadTs,
    recipientUserId: message.user,
    recipientTeamId: message.team,
    metadata: modelMetadata(messageKinds.answer, model),
    ...(baseModel === undefined
      ? {}
      : { finalBlocks: renderCompareButton({ baseModel, threadTs, questionTs: message.ts }) }),
  });
}
