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
import { WebClient } from '@slack/web-api';
import { createOpenAIClient } from '@tuneline/core';
import type OpenAI from 'openai';
import type { BotServices } from './bot-services.js';
import type { SlackBotConfig } from './config.js';
import { registerListeners } from './listeners/register-listeners.js';
import { createMemoryStateStore } from './store/memory-state-store.js';
import type { StateStore } from './store/state-store.js';
import { createTaskTracker } from './task-tracker.js';

/** Capabilities to use instead of the defaults (tests and the team-scale features pass these). */
export interface SlackBotDependencies {
  readonly openai?: OpenAI;
  readonly store?: StateStore;
  readonly logger?: Logger;
  readonly now?: () => number;
  /** Extra HTTP routes (health, webhooks) served beside `/slack/events`. */
  readonly customRoutes?: CustomRoute[];
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
  const receiver = createReceiver(config, {
    logger: dependencies.logger,
    customRoutes: dependencies.customRoutes ?? [],
  });
  const clientOptions = {
    ...(config.slackApiUrl === undefined ? {} : { slackApiUrl: config.slackApiUrl }),
    retryConfig: { retries: 2, factor: 2, minTimeout: 200, maxTimeout: 2_000 },
  };
  const app = new App({
    token: config.botToken,
    receiver,
    clientOptions,
    logLevel: logLevels[config.logLevel],
    ...(dependencies.logger === undefined ? {} : { logger: dependencies.logger }),
    ignoreSelf: true,
  });
  const logger = app.logger;
  const streamingClient = new WebClient(config.botToken, {
    ...clientOptions,
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 0 },
    logger,
  });
  const openai =
    dependencies.openai ??
    createOpenAIClient({
      env: {},
      apiKey: config.openai.apiKey,
      ...(config.openai.baseURL === undefined ? {} : { baseURL: config.openai.baseURL }),
    });
  const store = dependencies.store ?? createMemoryStateStore();
  const tasks = createTaskTracker();
  const services: BotServices = {
    config,
    openai,
    store,
    logger,
    tasks,
    streamingClient,
    now: dependencies.now ?? Date.now,
  };
  registerListeners(app, services);

  return {
    app,
    services,
    async start() {
      const port = config.transport.port;
      const started = (await app.start(port ?? 0)) as unknown;
      if (config.transport.kind === 'socket' && port === undefined) return { port: undefined };
      const server = started as Server | undefined;
      const address = server?.address?.() as AddressInfo | null | undefined;
      return { port: address?.port ?? port };
    },
    async stop() {
      await app.stop();
      await tasks.whenIdle();
      await store.close();
    },
    whenIdle: () => tasks.whenIdle(),
  };
}
