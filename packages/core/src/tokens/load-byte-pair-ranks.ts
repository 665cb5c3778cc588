import cl100kBase from 'js-tiktoken/ranks/cl100k_base';
import o200kBase from 'js-tiktoken/ranks/o200k_base';
import { hashBytes, slotOf } from './hash-bytes.js';
import type { TokenEncodingName } from './token-encoding.js';

const rankFiles = { cl100k_base: cl100kBase, o200k_base: o200kBase } as const;

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

/** Remembered merges (including "no such token") are forgotten all at once past this many. */
const maxRememberedMerges = 1 << 17;

const base64Values = new Int8Array(128).fill(-1);
for (const [index, character] of [
  ...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
].entries()) {
  base64Values[character.charCodeAt(0)] = index;
}

interface TokenList {
  readonly bytes: Uint8Array;
  /** Token `rank` is `bytes[starts[rank]..starts[rank + 1])`; an unused rank is empty. */
  readonly starts: Int32Array;
}

/**
 * js-tiktoken's rank files hold lines of `! firstRank token token …`, each token base64, ranks
 * consecutive within a line. Decoding them by hand into one buffer takes a few milliseconds, where
 * js-tiktoken's own constructor takes half a second.
 */
function decodeRankFile(source: string): TokenList {
  let rankCount = 0;
  const lines = source.split('\n').filter((line) => line.length > 0);
  const parsed = lines.map((line) => {
    const [, firstRank = '0', ...tokens] = line.split(' ');
    const first = Number.parseInt(firstRank, 10);
    rankCount = Math.max(rankCount, first + tokens.length);
    return { first, tokens };
  });
  const starts = new Int32Array(rankCount + 1);
  const lengths = new Int32Array(rankCount);
  for (const { first, tokens } of parsed) {
    tokens.forEach((token, index) => {
      let padding = 0;
      while (padding < token.length && token.charCodeAt(token.length - 1 - padding) === 0x3d) {
        padding += 1;
      }
      lengths[first + index] = (token.length * 3) / 4 - padding;
    });
  }
  for (let rank = 0; rank < rankCount; rank++) {
    starts[rank + 1] = (starts[rank] as number) + (lengths[rank] as number);
  }
  const bytes = new Uint8Array(starts[rankCount] as number);
  for (const { first, tokens } of parsed) {
    tokens.forEach((token, index) => {
      let output = starts[first + index] as number;
      const end = starts[first + index + 1] as number;
      let buffer = 0;
      let bits = 0;
      for (let position = 0; position < token.length && output < end; position++) {
        buffer = (buffer << 6) | (base64Values[token.charCodeAt(position)] as number);
        bits += 6;
        if (bits >= 8) {
          bits -= 8;
          bytes[output++] = (buffer >>> bits) & 0xff;
        }
      }
    });
  }
  return { bytes, starts };
}

function createBytePairRanks({ bytes, starts }: TokenList): BytePairRanks {
  const rankCount = starts.length - 1;
  let capacity = 1;
  while (capacity < rankCount * 2) capacity *= 2;
  const mask = capacity - 1;
  // Four numbers a slot, read together (one cache line): rank (-1 when empty), hash, start, length.
  const slots = new Int32Array(capacity * 4);
  for (let slot = 0; slot < capacity; slot++) slots[slot * 4] = -1;
  const pairRanks = new Int32Array(0x10000).fill(-1);

  for (let rank = 0; rank < rankCount; rank++) {
    const start = starts[rank] as number;
    const end = starts[rank + 1] as number;
    if (end === start) continue;
    if (end - start === 2)
      pairRanks[((bytes[start] as number) << 8) | (bytes[start + 1] as number)] = rank;
    const hash = hashBytes(bytes, start, end);
    let slot = slotOf(hash, mask);
    while (slots[slot * 4] !== -1) slot = (slot + 1) & mask;
    slots[slot * 4] = rank;
    slots[slot * 4 + 1] = hash;
    slots[slot * 4 + 2] = start;
    slots[slot * 4 + 3] = end - start;
  }

  const byteRanks = new Int32Array(256).fill(-1);
  for (let rank = 0; rank < rankCount; rank++) {
    if ((starts[rank + 1] as number) - (starts[rank] as number) === 1)
      byteRanks[bytes[starts[rank] as number] as number] = rank;
  }

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

const loaded = new Map<TokenEncodingName, BytePairRanks>();

/** The mergeable ranks of an encoding, decoded once per process on first use. */
export function loadBytePairRanks(encoding: TokenEncodingName): BytePairRanks {
  let ranks = loaded.get(encoding);
  if (ranks === undefined) {
    ranks = createBytePairRanks(decodeRankFile(rankFiles[encoding].bpe_ranks));
    loaded.set(encoding, ranks);
  }
  return ranks;
}
