import type { App, BlockButtonAction } from '@slack/bolt';
import { cancelJob } from '@tuneline/core';
import { actionIds } from '../blocks/action-ids.js';
import { renderNotice } from '../blocks/notice-blocks.js';
import type { BotServices } from '../bot-services.js';
import { isAdmin } from '../views/is-admin.js';
import { refuseCancel } from '../views/refuse-cancel.js';
import { requestCancel } from '../views/request-cancel.js';
import { shareJobList } from '../views/share-job-list.js';
import { showJobDetails } from '../views/show-job-details.js';
import { showJobList } from '../views/show-job-list.js';
import { startChatThread } from '../views/start-chat-thread.js';
import { describeFailure } from './describe-failure.js';

/**
 * The buttons on the bot's messages: Refresh, Share to channel, Details, Cancel (ask, confirm,
 * dismiss) and Chat in a thread. Each is acknowledged first; the work runs afterwards.
 */
export function registerJobActions(app: App, services: BotServices): void {
  const onError = (what: string) => (error: unknown) =>
    services.logger.warn(`${what} failed: ${describeFailure(error)}`);

  app.action<BlockButtonAction>(actionIds.refreshStatus, async ({ ack, respond }) => {
    await ack();
    services.tasks.run(
      () => showJobList({ services, respond, placement: 'replace' }),
      onError('Refresh'),
    );
  });

  app.action<BlockButtonAction>(actionIds.shareStatus, async ({ ack, respond, body }) => {
    await ack();
    services.tasks.run(
      () => shareJobList({ services, respond, userId: body.user.id }),
      onError('Share to channel'),
    );
  });

  app.action<BlockButtonAction>(actionIds.jobDetails, async ({ ack, respond, action }) => {
    await ack();
    services.tasks.run(
      () => showJobDetails({ services, respond, jobId: action.value ?? '', placement: 'replace' }),
      onError('Details'),
    );
  });

  app.action<BlockButtonAction>(actionIds.requestCancel, async ({ ack, respond, action, body }) => {
    await ack();
    services.tasks.run(
      () => requestCancel({ services, respond, userId: body.user.id, jobId: action.value ?? '' }),
      onError('Cancel request'),
    );
  });

  app.action<BlockButtonAction>(actionIds.confirmCancel, async ({ ack, respond, action, body }) => {
    await ack();
    const jobId = action.value ?? '';
    const userId = body.user.id;
    services.tasks.run(async () => {
      // Checked again: the confirmation could have been forwarded to someone else.
      if (!isAdmin(services, userId)) {
        await refuseCancel({ services, respond, userId, jobId });
        return;
      }
      const job = await cancelJob({ client: services.openai, jobId });
      services.logger.info(`Job ${jobId} cancelled by user ${userId}`);
      await respond({
        response_type: 'ephemeral',
        replace_original: true,
        ...renderNotice(`:no_entry_sign: Cancelled \`${jobId}\` (now ${job.status}).`),
      });
    }, onError('Cancel'));
  });

  app.action<BlockButtonAction>(actionIds.dismissCancel, async ({ ack, respond, action }) => {
    await ack();
    services.tasks.run(
      () =>
        respond({
          response_type: 'ephemeral',
          replace_original: true,
          ...renderNotice(`Kept \`${action.value ?? ''}\` running.`),
        }).then(() => undefined),
      onError('Dismiss'),
    );
  });

  app.action<BlockButtonAction>(
    actionIds.startChat,
    async ({ ack, respond, action, body, client }) => {
      await ack();
      const channel = body.channel?.id ?? body.container?.channel_id;
      if (channel === undefined) return;
      services.tasks.run(
        () =>
          startChatThread({
            services,
            client,
            respond,
            channel,
            userId: body.user.id,
            model: action.value ?? '',
          }),
        onError('Chat in a thread'),
      );
    },
  );
}
