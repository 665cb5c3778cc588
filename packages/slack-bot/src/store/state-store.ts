/**
 * The bot's shared state: seen events, seen webhooks, announced jobs and per-user rate limits.
 * One process uses the memory store; several replicas share one Redis-backed store.
 */
export interface StateStore {
  /** Atomically claims `key` for `ttlSeconds`; true only for the first caller. */
  claim(key: string, ttlSeconds: number): Promise<boolean>;
  /** Whether `key` is claimed now, without claiming it. */
  isClaimed(key: string): Promise<boolean>;
  /** Gives a claim back (its work failed), so a redelivery can do it. */
  release(key: string): Promise<void>;
  /** Counts one hit in a fixed window; returns the hits so far in this window. */
  increment(key: string, windowSeconds: number): Promise<number>;
  /** Whether the backing service answers (memory: always true). */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}
