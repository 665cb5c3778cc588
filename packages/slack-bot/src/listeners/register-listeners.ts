import type { App } from '@slack/bolt';
import type { BotServices } from '../bot-services.js';
import { registerChatEvents } from './chat-events.js';
import { registerCompareAction } from './compare-action.js';
import { deduplicateEvents } from './deduplicate-events.js';
import { registerFinetuneCommand } from './finetune-command.js';
import { registerJobActions } from './job-actions.js';

/** Wires every command, action and event listener, behind the event deduplication. */
export function registerListeners(app: App, services: BotServices): void {
  app.use(deduplicateEvents(services));
  registerFinetuneCommand(app, services);
  registerChatEvents(app, services);
  registerCompareAction(app, services);
  registerJobActions(app, services);
}
