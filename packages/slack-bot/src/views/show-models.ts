import type { RespondFn } from '@slack/bolt';
import { renderModelList } from '../blocks/models-blocks.js';
import type { BotServices } from '../bot-services.js';
import { respondEphemeral } from './respond-ephemeral.js';

/** `/finetune models`. */
export async function showModels(options: {
  services: BotServices;
  respond: RespondFn;
}): Promise<void> {
  const models = await options.services.models.current();
  await options.respond(respondEphemeral('new', renderModelList(models)));
}
