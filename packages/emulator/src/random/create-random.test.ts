import { describe, expect, it } from 'vitest';
import { createRandom } from './create-random.js';
import { hashSeed } from './hash-seed.js';

describe('createRandom', () => {
  it('is mulberry32: the reference first value for seed 42', () => {
    expect(createRandom(42)()).toBe(0.6011037519201636);
  });

  it('repeats its sequence for a seed and stays in [0, 1)', () => {
    const first = createRandom(7);
    const second = createRandom(7);
    const values = Array.from({ length: 1000 }, () => first());
    expect(Array.from({ length: 1000 }, () => second())).toEqual(values);
    expect(values.every((value) => value >= 0 && value < 1)).toBe(true);
    expect(new Set(values).size).toBe(1000);
  });
});

describe('hashSeed', () => {
  it('tells apart the number 1 and the string "1", and the order of parts', () => {
    expect(hashSeed(1)).not.toBe(hashSeed('1'));
    expect(hashSeed('a', 'b')).not.toBe(hashSeed('b', 'a'));
    expect(hashSeed(3, 'train')).toBe(hashSeed(3, 'train'));
  });
});
