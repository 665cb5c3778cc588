import { renderHelp } from '../blocks/help-blocks.js';
import type { BotServices } from '../bot-services.js';
import type { CommandRequest } from './finetune-command.js';
import type { FinetuneCommand } from './parse-finetune-command.js';

/** Does what a parsed `/finetune` line asks, after the command was acknowledged. */
export async function runSubcommand(options: {
  command: FinetuneCommand;
  request: CommandRequest;
  services: BotServices;
}): Promise<void> {
  const { command, request } = options;
  switch (command.kind) {
    case 'help':
      await request.respond({ response_type: 'ephemeral', ...renderHelp() });
      return;
    case 'unknown':
      await request.respond({
        response_type: 'ephemeral',
        ...renderHelp({ unknown: command.word }),
      });
      return;
    case 'missing-argument':
      await request.respond({
        response_type: 'ephemeral',
        ...renderHelp({
          problem:
            command.subcommand === 'chat'
              ? '`/finetune chat` needs a model: `/finetune chat ft:…` (see `/finetune models`).'
              : '`/finetune cancel` needs a job id: `/finetune cancel ftjob-…`.',
        }),
      });
      return;
    default:
      await request.respond({ response_type: 'ephemeral', ...renderHelp() });
  }
}
