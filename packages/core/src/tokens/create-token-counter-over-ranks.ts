import type { BytePairRanks } from './byte-pair-ranks.js';
import { createPieceCounter } from './create-piece-counter.js';
import { findCl100kPieceEnd } from './find-cl100k-piece-end.js';
import { findO200kPieceEnd } from './find-o200k-piece-end.js';
import type { TokenCounter, TokenEncodingName } from './token-encoding.js';

const pieceEndFinders = { cl100k_base: findCl100kPieceEnd, o200k_base: findO200kPieceEnd } as const;

/** Strings up to this length are remembered whole: roles and repeated system prompts. */
const maxCachedStringLength = 8192;
/** Each of the two generations of remembered strings holds at most this many characters. */
const cachedCharactersPerGeneration = 1 << 18;

/**
 * `createTokenCounter` over ranks the caller provides: a worker thread counts over tables it shares
 * with the main thread instead of decoding its own.
 */
export function createTokenCounterOverRanks(
  encoding: TokenEncodingName,
  ranks: BytePairRanks,
): TokenCounter {
  const findPieceEnd = pieceEndFinders[encoding];
  const countPiece = createPieceCounter(ranks, {
    maxCachedPieceBytes: 64,
    maxCachedPieces: 1 << 15,
  });

  // Two generations approximate an LRU without its bookkeeping: a hit in the older one moves the
  // string forward, and when the newer one is full the older one is dropped.
  let recent = new Map<string, number>();
  let older = new Map<string, number>();
  let recentCharacters = 0;

  function countPieces(text: string): number {
    let total = 0;
    for (let start = 0; start < text.length; ) {
      const end = findPieceEnd(text, start);
      total += countPiece(text, start, end);
      start = end;
    }
    return total;
  }

  function remember(text: string, count: number): void {
    if (recentCharacters + text.length > cachedCharactersPerGeneration) {
      older = recent;
      recent = new Map();
      recentCharacters = 0;
    }
    recent.set(text, count);
    recentCharacters += text.length;
  }

  return {
    encoding,
    count(text) {
      if (text.length > maxCachedStringLength) return countPieces(text);
      const known = recent.get(text);
      if (known !== undefined) return known;
      const remembered = older.get(text);
      const count = remembered ?? countPieces(text);
      remember(text, count);
      return count;
    },
  };
}
