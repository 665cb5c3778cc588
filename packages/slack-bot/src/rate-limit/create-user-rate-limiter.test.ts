import { describe, expect, it } from 'vitest';
import { createMemoryStateStore } from '../store/memory-state-store.js';
import { createUserRateLimiter } from './create-user-rate-limiter.js';
import { describeRateLimit } from './describe-rate-limit.js';

describe('createUserRateLimiter', () => {
  it('lets a user send the configured number of requests per minute, then says when to retry', async () => {
    let now = Date.UTC(2026, 10, 29, 22, 0, 15);
    const limiter = createUserRateLimiter({
      store: createMemoryStateStore({ now: () => now }),
      limitPerMinute: 2,
      now: () => now,
    });
    expect(await limiter.take({ teamId: 'T1', userId: 'U1' })).toMatchObject({ allowed: true });
    expect(await limiter.take({ teamId: 'T1', userId: 'U1' })).toMatchObject({ allowed: true });
    expect(await limiter.take({ teamId: 'T1', userId: 'U1' })).toEqual({
      allowed: false,
      limit: 2,
      retryAfterSeconds: 45,
    });
    // Another user has a budget of their own.
    expect(await limiter.take({ teamId: 'T1', userId: 'U2' })).toMatchObject({ allowed: true });
    now += 45_000;
    expect(await limiter.take({ teamId: 'T1', userId: 'U1' })).toMatchObject({ allowed: true });
  });

  it('counts in the shared store, so two replicas share one budget', async () => {
    const store = createMemoryStateStore();
    const replicaA = createUserRateLimiter({ store, limitPerMinute: 3 });
    const replicaB = createUserRateLimiter({ store, limitPerMinute: 3 });
    const decisions = [
      await replicaA.take({ userId: 'U1' }),
      await replicaB.take({ userId: 'U1' }),
      await replicaA.take({ userId: 'U1' }),
      await replicaB.take({ userId: 'U1' }),
    ];
    expect(decisions.map((decision) => decision.allowed)).toEqual([true, true, true, false]);
  });

  it('is off when the limit is 0', async () => {
    const limiter = createUserRateLimiter({ store: createMemoryStateStore(), limitPerMinute: 0 });
    for (let index = 0; index < 100; index += 1) {
      expect((await limiter.take({ userId: 'U1' })).allowed).toBe(true);
    }
  });
});

describe('describeRateLimit', () => {
  it('names the limit and the wait', () => {
    expect(describeRateLimit({ limit: 5, retryAfterSeconds: 12 })).toBe(
      "You've reached the limit of 5 chat requests per minute, which keeps the team's OpenAI budget shared fairly. Please try again in about 12 s.",
    );
  });
});
