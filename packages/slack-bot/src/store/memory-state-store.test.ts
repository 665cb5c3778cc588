import { describe, expect, it } from 'vitest';
import { createMemoryStateStore } from './memory-state-store.js';

describe('createMemoryStateStore', () => {
  it('lets only the first caller claim a key until its TTL passes', async () => {
    let time = 1_000_000;
    const store = createMemoryStateStore({ now: () => time });
    expect(await store.isClaimed('event:A1:T1:Ev1')).toBe(false);
    expect(await store.claim('event:A1:T1:Ev1', 600)).toBe(true);
    expect(await store.isClaimed('event:A1:T1:Ev1')).toBe(true);
    expect(await store.claim('event:A1:T1:Ev1', 600)).toBe(false);
    time += 599_000;
    expect(await store.claim('event:A1:T1:Ev1', 600)).toBe(false);
    time += 1_000;
    expect(await store.isClaimed('event:A1:T1:Ev1')).toBe(false);
    expect(await store.claim('event:A1:T1:Ev1', 600)).toBe(true);
  });

  it('gives a released claim to the next caller', async () => {
    const store = createMemoryStateStore();
    expect(await store.claim('webhook:wh_1', 259_200)).toBe(true);
    await store.release('webhook:wh_1');
    expect(await store.claim('webhook:wh_1', 259_200)).toBe(true);
  });

  it('counts hits in a fixed window and starts again after it', async () => {
    let time = 0;
    const store = createMemoryStateStore({ now: () => time });
    expect(await store.increment('rate:U1', 60)).toBe(1);
    expect(await store.increment('rate:U1', 60)).toBe(2);
    expect(await store.increment('rate:U2', 60)).toBe(1);
    time += 60_000;
    expect(await store.increment('rate:U1', 60)).toBe(1);
    expect(await store.ping()).toBe(true);
  });
});
