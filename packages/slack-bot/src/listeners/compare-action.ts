import type { App, BlockButtonAction } from '@slack/bolt';
import { compareActionId, readCompareRequest } from '../blocks/compare-blocks.js';
import type { BotServices } from '../bot-services.js';
import { answerWithModel } from '../chat/answer-with-model.js';
import { fetchThread } from '../chat/fetch-thread.js';
import { messageKinds, modelMetadata } from '../chat/message-kinds.js';
import { readThread } from '../chat/read-thread.js';
import { describeRateLimit } from '../rate-limit/describe-rate-limit.js';
import { describeFailure } from './describe-failure.js';

/** "Compare with base model": the base model answers the same question, in the same thread. */
export function registerCompareAction(app: App, services: BotServices): void {
  app.action<BlockButtonAction>(
    compareActionId,
    async ({ ack, body, action, client, context, respond }) => {
      await ack();
      const request = readCompareRequest(action.value);
      const channel = body.channel?.id ?? body.container?.channel_id;
      const botUserId = context.botUserId;
      if (request === undefined || channel === undefined || botUserId === undefined) return;
      services.tasks.run(
        async () => {
          const models = await services.models.current();
          if (!models.isAllowed(request.baseModel)) {
            await respond({
              response_type: 'ephemeral',
              replace_original: false,
              text: `\`${request.baseModel}\` is not among the models configured for comparison.`,
            });
            return;
          }
          // The comparison is a chat request too: it counts against the per-user cap.
          const allowance = await services.rateLimiter.take({
            teamId: body.team?.id ?? body.user.team_id,
            userId: body.user.id,
          });
          if (!allowance.allowed) {
            await respond({
              response_type: 'ephemeral',
              replace_original: false,
              text: describeRateLimit(allowance),
            });
            return;
          }
          const thread = await fetchThread({ client, channel, threadTs: request.threadTs });
          const reading = readThread({
            messages: thread,
            botUserId,
            botId: context.botId,
            upToTs: request.questionTs,
          });
          await answerWithModel({
            services,
            model: request.baseModel,
            turns: reading.turns,
            channel,
            threadTs: request.threadTs,
            recipientUserId: body.user.id,
            recipientTeamId: body.team?.id ?? body.user.team_id ?? '',
            metadata: modelMetadata(messageKinds.comparison, request.baseModel),
            preface: `*Base model \`${request.baseModel}\`:*\n`,
          });
        },
        (error) =>
          services.logger.warn(`Could not compare with the base model: ${describeFailure(error)}`),
      );
    },
  );
}
