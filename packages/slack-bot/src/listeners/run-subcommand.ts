import type { WebClient } from '@slack/web-api';
import { renderHelp } from '../blocks/help-blocks.js';
import type { BotServices } from '../bot-services.js';
import { requestCancel } from '../views/request-cancel.js';
import { showJobDetails } from '../views/show-job-details.js';
import { showJobList } from '../views/show-job-list.js';
import { showModels } from '../views/show-models.js';
import { startChatThread } from '../views/start-chat-thread.js';
import type { CommandRequest } from './finetune-command.js';
import type { FinetuneCommand } from './parse-finetune-command.js';

/** Does what a parsed `/finetune` line asks, after the command was acknowledged. */
export async function runSubcommand(options: {
  command: FinetuneCommand;
  request: CommandRequest;
  services: BotServices;
  client: WebClient;
}): Promise<void> {
  const { command, request, services } = options;
  const { respond } = request;
  switch (command.kind) {
    case 'status':
      await showJobList({ services, respond, placement: 'new' });
      return;
    case 'details':
      await showJobDetails({ services, respond, jobId: command.jobId, placement: 'new' });
      return;
    case 'models':
      await showModels({ services, respond });
      return;
    case 'chat':
      await startChatThread({
        services,
        client: options.client,
        respond,
        channel: request.channelId,
        userId: request.userId,
        model: command.model,
      });
      return;
    case 'cancel':
      await requestCancel({ services, respond, userId: request.userId, jobId: command.jobId });
      return;
    case 'help':
      await respond({ response_type: 'ephemeral', ...renderHelp() });
      return;
    case 'unknown':
      await respond({ response_type: 'ephemeral', ...renderHelp({ unknown: command.word }) });
      return;
    case 'missing-argument':
      await respond({
        response_type: 'ephemeral',
        ...renderHelp({
          problem:
            command.subcommand === 'chat'
              ? '`/finetune chat` needs a model: `/finetune chat ft:…` (see `/finetune models`).'
              : '`/finetune cancel` needs a job id: `/finetune cancel ftjob-…`.',
        }),
      });
      return;
  }
}
