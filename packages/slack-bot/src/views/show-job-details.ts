import type { RespondFn } from '@slack/bolt';
import { describeJob, TunelineError } from '@tuneline/core';
import { renderJobDetails } from '../blocks/job-details-blocks.js';
import { renderNotice } from '../blocks/notice-blocks.js';
import type { BotServices } from '../bot-services.js';
import { type Placement, respondEphemeral } from './respond-ephemeral.js';

/** One job in detail; an unknown id is said so. */
export async function showJobDetails(options: {
  services: BotServices;
  respond: RespondFn;
  jobId: string;
  placement: Placement;
}): Promise<void> {
  const { services, jobId } = options;
  try {
    const job = await describeJob({ client: services.openai, jobId, eventLimit: 8 });
    await options.respond(
      respondEphemeral(options.placement, renderJobDetails({ job, nowMs: services.now() })),
    );
  } catch (error) {
    if (TunelineError.isInstance(error) && error.code === 'job_not_found') {
      await options.respond(
        respondEphemeral(
          options.placement,
          renderNotice(
            `I can’t find a fine-tuning job \`${jobId}\` in this project. \`/finetune status\` lists the recent ones.`,
          ),
        ),
      );
      return;
    }
    throw error;
  }
}
