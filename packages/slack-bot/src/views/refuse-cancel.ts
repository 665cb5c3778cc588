import type { RespondFn } from '@slack/bolt';
import { renderNotice } from '../blocks/notice-blocks.js';
import type { BotServices } from '../bot-services.js';
import { respondEphemeral } from './respond-ephemeral.js';

/** Refuses a cancel to a non-admin, politely, and logs the attempt with the user id only. */
export async function refuseCancel(options: {
  services: BotServices;
  respond: RespondFn;
  userId: string;
  jobId: string;
}): Promise<void> {
  options.services.logger.warn(
    `Refused to cancel ${options.jobId} for user ${options.userId}: not in TUNELINE_SLACK_ADMINS`,
  );
  await options.respond(
    respondEphemeral(
      'new',
      renderNotice(
        'Sorry, only Tuneline admins can cancel fine-tuning jobs. Ask one of them, or ask whoever runs the bot to add you to TUNELINE_SLACK_ADMINS.',
      ),
    ),
  );
}
