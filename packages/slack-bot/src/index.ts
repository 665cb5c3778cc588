export type { BotServices } from './bot-services.js';
export {
  readSlackBotConfig,
  type SlackBotConfig,
  type SlackBotConfigResult,
  type SlackTransport,
  slackBotEnvironmentSchema,
} from './config.js';
export { createSlackBot, type SlackBot, type SlackBotDependencies } from './create-app.js';
export { type BotIdentity, fetchBotIdentity } from './fetch-bot-identity.js';
export { createMemoryStateStore } from './store/memory-state-store.js';
export { createRedisStateStore, type RedisStateStore } from './store/redis-state-store.js';
export { createResilientStateStore } from './store/resilient-state-store.js';
export type { StateStore } from './store/state-store.js';
