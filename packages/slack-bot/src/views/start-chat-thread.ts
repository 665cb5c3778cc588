import type { RespondFn } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { renderNotice } from '../blocks/notice-blocks.js';
import type { BotServices } from '../bot-services.js';
import { listAllowedModels } from '../chat/list-allowed-models.js';
import { messageKinds, modelMetadata } from '../chat/message-kinds.js';
import { respondEphemeral } from './respond-ephemeral.js';

/**
 * Starts a thread bound to `model` in `channel`: the bot's message records the model in its
 * metadata, so any replica answers the replies in that thread with it.
 */
export async function startChatThread(options: {
  services: BotServices;
  client: WebClient;
  respond: RespondFn;
  channel: string;
  userId: string;
  model: string;
}): Promise<void> {
  const { services, model } = options;
  const models = await services.models.lookup(model);
  if (!models.isAllowed(model)) {
    await options.respond(
      respondEphemeral(
        'new',
        renderNotice(
          `Sorry, I only talk to this project’s fine-tuned models and the base models configured for comparison, and \`${model}\` is not one of them. You can use: ${listAllowedModels(models)}.`,
        ),
      ),
    );
    return;
  }
  try {
    await options.client.chat.postMessage({
      channel: options.channel,
      text: `<@${options.userId}> started a chat with \`${model}\`. Reply in this thread to talk to it; no need to mention me.`,
      metadata: modelMetadata(messageKinds.threadStart, model),
    });
  } catch (error) {
    const code = (error as { data?: { error?: unknown } }).data?.error;
    if (code === 'not_in_channel' || code === 'channel_not_found') {
      await options.respond(
        respondEphemeral(
          'new',
          renderNotice(
            'I’m not in this conversation yet: invite me with `/invite @tuneline`, or message me directly.',
          ),
        ),
      );
      return;
    }
    throw error;
  }
}
