/** State the bot's replicas share: seen events, seen webhooks, announced jobs, rate limits. */
export interface StateStore {
  /** Atomically claims `key` for `ttlSeconds`; true only for the first caller. */
  claim(key: string, ttlSeconds: number): Promise<boolean>;
  /** Gives a claim back (its work failed), so a redelivery can do it. */
  release(key: string): Promise<void>;
  /** Counts one hit in a fixed window; returns the hits so far in this window. */
  increment(key: string, windowSeconds: number): Promise<number>;
  /** Whether the backing service answers (memory: always true). */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}
