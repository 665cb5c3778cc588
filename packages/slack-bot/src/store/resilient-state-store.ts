import type { StateStore } from './state-store.js';

/** Where the resilient store writes its two lines: when the shared store goes away, and comes back. */
export interface StateStoreLogger {
  info(message: string): void;
  warn(message: string): void;
}

const maxRememberedClaims = 50_000;

/**
 * Uses `primary` (Redis) while it answers and `fallback` (memory) while it does not, so the bot
 * keeps answering through a Redis outage. Every claim is also recorded in `fallback`, so this
 * replica never answers twice whatever Redis does. Logs one line when Redis goes away and one
 * when it is back; claims and releases made meanwhile are replayed into Redis on recovery.
 * @example createResilientStateStore({ primary: redisStore, fallback: createMemoryStateStore(), logger })
 */
export function createResilientStateStore(options: {
  primary: StateStore;
  fallback: StateStore;
  logger: StateStoreLogger;
  /** What the log lines call the primary; `Redis` unless told. */
  name?: string;
  /** How often to check whether the primary is back; 2 s unless told. */
  probeIntervalMs?: number;
  now?: () => number;
}): StateStore {
  const { primary, fallback, logger } = options;
  const now = options.now ?? Date.now;
  const probeIntervalMs = options.probeIntervalMs ?? 2000;
  const name = options.name ?? 'Redis';
  let degraded = false;
  let probe: NodeJS.Timeout | undefined;
  let closed = false;
  const claimedWhileDegraded = new Map<string, number>();
  const releasedWhileDegraded = new Set<string>();

  function describe(error: unknown): string {
    return error instanceof Error ? error.message : String(error);
  }

  function enterDegraded(error: unknown): void {
    if (degraded || closed) return;
    degraded = true;
    logger.warn(
      `${name} is unreachable (${describe(error)}): still answering, with deduplication and rate limits kept in this replica until it is back.`,
    );
    probe = setInterval(() => void tryRecover(), probeIntervalMs);
    probe.unref();
  }

  async function tryRecover(): Promise<void> {
    if (!degraded || closed) return;
    if (!(await primary.ping())) return;
    try {
      for (const key of releasedWhileDegraded) await primary.release(key);
      for (const [key, expiresAt] of claimedWhileDegraded) {
        const remainingSeconds = Math.ceil((expiresAt - now()) / 1000);
        if (remainingSeconds > 0) await primary.claim(key, remainingSeconds);
      }
    } catch {
      return;
    }
    releasedWhileDegraded.clear();
    claimedWhileDegraded.clear();
    degraded = false;
    clearInterval(probe);
    probe = undefined;
    logger.info(`${name} is reachable again: replicas share deduplication and rate limits again.`);
  }

  function rememberClaim(key: string, ttlSeconds: number): void {
    if (claimedWhileDegraded.size >= maxRememberedClaims) return;
    claimedWhileDegraded.set(key, now() + ttlSeconds * 1000);
    releasedWhileDegraded.delete(key);
  }

  return {
    async claim(key, ttlSeconds) {
      if (!(await fallback.claim(key, ttlSeconds))) return false;
      if (degraded) {
        rememberClaim(key, ttlSeconds);
        return true;
      }
      try {
        return await primary.claim(key, ttlSeconds);
      } catch (error) {
        enterDegraded(error);
        rememberClaim(key, ttlSeconds);
        return true;
      }
    },
    async isClaimed(key) {
      if (!degraded) {
        try {
          return await primary.isClaimed(key);
        } catch (error) {
          enterDegraded(error);
        }
      }
      return fallback.isClaimed(key);
    },
    async release(key) {
      await fallback.release(key);
      if (degraded) {
        claimedWhileDegraded.delete(key);
        releasedWhileDegraded.add(key);
        return;
      }
      try {
        await primary.release(key);
      } catch (error) {
        enterDegraded(error);
        releasedWhileDegraded.add(key);
      }
    },
    async increment(key, windowSeconds) {
      if (!degraded) {
        try {
          return await primary.increment(key, windowSeconds);
        } catch (error) {
          enterDegraded(error);
        }
      }
      return fallback.increment(key, windowSeconds);
    },
    async ping() {
      const answers = await primary.ping();
      if (!answers) enterDegraded(new Error('no answer to PING'));
      else if (degraded) void tryRecover();
      return answers;
    },
    async close() {
      closed = true;
      clearInterval(probe);
      await Promise.allSettled([primary.close(), fallback.close()]);
    },
  };
}
