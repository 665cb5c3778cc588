import type { StateStore } from './state-store.js';

/** A StateStore in this process's memory: right for one replica, and the fallback when Redis is down. */
export function createMemoryStateStore(options: { now?: () => number } = {}): StateStore {
  const now = options.now ?? Date.now;
  const claims = new Map<string, number>();
  const counters = new Map<string, { count: number; expiresAt: number }>();

  function sweep(): void {
    const time = now();
    for (const [key, expiresAt] of claims) if (expiresAt <= time) claims.delete(key);
    for (const [key, counter] of counters) if (counter.expiresAt <= time) counters.delete(key);
  }

  let calls = 0;
  function maybeSweep(): void {
    calls += 1;
    if (calls % 1000 === 0) sweep();
  }

  return {
    async claim(key, ttlSeconds) {
      maybeSweep();
      const expiresAt = claims.get(key);
      if (expiresAt !== undefined && expiresAt > now()) return false;
      claims.set(key, now() + ttlSeconds * 1000);
      return true;
    },
    async release(key) {
      claims.delete(key);
    },
    async increment(key, windowSeconds) {
      maybeSweep();
      const counter = counters.get(key);
      if (counter === undefined || counter.expiresAt <= now()) {
        counters.set(key, { count: 1, expiresAt: now() + windowSeconds * 1000 });
        return 1;
      }
      counter.count += 1;
      return counter.count;
    },
    async ping() {
      return true;
    },
    async close() {
      claims.clear();
      counters.clear();
    },
  };
}
