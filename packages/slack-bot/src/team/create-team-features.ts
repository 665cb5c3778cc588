import type { CustomRoute, Logger } from '@slack/bolt';
import { WebClient, type WebClientOptions } from '@slack/web-api';
import type OpenAI from 'openai';
import type { SlackBotConfig } from '../config.js';
import { createHealthRoutes } from '../health/create-health-routes.js';
import { createReadinessChecks } from '../health/create-readiness-checks.js';
import { createNotifications, type Notifications } from '../notifications/create-notifications.js';
import {
  createUserRateLimiter,
  type UserRateLimiter,
} from '../rate-limit/create-user-rate-limiter.js';
import { createStateStore } from '../store/create-state-store.js';
import type { StateStore } from '../store/state-store.js';

/** What running as a team service adds to the bot: shared state, notifications, limits, health. */
export interface TeamFeatures {
  readonly store: StateStore;
  readonly rateLimiter: UserRateLimiter;
  readonly notifications: Notifications;
  /** /healthz, /readyz and, with a webhook secret, /webhooks/openai. */
  readonly routes: CustomRoute[];
  /** From now on /readyz answers 503, so a load balancer drains this replica. */
  markShuttingDown(): void;
}

/**
 * Builds the team-scale features from the config: the Redis store when `REDIS_URL` is set (memory
 * otherwise), job-end notifications, the per-user chat cap and the health routes.
 * @example const team = createTeamFeatures({ config, openai, logger, slackClientOptions });
 */
export function createTeamFeatures(options: {
  config: SlackBotConfig;
  openai: OpenAI;
  logger: Logger;
  slackClientOptions: WebClientOptions;
  /** A store to use instead of the configured one (tests). */
  store?: StateStore | undefined;
}): TeamFeatures {
  const { config, openai, logger } = options;
  const redisConfigured = config.redisUrl !== undefined;
  const store = options.store ?? createStateStore({ redisUrl: config.redisUrl, logger }).store;
  const slack = new WebClient(config.botToken, { ...options.slackClientOptions, logger });
  const notifications = createNotifications({
    openai,
    slack,
    store,
    channel: config.notifyChannel,
    webhookSecret: config.openaiWebhookSecret,
    pollIntervalMs: config.pollIntervalMs,
    shared: redisConfigured,
    logger,
  });
  const describeNotifications = {
    off: 'off (set TUNELINE_NOTIFY_CHANNEL to turn them on)',
    webhooks:
      config.notifyChannel === undefined
        ? 'nowhere: /webhooks/openai verifies deliveries, but TUNELINE_NOTIFY_CHANNEL is not set'
        : `to ${config.notifyChannel} from signed OpenAI webhooks on /webhooks/openai`,
    polling: `to ${config.notifyChannel} by polling the project's jobs every ${Math.max(1, config.pollIntervalMs / 1000)} s`,
  } as const;
  logger.info(
    `Shared state: ${redisConfigured ? 'Redis (REDIS_URL)' : 'this process only'}; job notifications ${describeNotifications[notifications.mode]}.`,
  );
  let shuttingDown = false;
  const healthRoutes = createHealthRoutes({
    checks: createReadinessChecks({ slack, openai, store, redisConfigured }),
    isShuttingDown: () => shuttingDown,
  });
  return {
    store,
    rateLimiter: createUserRateLimiter({
      store,
      limitPerMinute: config.userRateLimitPerMinute ?? 0,
    }),
    notifications,
    routes: [...notifications.routes, ...healthRoutes],
    markShuttingDown() {
      shuttingDown = true;
    },
  };
}
