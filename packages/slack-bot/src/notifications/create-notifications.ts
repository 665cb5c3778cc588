import type { CustomRoute, Logger } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type OpenAI from 'openai';
import type { StateStore } from '../store/state-store.js';
import { type AnnounceJobEnd, createJobEndAnnouncer } from './announce-job-end.js';
import { createOpenAIWebhookRoute } from './create-openai-webhook-route.js';
import { type JobEndPoller, startJobEndPoller } from './start-job-end-poller.js';

/** How long starting waits for the poller's first look at the jobs (OpenAI may be slow or down). */
const firstPassTimeoutMs = 10_000;

export interface Notifications {
  /** Routes to serve on the bot's HTTP port (the webhook route when a secret is set). */
  readonly routes: CustomRoute[];
  readonly mode: 'off' | 'webhooks' | 'polling';
  /**
   * Starts the poller in polling mode and resolves after its first look at the jobs (at most
   * `firstPassTimeoutMs`), so jobs that end once the bot says it is running are announced.
   */
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Job-end notifications to `channel`: from signed OpenAI webhooks when `webhookSecret` is set,
 * otherwise by polling the project's jobs. Without a channel, notifications are off.
 * @example const notifications = createNotifications({ openai, slack: app.client, store, channel, webhookSecret, pollIntervalMs, shared, logger });
 */
export function createNotifications(options: {
  openai: OpenAI;
  slack: WebClient;
  store: StateStore;
  channel: string | undefined;
  webhookSecret: string | undefined;
  pollIntervalMs: number;
  /** Whether the store is shared and outlives this process (Redis). */
  shared: boolean;
  logger: Logger;
}): Notifications {
  const { openai, slack, store, channel, webhookSecret, logger } = options;
  const hasChannel = channel !== undefined && channel !== '';
  const hasSecret = webhookSecret !== undefined && webhookSecret !== '';
  if (!hasChannel && !hasSecret) {
    return { routes: [], mode: 'off', async start() {}, async stop() {} };
  }
  // With a secret but no channel the route still verifies every delivery; it has nowhere to post.
  const announce: AnnounceJobEnd = hasChannel
    ? createJobEndAnnouncer({ openai, slack, store, channel })
    : async () => 'no-channel';
  if (hasSecret) {
    return {
      routes: [
        createOpenAIWebhookRoute({ openai, secret: webhookSecret, store, announce, logger }),
      ],
      mode: 'webhooks',
      async start() {},
      async stop() {},
    };
  }
  let poller: JobEndPoller | undefined;
  return {
    routes: [],
    mode: 'polling',
    async start() {
      poller ??= startJobEndPoller({
        openai,
        store,
        announce,
        // At least a second between polls, whatever the config says.
        intervalMs: Math.max(1000, options.pollIntervalMs),
        shared: options.shared,
        logger,
      });
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        poller.firstPass,
        new Promise((resolve) => {
          timer = setTimeout(resolve, firstPassTimeoutMs);
        }),
      ]);
      clearTimeout(timer);
    },
    async stop() {
      await poller?.stop();
    },
  };
}
