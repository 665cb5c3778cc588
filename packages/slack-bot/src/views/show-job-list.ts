import type { RespondFn } from '@slack/bolt';
import { describeRecentJobs } from '@tuneline/core';
import { renderJobList } from '../blocks/status-blocks.js';
import type { BotServices } from '../bot-services.js';
import { listedJobs } from './listed-jobs.js';
import { type Placement, respondEphemeral } from './respond-ephemeral.js';

/** The recent jobs, answered ephemerally (or in place of the message a button was pressed on). */
export async function showJobList(options: {
  services: BotServices;
  respond: RespondFn;
  placement: Placement;
}): Promise<void> {
  const { services } = options;
  const jobs = await describeRecentJobs({ client: services.openai, limit: listedJobs });
  await options.respond(
    respondEphemeral(options.placement, renderJobList({ jobs, nowMs: services.now() })),
  );
}
