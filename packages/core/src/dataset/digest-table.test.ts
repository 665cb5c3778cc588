import { describe, expect, it } from 'vitest';
import { DigestTable } from './digest-table.js';

/** 32 bits as uniform as SHA-1's: the table scales digests to its size and relies on that. */
function mix(value: number): number {
  let mixed = Math.imul(value ^ (value >>> 16), 0x45d9f3b);
  mixed = Math.imul(mixed ^ (mixed >>> 16), 0x45d9f3b);
  return (mixed ^ (mixed >>> 16)) >>> 0;
}

describe('DigestTable', () => {
  it('gives the first line of every digest seen again, and nothing for new ones', () => {
    const table = new DigestTable();
    const distinct = 300_000;
    let alreadySeen = 0;
    for (let index = 0; index < distinct; index++) {
      if (table.addIfAbsent(mix(index), mix(index + 0x9e3779b9), index + 1) !== undefined) {
        alreadySeen++;
      }
    }
    expect(alreadySeen).toBe(0);
    for (let index = 0; index < distinct; index += 997) {
      expect(table.addIfAbsent(mix(index), mix(index + 0x9e3779b9), distinct + index + 1)).toBe(
        index + 1,
      );
      expect(table.lineOf(mix(index), mix(index + 0x9e3779b9))).toBe(index + 1);
    }
    expect(table.size).toBe(distinct);
    expect(table.lineOf(mix(distinct), mix(distinct + 0x9e3779b9))).toBeUndefined();
  });

  it('tells apart digests that share their high or their low half', () => {
    const table = new DigestTable();
    table.addIfAbsent(0xdeadbeef, 1, 10);
    table.addIfAbsent(0xdeadbeef, 2, 20);
    table.addIfAbsent(0x12345678, 1, 30);
    expect(table.lineOf(0xdeadbeef, 1)).toBe(10);
    expect(table.lineOf(0xdeadbeef, 2)).toBe(20);
    expect(table.lineOf(0x12345678, 1)).toBe(30);
    expect(table.lineOf(0x12345678, 2)).toBeUndefined();
    expect(table.size).toBe(3);
  });

  it('keeps its 12-byte slots at least 64 % full at every size, growing a shard at a time', () => {
    const table = new DigestTable();
    for (let index = 0; index < 2_000_000; index++) {
      table.addIfAbsent(mix(index), mix(index ^ 0x5bd1e995), index + 1);
      if ((index + 1) % 250_000 === 0) {
        expect(table.byteLength / table.size).toBeLessThanOrEqual(12 / 0.64);
      }
    }
  });
});
