import { Redis } from 'ioredis';
import type { StateStore } from './state-store.js';

// INCR and EXPIRE in one script, so a crash between them can never leave a counter without a
// window; the TTL check also repairs a key that lost its expiry.
const incrementInWindowScript = `
local hits = redis.call('INCR', KEYS[1])
if hits == 1 or redis.call('TTL', KEYS[1]) < 0 then
  redis.call('EXPIRE', KEYS[1], ARGV[1])
end
return hits`;

const commandTimeoutMs = 1000;
const pingWaitMs = 1000;

/** A StateStore in Redis that holds the connection too; `connection` is exposed for tests. */
export interface RedisStateStore extends StateStore {
  /** Resolves once connected, or rejects after `timeoutMs` (the store keeps reconnecting). */
  ready(timeoutMs?: number): Promise<void>;
}

/**
 * Shares claims and counters between replicas through Redis: `SET key 1 NX EX ttl` to claim, `EXISTS` to look,
 * `DEL` to release, INCR + EXPIRE in one Lua script to count. Commands fail within a second
 * while Redis is away (it reconnects on its own); wrap it in `createResilientStateStore` so the
 * bot goes on answering.
 * @example const store = createRedisStateStore({ url: 'redis://127.0.0.1:6379' });
 */
export function createRedisStateStore(options: {
  url: string;
  /** Prepended to every key; `tuneline:` unless told. */
  keyPrefix?: string;
}): RedisStateStore {
  const redis = new Redis(options.url, {
    keyPrefix: options.keyPrefix ?? 'tuneline:',
    commandTimeout: commandTimeoutMs,
    connectTimeout: 2000,
    maxRetriesPerRequest: 1,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  });
  // Errors surface through the commands that fail; the resilient store logs them once.
  redis.on('error', () => undefined);

  function assertConnectedOrConnecting(): void {
    // While reconnecting, fail at once instead of queueing behind a dead connection.
    if (redis.status === 'reconnecting' || redis.status === 'close' || redis.status === 'end') {
      throw new Error(`Redis is not connected (${redis.status}).`);
    }
  }

  function waitUntilReady(timeoutMs = 5000): Promise<void> {
    if (redis.status === 'ready') return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        redis.off('ready', onReady);
        reject(new Error(`Redis did not answer within ${timeoutMs} ms.`));
      }, timeoutMs);
      function onReady(): void {
        clearTimeout(timer);
        resolve();
      }
      redis.once('ready', onReady);
    });
  }

  return {
    async claim(key, ttlSeconds) {
      assertConnectedOrConnecting();
      const reply = await redis.set(key, '1', 'EX', Math.max(1, Math.ceil(ttlSeconds)), 'NX');
      return reply === 'OK';
    },
    async isClaimed(key) {
      assertConnectedOrConnecting();
      return (await redis.exists(key)) === 1;
    },
    async release(key) {
      assertConnectedOrConnecting();
      await redis.del(key);
    },
    async increment(key, windowSeconds) {
      assertConnectedOrConnecting();
      const hits = await redis.eval(
        incrementInWindowScript,
        1,
        key,
        String(Math.max(1, Math.ceil(windowSeconds))),
      );
      return Number(hits);
    },
    async ping() {
      // Just started or reconnecting: give the connection a moment before calling Redis down.
      if (redis.status !== 'ready') {
        try {
          await waitUntilReady(pingWaitMs);
        } catch {
          return false;
        }
      }
      try {
        return (await redis.ping()) === 'PONG';
      } catch {
        return false;
      }
    },
    ready: waitUntilReady,
    async close() {
      if (redis.status !== 'ready') {
        redis.disconnect();
        return;
      }
      try {
        await redis.quit();
      } catch {
        redis.disconnect();
      }
    },
  };
}
