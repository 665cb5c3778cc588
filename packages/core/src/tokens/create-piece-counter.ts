import type { BytePairRanks } from './byte-pair-ranks.js';
import { createCharacterMerges } from './create-character-merges.js';
import { fnvOffset, fnvPrime, hashBytes, slotOf } from './hash-bytes.js';

/** Counts the tokens of one pre-tokenizer piece, `text[start..end)`. */
export type PieceCounter = (text: string, start: number, end: number) => number;

export interface PieceCounterOptions {
  /** Pieces up to this many UTF-8 bytes have their counts cached; longer ones rarely repeat. */
  readonly maxCachedPieceBytes: number;
  /** The cache is emptied when it holds this many pieces (a power of two). */
  readonly maxCachedPieces: number;
}

const noRank = 0x7fffffff;
// Heap keys are rank * 2^32 + position: the smallest rank first, the leftmost on a tie, as in tiktoken.
const positionScale = 0x100000000;
const buffersKeptUpToBytes = 1 << 16;

/**
 * The engine's piece counter: the piece is looked up as a whole token (as tiktoken does first),
 * then in a bounded cache of earlier pieces, and only then merged, from its UTF-8 bytes (a lone
 * surrogate as U+FFFD, as TextEncoder writes it). The merge is tiktoken's byte-pair merge driven by
 * a heap, so a 3,000-character run of Japanese takes O(n log n), not O(n²); it starts from whole
 * characters where that is exact (see `createCharacterMerges`), counts parts instead of collecting
 * tokens, and allocates nothing once its buffers have grown.
 */
export function createPieceCounter(
  ranks: BytePairRanks,
  options: PieceCounterOptions,
): PieceCounter {
  const characterMerges = createCharacterMerges(ranks);
  let bytes = new Uint8Array(256);
  let nextStart = new Int32Array(256);
  let previousStart = new Int32Array(256);
  let pairRank = new Int32Array(256);
  let partToken = new Int32Array(256);
  // A merge pops one entry and pushes at most two, so the heap can reach twice the byte count.
  let heap = new Float64Array(512);

  const cacheMask = options.maxCachedPieces * 2 - 1;
  const cacheOffsets = new Int32Array(cacheMask + 1).fill(-1);
  const cacheHashes = new Int32Array(cacheMask + 1);
  const cacheLengths = new Int32Array(cacheMask + 1);
  const cacheCounts = new Int32Array(cacheMask + 1);
  const cacheBytes = new Uint8Array(options.maxCachedPieces * 16);
  let cachedPieces = 0;
  let cacheBytesUsed = 0;

  function grow(byteLength: number): void {
    let capacity = bytes.length;
    while (capacity < byteLength) capacity *= 2;
    bytes = new Uint8Array(capacity);
    nextStart = new Int32Array(capacity);
    previousStart = new Int32Array(capacity);
    pairRank = new Int32Array(capacity);
    partToken = new Int32Array(capacity);
    heap = new Float64Array(capacity * 2);
  }

  function shrink(): void {
    bytes = new Uint8Array(256);
    nextStart = new Int32Array(256);
    previousStart = new Int32Array(256);
    pairRank = new Int32Array(256);
    partToken = new Int32Array(256);
    heap = new Float64Array(512);
  }

  function encodeUtf8(text: string, start: number, end: number): number {
    if (bytes.length < (end - start) * 3) grow((end - start) * 3);
    let length = 0;
    for (let index = start; index < end; index++) {
      const code = text.charCodeAt(index);
      if (code < 0x80) {
        bytes[length++] = code;
      } else if (code < 0x800) {
        bytes[length++] = 0xc0 | (code >> 6);
        bytes[length++] = 0x80 | (code & 0x3f);
      } else if (code < 0xd800 || code > 0xdfff) {
        bytes[length++] = 0xe0 | (code >> 12);
        bytes[length++] = 0x80 | ((code >> 6) & 0x3f);
        bytes[length++] = 0x80 | (code & 0x3f);
      } else {
        const low = index + 1 < end ? text.charCodeAt(index + 1) : 0;
        if (code <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
          const codePoint = ((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
          bytes[length++] = 0xf0 | (codePoint >> 18);
          bytes[length++] = 0x80 | ((codePoint >> 12) & 0x3f);
          bytes[length++] = 0x80 | ((codePoint >> 6) & 0x3f);
          bytes[length++] = 0x80 | (codePoint & 0x3f);
          index += 1;
        } else {
          bytes[length++] = 0xef;
          bytes[length++] = 0xbf;
          bytes[length++] = 0xbd;
        }
      }
    }
    return length;
  }

  function mergedRank(left: number, right: number): number {
    const rank = ranks.mergedRankOf(left, right);
    return rank === -1 ? noRank : rank;
  }

  let heapSize = 0;

  function push(key: number): void {
    let index = heapSize++;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      const parentKey = heap[parent] as number;
      if (parentKey <= key) break;
      heap[index] = parentKey;
      index = parent;
    }
    heap[index] = key;
  }

  function pop(): number {
    const top = heap[0] as number;
    const last = heap[--heapSize] as number;
    let index = 0;
    for (;;) {
      let child = 2 * index + 1;
      if (child >= heapSize) break;
      if (child + 1 < heapSize && (heap[child + 1] as number) < (heap[child] as number)) child += 1;
      if ((heap[child] as number) >= last) break;
      heap[index] = heap[child] as number;
      index = child;
    }
    heap[index] = last;
    return top;
  }

  /**
   * tiktoken's `_byte_pair_merge` over `bytes[0..length)`, returning the number of parts. tiktoken
   * scans for the lowest rank on every merge, O(n²), which is what makes a 3,000-character run of
   * Japanese (one piece) take seconds in js-tiktoken; a heap over a linked list of parts makes it
   * O(n log n), and measured faster than the scan even on 30-byte pieces. Parts are keyed by their
   * first byte, so ties go to the leftmost pair as in tiktoken, also when a character enters whole.
   */
  function mergeCount(length: number): number {
    heapSize = 0;
    let parts = 0;
    let previous = -1;
    for (let index = 0; index < length; ) {
      const byte = bytes[index] as number;
      let width = 1;
      let token = ranks.byteRankOf(byte);
      if (byte >= 0xc0) {
        const characterWidth = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
        const characterToken = characterMerges.tokenAt(bytes, index, characterWidth, length);
        if (characterToken !== -1) {
          width = characterWidth;
          token = characterToken;
        }
      }
      partToken[index] = token;
      previousStart[index] = previous;
      nextStart[index] = index + width;
      if (previous !== -1) {
        const rank =
          width === 1 && index - previous === 1
            ? ranks.pairRankOf(bytes[previous] as number, byte)
            : ranks.mergedRankOf(partToken[previous] as number, token);
        pairRank[previous] = rank === -1 ? noRank : rank;
        if (rank !== -1) push(rank * positionScale + previous);
      }
      previous = index;
      parts += 1;
      index += width;
    }
    pairRank[previous] = noRank;
    while (heapSize > 0) {
      const key = pop();
      const rank = Math.floor(key / positionScale);
      const start = key - rank * positionScale;
      // Entries go stale when a neighbour merges; the current one is the one with this rank.
      if (pairRank[start] !== rank) continue;
      const merged = nextStart[start] as number;
      const after = nextStart[merged] as number;
      nextStart[start] = after;
      if (after < length) previousStart[after] = start;
      pairRank[merged] = noRank;
      partToken[start] = rank;
      parts -= 1;
      const ownRank = after < length ? mergedRank(rank, partToken[after] as number) : noRank;
      pairRank[start] = ownRank;
      if (ownRank !== noRank) push(ownRank * positionScale + start);
      const previous = previousStart[start] as number;
      if (previous >= 0) {
        const previousRank = mergedRank(partToken[previous] as number, rank);
        pairRank[previous] = previousRank;
        if (previousRank !== noRank) push(previousRank * positionScale + previous);
      }
    }
    return parts;
  }

  function clearCache(): void {
    cacheOffsets.fill(-1);
    cachedPieces = 0;
    cacheBytesUsed = 0;
  }

  function cachedCount(length: number, hash: number): number {
    let slot = slotOf(hash, cacheMask);
    for (;;) {
      const offset = cacheOffsets[slot] as number;
      if (offset === -1) return -1;
      if (cacheHashes[slot] === hash && cacheLengths[slot] === length) {
        let index = 0;
        while (index < length && cacheBytes[offset + index] === bytes[index]) index += 1;
        if (index === length) return cacheCounts[slot] as number;
      }
      slot = (slot + 1) & cacheMask;
    }
  }

  function cachedCountOfAscii(text: string, start: number, end: number, hash: number): number {
    const length = end - start;
    let slot = slotOf(hash, cacheMask);
    for (;;) {
      const offset = cacheOffsets[slot] as number;
      if (offset === -1) return -1;
      if (cacheHashes[slot] === hash && cacheLengths[slot] === length) {
        let index = 0;
        while (index < length && cacheBytes[offset + index] === text.charCodeAt(start + index))
          index += 1;
        if (index === length) return cacheCounts[slot] as number;
      }
      slot = (slot + 1) & cacheMask;
    }
  }

  function cache(length: number, hash: number, count: number): void {
    if (cachedPieces >= options.maxCachedPieces || cacheBytesUsed + length > cacheBytes.length) {
      clearCache();
    }
    let slot = slotOf(hash, cacheMask);
    while (cacheOffsets[slot] !== -1) slot = (slot + 1) & cacheMask;
    cacheOffsets[slot] = cacheBytesUsed;
    cacheHashes[slot] = hash;
    cacheLengths[slot] = length;
    cacheCounts[slot] = count;
    for (let index = 0; index < length; index++)
      cacheBytes[cacheBytesUsed + index] = bytes[index] as number;
    cacheBytesUsed += length;
    cachedPieces += 1;
  }

  function mergeAndCache(length: number, hash: number): number {
    const count = mergeCount(length);
    if (length <= options.maxCachedPieceBytes) cache(length, hash, count);
    else if (bytes.length > buffersKeptUpToBytes) shrink();
    return count;
  }

  return (text, start, end) => {
    if (end - start === 1 && text.charCodeAt(start) < 0x80) return 1;
    // An ASCII piece (most of English and code) is hashed and compared straight from the string.
    let asciiHash = fnvOffset;
    let index = start;
    while (index < end) {
      const code = text.charCodeAt(index);
      if (code >= 0x80) break;
      asciiHash = Math.imul(asciiHash ^ code, fnvPrime);
      index += 1;
    }
    if (index === end) {
      if (ranks.rankOfAscii(text, start, end, asciiHash) !== -1) return 1;
      if (end - start <= options.maxCachedPieceBytes) {
        const count = cachedCountOfAscii(text, start, end, asciiHash);
        if (count !== -1) return count;
      }
      return mergeAndCache(encodeUtf8(text, start, end), asciiHash);
    }
    const length = encodeUtf8(text, start, end);
    const hash = hashBytes(bytes, 0, length);
    if (ranks.rankOf(bytes, 0, length, hash) !== -1) return 1;
    if (length <= options.maxCachedPieceBytes) {
      const count = cachedCount(length, hash);
      if (count !== -1) return count;
    }
    return mergeAndCache(length, hash);
  };
}
