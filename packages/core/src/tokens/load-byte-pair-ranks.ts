import cl100kBase from 'js-tiktoken/ranks/cl100k_base';
import o200kBase from 'js-tiktoken/ranks/o200k_base';
import {
  type BytePairRanks,
  type BytePairRankTables,
  createBytePairRanks,
} from './byte-pair-ranks.js';
import { hashBytes, slotOf } from './hash-bytes.js';
import type { TokenEncodingName } from './token-encoding.js';

const rankFiles = { cl100k_base: cl100kBase, o200k_base: o200kBase } as const;

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

/** Typed arrays over SharedArrayBuffers: handed to a worker, they are shared, not copied. */
function sharedInt32Array(length: number): Int32Array {
  return new Int32Array(new SharedArrayBuffer(length * Int32Array.BYTES_PER_ELEMENT));
}

/**
 * Calls `onToken` with each token's rank and where its base64 text is in `source`. js-tiktoken's
 * rank files hold lines of `! firstRank token token …`, ranks consecutive within a line.
 */
function forEachRankedToken(
  source: string,
  onToken: (rank: number, start: number, end: number) => void,
): void {
  const fieldEnd = (from: number, lineEnd: number) => {
    const space = source.indexOf(' ', from);
    return space === -1 || space > lineEnd ? lineEnd : space;
  };
  for (let position = 0; position < source.length; ) {
    const newline = source.indexOf('\n', position);
    const lineEnd = newline === -1 ? source.length : newline;
    const rankStart = fieldEnd(position, lineEnd) + 1;
    if (rankStart < lineEnd) {
      const rankEnd = fieldEnd(rankStart, lineEnd);
      let rank = 0;
      for (let index = rankStart; index < rankEnd; index++) {
        rank = rank * 10 + source.charCodeAt(index) - 0x30;
      }
      for (let start = rankEnd + 1; start < lineEnd; ) {
        const end = fieldEnd(start, lineEnd);
        onToken(rank++, start, end);
        start = end + 1;
      }
    }
    position = lineEnd + 1;
  }
}

/**
 * Decodes a rank file into one buffer of token bytes, in three passes over its text that make no
 * substrings: a few milliseconds and no garbage, where js-tiktoken's own constructor takes half a
 * second and tens of megabytes.
 */
function decodeRankFile(source: string): TokenList {
  let rankCount = 0;
  forEachRankedToken(source, (rank) => {
    rankCount = Math.max(rankCount, rank + 1);
  });
  const starts = sharedInt32Array(rankCount + 1);
  forEachRankedToken(source, (rank, start, end) => {
    let padding = 0;
    while (padding < end - start && source.charCodeAt(end - 1 - padding) === 0x3d) padding += 1;
    starts[rank + 1] = ((end - start) * 3) / 4 - padding;
  });
  for (let rank = 0; rank < rankCount; rank++) {
    starts[rank + 1] = (starts[rank + 1] as number) + (starts[rank] as number);
  }
  const bytes = new Uint8Array(new SharedArrayBuffer(starts[rankCount] as number));
  forEachRankedToken(source, (rank, start, end) => {
    let output = starts[rank] as number;
    const outputEnd = starts[rank + 1] as number;
    let buffer = 0;
    let bits = 0;
    for (let position = start; position < end && output < outputEnd; position++) {
      buffer = (buffer << 6) | (base64Values[source.charCodeAt(position)] as number);
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        bytes[output++] = (buffer >>> bits) & 0xff;
      }
    }
  });
  return { bytes, starts };
}

function buildTables({ bytes, starts }: TokenList): BytePairRankTables {
  const rankCount = starts.length - 1;
  let capacity = 1;
  while (capacity < rankCount * 2) capacity *= 2;
  const mask = capacity - 1;
  // Four numbers a slot, read together (one cache line): rank (-1 when empty), hash, start, length.
  const slots = sharedInt32Array(capacity * 4);
  for (let slot = 0; slot < capacity; slot++) slots[slot * 4] = -1;
  const pairRanks = sharedInt32Array(0x10000).fill(-1);

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

  const byteRanks = sharedInt32Array(256).fill(-1);
  for (let rank = 0; rank < rankCount; rank++) {
    if ((starts[rank + 1] as number) - (starts[rank] as number) === 1)
      byteRanks[bytes[starts[rank] as number] as number] = rank;
  }

  return { tokenBytes: bytes, tokenStarts: starts, slots, pairRanks, byteRanks };
}

const loadedTables = new Map<TokenEncodingName, BytePairRankTables>();
const loadedRanks = new Map<TokenEncodingName, BytePairRanks>();

/** The tables of an encoding's ranks, decoded once per process on first use, to share with workers. */
export function loadBytePairRankTables(encoding: TokenEncodingName): BytePairRankTables {
  let tables = loadedTables.get(encoding);
  if (tables === undefined) {
    tables = buildTables(decodeRankFile(rankFiles[encoding].bpe_ranks));
    loadedTables.set(encoding, tables);
  }
  return tables;
}

/** The mergeable ranks of an encoding, decoded once per process on first use. */
export function loadBytePairRanks(encoding: TokenEncodingName): BytePairRanks {
  let ranks = loadedRanks.get(encoding);
  if (ranks === undefined) {
    ranks = createBytePairRanks(loadBytePairRankTables(encoding));
    loadedRanks.set(encoding, ranks);
  }
  return ranks;
}
