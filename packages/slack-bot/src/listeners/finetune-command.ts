import type { AllMiddlewareArgs, App, RespondFn, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { renderNotice } from '../blocks/notice-blocks.js';
import type { BotServices } from '../bot-services.js';
import { describeFailure } from './describe-failure.js';
import { isChannelAllowed } from './is-channel-allowed.js';
import { type FinetuneCommand, parseFinetuneCommand } from './parse-finetune-command.js';
import { runSubcommand } from './run-subcommand.js';

/** Who asked, where, and how to answer them: what a subcommand needs from the slash command. */
export interface CommandRequest {
  readonly userId: string;
  readonly channelId: string;
  readonly teamId: string;
  readonly respond: RespondFn;
}

/**
 * `/finetune …`: acknowledged at once (Slack allows 3 seconds, OpenAI may take longer), then
 * answered through the response_url, ephemerally unless the person shares it.
 */
export function registerFinetuneCommand(app: App, services: BotServices): void {
  app.command(/^\/finetune/, async (args: SlackCommandMiddlewareArgs & AllMiddlewareArgs) => {
    const { command, ack, respond, client } = args;
    await ack();
    const request: CommandRequest = {
      userId: command.user_id,
      channelId: command.channel_id,
      teamId: command.team_id,
      respond,
    };
    if (!isChannelAllowed(services.config, command.channel_id)) {
      services.tasks.run(
        () =>
          respond({
            response_type: 'ephemeral',
            ...renderNotice(
              'Tuneline is not enabled in this channel. Ask an admin to add it to TUNELINE_SLACK_CHANNELS, or message the bot directly.',
            ),
          }).then(() => undefined),
        (error) => services.logger.warn(`Could not answer a command: ${describeFailure(error)}`),
      );
      return;
    }
    const parsed: FinetuneCommand = parseFinetuneCommand(command.text);
    services.tasks.run(
      () => runSubcommand({ command: parsed, request, services, client }),
      (error) => {
        services.logger.warn(`/finetune ${parsed.kind} failed: ${describeFailure(error)}`);
        void respond({
          response_type: 'ephemeral',
          ...renderNotice(`Sorry, that didn’t work: ${describeFailure(error)}`),
        }).catch(() => undefined);
      },
    );
  });
}
