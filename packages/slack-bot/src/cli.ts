import { readSlackBotConfig } from './config.js';
import { createSlackBot, type SlackBot } from './create-app.js';
import { fetchBotIdentity } from './fetch-bot-identity.js';
import { describeFailure } from './listeners/describe-failure.js';

function describeStartFailure(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'EADDRINUSE') return 'PORT is already in use: choose another PORT.';
  if (code === 'EACCES')
    return 'PORT needs privileges this process lacks: choose a port above 1024.';
  const slackError = (error as { data?: { error?: unknown } } | null)?.data?.error;
  if (slackError === 'invalid_auth' || slackError === 'not_authed') {
    return 'Slack refused SLACK_BOT_TOKEN (invalid_auth): copy the bot token again from OAuth & Permissions.';
  }
  return `Could not start: ${describeFailure(error)}`;
}

const usage = [
  'Usage: npx tuneline-slack',
  '',
  'Runs the Tuneline Slack bot (/finetune status, chat with tuned models in threads).',
  'It is configured by the environment, never by flags:',
  '  SLACK_BOT_TOKEN                  the bot token (xoxb-…)',
  '  SLACK_APP_TOKEN                  Socket Mode (xapp-…); or, for HTTP,',
  '  SLACK_SIGNING_SECRET and PORT    Slack posts to /slack/events',
  '  OPENAI_API_KEY, OPENAI_BASE_URL  the OpenAI project',
  '  TUNELINE_SLACK_ADMINS, TUNELINE_SLACK_CHANNELS, TUNELINE_SLACK_MODELS, REDIS_URL,',
  '  OPENAI_WEBHOOK_SECRET, TUNELINE_NOTIFY_CHANNEL: see packages/slack-bot/README.md',
];

/**
 * Starts the bot from the environment, as `tuneline-slack` does. A bad setting or a failed
 * start prints one line and returns exit code 1; no stack trace, no secret.
 */
export async function runSlackBotCli(options: {
  env: Readonly<Record<string, string | undefined>>;
  args?: readonly string[];
  writeError: (line: string) => void;
  writeInfo: (line: string) => void;
}): Promise<{ exitCode: number; bot?: SlackBot }> {
  const args = options.args ?? [];
  if (args.includes('--help') || args.includes('-h')) {
    for (const line of usage) options.writeInfo(line);
    return { exitCode: 0 };
  }
  if (args.length > 0) {
    options.writeError(
      `tuneline-slack: it takes no arguments (got ${JSON.stringify(args[0])}); it reads its settings from the environment (see --help).`,
    );
    return { exitCode: 2 };
  }
  const result = readSlackBotConfig(options.env);
  if (!result.ok) {
    options.writeError(`tuneline-slack: ${result.message}`);
    return { exitCode: 1 };
  }
  let bot: SlackBot | undefined;
  try {
    const identity = await fetchBotIdentity(result.config);
    bot = createSlackBot(result.config, { identity });
    const { port } = await bot.start();
    const transport =
      result.config.transport.kind === 'http'
        ? `HTTP on port ${String(port)} (/slack/events)`
        : 'Socket Mode';
    options.writeInfo(
      `tuneline-slack: running as @${identity.userName} in ${identity.teamName} over ${transport}`,
    );
    return { exitCode: 0, bot };
  } catch (error) {
    options.writeError(`tuneline-slack: ${describeStartFailure(error)}`);
    await bot?.stop().catch(() => undefined);
    return { exitCode: 1 };
  }
}
