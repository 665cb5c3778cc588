import type { Logger } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type OpenAI from 'openai';
import type { ModelDirectory } from './chat/model-directory.js';
import type { SlackBotConfig } from './config.js';
import type { UserRateLimiter } from './rate-limit/create-user-rate-limiter.js';
import type { StateStore } from './store/state-store.js';
import type { TaskTracker } from './task-tracker.js';

/** What every listener works with: the config, the clients and the shared state. */
export interface BotServices {
  readonly config: SlackBotConfig;
  readonly openai: OpenAI;
  readonly store: StateStore;
  readonly logger: Logger;
  readonly tasks: TaskTracker;
  /**
   * A Web API client for the streaming methods that gets 429s back at once instead of sleeping
   * on them, so the answer keeps buffering while Slack asks it to wait.
   */
  readonly streamingClient: WebClient;
  /** Caps chat requests per user per minute across replicas (TUNELINE_SLACK_USER_RATE_LIMIT). */
  readonly rateLimiter: UserRateLimiter;
  /** The models people may chat with, looked up from the project's jobs. */
  readonly models: ModelDirectory;
  readonly now: () => number;
}
