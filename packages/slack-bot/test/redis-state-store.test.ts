import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryStateStore } from '../src/store/memory-state-store.js';
import { createRedisStateStore, type RedisStateStore } from '../src/store/redis-state-store.js';
import { createResilientStateStore } from '../src/store/resilient-state-store.js';
import { type RedisServer, runRedisTests, startRedisServer } from '../src/testing/redis-server.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitUntil(condition: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('Timed out waiting for a condition.');
    await sleep(50);
  }
}

describe.skipIf(!runRedisTests)('createRedisStateStore (real redis-server)', () => {
  let server: RedisServer;
  let inspector: Redis;
  const stores: RedisStateStore[] = [];
  const open = async () => {
    const store = createRedisStateStore({ url: server.url });
    stores.push(store);
    await store.ready();
    return store;
  };

  beforeAll(async () => {
    server = await startRedisServer();
    inspector = new Redis(server.url);
  });

  afterAll(async () => {
    await Promise.all(stores.map((store) => store.close()));
    inspector?.disconnect();
    await server?.close();
  });

  it('lets exactly one of two replicas claim a key, even when they race', async () => {
    const [first, second] = [await open(), await open()];
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, index) => (index % 2 ? first : second).claim('race', 600)),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await first.claim('race', 600)).toBe(false);
  });

  it('claims with SET NX EX under the tuneline: prefix, so keys expire', async () => {
    const store = await open();
    expect(await store.claim('event:A1:T1:Ev1', 600)).toBe(true);
    expect(await inspector.get('tuneline:event:A1:T1:Ev1')).toBe('1');
    const ttl = await inspector.ttl('tuneline:event:A1:T1:Ev1');
    expect(ttl).toBeGreaterThan(590);
    expect(ttl).toBeLessThanOrEqual(600);

    expect(await store.claim('short', 1)).toBe(true);
    await waitUntil(async () => (await inspector.exists('tuneline:short')) === 0);
    expect(await store.claim('short', 1)).toBe(true);
  });

  it('gives a claim back on release, so a redelivery can take it', async () => {
    const [first, second] = [await open(), await open()];
    expect(await second.isClaimed('webhook:evt_1')).toBe(false);
    expect(await first.claim('webhook:evt_1', 259_200)).toBe(true);
    expect(await second.isClaimed('webhook:evt_1')).toBe(true);
    expect(await second.claim('webhook:evt_1', 259_200)).toBe(false);
    await first.release('webhook:evt_1');
    expect(await second.isClaimed('webhook:evt_1')).toBe(false);
    expect(await second.claim('webhook:evt_1', 259_200)).toBe(true);
  });

  it('counts hits across replicas in one window that expires', async () => {
    const [first, second] = [await open(), await open()];
    expect(await first.increment('rate:U1', 60)).toBe(1);
    expect(await second.increment('rate:U1', 60)).toBe(2);
    expect(await first.increment('rate:U1', 60)).toBe(3);
    const ttl = await inspector.ttl('tuneline:rate:U1');
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(60);

    const counts = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        (index % 2 ? first : second).increment('rate:U2', 1),
      ),
    );
    expect([...counts].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    await waitUntil(async () => (await inspector.exists('tuneline:rate:U2')) === 0);
    expect(await first.increment('rate:U2', 1)).toBe(1);
  });

  it('repairs a counter that lost its expiry', async () => {
    const store = await open();
    await inspector.set('tuneline:rate:U3', '5');
    expect(await store.increment('rate:U3', 60)).toBe(6);
    expect(await inspector.ttl('tuneline:rate:U3')).toBeGreaterThan(0);
  });
});

describe.skipIf(!runRedisTests)('createResilientStateStore over a real redis-server', () => {
  let server: RedisServer;

  beforeAll(async () => {
    server = await startRedisServer();
  });

  afterAll(async () => {
    await server?.close();
  });

  it('starts and answers when Redis is unreachable from the start', async () => {
    const lines: string[] = [];
    const store = createResilientStateStore({
      primary: createRedisStateStore({ url: 'redis://127.0.0.1:1' }),
      fallback: createMemoryStateStore(),
      logger: { info: (line) => lines.push(line), warn: (line) => lines.push(line) },
    });
    try {
      expect(await store.claim('event:first', 600)).toBe(true);
      expect(await store.claim('event:first', 600)).toBe(false);
      expect(await store.ping()).toBe(false);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^Redis is unreachable \(/);
    } finally {
      await store.close();
    }
  });

  it('keeps answering once per replica while Redis is down, logs once, and catches up after', async () => {
    const lines: string[] = [];
    const logger = {
      info: (line: string) => lines.push(`info ${line}`),
      warn: (line: string) => lines.push(`warn ${line}`),
    };
    const redisStore = createRedisStateStore({ url: server.url });
    await redisStore.ready();
    const store = createResilientStateStore({
      primary: redisStore,
      fallback: createMemoryStateStore(),
      logger,
      probeIntervalMs: 100,
    });
    const otherReplica = createRedisStateStore({ url: server.url });
    try {
      expect(await store.claim('event:before', 600)).toBe(true);
      expect(await store.ping()).toBe(true);

      await server.stop();
      // Claimed in Redis before the outage: this replica still knows it.
      expect(await store.claim('event:before', 600)).toBe(false);
      const during = await Promise.all(
        Array.from({ length: 50 }, () => store.claim('event:during', 600)),
      );
      expect(during.filter(Boolean)).toHaveLength(1);
      for (let index = 0; index < 20; index += 1) await store.claim(`event:many-${index}`, 600);
      expect(await store.increment('rate:U1', 60)).toBe(1);
      expect(await store.increment('rate:U1', 60)).toBe(2);
      expect(await store.ping()).toBe(false);
      expect(lines.filter((line) => line.startsWith('warn'))).toHaveLength(1);
      expect(lines[0]).toMatch(/unreachable/);

      await server.start();
      await waitUntil(async () => lines.some((line) => line.startsWith('info')));
      expect(await store.ping()).toBe(true);
      // Redis restarted empty; the claim made during the outage was replayed into it.
      await otherReplica.ready();
      expect(await otherReplica.claim('event:during', 600)).toBe(false);
      expect(await otherReplica.claim('event:new', 600)).toBe(true);
      expect(await store.claim('event:new', 600)).toBe(false);
      expect(lines.filter((line) => line.startsWith('warn'))).toHaveLength(1);
    } finally {
      await store.close();
      await otherReplica.close();
    }
  });
});
