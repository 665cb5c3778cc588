import type { RespondArguments, RespondFn } from '@slack/bolt';
import { describeRecentJobs } from '@tuneline/core';
import { renderJobList } from '../blocks/status-blocks.js';
import type { BotServices } from '../bot-services.js';
import { listedJobs } from './listed-jobs.js';

/** The recent jobs, posted to the channel for everyone, with who shared them. */
export async function shareJobList(options: {
  services: BotServices;
  respond: RespondFn;
  userId: string;
}): Promise<void> {
  const { services } = options;
  const jobs = await describeRecentJobs({ client: services.openai, limit: listedJobs });
  await options.respond({
    response_type: 'in_channel',
    replace_original: false,
    ...renderJobList({ jobs, nowMs: services.now(), sharedBy: options.userId }),
  } as RespondArguments);
}
