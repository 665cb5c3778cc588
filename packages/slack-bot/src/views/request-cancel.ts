import type { RespondFn } from '@slack/bolt';
import { describeJob, isTerminalJobStatus, TunelineError } from '@tuneline/core';
import { renderCancelConfirmation } from '../blocks/cancel-blocks.js';
import { renderNotice } from '../blocks/notice-blocks.js';
import type { BotServices } from '../bot-services.js';
import { isAdmin } from './is-admin.js';
import { refuseCancel } from './refuse-cancel.js';
import { respondEphemeral } from './respond-ephemeral.js';

/** Asks an admin to confirm a cancel; a job that already ended is said so instead. */
export async function requestCancel(options: {
  services: BotServices;
  respond: RespondFn;
  userId: string;
  jobId: string;
}): Promise<void> {
  const { services, jobId } = options;
  if (!isAdmin(services, options.userId)) {
    await refuseCancel(options);
    return;
  }
  try {
    const job = await describeJob({ client: services.openai, jobId, eventLimit: 1 });
    if (isTerminalJobStatus(job.status)) {
      await options.respond(
        respondEphemeral(
          'new',
          renderNotice(`\`${jobId}\` already ended (${job.status}); there is nothing to cancel.`),
        ),
      );
      return;
    }
    await options.respond(respondEphemeral('new', renderCancelConfirmation(job)));
  } catch (error) {
    if (TunelineError.isInstance(error) && error.code === 'job_not_found') {
      await options.respond(
        respondEphemeral(
          'new',
          renderNotice(`I can’t find a fine-tuning job \`${jobId}\` in this project.`),
        ),
      );
      return;
    }
    throw error;
  }
}
