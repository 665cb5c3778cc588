import type { StateStore } from '../store/state-store.js';

const windowSeconds = 60;

export type RateLimitDecision =
  | { readonly allowed: true; readonly count: number }
  | { readonly allowed: false; readonly limit: number; readonly retryAfterSeconds: number };

export interface UserRateLimiter {
  /** Counts one chat request by `userId` and says whether it may go on. */
  take(options: { teamId?: string | undefined; userId: string }): Promise<RateLimitDecision>;
}

/**
 * Caps chat requests per user per minute, counted in the shared store so the cap holds across
 * replicas (a fixed window aligned to the clock's minutes). A limit of 0 or less turns it off.
 * @example const limiter = createUserRateLimiter({ store, limitPerMinute: 10 });
 */
export function createUserRateLimiter(options: {
  store: StateStore;
  limitPerMinute: number;
  now?: () => number;
}): UserRateLimiter {
  const { store, limitPerMinute } = options;
  const now = options.now ?? Date.now;
  return {
    async take({ teamId, userId }) {
      if (limitPerMinute <= 0) return { allowed: true, count: 0 };
      const nowSeconds = now() / 1000;
      const window = Math.floor(nowSeconds / windowSeconds);
      const count = await store.increment(
        `rate:chat:${teamId ?? '-'}:${userId}:${window}`,
        windowSeconds,
      );
      if (count <= limitPerMinute) return { allowed: true, count };
      const retryAfterSeconds = Math.max(1, Math.ceil((window + 1) * windowSeconds - nowSeconds));
      return { allowed: false, limit: limitPerMinute, retryAfterSeconds };
    },
  };
}
