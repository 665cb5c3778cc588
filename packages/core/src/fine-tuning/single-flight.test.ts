import { describe, expect, it } from 'vitest';
import { singleFlight } from './single-flight.js';

describe('singleFlight', () => {
  it('runs concurrent work for the same owner and key once, and again once it settled', async () => {
    const owner = {};
    let runs = 0;
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const work = async () => {
      runs++;
      await gate;
      return runs;
    };
    const results = Promise.all(
      Array.from({ length: 5 }, () => singleFlight({ owner, key: 'k', work })),
    );
    release();
    expect(await results).toEqual([1, 1, 1, 1, 1]);
    expect(await singleFlight({ owner, key: 'k', work })).toBe(2);
  });

  it('keeps owners and keys apart, and forgets failures', async () => {
    const owner = {};
    const other = {};
    const [first, second, third] = await Promise.all([
      singleFlight({ owner, key: 'a', work: async () => 'a' }),
      singleFlight({ owner, key: 'b', work: async () => 'b' }),
      singleFlight({ owner: other, key: 'a', work: async () => 'other' }),
    ]);
    expect([first, second, third]).toEqual(['a', 'b', 'other']);
    await expect(
      singleFlight({ owner, key: 'c', work: async () => Promise.reject(new Error('x')) }),
    ).rejects.toThrow('x');
    expect(await singleFlight({ owner, key: 'c', work: async () => 'retried' })).toBe('retried');
  });
});
