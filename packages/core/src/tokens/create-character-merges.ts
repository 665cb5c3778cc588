import type { BytePairRanks } from './byte-pair-ranks.js';

/**
 * Lets the byte-pair merge of a piece start from whole characters instead of bytes, where that
 * provably gives the same result.
 *
 * Alone, the bytes of a character C merge into one token after merges whose highest rank is
 * `maxMergeRank(C)`. Inside a piece, C's bytes merge the same way, and before any merge that joins
 * them to a neighbour, as long as every token that could join them with the neighbouring bytes
 * ranks after `maxMergeRank(C)`: a token ending with a proper prefix of C or with all of C, preceded
 * by the bytes actually before C; or one starting with a proper suffix of C or with all of C,
 * followed by the bytes actually after C. (While C is unfinished, its pending merge ranks at most
 * `maxMergeRank(C)`, so the global lowest-rank merge is never one of those; and a merge the head
 * start makes available early ranks above every merge it could overtake.) For CJK text, where a
 * character is 3 bytes and usually one token, this removes about two merges in three.
 */
export interface CharacterMerges {
  /**
   * The token that the character at `bytes[start..start + width)` can enter the merge as, given
   * the piece `bytes[0..pieceLength)` around it, or -1 when it must enter as bytes.
   */
  tokenAt(bytes: Uint8Array, start: number, width: number, pieceLength: number): number;
}

interface CharacterInfo {
  /** The character's token, or -1 when its bytes alone merge into more than one token. */
  readonly token: number;
  /** Pairs of (rank, bytes of the token that are C or part of it) of tokens that could overtake. */
  readonly riskyBefore: Int32Array;
  readonly riskyAfter: Int32Array;
}

const noInfo: CharacterInfo = {
  token: -1,
  riskyBefore: new Int32Array(0),
  riskyAfter: new Int32Array(0),
};

function isContinuation(byte: number): boolean {
  return (byte & 0xc0) === 0x80;
}

function sequenceLength(lead: number): number {
  return lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
}

/** A key for 1 to 4 bytes: the bytes, big-endian, and the length above them. */
function keyOf(bytes: Uint8Array, start: number, end: number): number {
  let key = 0;
  for (let index = start; index < end; index++) key = key * 256 + (bytes[index] as number);
  return key + (end - start) * 0x100000000;
}

function codePointOf(bytes: Uint8Array, start: number, width: number): number {
  let codePoint = (bytes[start] as number) & (0xff >> (width + 1));
  for (let index = start + 1; index < start + width; index++) {
    codePoint = (codePoint << 6) | ((bytes[index] as number) & 0x3f);
  }
  return codePoint;
}

function add(index: Map<number, number[]>, key: number, rank: number): void {
  const ranks = index.get(key);
  if (ranks === undefined) index.set(key, [rank]);
  else ranks.push(rank);
}

/**
 * The tokens that can join a character's bytes with its neighbours', indexed by the character
 * bytes they hold: those starting with a character or with continuation bytes, and those ending
 * with a character or with an unfinished one. One pass over the vocabulary, on first use.
 */
function indexTokenEdges(ranks: BytePairRanks) {
  const { tokenBytes: bytes, tokenStarts: starts } = ranks;
  const startingWith = new Map<number, number[]>();
  const endingWith = new Map<number, number[]>();
  for (let rank = 0; rank + 1 < starts.length; rank++) {
    const start = starts[rank] as number;
    const end = starts[rank + 1] as number;
    if (end - start < 2) continue;
    const first = bytes[start] as number;
    if (isContinuation(first)) {
      let runEnd = start + 1;
      while (runEnd < end && isContinuation(bytes[runEnd] as number)) runEnd += 1;
      if (runEnd < end && runEnd - start <= 3) add(startingWith, keyOf(bytes, start, runEnd), rank);
    } else if (first >= 0xc0) {
      const characterEnd = start + sequenceLength(first);
      if (characterEnd < end) add(startingWith, keyOf(bytes, start, characterEnd), rank);
    }
    let lead = end - 1;
    while (lead > start && isContinuation(bytes[lead] as number)) lead -= 1;
    const leadByte = bytes[lead] as number;
    if (lead > start && leadByte >= 0xc0 && end - lead <= sequenceLength(leadByte)) {
      add(endingWith, keyOf(bytes, lead, end), rank);
    }
  }
  return { startingWith, endingWith };
}

/** The character-level head start for one encoding's ranks; see `CharacterMerges`. */
export function createCharacterMerges(ranks: BytePairRanks): CharacterMerges {
  const { tokenBytes, tokenStarts } = ranks;
  let edges: ReturnType<typeof indexTokenEdges> | undefined;
  const infos = new Map<number, CharacterInfo>();

  /** tiktoken's merge of the character's bytes alone: its single token and highest merge rank. */
  function mergeAlone(
    bytes: Uint8Array,
    start: number,
    width: number,
  ): { token: number; maxMergeRank: number } {
    const parts: number[] = [];
    for (let index = start; index < start + width; index++)
      parts.push(ranks.byteRankOf(bytes[index] as number));
    let maxMergeRank = -1;
    for (;;) {
      let lowest = -1;
      let at = -1;
      for (let index = 0; index + 1 < parts.length; index++) {
        const rank = ranks.mergedRankOf(parts[index] as number, parts[index + 1] as number);
        if (rank !== -1 && (lowest === -1 || rank < lowest)) {
          lowest = rank;
          at = index;
        }
      }
      if (at === -1) break;
      parts.splice(at, 2, lowest);
      maxMergeRank = Math.max(maxMergeRank, lowest);
    }
    return { token: parts.length === 1 ? (parts[0] as number) : -1, maxMergeRank };
  }

  function describe(bytes: Uint8Array, start: number, width: number): CharacterInfo {
    const { token, maxMergeRank } = mergeAlone(bytes, start, width);
    if (token === -1) return noInfo;
    edges ??= indexTokenEdges(ranks);
    const before: number[] = [];
    const after: number[] = [];
    const collect = (found: number[] | undefined, held: number, into: number[]): void => {
      for (const rank of found ?? []) if (rank <= maxMergeRank) into.push(rank, held);
    };
    for (let held = 1; held <= width; held++) {
      collect(edges.endingWith.get(keyOf(bytes, start, start + held)), held, before);
      collect(
        edges.startingWith.get(keyOf(bytes, start + width - held, start + width)),
        held,
        after,
      );
    }
    return { token, riskyBefore: Int32Array.from(before), riskyAfter: Int32Array.from(after) };
  }

  /** Whether token `rank`'s bytes, less the `held` at its end, are the bytes just before `at`. */
  function precedes(rank: number, held: number, bytes: Uint8Array, at: number): boolean {
    const start = tokenStarts[rank] as number;
    const length = (tokenStarts[rank + 1] as number) - start - held;
    if (length > at) return false;
    for (let index = 0; index < length; index++) {
      if (tokenBytes[start + index] !== bytes[at - length + index]) return false;
    }
    return true;
  }

  /** Whether token `rank`'s bytes, less the `held` at its start, are the bytes from `at`. */
  function follows(
    rank: number,
    held: number,
    bytes: Uint8Array,
    at: number,
    pieceLength: number,
  ): boolean {
    const start = (tokenStarts[rank] as number) + held;
    const length = (tokenStarts[rank + 1] as number) - start;
    if (at + length > pieceLength) return false;
    for (let index = 0; index < length; index++) {
      if (tokenBytes[start + index] !== bytes[at + index]) return false;
    }
    return true;
  }

  return {
    tokenAt(bytes, start, width, pieceLength) {
      if (start + width > pieceLength) return -1;
      const codePoint = codePointOf(bytes, start, width);
      let info = infos.get(codePoint);
      if (info === undefined) {
        info = describe(bytes, start, width);
        infos.set(codePoint, info);
      }
      if (info.token === -1) return -1;
      const { riskyBefore, riskyAfter } = info;
      for (let index = 0; index < riskyBefore.length; index += 2) {
        if (precedes(riskyBefore[index] as number, riskyBefore[index + 1] as number, bytes, start))
          return -1;
      }
      for (let index = 0; index < riskyAfter.length; index += 2) {
        const rank = riskyAfter[index] as number;
        if (follows(rank, riskyAfter[index + 1] as number, bytes, start + width, pieceLength))
          return -1;
      }
      return info.token;
    },
  };
}
