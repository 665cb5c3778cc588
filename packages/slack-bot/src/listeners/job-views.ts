import type { RespondArguments, RespondFn } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import {
  describeJob,
  describeRecentJobs,
  isTerminalJobStatus,
  TunelineError,
} from '@tuneline/core';
import { renderCancelConfirmation } from '../blocks/cancel-blocks.js';
import { renderJobDetails } from '../blocks/job-details-blocks.js';
import { renderModelList } from '../blocks/models-blocks.js';
import { renderNotice } from '../blocks/notice-blocks.js';
import { renderJobList } from '../blocks/status-blocks.js';
import type { BotServices } from '../bot-services.js';
import { listAllowedModels } from '../chat/list-allowed-models.js';
import { messageKinds, modelMetadata } from '../chat/message-kinds.js';

/** How many jobs `/finetune status` lists. */
const listedJobs = 10;

type Placement = 'new' | 'replace';

function ephemeral(
  placement: Placement,
  message: Omit<RespondArguments, 'response_type'>,
): RespondArguments {
  return {
    response_type: 'ephemeral',
    ...(placement === 'replace' ? { replace_original: true } : {}),
    ...message,
  } as RespondArguments;
}

/** The recent jobs, answered ephemerally (or in place of the message a button was pressed on). */
export async function showJobList(options: {
  services: BotServices;
  respond: RespondFn;
  placement: Placement;
}): Promise<void> {
  const { services } = options;
  const jobs = await describeRecentJobs({ client: services.openai, limit: listedJobs });
  await options.respond(
    ephemeral(options.placement, renderJobList({ jobs, nowMs: services.now() })),
  );
}

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
      ephemeral(options.placement, renderJobDetails({ job, nowMs: services.now() })),
    );
  } catch (error) {
    if (TunelineError.isInstance(error) && error.code === 'job_not_found') {
      await options.respond(
        ephemeral(
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

/** Whether `userId` may cancel jobs (TUNELINE_SLACK_ADMINS). */
export function isAdmin(services: BotServices, userId: string): boolean {
  return services.config.admins.includes(userId);
}

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
    ephemeral(
      'new',
      renderNotice(
        'Sorry, only Tuneline admins can cancel fine-tuning jobs. Ask one of them, or ask whoever runs the bot to add you to TUNELINE_SLACK_ADMINS.',
      ),
    ),
  );
}

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
        ephemeral(
          'new',
          renderNotice(`\`${jobId}\` already ended (${job.status}); there is nothing to cancel.`),
        ),
      );
      return;
    }
    await options.respond(ephemeral('new', renderCancelConfirmation(job)));
  } catch (error) {
    if (TunelineError.isInstance(error) && error.code === 'job_not_found') {
      await options.respond(
        ephemeral(
          'new',
          renderNotice(`I can’t find a fine-tuning job \`${jobId}\` in this project.`),
        ),
      );
      return;
    }
    throw error;
  }
}

/** `/finetune models`. */
export async function showModels(options: {
  services: BotServices;
  respond: RespondFn;
}): Promise<void> {
  const models = await options.services.models.current();
  await options.respond(ephemeral('new', renderModelList(models)));
}

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
      ephemeral(
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
        ephemeral(
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
