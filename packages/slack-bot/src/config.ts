import { z } from 'zod';

const idList = (pattern: RegExp, what: string) =>
  z
    .string()
    .optional()
    .transform((value) =>
      (value ?? '')
        .split(/[\s,]+/)
        .map((item) => item.trim())
        .filter((item) => item !== ''),
    )
    .refine((items) => items.every((item) => pattern.test(item)), {
      message: `must be ${what}, separated by commas`,
    });

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? undefined : value.trim()));

const optionalUrl = (protocols: readonly string[]) =>
  optionalText.refine(
    (value) => {
      if (value === undefined) return true;
      try {
        return protocols.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    },
    { message: `must be a ${protocols.join(' or ')} URL` },
  );

const positiveInteger = (fallback: number | undefined) =>
  optionalText
    .refine((value) => value === undefined || /^\d+$/.test(value), {
      message: 'must be a whole number',
    })
    .transform((value) => (value === undefined ? fallback : Number(value)));

/** The environment the bot reads, as zod checks it; unknown variables are ignored. */
export const slackBotEnvironmentSchema = z.object({
  SLACK_BOT_TOKEN: z
    .string({ error: 'is missing: set it to the bot token (xoxb-…) from OAuth & Permissions' })
    .trim()
    .startsWith('xoxb-', { error: 'must be a bot token starting with xoxb-' }),
  SLACK_APP_TOKEN: optionalText.refine(
    (value) => value === undefined || value.startsWith('xapp-'),
    { message: 'must be an app-level token starting with xapp- (Socket Mode)' },
  ),
  SLACK_SIGNING_SECRET: optionalText,
  PORT: optionalText
    .refine((value) => value === undefined || (/^\d+$/.test(value) && Number(value) <= 65_535), {
      message: 'must be a port number (0-65535)',
    })
    .transform((value) => (value === undefined ? undefined : Number(value))),
  OPENAI_API_KEY: z
    .string({ error: 'is missing: set it to an OpenAI API key of the project' })
    .trim()
    .min(1, { error: 'is empty: set it to an OpenAI API key of the project' }),
  OPENAI_BASE_URL: optionalUrl(['http:', 'https:']),
  SLACK_API_URL: optionalUrl(['http:', 'https:']),
  TUNELINE_SLACK_ADMINS: idList(/^[UW][A-Z0-9]+$/, 'Slack user ids (U…)'),
  TUNELINE_SLACK_CHANNELS: idList(/^[CGD][A-Z0-9]+$/, 'Slack channel ids (C…)'),
  TUNELINE_SLACK_MODELS: idList(/^[\w.:*-]+$/, 'model ids (a trailing * matches a prefix)'),
  TUNELINE_SLACK_LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  TUNELINE_SLACK_IDLE_TIMEOUT: positiveInteger(30),
  TUNELINE_SLACK_TOTAL_TIMEOUT: positiveInteger(600),
  REDIS_URL: optionalUrl(['redis:', 'rediss:']),
  OPENAI_WEBHOOK_SECRET: optionalText,
  TUNELINE_NOTIFY_CHANNEL: optionalText.refine(
    (value) => value === undefined || /^[CGD][A-Z0-9]+$/.test(value),
    { message: 'must be a Slack channel id (C…)' },
  ),
  TUNELINE_SLACK_USER_RATE_LIMIT: positiveInteger(undefined),
  TUNELINE_SLACK_POLL_INTERVAL: positiveInteger(60),
});

/** How the bot receives Slack's requests. */
export type SlackTransport =
  | { readonly kind: 'socket'; readonly appToken: string; readonly port: number | undefined }
  | { readonly kind: 'http'; readonly signingSecret: string; readonly port: number };

/** Everything the bot needs to run, read once at start. */
export interface SlackBotConfig {
  readonly botToken: string;
  readonly transport: SlackTransport;
  readonly openai: { readonly apiKey: string; readonly baseURL: string | undefined };
  /** Another Slack Web API base URL (the tests' fake Slack), ending in `/`. */
  readonly slackApiUrl: string | undefined;
  readonly admins: readonly string[];
  /** Channels where the bot answers; empty = all. */
  readonly channels: readonly string[];
  /** Narrows the models people may chat with; empty = no narrowing. */
  readonly models: readonly string[];
  readonly logLevel: 'debug' | 'info' | 'warn' | 'error';
  readonly idleTimeoutMs: number;
  readonly totalTimeoutMs: number;
  readonly redisUrl: string | undefined;
  readonly openaiWebhookSecret: string | undefined;
  readonly notifyChannel: string | undefined;
  /** Chat requests per user per minute; undefined = no cap. */
  readonly userRateLimitPerMinute: number | undefined;
  readonly pollIntervalMs: number;
}

export type SlackBotConfigResult =
  | { readonly ok: true; readonly config: SlackBotConfig }
  | { readonly ok: false; readonly message: string };

/**
 * Reads and checks the bot's environment. A problem comes back as one line naming each bad
 * variable, never echoing its value (they are secrets).
 * @example const result = readSlackBotConfig(process.env); if (!result.ok) exit(result.message);
 */
export function readSlackBotConfig(
  environment: Readonly<Record<string, string | undefined>>,
): SlackBotConfigResult {
  const parsed = slackBotEnvironmentSchema.safeParse(environment);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map(
        (issue) => `${issue.path.join('.') || 'environment'} ${issue.message}`,
      );
  const isBlank = (value: string | undefined) => value === undefined || value.trim() === '';
  if (isBlank(environment.SLACK_APP_TOKEN) && isBlank(environment.SLACK_SIGNING_SECRET)) {
    problems.push(
      'SLACK_SIGNING_SECRET is missing: set SLACK_APP_TOKEN (xapp-…) for Socket Mode, or SLACK_SIGNING_SECRET and PORT for HTTP',
    );
  }
  if (!parsed.success || problems.length > 0) {
    return { ok: false, message: `Invalid configuration: ${problems.join('; ')}` };
  }
  const value = parsed.data;
  const transport: SlackTransport =
    value.SLACK_APP_TOKEN !== undefined
      ? { kind: 'socket', appToken: value.SLACK_APP_TOKEN, port: value.PORT }
      : { kind: 'http', signingSecret: value.SLACK_SIGNING_SECRET ?? '', port: value.PORT ?? 3000 };
  const slackApiUrl =
    value.SLACK_API_URL === undefined ? undefined : value.SLACK_API_URL.replace(/\/?$/, '/');
  return {
    ok: true,
    config: {
      botToken: value.SLACK_BOT_TOKEN,
      transport,
      openai: { apiKey: value.OPENAI_API_KEY, baseURL: value.OPENAI_BASE_URL },
      slackApiUrl,
      admins: value.TUNELINE_SLACK_ADMINS,
      channels: value.TUNELINE_SLACK_CHANNELS,
      models: value.TUNELINE_SLACK_MODELS,
      logLevel: value.TUNELINE_SLACK_LOG_LEVEL,
      idleTimeoutMs: (value.TUNELINE_SLACK_IDLE_TIMEOUT ?? 30) * 1000,
      totalTimeoutMs: (value.TUNELINE_SLACK_TOTAL_TIMEOUT ?? 600) * 1000,
      redisUrl: value.REDIS_URL,
      openaiWebhookSecret: value.OPENAI_WEBHOOK_SECRET,
      notifyChannel: value.TUNELINE_NOTIFY_CHANNEL,
      userRateLimitPerMinute: value.TUNELINE_SLACK_USER_RATE_LIMIT,
      pollIntervalMs: (value.TUNELINE_SLACK_POLL_INTERVAL ?? 60) * 1000,
    },
  };
}
