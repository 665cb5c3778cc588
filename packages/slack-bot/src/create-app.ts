import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  App,
  type CustomRoute,
  HTTPReceiver,
  type Logger,
  LogLevel,
  type Receiver,
  SocketModeReceiver,
} from '@slack/bolt';
import { ConsoleLogger } from '@slack/logger';
import { WebClient } from '@slack/web-api';
import { createOpenAIClient } from '@tuneline/core';
import type OpenAI from 'openai';
import type { BotServices } from './bot-services.js';
import { createModelDirectory } from './chat/model-directory.js';
import type { SlackBotConfig } from './config.js';
import { registerListeners } from './listeners/register-listeners.js';
import type { StateStore } from './store/state-store.js';
import { createTaskTracker } from './task-tracker.js';
import { createTeamFeatures } from './team/create-team-features.js';
import { warmTokenCounters } from './team/warm-token-counters.js';

/** Capabilities to use instead of the defaults (tests and the team-scale features pass these). */
export interface SlackBotDependencies {
  readonly openai?: OpenAI;
  readonly store?: StateStore;
  readonly logger?: Logger;
  readonly now?: () => number;
  /** Extra HTTP routes (health, webhooks) served beside `/slack/events`. */
  readonly customRoutes?: CustomRoute[];
  /**
   * Who the bot is (from `fetchBotIdentity`): given, Bolt skips its own auth.test on the first
   * request, so even that one is acknowledged at once.
   */
  readonly identity?: { readonly botUserId: string; readonly botId: string };
}

/** A bot ready to start: the Bolt app, its receiver and the services its listeners share. */
export interface SlackBot {
  readonly app: App;
  readonly services: BotServices;
  /** Starts receiving; resolves to the HTTP port it listens on (undefined in Socket Mode without PORT). */
  start(): Promise<{ port: number | undefined }>;
  /** Stops receiving, lets answers in flight finish, then closes the store. */
  stop(): Promise<void>;
  /** Resolves once no answer or lookup is in flight. */
  whenIdle(): Promise<void>;
}

const logLevels = {
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
  error: LogLevel.ERROR,
} as const;

function createConsoleLogger(config: SlackBotConfig): Logger {
  const logger = new ConsoleLogger();
  logger.setName('tuneline-slack');
  logger.setLevel(logLevels[config.logLevel]);
  return logger;
}

function createReceiver(
  config: SlackBotConfig,
  options: { logger: Logger | undefined; customRoutes: CustomRoute[] },
): Receiver {
  const { transport } = config;
  const logLevel = logLevels[config.logLevel];
  if (transport.kind === 'http') {
    return new HTTPReceiver({
      signingSecret: transport.signingSecret,
      endpoints: '/slack/events',
      port: transport.port,
      customRoutes: options.customRoutes,
      logLevel,
      ...(options.logger === undefined ? {} : { logger: options.logger }),
    });
  }
  return new SocketModeReceiver({
    appToken: transport.appToken,
    customRoutes: options.customRoutes,
    logLevel,
    ...(options.logger === undefined ? {} : { logger: options.logger }),
    installerOptions: {
      ...(transport.port === undefined ? {} : { port: transport.port }),
      // The App's clientOptions do not reach the Socket Mode client; it needs its own.
      ...(config.slackApiUrl === undefined
        ? {}
        : { clientOptions: { slackApiUrl: config.slackApiUrl } }),
    },
  });
}

/**
 * Builds the bot from a checked config: a Bolt app on an HTTP receiver (`/slack/events`, signed
 * requests only) or Socket Mode, with the `/finetune` command, its buttons and thread chat.
 * @example const bot = createSlackBot(config); await bot.start();
 */
export function createSlackBot(
  config: SlackBotConfig,
  dependencies: SlackBotDependencies = {},
): SlackBot {
  const logger = dependencies.logger ?? createConsoleLogger(config);
  const clientOptions = {
    ...(config.slackApiUrl === undefined ? {} : { slackApiUrl: config.slackApiUrl }),
    retryConfig: { retries: 2, factor: 2, minTimeout: 200, maxTimeout: 2_000 },
  };
  const openai =
    dependencies.openai ??
    createOpenAIClient({
      env: {},
      apiKey: config.openai.apiKey,
      ...(config.openai.baseURL === undefined ? {} : { baseURL: config.openai.baseURL }),
    });
  const team = createTeamFeatures({
    config,
    openai,
    logger,
    slackClientOptions: clientOptions,
    store: dependencies.store,
  });
  // In Socket Mode the routes need PORT: without it Bolt would open port 3000 on its own.
  const servesRoutes = config.transport.kind === 'http' || config.transport.port !== undefined;
  if (!servesRoutes && team.notifications.mode === 'webhooks') {
    logger.warn(
      'OPENAI_WEBHOOK_SECRET is set but PORT is not: in Socket Mode /webhooks/openai needs PORT.',
    );
  }
  const receiver = createReceiver(config, {
    logger,
    customRoutes: servesRoutes ? [...(dependencies.customRoutes ?? []), ...team.routes] : [],
  });
  const app = new App({
    token: config.botToken,
    receiver,
    clientOptions,
    logLevel: logLevels[config.logLevel],
    logger,
    ignoreSelf: true,
    ...(dependencies.identity === undefined
      ? {}
      : { botUserId: dependencies.identity.botUserId, botId: dependencies.identity.botId }),
  });
  const streamingClient = new WebClient(config.botToken, {
    ...clientOptions,
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 0 },
    logger,
  });
  const store = team.store;
  const tasks = createTaskTracker();
  const now = dependencies.now ?? Date.now;
  const services: BotServices = {
    config,
    openai,
    store,
    logger,
    tasks,
    streamingClient,
    rateLimiter: team.rateLimiter,
    models: createModelDirectory({ openai, patterns: config.models, now }),
    now,
  };
  registerListeners(app, services);

  return {
    app,
    services,
    async start() {
      const port = config.transport.port;
      warmTokenCounters();
      const started = (await app.start(port ?? 0)) as unknown;
      await team.notifications.start();
      if (config.transport.kind === 'socket' && port === undefined) return { port: undefined };
      const server = started as Server | undefined;
      const address = server?.address?.() as AddressInfo | null | undefined;
      return { port: address?.port ?? port };
    },
    async stop() {
      team.markShuttingDown();
      await team.notifications.stop();
      await app.stop();
      await tasks.whenIdle();
      await store.close();
    },
    whenIdle: () => tasks.whenIdle(),
  };
}
