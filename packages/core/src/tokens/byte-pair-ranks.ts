import { hashBytes, slotOf } from './hash-bytes.js';

/** A token's rank is its id; `-1` stands for "no such token" in every lookup. */
export interface BytePairRanks {
  /** The rank of the byte sequence `bytes[start..end)`, or -1. `hash` is `hashBytes` of it. */
  rankOf(bytes: Uint8Array, start: number, end: number, hash: number): number;
  /** `rankOf` for `text[start..end)`, all of it ASCII, whose bytes are its character codes. */
  rankOfAscii(text: string, start: number, end: number, hash: number): number;
  /** The rank of the two-byte sequence `first second`, or -1: the first lookups of every merge. */
  pairRankOf(first: number, second: number): number;
  /** The rank of the token whose bytes are token `left`'s followed by token `right`'s, or -1. */
  mergedRankOf(left: number, right: number): number;
  /** The rank of the one-byte token `byte`. */
  byteRankOf(byte: number): number;
  /** Every token's bytes, back to back: token `rank` is `tokenBytes[tokenStarts[rank]..tokenStarts[rank + 1])`. */
  readonly tokenBytes: Uint8Array;
  readonly tokenStarts: Int32Array;
}

/**
 * The read-only tables of an encoding's ranks. They live in SharedArrayBuffers, so worker threads
 * are handed the main thread's tables instead of each decoding its own copy.
 */
export interface BytePairRankTables {
  /** Every token's bytes, back to back: token `rank` is `tokenBytes[tokenStarts[rank]..tokenStarts[rank + 1])`. */
  readonly tokenBytes: Uint8Array;
  readonly tokenStarts: Int32Array;
  /** Open addressing by byte hash, four numbers a slot: rank (-1 when empty), hash, start, length. */
  readonly slots: Int32Array;
  /** Rank of each two-byte token by its bytes, `first << 8 | second`, or -1. */
  readonly pairRanks: Int32Array;
  /** Rank of each one-byte token. */
  readonly byteRanks: Int32Array;
}

/** Remembered merges (including "no such token") are forgotten all at once past this many. */
const maxRememberedMerges = 1 << 17;

/**
 * Lookups over an encoding's tables. Each call has its own memory of merges, so every thread
 * makes its own over tables it may share.
 */
export function createBytePairRanks(tables: BytePairRankTables): BytePairRanks {
  const { tokenBytes: bytes, tokenStarts: starts, slots, pairRanks, byteRanks } = tables;
  const rankCount = starts.length - 1;
  const mask = slots.length / 4 - 1;

  function rankOf(source: Uint8Array, start: number, end: number, hash: number): number {
    const length = end - start;
    let slot = slotOf(hash, mask);
    for (;;) {
      const at = slot * 4;
      const rank = slots[at] as number;
      if (rank === -1) return -1;
      if (slots[at + 1] === hash && slots[at + 3] === length) {
        const tokenStart = slots[at + 2] as number;
        let index = 0;
        while (index < length && bytes[tokenStart + index] === source[start + index]) index += 1;
        if (index === length) return rank;
      }
      slot = (slot + 1) & mask;
    }
  }

  function rankOfAscii(text: string, start: number, end: number, hash: number): number {
    const length = end - start;
    let slot = slotOf(hash, mask);
    for (;;) {
      const at = slot * 4;
      const rank = slots[at] as number;
      if (rank === -1) return -1;
      if (slots[at + 1] === hash && slots[at + 3] === length) {
        const tokenStart = slots[at + 2] as number;
        let index = 0;
        while (index < length && bytes[tokenStart + index] === text.charCodeAt(start + index))
          index += 1;
        if (index === length) return rank;
      }
      slot = (slot + 1) & mask;
    }
  }

  // A merge of two tokens is looked up by their bytes once, then by the pair of ranks.
  const mergeMask = maxRememberedMerges * 2 - 1;
  const mergeLefts = new Int32Array(mergeMask + 1).fill(-1);
  const mergeRights = new Int32Array(mergeMask + 1);
  const mergeRanks = new Int32Array(mergeMask + 1);
  let rememberedMerges = 0;
  let maxTokenLength = 0;
  for (let rank = 0; rank < rankCount; rank++) {
    maxTokenLength = Math.max(
      maxTokenLength,
      (starts[rank + 1] as number) - (starts[rank] as number),
    );
  }
  const joined = new Uint8Array(maxTokenLength);

  function lookUpMerge(left: number, right: number): number {
    const leftStart = starts[left] as number;
    const leftLength = (starts[left + 1] as number) - leftStart;
    const rightStart = starts[right] as number;
    const rightLength = (starts[right + 1] as number) - rightStart;
    const length = leftLength + rightLength;
    if (length > maxTokenLength) return -1;
    joined.set(bytes.subarray(leftStart, leftStart + leftLength), 0);
    joined.set(bytes.subarray(rightStart, rightStart + rightLength), leftLength);
    return rankOf(joined, 0, length, hashBytes(joined, 0, length));
  }

  function mergeSlotOf(left: number, right: number): number {
    return ((Math.imul(left, 0x9e3779b1) ^ Math.imul(right, 0x85ebca6b)) >>> 7) & mergeMask;
  }

  // Kept apart from mergedRankOf so that the hit path stays small enough for V8 to inline.
  function rememberMerge(left: number, right: number): number {
    const rank = lookUpMerge(left, right);
    if (rememberedMerges >= maxRememberedMerges) {
      mergeLefts.fill(-1);
      rememberedMerges = 0;
    }
    let slot = mergeSlotOf(left, right);
    while (mergeLefts[slot] !== -1) slot = (slot + 1) & mergeMask;
    mergeLefts[slot] = left;
    mergeRights[slot] = right;
    mergeRanks[slot] = rank;
    rememberedMerges += 1;
    return rank;
  }

  function mergedRankOf(left: number, right: number): number {
    for (let slot = mergeSlotOf(left, right); ; slot = (slot + 1) & mergeMask) {
      const slotLeft = mergeLefts[slot] as number;
      if (slotLeft === -1) return rememberMerge(left, right);
      if (slotLeft === left && mergeRights[slot] === right) return mergeRanks[slot] as number;
    }
  }

  return {
    tokenBytes: bytes,
    tokenStarts: starts,
    rankOf,
    rankOfAscii,
    mergedRankOf,
    byteRankOf: (byte) => byteRanks[byte] as number,
    pairRankOf(first, second) {
      return pairRanks[(first << 8) | second] as number;
    },
  };
}
