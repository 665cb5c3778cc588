import type { StateStore } from './state-store.js';

interface Entry {
  value: number;
  expiresAt: number;
}

/**
 * A StateStore in this process's memory: right for one replica, and the fallback when a shared
 * store is unreachable. Expired keys are swept as the map grows, so it stays bounded by the TTLs.
 * @example const store = createMemoryStateStore(); await store.claim('event:A1:T1:Ev1', 600);
 */
export function createMemoryStateStore(options: { now?: () => number } = {}): StateStore {
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry>();
  let sweepAt = 1024;

  function live(key: string): Entry | undefined {
    const entry = entries.get(key);
    if (entry === undefined) return undefined;
    if (entry.expiresAt <= now()) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  }

  function sweep(): void {
    if (entries.size < sweepAt) return;
    const time = now();
    for (const [key, entry] of entries) if (entry.expiresAt <= time) entries.delete(key);
    sweepAt = Math.max(1024, entries.size * 2);
  }

  return {
    async claim(key, ttlSeconds) {
      if (live(key) !== undefined) return false;
      sweep();
      entries.set(key, { value: 1, expiresAt: now() + ttlSeconds * 1000 });
      return true;
    },
    async isClaimed(key) {
      return live(key) !== undefined;
    },
    async release(key) {
      entries.delete(key);
    },
    async increment(key, windowSeconds) {
      const entry = live(key);
      if (entry !== undefined) {
        entry.value += 1;
        return entry.value;
      }
      sweep();
      entries.set(key, { value: 1, expiresAt: now() + windowSeconds * 1000 });
      return 1;
    },
    async ping() {
      return true;
    },
    async close() {
      entries.clear();
    },
  };
}
