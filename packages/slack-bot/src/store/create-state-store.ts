import type { Logger } from '@slack/bolt';
import { createMemoryStateStore } from './memory-state-store.js';
import { createRedisStateStore } from './redis-state-store.js';
import { createResilientStateStore } from './resilient-state-store.js';
import type { StateStore } from './state-store.js';

/**
 * The bot's store: in memory for one process, or Redis (`REDIS_URL`) shared by every replica,
 * falling back to memory per replica while Redis is unreachable.
 * @example const { store, shared } = createStateStore({ redisUrl: process.env.REDIS_URL, logger });
 */
export function createStateStore(options: { redisUrl: string | undefined; logger: Logger }): {
  store: StateStore;
  shared: boolean;
} {
  if (options.redisUrl === undefined || options.redisUrl === '') {
    return { store: createMemoryStateStore(), shared: false };
  }
  const store = createResilientStateStore({
    primary: createRedisStateStore({ url: options.redisUrl }),
    fallback: createMemoryStateStore(),
    logger: options.logger,
  });
  return { store, shared: true };
}
