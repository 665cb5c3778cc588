import { createRequire as __tunelineCreateRequire } from 'node:module'; const require = __tunelineCreateRequire(import.meta.url);

// ../core/dist/dataset/line-range-worker.js
import { parentPort, workerData } from "node:worker_threads";

// ../core/dist/tokens/hash-bytes.js
var fnvOffset = 2166136261;
var fnvPrime = 16777619;
function hashBytes(bytes, start, end) {
  let hash2 = fnvOffset;
  for (let index = start; index < end; index++) {
    hash2 = Math.imul(hash2 ^ bytes[index], fnvPrime);
  }
  return hash2;
}
function slotOf(hash2, mask) {
  return Math.imul(hash2, 2654435761) >>> 7 & mask;
}

// ../core/dist/tokens/byte-pair-ranks.js
var maxRememberedMerges = 1 << 17;
function createBytePairRanks(tables) {
  const { tokenBytes: bytes, tokenStarts: starts, slots, pairRanks, byteRanks } = tables;
  const rankCount = starts.length - 1;
  const mask = slots.length / 4 - 1;
  function rankOf(source, start, end, hash2) {
    const length = end - start;
    let slot = slotOf(hash2, mask);
    for (; ; ) {
      const at = slot * 4;
      const rank = slots[at];
      if (rank === -1)
        return -1;
      if (slots[at + 1] === hash2 && slots[at + 3] === length) {
        const tokenStart = slots[at + 2];
        let index = 0;
        while (index < length && bytes[tokenStart + index] === source[start + index])
          index += 1;
        if (index === length)
          return rank;
      }
      slot = slot + 1 & mask;
    }
  }
  function rankOfAscii(text, start, end, hash2) {
    const length = end - start;
    let slot = slotOf(hash2, mask);
    for (; ; ) {
      const at = slot * 4;
      const rank = slots[at];
      if (rank === -1)
        return -1;
      if (slots[at + 1] === hash2 && slots[at + 3] === length) {
        const tokenStart = slots[at + 2];
        let index = 0;
        while (index < length && bytes[tokenStart + index] === text.charCodeAt(start + index))
          index += 1;
        if (index === length)
          return rank;
      }
      slot = slot + 1 & mask;
    }
  }
  const mergeMask = maxRememberedMerges * 2 - 1;
  const mergeLefts = new Int32Array(mergeMask + 1).fill(-1);
  const mergeRights = new Int32Array(mergeMask + 1);
  const mergeRanks = new Int32Array(mergeMask + 1);
  let rememberedMerges = 0;
  let maxTokenLength = 0;
  for (let rank = 0; rank < rankCount; rank++) {
    maxTokenLength = Math.max(maxTokenLength, starts[rank + 1] - starts[rank]);
  }
  const joined = new Uint8Array(maxTokenLength);
  function lookUpMerge(left, right) {
    const leftStart = starts[left];
    const leftLength = starts[left + 1] - leftStart;
    const rightStart = starts[right];
    const rightLength = starts[right + 1] - rightStart;
    const length = leftLength + rightLength;
    if (length > maxTokenLength)
      return -1;
    joined.set(bytes.subarray(leftStart, leftStart + leftLength), 0);
    joined.set(bytes.subarray(rightStart, rightStart + rightLength), leftLength);
    return rankOf(joined, 0, length, hashBytes(joined, 0, length));
  }
  function mergeSlotOf(left, right) {
    return (Math.imul(left, 2654435761) ^ Math.imul(right, 2246822507)) >>> 7 & mergeMask;
  }
  function rememberMerge(left, right) {
    const rank = lookUpMerge(left, right);
    if (rememberedMerges >= maxRememberedMerges) {
      mergeLefts.fill(-1);
      rememberedMerges = 0;
    }
    let slot = mergeSlotOf(left, right);
    while (mergeLefts[slot] !== -1)
      slot = slot + 1 & mergeMask;
    mergeLefts[slot] = left;
    mergeRights[slot] = right;
    mergeRanks[slot] = rank;
    rememberedMerges += 1;
    return rank;
  }
  function mergedRankOf(left, right) {
    for (let slot = mergeSlotOf(left, right); ; slot = slot + 1 & mergeMask) {
      const slotLeft = mergeLefts[slot];
      if (slotLeft === -1)
        return rememberMerge(left, right);
      if (slotLeft === left && mergeRights[slot] === right)
        return mergeRanks[slot];
    }
  }
  return {
    tokenBytes: bytes,
    tokenStarts: starts,
    rankOf,
    rankOfAscii,
    mergedRankOf,
    byteRankOf: (byte) => byteRanks[byte],
    pairRankOf(first, second) {
      return pairRanks[first << 8 | second];
    }
  };
}

// ../core/dist/tokens/create-character-merges.js
var noInfo = {
  token: -1,
  riskyBefore: new Int32Array(0),
  riskyAfter: new Int32Array(0)
};
function isContinuation(byte) {
  return (byte & 192) === 128;
}
function sequenceLength(lead) {
  return lead >= 240 ? 4 : lead >= 224 ? 3 : lead >= 192 ? 2 : 1;
}
function keyOf(bytes, start, end) {
  let key = 0;
  for (let index = start; index < end; index++)
    key = key * 256 + bytes[index];
  return key + (end - start) * 4294967296;
}
function codePointOf(bytes, start, width) {
  let codePoint = bytes[start] & 255 >> width + 1;
  for (let index = start + 1; index < start + width; index++) {
    codePoint = codePoint << 6 | bytes[index] & 63;
  }
  return codePoint;
}
function add(index, key, rank) {
  const ranks = index.get(key);
  if (ranks === void 0)
    index.set(key, [rank]);
  else
    ranks.push(rank);
}
function indexTokenEdges(ranks) {
  const { tokenBytes: bytes, tokenStarts: starts } = ranks;
  const startingWith = /* @__PURE__ */ new Map();
  const endingWith = /* @__PURE__ */ new Map();
  for (let rank = 0; rank + 1 < starts.length; rank++) {
    const start = starts[rank];
    const end = starts[rank + 1];
    if (end - start < 2)
      continue;
    const first = bytes[start];
    if (isContinuation(first)) {
      let runEnd = start + 1;
      while (runEnd < end && isContinuation(bytes[runEnd]))
        runEnd += 1;
      if (runEnd < end && runEnd - start <= 3)
        add(startingWith, keyOf(bytes, start, runEnd), rank);
    } else if (first >= 192) {
      const characterEnd = start + sequenceLength(first);
      if (characterEnd < end)
        add(startingWith, keyOf(bytes, start, characterEnd), rank);
    }
    let lead = end - 1;
    while (lead > start && isContinuation(bytes[lead]))
      lead -= 1;
    const leadByte = bytes[lead];
    if (lead > start && leadByte >= 192 && end - lead <= sequenceLength(leadByte)) {
      add(endingWith, keyOf(bytes, lead, end), rank);
    }
  }
  return { startingWith, endingWith };
}
function createCharacterMerges(ranks) {
  const { tokenBytes, tokenStarts } = ranks;
  let edges;
  const infos = /* @__PURE__ */ new Map();
  function mergeAlone(bytes, start, width) {
    const parts = [];
    for (let index = start; index < start + width; index++)
      parts.push(ranks.byteRankOf(bytes[index]));
    let maxMergeRank = -1;
    for (; ; ) {
      let lowest = -1;
      let at = -1;
      for (let index = 0; index + 1 < parts.length; index++) {
        const rank = ranks.mergedRankOf(parts[index], parts[index + 1]);
        if (rank !== -1 && (lowest === -1 || rank < lowest)) {
          lowest = rank;
          at = index;
        }
      }
      if (at === -1)
        break;
      parts.splice(at, 2, lowest);
      maxMergeRank = Math.max(maxMergeRank, lowest);
    }
    return { token: parts.length === 1 ? parts[0] : -1, maxMergeRank };
  }
  function describe(bytes, start, width) {
    const { token, maxMergeRank } = mergeAlone(bytes, start, width);
    if (token === -1)
      return noInfo;
    edges ??= indexTokenEdges(ranks);
    const before = [];
    const after = [];
    const collect = (found, held, into) => {
      for (const rank of found ?? [])
        if (rank <= maxMergeRank)
          into.push(rank, held);
    };
    for (let held = 1; held <= width; held++) {
      collect(edges.endingWith.get(keyOf(bytes, start, start + held)), held, before);
      collect(edges.startingWith.get(keyOf(bytes, start + width - held, start + width)), held, after);
    }
    return { token, riskyBefore: Int32Array.from(before), riskyAfter: Int32Array.from(after) };
  }
  function precedes(rank, held, bytes, at) {
    const start = tokenStarts[rank];
    const length = tokenStarts[rank + 1] - start - held;
    if (length > at)
      return false;
    for (let index = 0; index < length; index++) {
      if (tokenBytes[start + index] !== bytes[at - length + index])
        return false;
    }
    return true;
  }
  function follows(rank, held, bytes, at, pieceLength) {
    const start = tokenStarts[rank] + held;
    const length = tokenStarts[rank + 1] - start;
    if (at + length > pieceLength)
      return false;
    for (let index = 0; index < length; index++) {
      if (tokenBytes[start + index] !== bytes[at + index])
        return false;
    }
    return true;
  }
  return {
    tokenAt(bytes, start, width, pieceLength) {
      if (start + width > pieceLength)
        return -1;
      const codePoint = codePointOf(bytes, start, width);
      let info = infos.get(codePoint);
      if (info === void 0) {
        info = describe(bytes, start, width);
        infos.set(codePoint, info);
      }
      if (info.token === -1)
        return -1;
      const { riskyBefore, riskyAfter } = info;
      for (let index = 0; index < riskyBefore.length; index += 2) {
        if (precedes(riskyBefore[index], riskyBefore[index + 1], bytes, start))
          return -1;
      }
      for (let index = 0; index < riskyAfter.length; index += 2) {
        const rank = riskyAfter[index];
        if (follows(rank, riskyAfter[index + 1], bytes, start + width, pieceLength))
          return -1;
      }
      return info.token;
    }
  };
}

// ../core/dist/tokens/create-piece-counter.js
var noRank = 2147483647;
var positionScale = 4294967296;
var buffersKeptUpToBytes = 1 << 16;
function createPieceCounter(ranks, options2) {
  const characterMerges = createCharacterMerges(ranks);
  let bytes = new Uint8Array(256);
  let nextStart = new Int32Array(256);
  let previousStart = new Int32Array(256);
  let pairRank = new Int32Array(256);
  let partToken = new Int32Array(256);
  let heap = new Float64Array(512);
  const cacheMask = options2.maxCachedPieces * 2 - 1;
  const cacheOffsets = new Int32Array(cacheMask + 1).fill(-1);
  const cacheHashes = new Int32Array(cacheMask + 1);
  const cacheLengths = new Int32Array(cacheMask + 1);
  const cacheCounts = new Int32Array(cacheMask + 1);
  const cacheBytes = new Uint8Array(options2.maxCachedPieces * 16);
  let cachedPieces = 0;
  let cacheBytesUsed = 0;
  function grow(byteLength) {
    let capacity = bytes.length;
    while (capacity < byteLength)
      capacity *= 2;
    bytes = new Uint8Array(capacity);
    nextStart = new Int32Array(capacity);
    previousStart = new Int32Array(capacity);
    pairRank = new Int32Array(capacity);
    partToken = new Int32Array(capacity);
    heap = new Float64Array(capacity * 2);
  }
  function shrink() {
    bytes = new Uint8Array(256);
    nextStart = new Int32Array(256);
    previousStart = new Int32Array(256);
    pairRank = new Int32Array(256);
    partToken = new Int32Array(256);
    heap = new Float64Array(512);
  }
  function encodeUtf8(text, start, end) {
    if (bytes.length < (end - start) * 3)
      grow((end - start) * 3);
    let length = 0;
    for (let index = start; index < end; index++) {
      const code = text.charCodeAt(index);
      if (code < 128) {
        bytes[length++] = code;
      } else if (code < 2048) {
        bytes[length++] = 192 | code >> 6;
        bytes[length++] = 128 | code & 63;
      } else if (code < 55296 || code > 57343) {
        bytes[length++] = 224 | code >> 12;
        bytes[length++] = 128 | code >> 6 & 63;
        bytes[length++] = 128 | code & 63;
      } else {
        const low = index + 1 < end ? text.charCodeAt(index + 1) : 0;
        if (code <= 56319 && low >= 56320 && low <= 57343) {
          const codePoint = (code - 55296 << 10) + (low - 56320) + 65536;
          bytes[length++] = 240 | codePoint >> 18;
          bytes[length++] = 128 | codePoint >> 12 & 63;
          bytes[length++] = 128 | codePoint >> 6 & 63;
          bytes[length++] = 128 | codePoint & 63;
          index += 1;
        } else {
          bytes[length++] = 239;
          bytes[length++] = 191;
          bytes[length++] = 189;
        }
      }
    }
    return length;
  }
  function mergedRank(left, right) {
    const rank = ranks.mergedRankOf(left, right);
    return rank === -1 ? noRank : rank;
  }
  let heapSize = 0;
  function push(key) {
    let index = heapSize++;
    while (index > 0) {
      const parent = index - 1 >> 1;
      const parentKey = heap[parent];
      if (parentKey <= key)
        break;
      heap[index] = parentKey;
      index = parent;
    }
    heap[index] = key;
  }
  function pop() {
    const top = heap[0];
    const last = heap[--heapSize];
    let index = 0;
    for (; ; ) {
      let child = 2 * index + 1;
      if (child >= heapSize)
        break;
      if (child + 1 < heapSize && heap[child + 1] < heap[child])
        child += 1;
      if (heap[child] >= last)
        break;
      heap[index] = heap[child];
      index = child;
    }
    heap[index] = last;
    return top;
  }
  function mergeCount(length) {
    heapSize = 0;
    let parts = 0;
    let previous = -1;
    for (let index = 0; index < length; ) {
      const byte = bytes[index];
      let width = 1;
      let token = ranks.byteRankOf(byte);
      if (byte >= 192) {
        const characterWidth = byte >= 240 ? 4 : byte >= 224 ? 3 : 2;
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
        const rank = width === 1 && index - previous === 1 ? ranks.pairRankOf(bytes[previous], byte) : ranks.mergedRankOf(partToken[previous], token);
        pairRank[previous] = rank === -1 ? noRank : rank;
        if (rank !== -1)
          push(rank * positionScale + previous);
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
      if (pairRank[start] !== rank)
        continue;
      const merged = nextStart[start];
      const after = nextStart[merged];
      nextStart[start] = after;
      if (after < length)
        previousStart[after] = start;
      pairRank[merged] = noRank;
      partToken[start] = rank;
      parts -= 1;
      const ownRank = after < length ? mergedRank(rank, partToken[after]) : noRank;
      pairRank[start] = ownRank;
      if (ownRank !== noRank)
        push(ownRank * positionScale + start);
      const previous2 = previousStart[start];
      if (previous2 >= 0) {
        const previousRank = mergedRank(partToken[previous2], rank);
        pairRank[previous2] = previousRank;
        if (previousRank !== noRank)
          push(previousRank * positionScale + previous2);
      }
    }
    return parts;
  }
  function clearCache() {
    cacheOffsets.fill(-1);
    cachedPieces = 0;
    cacheBytesUsed = 0;
  }
  function cachedCount(length, hash2) {
    let slot = slotOf(hash2, cacheMask);
    for (; ; ) {
      const offset = cacheOffsets[slot];
      if (offset === -1)
        return -1;
      if (cacheHashes[slot] === hash2 && cacheLengths[slot] === length) {
        let index = 0;
        while (index < length && cacheBytes[offset + index] === bytes[index])
          index += 1;
        if (index === length)
          return cacheCounts[slot];
      }
      slot = slot + 1 & cacheMask;
    }
  }
  function cachedCountOfAscii(text, start, end, hash2) {
    const length = end - start;
    let slot = slotOf(hash2, cacheMask);
    for (; ; ) {
      const offset = cacheOffsets[slot];
      if (offset === -1)
        return -1;
      if (cacheHashes[slot] === hash2 && cacheLengths[slot] === length) {
        let index = 0;
        while (index < length && cacheBytes[offset + index] === text.charCodeAt(start + index))
          index += 1;
        if (index === length)
          return cacheCounts[slot];
      }
      slot = slot + 1 & cacheMask;
    }
  }
  function cache(length, hash2, count) {
    if (cachedPieces >= options2.maxCachedPieces || cacheBytesUsed + length > cacheBytes.length) {
      clearCache();
    }
    let slot = slotOf(hash2, cacheMask);
    while (cacheOffsets[slot] !== -1)
      slot = slot + 1 & cacheMask;
    cacheOffsets[slot] = cacheBytesUsed;
    cacheHashes[slot] = hash2;
    cacheLengths[slot] = length;
    cacheCounts[slot] = count;
    for (let index = 0; index < length; index++)
      cacheBytes[cacheBytesUsed + index] = bytes[index];
    cacheBytesUsed += length;
    cachedPieces += 1;
  }
  function mergeAndCache(length, hash2) {
    const count = mergeCount(length);
    if (length <= options2.maxCachedPieceBytes)
      cache(length, hash2, count);
    else if (bytes.length > buffersKeptUpToBytes)
      shrink();
    return count;
  }
  return (text, start, end) => {
    if (end - start === 1 && text.charCodeAt(start) < 128)
      return 1;
    let asciiHash = fnvOffset;
    let index = start;
    while (index < end) {
      const code = text.charCodeAt(index);
      if (code >= 128)
        break;
      asciiHash = Math.imul(asciiHash ^ code, fnvPrime);
      index += 1;
    }
    if (index === end) {
      if (ranks.rankOfAscii(text, start, end, asciiHash) !== -1)
        return 1;
      if (end - start <= options2.maxCachedPieceBytes) {
        const count = cachedCountOfAscii(text, start, end, asciiHash);
        if (count !== -1)
          return count;
      }
      return mergeAndCache(encodeUtf8(text, start, end), asciiHash);
    }
    const length = encodeUtf8(text, start, end);
    const hash2 = hashBytes(bytes, 0, length);
    if (ranks.rankOf(bytes, 0, length, hash2) !== -1)
      return 1;
    if (length <= options2.maxCachedPieceBytes) {
      const count = cachedCount(length, hash2);
      if (count !== -1)
        return count;
    }
    return mergeAndCache(length, hash2);
  };
}

// ../core/dist/tokens/unicode-tables.generated.js
var codePointClassRanges = {
  /** Rust's `\s`, Unicode White_Space, less `\r` and `\n`. */
  whitespace: `
    9 b-c 20 85 a0 1680 2000-200a 2028-2029 202f 205f 3000
  `,
  /** `\p{N}`. */
  number: `
    30-39 b2-b3 b9 bc-be 660-669 6f0-6f9 7c0-7c9 966-96f 9e6-9ef 9f4-9f9 a66-a6f ae6-aef b66-b6f
    b72-b77 be6-bf2 c66-c6f c78-c7e ce6-cef d58-d5e d66-d78 de6-def e50-e59 ed0-ed9 f20-f33
    1040-1049 1090-1099 1369-137c 16ee-16f0 17e0-17e9 17f0-17f9 1810-1819 1946-194f 19d0-19da
    1a80-1a89 1a90-1a99 1b50-1b59 1bb0-1bb9 1c40-1c49 1c50-1c59 2070 2074-2079 2080-2089
    2150-2182 2185-2189 2460-249b 24ea-24ff 2776-2793 2cfd 3007 3021-3029 3038-303a 3192-3195
    3220-3229 3248-324f 3251-325f 3280-3289 32b1-32bf a620-a629 a6e6-a6ef a830-a835 a8d0-a8d9
    a900-a909 a9d0-a9d9 a9f0-a9f9 aa50-aa59 abf0-abf9 ff10-ff19 10107-10133 10140-10178
    1018a-1018b 102e1-102fb 10320-10323 10341 1034a 103d1-103d5 104a0-104a9 10858-1085f
    10879-1087f 108a7-108af 108fb-108ff 10916-1091b 109bc-109bd 109c0-109cf 109d2-109ff
    10a40-10a48 10a7d-10a7e 10a9d-10a9f 10aeb-10aef 10b58-10b5f 10b78-10b7f 10ba9-10baf
    10cfa-10cff 10d30-10d39 10d40-10d49 10e60-10e7e 10f1d-10f26 10f51-10f54 10fc5-10fcb
    11052-1106f 110f0-110f9 11136-1113f 111d0-111d9 111e1-111f4 112f0-112f9 11450-11459
    114d0-114d9 11650-11659 116c0-116c9 116d0-116e3 11730-1173b 118e0-118f2 11950-11959
    11bf0-11bf9 11c50-11c6c 11d50-11d59 11da0-11da9 11f50-11f59 11fc0-11fd4 12400-1246e
    16130-16139 16a60-16a69 16ac0-16ac9 16b50-16b59 16b5b-16b61 16d70-16d79 16e80-16e96
    1ccf0-1ccf9 1d2c0-1d2d3 1d2e0-1d2f3 1d360-1d378 1d7ce-1d7ff 1e140-1e149 1e2f0-1e2f9
    1e4f0-1e4f9 1e5f1-1e5fa 1e8c7-1e8cf 1e950-1e959 1ec71-1ecab 1ecad-1ecaf 1ecb1-1ecb4
    1ed01-1ed2d 1ed2f-1ed3d 1f100-1f10c 1fbf0-1fbf9
  `,
  /** `\p{Lu}` and `\p{Lt}`. */
  upperLetter: `
    41-5a c0-d6 d8-de 100 102 104 106 108 10a 10c 10e 110 112 114 116 118 11a 11c 11e 120 122
    124 126 128 12a 12c 12e 130 132 134 136 139 13b 13d 13f 141 143 145 147 14a 14c 14e 150 152
    154 156 158 15a 15c 15e 160 162 164 166 168 16a 16c 16e 170 172 174 176 178-179 17b 17d
    181-182 184 186-187 189-18b 18e-191 193-194 196-198 19c-19d 19f-1a0 1a2 1a4 1a6-1a7 1a9 1ac
    1ae-1af 1b1-1b3 1b5 1b7-1b8 1bc 1c4-1c5 1c7-1c8 1ca-1cb 1cd 1cf 1d1 1d3 1d5 1d7 1d9 1db 1de
    1e0 1e2 1e4 1e6 1e8 1ea 1ec 1ee 1f1-1f2 1f4 1f6-1f8 1fa 1fc 1fe 200 202 204 206 208 20a 20c
    20e 210 212 214 216 218 21a 21c 21e 220 222 224 226 228 22a 22c 22e 230 232 23a-23b 23d-23e
    241 243-246 248 24a 24c 24e 370 372 376 37f 386 388-38a 38c 38e-38f 391-3a1 3a3-3ab 3cf
    3d2-3d4 3d8 3da 3dc 3de 3e0 3e2 3e4 3e6 3e8 3ea 3ec 3ee 3f4 3f7 3f9-3fa 3fd-42f 460 462 464
    466 468 46a 46c 46e 470 472 474 476 478 47a 47c 47e 480 48a 48c 48e 490 492 494 496 498 49a
    49c 49e 4a0 4a2 4a4 4a6 4a8 4aa 4ac 4ae 4b0 4b2 4b4 4b6 4b8 4ba 4bc 4be 4c0-4c1 4c3 4c5 4c7
    4c9 4cb 4cd 4d0 4d2 4d4 4d6 4d8 4da 4dc 4de 4e0 4e2 4e4 4e6 4e8 4ea 4ec 4ee 4f0 4f2 4f4 4f6
    4f8 4fa 4fc 4fe 500 502 504 506 508 50a 50c 50e 510 512 514 516 518 51a 51c 51e 520 522 524
    526 528 52a 52c 52e 531-556 10a0-10c5 10c7 10cd 13a0-13f5 1c89 1c90-1cba 1cbd-1cbf 1e00 1e02
    1e04 1e06 1e08 1e0a 1e0c 1e0e 1e10 1e12 1e14 1e16 1e18 1e1a 1e1c 1e1e 1e20 1e22 1e24 1e26
    1e28 1e2a 1e2c 1e2e 1e30 1e32 1e34 1e36 1e38 1e3a 1e3c 1e3e 1e40 1e42 1e44 1e46 1e48 1e4a
    1e4c 1e4e 1e50 1e52 1e54 1e56 1e58 1e5a 1e5c 1e5e 1e60 1e62 1e64 1e66 1e68 1e6a 1e6c 1e6e
    1e70 1e72 1e74 1e76 1e78 1e7a 1e7c 1e7e 1e80 1e82 1e84 1e86 1e88 1e8a 1e8c 1e8e 1e90 1e92
    1e94 1e9e 1ea0 1ea2 1ea4 1ea6 1ea8 1eaa 1eac 1eae 1eb0 1eb2 1eb4 1eb6 1eb8 1eba 1ebc 1ebe
    1ec0 1ec2 1ec4 1ec6 1ec8 1eca 1ecc 1ece 1ed0 1ed2 1ed4 1ed6 1ed8 1eda 1edc 1ede 1ee0 1ee2
    1ee4 1ee6 1ee8 1eea 1eec 1eee 1ef0 1ef2 1ef4 1ef6 1ef8 1efa 1efc 1efe 1f08-1f0f 1f18-1f1d
    1f28-1f2f 1f38-1f3f 1f48-1f4d 1f59 1f5b 1f5d 1f5f 1f68-1f6f 1f88-1f8f 1f98-1f9f 1fa8-1faf
    1fb8-1fbc 1fc8-1fcc 1fd8-1fdb 1fe8-1fec 1ff8-1ffc 2102 2107 210b-210d 2110-2112 2115
    2119-211d 2124 2126 2128 212a-212d 2130-2133 213e-213f 2145 2183 2c00-2c2f 2c60 2c62-2c64
    2c67 2c69 2c6b 2c6d-2c70 2c72 2c75 2c7e-2c80 2c82 2c84 2c86 2c88 2c8a 2c8c 2c8e 2c90 2c92
    2c94 2c96 2c98 2c9a 2c9c 2c9e 2ca0 2ca2 2ca4 2ca6 2ca8 2caa 2cac 2cae 2cb0 2cb2 2cb4 2cb6
    2cb8 2cba 2cbc 2cbe 2cc0 2cc2 2cc4 2cc6 2cc8 2cca 2ccc 2cce 2cd0 2cd2 2cd4 2cd6 2cd8 2cda
    2cdc 2cde 2ce0 2ce2 2ceb 2ced 2cf2 a640 a642 a644 a646 a648 a64a a64c a64e a650 a652 a654
    a656 a658 a65a a65c a65e a660 a662 a664 a666 a668 a66a a66c a680 a682 a684 a686 a688 a68a
    a68c a68e a690 a692 a694 a696 a698 a69a a722 a724 a726 a728 a72a a72c a72e a732 a734 a736
    a738 a73a a73c a73e a740 a742 a744 a746 a748 a74a a74c a74e a750 a752 a754 a756 a758 a75a
    a75c a75e a760 a762 a764 a766 a768 a76a a76c a76e a779 a77b a77d-a77e a780 a782 a784 a786
    a78b a78d a790 a792 a796 a798 a79a a79c a79e a7a0 a7a2 a7a4 a7a6 a7a8 a7aa-a7ae a7b0-a7b4
    a7b6 a7b8 a7ba a7bc a7be a7c0 a7c2 a7c4-a7c7 a7c9 a7cb-a7cc a7d0 a7d6 a7d8 a7da a7dc a7f5
    ff21-ff3a 10400-10427 104b0-104d3 10570-1057a 1057c-1058a 1058c-10592 10594-10595
    10c80-10cb2 10d50-10d65 118a0-118bf 16e40-16e5f 1d400-1d419 1d434-1d44d 1d468-1d481 1d49c
    1d49e-1d49f 1d4a2 1d4a5-1d4a6 1d4a9-1d4ac 1d4ae-1d4b5 1d4d0-1d4e9 1d504-1d505 1d507-1d50a
    1d50d-1d514 1d516-1d51c 1d538-1d539 1d53b-1d53e 1d540-1d544 1d546 1d54a-1d550 1d56c-1d585
    1d5a0-1d5b9 1d5d4-1d5ed 1d608-1d621 1d63c-1d655 1d670-1d689 1d6a8-1d6c0 1d6e2-1d6fa
    1d71c-1d734 1d756-1d76e 1d790-1d7a8 1d7ca 1e900-1e921
  `,
  /** `\p{Ll}`. */
  lowerLetter: `
    61-7a b5 df-f6 f8-ff 101 103 105 107 109 10b 10d 10f 111 113 115 117 119 11b 11d 11f 121 123
    125 127 129 12b 12d 12f 131 133 135 137-138 13a 13c 13e 140 142 144 146 148-149 14b 14d 14f
    151 153 155 157 159 15b 15d 15f 161 163 165 167 169 16b 16d 16f 171 173 175 177 17a 17c
    17e-180 183 185 188 18c-18d 192 195 199-19b 19e 1a1 1a3 1a5 1a8 1aa-1ab 1ad 1b0 1b4 1b6
    1b9-1ba 1bd-1bf 1c6 1c9 1cc 1ce 1d0 1d2 1d4 1d6 1d8 1da 1dc-1dd 1df 1e1 1e3 1e5 1e7 1e9 1eb
    1ed 1ef-1f0 1f3 1f5 1f9 1fb 1fd 1ff 201 203 205 207 209 20b 20d 20f 211 213 215 217 219 21b
    21d 21f 221 223 225 227 229 22b 22d 22f 231 233-239 23c 23f-240 242 247 249 24b 24d 24f-293
    295-2af 371 373 377 37b-37d 390 3ac-3ce 3d0-3d1 3d5-3d7 3d9 3db 3dd 3df 3e1 3e3 3e5 3e7 3e9
    3eb 3ed 3ef-3f3 3f5 3f8 3fb-3fc 430-45f 461 463 465 467 469 46b 46d 46f 471 473 475 477 479
    47b 47d 47f 481 48b 48d 48f 491 493 495 497 499 49b 49d 49f 4a1 4a3 4a5 4a7 4a9 4ab 4ad 4af
    4b1 4b3 4b5 4b7 4b9 4bb 4bd 4bf 4c2 4c4 4c6 4c8 4ca 4cc 4ce-4cf 4d1 4d3 4d5 4d7 4d9 4db 4dd
    4df 4e1 4e3 4e5 4e7 4e9 4eb 4ed 4ef 4f1 4f3 4f5 4f7 4f9 4fb 4fd 4ff 501 503 505 507 509 50b
    50d 50f 511 513 515 517 519 51b 51d 51f 521 523 525 527 529 52b 52d 52f 560-588 10d0-10fa
    10fd-10ff 13f8-13fd 1c80-1c88 1c8a 1d00-1d2b 1d6b-1d77 1d79-1d9a 1e01 1e03 1e05 1e07 1e09
    1e0b 1e0d 1e0f 1e11 1e13 1e15 1e17 1e19 1e1b 1e1d 1e1f 1e21 1e23 1e25 1e27 1e29 1e2b 1e2d
    1e2f 1e31 1e33 1e35 1e37 1e39 1e3b 1e3d 1e3f 1e41 1e43 1e45 1e47 1e49 1e4b 1e4d 1e4f 1e51
    1e53 1e55 1e57 1e59 1e5b 1e5d 1e5f 1e61 1e63 1e65 1e67 1e69 1e6b 1e6d 1e6f 1e71 1e73 1e75
    1e77 1e79 1e7b 1e7d 1e7f 1e81 1e83 1e85 1e87 1e89 1e8b 1e8d 1e8f 1e91 1e93 1e95-1e9d 1e9f
    1ea1 1ea3 1ea5 1ea7 1ea9 1eab 1ead 1eaf 1eb1 1eb3 1eb5 1eb7 1eb9 1ebb 1ebd 1ebf 1ec1 1ec3
    1ec5 1ec7 1ec9 1ecb 1ecd 1ecf 1ed1 1ed3 1ed5 1ed7 1ed9 1edb 1edd 1edf 1ee1 1ee3 1ee5 1ee7
    1ee9 1eeb 1eed 1eef 1ef1 1ef3 1ef5 1ef7 1ef9 1efb 1efd 1eff-1f07 1f10-1f15 1f20-1f27
    1f30-1f37 1f40-1f45 1f50-1f57 1f60-1f67 1f70-1f7d 1f80-1f87 1f90-1f97 1fa0-1fa7 1fb0-1fb4
    1fb6-1fb7 1fbe 1fc2-1fc4 1fc6-1fc7 1fd0-1fd3 1fd6-1fd7 1fe0-1fe7 1ff2-1ff4 1ff6-1ff7 210a
    210e-210f 2113 212f 2134 2139 213c-213d 2146-2149 214e 2184 2c30-2c5f 2c61 2c65-2c66 2c68
    2c6a 2c6c 2c71 2c73-2c74 2c76-2c7b 2c81 2c83 2c85 2c87 2c89 2c8b 2c8d 2c8f 2c91 2c93 2c95
    2c97 2c99 2c9b 2c9d 2c9f 2ca1 2ca3 2ca5 2ca7 2ca9 2cab 2cad 2caf 2cb1 2cb3 2cb5 2cb7 2cb9
    2cbb 2cbd 2cbf 2cc1 2cc3 2cc5 2cc7 2cc9 2ccb 2ccd 2ccf 2cd1 2cd3 2cd5 2cd7 2cd9 2cdb 2cdd
    2cdf 2ce1 2ce3-2ce4 2cec 2cee 2cf3 2d00-2d25 2d27 2d2d a641 a643 a645 a647 a649 a64b a64d
    a64f a651 a653 a655 a657 a659 a65b a65d a65f a661 a663 a665 a667 a669 a66b a66d a681 a683
    a685 a687 a689 a68b a68d a68f a691 a693 a695 a697 a699 a69b a723 a725 a727 a729 a72b a72d
    a72f-a731 a733 a735 a737 a739 a73b a73d a73f a741 a743 a745 a747 a749 a74b a74d a74f a751
    a753 a755 a757 a759 a75b a75d a75f a761 a763 a765 a767 a769 a76b a76d a76f a771-a778 a77a
    a77c a77f a781 a783 a785 a787 a78c a78e a791 a793-a795 a797 a799 a79b a79d a79f a7a1 a7a3
    a7a5 a7a7 a7a9 a7af a7b5 a7b7 a7b9 a7bb a7bd a7bf a7c1 a7c3 a7c8 a7ca a7cd a7d1 a7d3 a7d5
    a7d7 a7d9 a7db a7f6 a7fa ab30-ab5a ab60-ab68 ab70-abbf fb00-fb06 fb13-fb17 ff41-ff5a
    10428-1044f 104d8-104fb 10597-105a1 105a3-105b1 105b3-105b9 105bb-105bc 10cc0-10cf2
    10d70-10d85 118c0-118df 16e60-16e7f 1d41a-1d433 1d44e-1d454 1d456-1d467 1d482-1d49b
    1d4b6-1d4b9 1d4bb 1d4bd-1d4c3 1d4c5-1d4cf 1d4ea-1d503 1d51e-1d537 1d552-1d56b 1d586-1d59f
    1d5ba-1d5d3 1d5ee-1d607 1d622-1d63b 1d656-1d66f 1d68a-1d6a5 1d6c2-1d6da 1d6dc-1d6e1
    1d6fc-1d714 1d716-1d71b 1d736-1d74e 1d750-1d755 1d770-1d788 1d78a-1d78f 1d7aa-1d7c2
    1d7c4-1d7c9 1d7cb 1df00-1df09 1df0b-1df1e 1df25-1df2a 1e922-1e943
  `,
  /** `\p{Lm}` and `\p{Lo}`. */
  otherLetter: `
    aa ba 1bb 1c0-1c3 294 2b0-2c1 2c6-2d1 2e0-2e4 2ec 2ee 374 37a 559 5d0-5ea 5ef-5f2 620-64a
    66e-66f 671-6d3 6d5 6e5-6e6 6ee-6ef 6fa-6fc 6ff 710 712-72f 74d-7a5 7b1 7ca-7ea 7f4-7f5 7fa
    800-815 81a 824 828 840-858 860-86a 870-887 889-88e 8a0-8c9 904-939 93d 950 958-961 971-980
    985-98c 98f-990 993-9a8 9aa-9b0 9b2 9b6-9b9 9bd 9ce 9dc-9dd 9df-9e1 9f0-9f1 9fc a05-a0a
    a0f-a10 a13-a28 a2a-a30 a32-a33 a35-a36 a38-a39 a59-a5c a5e a72-a74 a85-a8d a8f-a91 a93-aa8
    aaa-ab0 ab2-ab3 ab5-ab9 abd ad0 ae0-ae1 af9 b05-b0c b0f-b10 b13-b28 b2a-b30 b32-b33 b35-b39
    b3d b5c-b5d b5f-b61 b71 b83 b85-b8a b8e-b90 b92-b95 b99-b9a b9c b9e-b9f ba3-ba4 ba8-baa
    bae-bb9 bd0 c05-c0c c0e-c10 c12-c28 c2a-c39 c3d c58-c5a c5d c60-c61 c80 c85-c8c c8e-c90
    c92-ca8 caa-cb3 cb5-cb9 cbd cdd-cde ce0-ce1 cf1-cf2 d04-d0c d0e-d10 d12-d3a d3d d4e d54-d56
    d5f-d61 d7a-d7f d85-d96 d9a-db1 db3-dbb dbd dc0-dc6 e01-e30 e32-e33 e40-e46 e81-e82 e84
    e86-e8a e8c-ea3 ea5 ea7-eb0 eb2-eb3 ebd ec0-ec4 ec6 edc-edf f00 f40-f47 f49-f6c f88-f8c
    1000-102a 103f 1050-1055 105a-105d 1061 1065-1066 106e-1070 1075-1081 108e 10fc 1100-1248
    124a-124d 1250-1256 1258 125a-125d 1260-1288 128a-128d 1290-12b0 12b2-12b5 12b8-12be 12c0
    12c2-12c5 12c8-12d6 12d8-1310 1312-1315 1318-135a 1380-138f 1401-166c 166f-167f 1681-169a
    16a0-16ea 16f1-16f8 1700-1711 171f-1731 1740-1751 1760-176c 176e-1770 1780-17b3 17d7 17dc
    1820-1878 1880-1884 1887-18a8 18aa 18b0-18f5 1900-191e 1950-196d 1970-1974 1980-19ab
    19b0-19c9 1a00-1a16 1a20-1a54 1aa7 1b05-1b33 1b45-1b4c 1b83-1ba0 1bae-1baf 1bba-1be5
    1c00-1c23 1c4d-1c4f 1c5a-1c7d 1ce9-1cec 1cee-1cf3 1cf5-1cf6 1cfa 1d2c-1d6a 1d78 1d9b-1dbf
    2071 207f 2090-209c 2135-2138 2c7c-2c7d 2d30-2d67 2d6f 2d80-2d96 2da0-2da6 2da8-2dae
    2db0-2db6 2db8-2dbe 2dc0-2dc6 2dc8-2dce 2dd0-2dd6 2dd8-2dde 2e2f 3005-3006 3031-3035
    303b-303c 3041-3096 309d-309f 30a1-30fa 30fc-30ff 3105-312f 3131-318e 31a0-31bf 31f0-31ff
    3400-4dbf 4e00-a48c a4d0-a4fd a500-a60c a610-a61f a62a-a62b a66e a67f a69c-a69d a6a0-a6e5
    a717-a71f a770 a788 a78f a7f2-a7f4 a7f7-a7f9 a7fb-a801 a803-a805 a807-a80a a80c-a822
    a840-a873 a882-a8b3 a8f2-a8f7 a8fb a8fd-a8fe a90a-a925 a930-a946 a960-a97c a984-a9b2 a9cf
    a9e0-a9e4 a9e6-a9ef a9fa-a9fe aa00-aa28 aa40-aa42 aa44-aa4b aa60-aa76 aa7a aa7e-aaaf aab1
    aab5-aab6 aab9-aabd aac0 aac2 aadb-aadd aae0-aaea aaf2-aaf4 ab01-ab06 ab09-ab0e ab11-ab16
    ab20-ab26 ab28-ab2e ab5c-ab5f ab69 abc0-abe2 ac00-d7a3 d7b0-d7c6 d7cb-d7fb f900-fa6d
    fa70-fad9 fb1d fb1f-fb28 fb2a-fb36 fb38-fb3c fb3e fb40-fb41 fb43-fb44 fb46-fbb1 fbd3-fd3d
    fd50-fd8f fd92-fdc7 fdf0-fdfb fe70-fe74 fe76-fefc ff66-ffbe ffc2-ffc7 ffca-ffcf ffd2-ffd7
    ffda-ffdc 10000-1000b 1000d-10026 10028-1003a 1003c-1003d 1003f-1004d 10050-1005d
    10080-100fa 10280-1029c 102a0-102d0 10300-1031f 1032d-10340 10342-10349 10350-10375
    10380-1039d 103a0-103c3 103c8-103cf 10450-1049d 10500-10527 10530-10563 105c0-105f3
    10600-10736 10740-10755 10760-10767 10780-10785 10787-107b0 107b2-107ba 10800-10805 10808
    1080a-10835 10837-10838 1083c 1083f-10855 10860-10876 10880-1089e 108e0-108f2 108f4-108f5
    10900-10915 10920-10939 10980-109b7 109be-109bf 10a00 10a10-10a13 10a15-10a17 10a19-10a35
    10a60-10a7c 10a80-10a9c 10ac0-10ac7 10ac9-10ae4 10b00-10b35 10b40-10b55 10b60-10b72
    10b80-10b91 10c00-10c48 10d00-10d23 10d4a-10d4f 10d6f 10e80-10ea9 10eb0-10eb1 10ec2-10ec4
    10f00-10f1c 10f27 10f30-10f45 10f70-10f81 10fb0-10fc4 10fe0-10ff6 11003-11037 11071-11072
    11075 11083-110af 110d0-110e8 11103-11126 11144 11147 11150-11172 11176 11183-111b2
    111c1-111c4 111da 111dc 11200-11211 11213-1122b 1123f-11240 11280-11286 11288 1128a-1128d
    1128f-1129d 1129f-112a8 112b0-112de 11305-1130c 1130f-11310 11313-11328 1132a-11330
    11332-11333 11335-11339 1133d 11350 1135d-11361 11380-11389 1138b 1138e 11390-113b5 113b7
    113d1 113d3 11400-11434 11447-1144a 1145f-11461 11480-114af 114c4-114c5 114c7 11580-115ae
    115d8-115db 11600-1162f 11644 11680-116aa 116b8 11700-1171a 11740-11746 11800-1182b
    118ff-11906 11909 1190c-11913 11915-11916 11918-1192f 1193f 11941 119a0-119a7 119aa-119d0
    119e1 119e3 11a00 11a0b-11a32 11a3a 11a50 11a5c-11a89 11a9d 11ab0-11af8 11bc0-11be0
    11c00-11c08 11c0a-11c2e 11c40 11c72-11c8f 11d00-11d06 11d08-11d09 11d0b-11d30 11d46
    11d60-11d65 11d67-11d68 11d6a-11d89 11d98 11ee0-11ef2 11f02 11f04-11f10 11f12-11f33 11fb0
    12000-12399 12480-12543 12f90-12ff0 13000-1342f 13441-13446 13460-143fa 14400-14646
    16100-1611d 16800-16a38 16a40-16a5e 16a70-16abe 16ad0-16aed 16b00-16b2f 16b40-16b43
    16b63-16b77 16b7d-16b8f 16d40-16d6c 16f00-16f4a 16f50 16f93-16f9f 16fe0-16fe1 16fe3
    17000-187f7 18800-18cd5 18cff-18d08 1aff0-1aff3 1aff5-1affb 1affd-1affe 1b000-1b122 1b132
    1b150-1b152 1b155 1b164-1b167 1b170-1b2fb 1bc00-1bc6a 1bc70-1bc7c 1bc80-1bc88 1bc90-1bc99
    1df0a 1e030-1e06d 1e100-1e12c 1e137-1e13d 1e14e 1e290-1e2ad 1e2c0-1e2eb 1e4d0-1e4eb
    1e5d0-1e5ed 1e5f0 1e7e0-1e7e6 1e7e8-1e7eb 1e7ed-1e7ee 1e7f0-1e7fe 1e800-1e8c4 1e94b
    1ee00-1ee03 1ee05-1ee1f 1ee21-1ee22 1ee24 1ee27 1ee29-1ee32 1ee34-1ee37 1ee39 1ee3b 1ee42
    1ee47 1ee49 1ee4b 1ee4d-1ee4f 1ee51-1ee52 1ee54 1ee57 1ee59 1ee5b 1ee5d 1ee5f 1ee61-1ee62
    1ee64 1ee67-1ee6a 1ee6c-1ee72 1ee74-1ee77 1ee79-1ee7c 1ee7e 1ee80-1ee89 1ee8b-1ee9b
    1eea1-1eea3 1eea5-1eea9 1eeab-1eebb 20000-2a6df 2a700-2b739 2b740-2b81d 2b820-2cea1
    2ceb0-2ebe0 2ebf0-2ee5d 2f800-2fa1d 30000-3134a 31350-323af
  `,
  /** `\p{M}`. */
  mark: `
    300-36f 483-489 591-5bd 5bf 5c1-5c2 5c4-5c5 5c7 610-61a 64b-65f 670 6d6-6dc 6df-6e4 6e7-6e8
    6ea-6ed 711 730-74a 7a6-7b0 7eb-7f3 7fd 816-819 81b-823 825-827 829-82d 859-85b 897-89f
    8ca-8e1 8e3-903 93a-93c 93e-94f 951-957 962-963 981-983 9bc 9be-9c4 9c7-9c8 9cb-9cd 9d7
    9e2-9e3 9fe a01-a03 a3c a3e-a42 a47-a48 a4b-a4d a51 a70-a71 a75 a81-a83 abc abe-ac5 ac7-ac9
    acb-acd ae2-ae3 afa-aff b01-b03 b3c b3e-b44 b47-b48 b4b-b4d b55-b57 b62-b63 b82 bbe-bc2
    bc6-bc8 bca-bcd bd7 c00-c04 c3c c3e-c44 c46-c48 c4a-c4d c55-c56 c62-c63 c81-c83 cbc cbe-cc4
    cc6-cc8 cca-ccd cd5-cd6 ce2-ce3 cf3 d00-d03 d3b-d3c d3e-d44 d46-d48 d4a-d4d d57 d62-d63
    d81-d83 dca dcf-dd4 dd6 dd8-ddf df2-df3 e31 e34-e3a e47-e4e eb1 eb4-ebc ec8-ece f18-f19 f35
    f37 f39 f3e-f3f f71-f84 f86-f87 f8d-f97 f99-fbc fc6 102b-103e 1056-1059 105e-1060 1062-1064
    1067-106d 1071-1074 1082-108d 108f 109a-109d 135d-135f 1712-1715 1732-1734 1752-1753
    1772-1773 17b4-17d3 17dd 180b-180d 180f 1885-1886 18a9 1920-192b 1930-193b 1a17-1a1b
    1a55-1a5e 1a60-1a7c 1a7f 1ab0-1ace 1b00-1b04 1b34-1b44 1b6b-1b73 1b80-1b82 1ba1-1bad
    1be6-1bf3 1c24-1c37 1cd0-1cd2 1cd4-1ce8 1ced 1cf4 1cf7-1cf9 1dc0-1dff 20d0-20f0 2cef-2cf1
    2d7f 2de0-2dff 302a-302f 3099-309a a66f-a672 a674-a67d a69e-a69f a6f0-a6f1 a802 a806 a80b
    a823-a827 a82c a880-a881 a8b4-a8c5 a8e0-a8f1 a8ff a926-a92d a947-a953 a980-a983 a9b3-a9c0
    a9e5 aa29-aa36 aa43 aa4c-aa4d aa7b-aa7d aab0 aab2-aab4 aab7-aab8 aabe-aabf aac1 aaeb-aaef
    aaf5-aaf6 abe3-abea abec-abed fb1e fe00-fe0f fe20-fe2f 101fd 102e0 10376-1037a 10a01-10a03
    10a05-10a06 10a0c-10a0f 10a38-10a3a 10a3f 10ae5-10ae6 10d24-10d27 10d69-10d6d 10eab-10eac
    10efc-10eff 10f46-10f50 10f82-10f85 11000-11002 11038-11046 11070 11073-11074 1107f-11082
    110b0-110ba 110c2 11100-11102 11127-11134 11145-11146 11173 11180-11182 111b3-111c0
    111c9-111cc 111ce-111cf 1122c-11237 1123e 11241 112df-112ea 11300-11303 1133b-1133c
    1133e-11344 11347-11348 1134b-1134d 11357 11362-11363 11366-1136c 11370-11374 113b8-113c0
    113c2 113c5 113c7-113ca 113cc-113d0 113d2 113e1-113e2 11435-11446 1145e 114b0-114c3
    115af-115b5 115b8-115c0 115dc-115dd 11630-11640 116ab-116b7 1171d-1172b 1182c-1183a
    11930-11935 11937-11938 1193b-1193e 11940 11942-11943 119d1-119d7 119da-119e0 119e4
    11a01-11a0a 11a33-11a39 11a3b-11a3e 11a47 11a51-11a5b 11a8a-11a99 11c2f-11c36 11c38-11c3f
    11c92-11ca7 11ca9-11cb6 11d31-11d36 11d3a 11d3c-11d3d 11d3f-11d45 11d47 11d8a-11d8e
    11d90-11d91 11d93-11d97 11ef3-11ef6 11f00-11f01 11f03 11f34-11f3a 11f3e-11f42 11f5a 13440
    13447-13455 1611e-1612f 16af0-16af4 16b30-16b36 16f4f 16f51-16f87 16f8f-16f92 16fe4
    16ff0-16ff1 1bc9d-1bc9e 1cf00-1cf2d 1cf30-1cf46 1d165-1d169 1d16d-1d172 1d17b-1d182
    1d185-1d18b 1d1aa-1d1ad 1d242-1d244 1da00-1da36 1da3b-1da6c 1da75 1da84 1da9b-1da9f
    1daa1-1daaf 1e000-1e006 1e008-1e018 1e01b-1e021 1e023-1e024 1e026-1e02a 1e08f 1e130-1e136
    1e2ae 1e2ec-1e2ef 1e4ec-1e4ef 1e5ee-1e5ef 1e8d0-1e8d6 1e944-1e94a e0100-e01ef
  `
};

// ../core/dist/tokens/code-point-class.js
var codePointClass = {
  other: 1,
  whitespace: 2,
  newline: 3,
  number: 4,
  /** Lu and Lt: only in o200k's "upper" letter set. */
  upperLetter: 5,
  /** Ll: only in o200k's "lower" letter set. */
  lowerLetter: 6,
  /** Lm and Lo: in both of o200k's letter sets. */
  otherLetter: 7,
  /** M: not a letter for `\p{L}`, but in both of o200k's letter sets. */
  mark: 8
};
function createClassTable() {
  const table = new Uint8Array(1114112).fill(codePointClass.other);
  table[10] = codePointClass.newline;
  table[13] = codePointClass.newline;
  for (const [name, ranges] of Object.entries(codePointClassRanges)) {
    const value = codePointClass[name];
    for (const range of ranges.trim().split(/\s+/)) {
      const [first = "", last = first] = range.split("-");
      table.fill(value, Number.parseInt(first, 16), Number.parseInt(last, 16) + 1);
    }
  }
  return table;
}
var classes = createClassTable();
function classOfCodePoint(codePoint) {
  return classes[codePoint];
}
var asciiClasses = Uint8Array.from({ length: 128 }, (_, code) => classOfCodePoint(code));
function classAt(text, index) {
  const code = text.charCodeAt(index);
  if (code < 128)
    return asciiClasses[code];
  if (code >= 55296 && code <= 56319) {
    const low = text.charCodeAt(index + 1);
    if (low >= 56320 && low <= 57343) {
      return classOfCodePoint((code - 55296 << 10) + (low - 56320) + 65536);
    }
  }
  return classOfCodePoint(code);
}
function widthAt(text, index) {
  const code = text.charCodeAt(index);
  if (code < 55296 || code > 56319)
    return 1;
  const low = text.charCodeAt(index + 1);
  return low >= 56320 && low <= 57343 ? 2 : 1;
}

// ../core/dist/tokens/find-contraction-end.js
var apostrophe = 39;
var lowerCaseBit = 32;
var longS = 383;
function findContractionEnd(text, index) {
  if (index >= text.length || text.charCodeAt(index) !== apostrophe)
    return index;
  if (index + 1 >= text.length)
    return index;
  const code = text.charCodeAt(index + 1);
  const first = code | lowerCaseBit;
  if (first === 115 || first === 116 || first === 109 || first === 100)
    return index + 2;
  if (code === longS)
    return index + 2;
  if (index + 2 >= text.length)
    return index;
  const second = text.charCodeAt(index + 2) | lowerCaseBit;
  if (first === 114 && second === 101)
    return index + 3;
  if (first === 118 && second === 101)
    return index + 3;
  if (first === 108 && second === 108)
    return index + 3;
  return index;
}

// ../core/dist/tokens/find-ascii-piece-end.js
var { other, whitespace, newline, number, upperLetter, lowerLetter } = codePointClass;
var nonAscii = 0;
var endOfText = 15;
var space = 32;
var apostrophe2 = 39;
var carriageReturn = 13;
var lineFeed = 10;
var slash = 47;
function asciiClassAt(text, index) {
  if (index >= text.length)
    return endOfText;
  const code = text.charCodeAt(index);
  return code < 128 ? asciiClasses[code] : nonAscii;
}
function isUpper(code) {
  return code - 65 >>> 0 < 26;
}
function isLower(code) {
  return code - 97 >>> 0 < 26;
}
function findPlainWordEnd(text, start, splitsLikeO200k) {
  const length = text.length;
  let end = text.charCodeAt(start) === space ? start + 1 : start;
  let code = end < length ? text.charCodeAt(end) : -1;
  if (!isUpper(code) && !isLower(code))
    return 0;
  if (splitsLikeO200k) {
    while (isUpper(code))
      code = ++end < length ? text.charCodeAt(end) : -1;
    while (isLower(code))
      code = ++end < length ? text.charCodeAt(end) : -1;
  } else {
    while (isUpper(code) || isLower(code))
      code = ++end < length ? text.charCodeAt(end) : -1;
  }
  if (code >= 128)
    return -1;
  return splitsLikeO200k && code === apostrophe2 ? findContractionEnd(text, end) : end;
}
function findAsciiPieceEnd(text, start, splitsLikeO200k) {
  const code = text.charCodeAt(start);
  const wordEnd = findPlainWordEnd(text, start, splitsLikeO200k);
  if (wordEnd !== 0)
    return wordEnd;
  const first = asciiClasses[code];
  if (!splitsLikeO200k && code === apostrophe2) {
    const contractionEnd = findContractionEnd(text, start);
    if (contractionEnd !== start)
      return contractionEnd;
  }
  let wordStart = -1;
  if (first === upperLetter || first === lowerLetter) {
    wordStart = start;
  } else if (first !== newline && first !== number) {
    const next = asciiClassAt(text, start + 1);
    if (next === nonAscii)
      return -1;
    if (next === upperLetter || next === lowerLetter)
      wordStart = start + 1;
  }
  if (wordStart !== -1) {
    let end2 = wordStart;
    let value2 = asciiClassAt(text, end2);
    if (splitsLikeO200k) {
      while (value2 === upperLetter)
        value2 = asciiClassAt(text, ++end2);
      while (value2 === lowerLetter)
        value2 = asciiClassAt(text, ++end2);
      if (value2 === nonAscii)
        return -1;
      return findContractionEnd(text, end2);
    }
    while (value2 === upperLetter || value2 === lowerLetter)
      value2 = asciiClassAt(text, ++end2);
    return value2 === nonAscii ? -1 : end2;
  }
  if (first === number) {
    let end2 = start + 1;
    for (let digits = 1; digits < 3; digits++) {
      const value2 = asciiClassAt(text, end2);
      if (value2 === nonAscii)
        return -1;
      if (value2 !== number)
        break;
      end2 += 1;
    }
    return end2;
  }
  let punctuationStart = -1;
  if (first === other)
    punctuationStart = start;
  else if (code === space && asciiClassAt(text, start + 1) === other)
    punctuationStart = start + 1;
  if (punctuationStart !== -1) {
    let end2 = punctuationStart;
    let value2 = asciiClassAt(text, end2);
    while (value2 === other)
      value2 = asciiClassAt(text, ++end2);
    if (value2 === nonAscii)
      return -1;
    while (end2 < text.length) {
      const next = text.charCodeAt(end2);
      if (next !== carriageReturn && next !== lineFeed && (next !== slash || !splitsLikeO200k))
        break;
      end2 += 1;
    }
    return end2;
  }
  let end = start + 1;
  let lastNewline = first === newline ? start : -1;
  let value = asciiClassAt(text, end);
  while (value === whitespace || value === newline) {
    if (value === newline)
      lastNewline = end;
    value = asciiClassAt(text, ++end);
  }
  if (value === nonAscii)
    return -1;
  if (lastNewline !== -1)
    return lastNewline + 1;
  if (end === text.length || end - start === 1)
    return end;
  return end - 1;
}

// ../core/dist/tokens/find-cl100k-piece-end.js
var { other: other2, whitespace: whitespace2, newline: newline2, number: number2, upperLetter: upperLetter2, otherLetter, mark } = codePointClass;
var space2 = 32;
var carriageReturn2 = 13;
var lineFeed2 = 10;
function isLetter(value) {
  return value >= upperLetter2 && value <= otherLetter;
}
function isPunctuation(value) {
  return value === other2 || value === mark;
}
function isLetterPrefix(value) {
  return value === other2 || value === whitespace2 || value === mark;
}
function skipLetters(text, index) {
  let end = index;
  while (end < text.length && isLetter(classAt(text, end)))
    end += widthAt(text, end);
  return end;
}
function findCl100kPieceEnd(text, start) {
  if (text.charCodeAt(start) < 128) {
    const asciiEnd = findAsciiPieceEnd(text, start, false);
    if (asciiEnd !== -1)
      return asciiEnd;
  }
  const length = text.length;
  const contractionEnd = findContractionEnd(text, start);
  if (contractionEnd !== start)
    return contractionEnd;
  const first = classAt(text, start);
  const afterFirst = start + widthAt(text, start);
  if (isLetter(first))
    return skipLetters(text, afterFirst);
  if (isLetterPrefix(first) && afterFirst < length && isLetter(classAt(text, afterFirst))) {
    return skipLetters(text, afterFirst);
  }
  if (first === number2) {
    let end2 = afterFirst;
    for (let digits = 1; digits < 3 && end2 < length && classAt(text, end2) === number2; digits++) {
      end2 += widthAt(text, end2);
    }
    return end2;
  }
  let punctuationStart = -1;
  if (isPunctuation(first)) {
    punctuationStart = start;
  } else if (text.charCodeAt(start) === space2 && afterFirst < length && isPunctuation(classAt(text, afterFirst))) {
    punctuationStart = afterFirst;
  }
  if (punctuationStart !== -1) {
    let end2 = punctuationStart;
    while (end2 < length && isPunctuation(classAt(text, end2)))
      end2 += widthAt(text, end2);
    while (end2 < length) {
      const code = text.charCodeAt(end2);
      if (code !== carriageReturn2 && code !== lineFeed2)
        break;
      end2 += 1;
    }
    return end2;
  }
  let end = afterFirst;
  let lastNewline = first === newline2 ? start : -1;
  while (end < length) {
    const value = classAt(text, end);
    if (value === newline2)
      lastNewline = end;
    else if (value !== whitespace2)
      break;
    end += 1;
  }
  if (lastNewline !== -1)
    return lastNewline + 1;
  if (end === length || end - start === 1)
    return end;
  return end - 1;
}

// ../core/dist/tokens/find-o200k-piece-end.js
var { other: other3, whitespace: whitespace3, newline: newline3, number: number3, upperLetter: upperLetter3, lowerLetter: lowerLetter2, otherLetter: otherLetter2, mark: mark2 } = codePointClass;
var space3 = 32;
var carriageReturn3 = 13;
var lineFeed3 = 10;
var slash2 = 47;
function isInUpperSet(value) {
  return value === upperLetter3 || value === otherLetter2 || value === mark2;
}
function isInLowerSet(value) {
  return value === lowerLetter2 || value === otherLetter2 || value === mark2;
}
function isPunctuation2(value) {
  return value === other3 || value === mark2;
}
function isLetterPrefix2(value) {
  return value === other3 || value === whitespace3 || value === mark2;
}
function skipLowerSet(text, index) {
  let end = index;
  while (end < text.length && isInLowerSet(classAt(text, end)))
    end += widthAt(text, end);
  return end;
}
function matchLowerWord(text, start) {
  const length = text.length;
  let end = start;
  let lastInBothSets = -1;
  while (end < length) {
    const value = classAt(text, end);
    if (value === otherLetter2 || value === mark2)
      lastInBothSets = end;
    else if (value !== upperLetter3)
      break;
    end += widthAt(text, end);
  }
  if (end < length && classAt(text, end) === lowerLetter2) {
    return findContractionEnd(text, skipLowerSet(text, end));
  }
  if (lastInBothSets === -1)
    return -1;
  return findContractionEnd(text, lastInBothSets + widthAt(text, lastInBothSets));
}
function matchUpperWord(text, start) {
  const length = text.length;
  let end = start;
  while (end < length && isInUpperSet(classAt(text, end)))
    end += widthAt(text, end);
  if (end < length && classAt(text, end) === lowerLetter2)
    end = skipLowerSet(text, end);
  return findContractionEnd(text, end);
}
function findO200kPieceEnd(text, start) {
  if (text.charCodeAt(start) < 128) {
    const asciiEnd = findAsciiPieceEnd(text, start, true);
    if (asciiEnd !== -1)
      return asciiEnd;
  }
  const length = text.length;
  const first = classAt(text, start);
  const afterFirst = start + widthAt(text, start);
  const hasPrefix = isLetterPrefix2(first) && afterFirst < length;
  if (hasPrefix) {
    const end2 = matchLowerWord(text, afterFirst);
    if (end2 !== -1)
      return end2;
  }
  if (isInUpperSet(first) || first === lowerLetter2) {
    const end2 = matchLowerWord(text, start);
    if (end2 !== -1)
      return end2;
  }
  if (hasPrefix && isInUpperSet(classAt(text, afterFirst)))
    return matchUpperWord(text, afterFirst);
  if (isInUpperSet(first))
    return matchUpperWord(text, start);
  if (first === number3) {
    let end2 = afterFirst;
    for (let digits = 1; digits < 3 && end2 < length && classAt(text, end2) === number3; digits++) {
      end2 += widthAt(text, end2);
    }
    return end2;
  }
  let punctuationStart = -1;
  if (isPunctuation2(first)) {
    punctuationStart = start;
  } else if (text.charCodeAt(start) === space3 && afterFirst < length && isPunctuation2(classAt(text, afterFirst))) {
    punctuationStart = afterFirst;
  }
  if (punctuationStart !== -1) {
    let end2 = punctuationStart;
    while (end2 < length && isPunctuation2(classAt(text, end2)))
      end2 += widthAt(text, end2);
    while (end2 < length) {
      const code = text.charCodeAt(end2);
      if (code !== carriageReturn3 && code !== lineFeed3 && code !== slash2)
        break;
      end2 += 1;
    }
    return end2;
  }
  let end = afterFirst;
  let lastNewline = first === newline3 ? start : -1;
  while (end < length) {
    const value = classAt(text, end);
    if (value === newline3)
      lastNewline = end;
    else if (value !== whitespace3)
      break;
    end += 1;
  }
  if (lastNewline !== -1)
    return lastNewline + 1;
  if (end === length || end - start === 1)
    return end;
  return end - 1;
}

// ../core/dist/tokens/create-token-counter-over-ranks.js
var pieceEndFinders = { cl100k_base: findCl100kPieceEnd, o200k_base: findO200kPieceEnd };
var maxCachedStringLength = 8192;
var cachedCharactersPerGeneration = 1 << 18;
function createTokenCounterOverRanks(encoding, ranks) {
  const findPieceEnd = pieceEndFinders[encoding];
  const countPiece = createPieceCounter(ranks, {
    maxCachedPieceBytes: 64,
    maxCachedPieces: 1 << 15
  });
  let recent = /* @__PURE__ */ new Map();
  let older = /* @__PURE__ */ new Map();
  let recentCharacters = 0;
  function countPieces(text) {
    let total = 0;
    for (let start = 0; start < text.length; ) {
      const end = findPieceEnd(text, start);
      total += countPiece(text, start, end);
      start = end;
    }
    return total;
  }
  function remember(text, count) {
    if (recentCharacters + text.length > cachedCharactersPerGeneration) {
      older = recent;
      recent = /* @__PURE__ */ new Map();
      recentCharacters = 0;
    }
    recent.set(text, count);
    recentCharacters += text.length;
  }
  return {
    encoding,
    count(text) {
      if (text.length > maxCachedStringLength)
        return countPieces(text);
      const known = recent.get(text);
      if (known !== void 0)
        return known;
      const remembered = older.get(text);
      const count = remembered ?? countPieces(text);
      remember(text, count);
      return count;
    }
  };
}

// ../core/dist/dataset/analyze-line.js
import { hash } from "node:crypto";

// ../core/dist/redaction/secret-patterns.js
var secretPatterns = [
  // Before OpenAI's: Anthropic keys start with sk- too.
  {
    kind: "an Anthropic API key",
    pattern: /\bsk-ant-[A-Za-z0-9_-]{16,}/g,
    replacement: "sk-ant-[REDACTED]"
  },
  {
    kind: "an OpenAI API key",
    pattern: /\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{16,}/g,
    replacement: "sk-[REDACTED]"
  },
  {
    kind: "an AWS access key id",
    pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g,
    replacement: "AKIA[REDACTED]"
  },
  {
    kind: "a GitHub token",
    pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{16,}|github_pat_[A-Za-z0-9_]{16,})/g,
    replacement: "gh_[REDACTED]"
  },
  {
    kind: "a Slack token",
    pattern: /\b(?:xox[abposre]-|xapp-)[A-Za-z0-9-]{8,}/g,
    replacement: "xox-[REDACTED]"
  },
  {
    kind: "a Google API key",
    pattern: /\bAIza[0-9A-Za-z_-]{30,}/g,
    replacement: "AIza[REDACTED]"
  },
  {
    kind: "a Stripe key",
    pattern: /\b(?:sk|rk|pk)_(?:live|test)_[0-9A-Za-z]{16,}/g,
    replacement: "stripe_[REDACTED]"
  },
  {
    kind: "a Hugging Face token",
    pattern: /\bhf_[A-Za-z0-9]{30,}/g,
    replacement: "hf_[REDACTED]"
  },
  {
    kind: "a GitLab token",
    pattern: /\bglpat-[A-Za-z0-9_-]{20,}/g,
    replacement: "glpat-[REDACTED]"
  },
  {
    kind: "an npm token",
    pattern: /\bnpm_[A-Za-z0-9]{36,}/g,
    replacement: "npm_[REDACTED]"
  },
  {
    kind: "a webhook signing secret",
    pattern: /\bwhsec_[A-Za-z0-9+/=_-]{16,}/g,
    replacement: "whsec_[REDACTED]"
  },
  {
    kind: "a Slack webhook URL",
    pattern: /https:\/\/hooks\.slack\.com\/services\/[A-Za-z0-9/_-]{16,}/g,
    replacement: "https://hooks.slack.com/services/[REDACTED]"
  },
  {
    kind: "a JSON Web Token",
    pattern: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g,
    replacement: "eyJ[REDACTED]"
  },
  {
    kind: "a private key",
    pattern: /-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----(?:[^-]|-(?!----END))*(?:-----END (?:[A-Z]+ )?PRIVATE KEY-----)?/g,
    replacement: "[REDACTED PRIVATE KEY]"
  },
  {
    kind: "a bearer token",
    pattern: /\b(Bearer\s+)[A-Za-z0-9._~+/=-]{16,}/g,
    replacement: "$1[REDACTED]"
  },
  {
    kind: "a password or API key",
    pattern: /\b((?:api[_-]?key|secret[_-]?key|client[_-]?secret|access[_-]?token|auth[_-]?token|password|passwd)\\?["']?\s*[:=]\s*\\?["']?)[A-Za-z0-9._~+/=!@#$%^&*-]{12,}/gi,
    replacement: "$1[REDACTED]"
  }
];
var anySecretPrefix = /sk-|AKIA|ASIA|gh[pousr]_|github_pat_|xox[abposre]-|xapp-|AIza|_live_|_test_|hf_|glpat-|npm_|whsec_|hooks\.slack\.com|eyJ|PRIVATE KEY|Bearer|api[_-]?key|secret|token|passw/i;

// ../core/dist/redaction/redact-secrets.js
var minimumKnownSecretLength = 8;
function redactSecrets(text, options2 = {}) {
  let result = text;
  for (const secret of options2.knownSecrets ?? []) {
    if (secret === void 0)
      continue;
    for (const part of [secret, ...secret.split(/\s+/)]) {
      const trimmed = part.trim();
      if (trimmed.length >= minimumKnownSecretLength && result.includes(trimmed))
        result = result.split(trimmed).join("[REDACTED]");
    }
  }
  if (!anySecretPrefix.test(result))
    return result;
  for (const { pattern, replacement } of secretPatterns) {
    pattern.lastIndex = 0;
    result = result.replace(pattern, replacement);
  }
  return result;
}
function findSecretKind(text) {
  if (!anySecretPrefix.test(text))
    return void 0;
  for (const { kind, pattern } of secretPatterns) {
    pattern.lastIndex = 0;
    if (pattern.test(text)) {
      pattern.lastIndex = 0;
      return kind;
    }
  }
  return void 0;
}

// ../core/dist/dataset/issue-collector.js
var IssueCollector = class {
  lineNumber;
  issues = [];
  constructor(lineNumber) {
    this.lineNumber = lineNumber;
  }
  error(code, path, message, hint) {
    this.add("error", code, path, message, hint);
  }
  warning(code, path, message, hint) {
    this.add("warning", code, path, message, hint);
  }
  add(severity, code, path, message, hint) {
    this.issues.push({
      severity,
      code,
      line: this.lineNumber,
      // Paths hold the data's own keys, which may be anything, credentials included.
      ...path === void 0 || path === "" ? {} : { path: redactSecrets(path) },
      message: redactSecrets(message),
      hint
    });
  }
  get hasErrors() {
    return this.issues.some((issue) => issue.severity === "error");
  }
};
function showValue(value) {
  if (value === void 0)
    return "nothing";
  const text = redactSecrets(describeShallow(value));
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
var renderedCharacters = 4096;
function describePrimitive(value) {
  if (typeof value === "string")
    return JSON.stringify(value.slice(0, renderedCharacters));
  if (typeof value === "number" && !Number.isFinite(value))
    return String(value);
  return JSON.stringify(value) ?? String(value);
}
function describeShallow(value) {
  if (typeof value === "string")
    return JSON.stringify(value.slice(0, renderedCharacters));
  if (typeof value !== "object" || value === null)
    return describePrimitive(value);
  let text = "";
  const stack = [{ value, index: -1 }];
  const write = (part) => {
    text += part;
  };
  while (stack.length > 0 && text.length < renderedCharacters) {
    const frame = stack[stack.length - 1];
    const current = frame.value;
    if (typeof current !== "object" || current === null) {
      write(describePrimitive(current));
      stack.pop();
      continue;
    }
    const isArray = Array.isArray(current);
    if (frame.index === -1) {
      write(isArray ? "[" : "{");
      if (!isArray)
        frame.keys = Object.keys(current);
      frame.index = 0;
    }
    const length = isArray ? current.length : frame.keys.length;
    if (frame.index >= length) {
      write(isArray ? "]" : "}");
      stack.pop();
      continue;
    }
    if (frame.index > 0)
      write(",");
    const index = frame.index++;
    if (isArray) {
      stack.push({ value: current[index], index: -1 });
    } else {
      const key = frame.keys[index];
      write(`${JSON.stringify(key.slice(0, renderedCharacters))}:`);
      stack.push({ value: current[key], index: -1 });
    }
  }
  return text;
}
function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// ../core/dist/dataset/count-tool-call-tokens.js
var tokensPerCall = 3;
function countToolCallTokens(calls, counter) {
  let tokens = 0;
  for (const call of Array.isArray(calls) ? calls : [calls]) {
    const fn = isPlainObject(call) && isPlainObject(call.function) ? call.function : call;
    if (!isPlainObject(fn)) {
      tokens += counter.count(JSON.stringify(call) ?? "");
      continue;
    }
    tokens += tokensPerCall;
    if (typeof fn.name === "string")
      tokens += counter.count(fn.name);
    if (typeof fn.arguments === "string")
      tokens += counter.count(fn.arguments);
    else if (fn.arguments !== void 0)
      tokens += counter.count(JSON.stringify(fn.arguments));
  }
  return tokens;
}

// ../core/dist/dataset/check-messages.js
var tokensPerMessage = 3;
var tokensPerName = 1;
var tokensForReplyPriming = 3;
var tokensPerImage = 85;
var messageKeys = /* @__PURE__ */ new Set([
  "role",
  "content",
  "name",
  "weight",
  "tool_calls",
  "tool_call_id",
  "function_call"
]);
var namePattern = /^[a-zA-Z0-9_-]{1,64}$/;
var chatRoles = /* @__PURE__ */ new Set([
  "system",
  "user",
  "assistant",
  "tool",
  "function"
]);
var reinforcementRoles = /* @__PURE__ */ new Set([
  "developer",
  "system",
  "user",
  "assistant",
  "tool"
]);
function countContentTokens(content, counter) {
  if (typeof content === "string")
    return counter.count(content);
  if (!Array.isArray(content))
    return 0;
  let tokens = 0;
  for (const part of content) {
    if (!isPlainObject(part))
      continue;
    if (part.type === "text" && typeof part.text === "string")
      tokens += counter.count(part.text);
    else if (part.type === "image_url")
      tokens += tokensPerImage;
  }
  return tokens;
}
function checkContentParts(parts, path, role, collector) {
  parts.forEach((part, index) => {
    const partPath = `${path}[${index}]`;
    if (!isPlainObject(part)) {
      collector.error("invalid_content_part", partPath, `Content part is ${showValue(part)}, not an object.`, 'Write each part as {"type": "text", "text": "…"} or {"type": "image_url", "image_url": {"url": "…"}}.');
      return;
    }
    if (part.type === "text") {
      if (typeof part.text !== "string") {
        collector.error("invalid_content_part", `${partPath}.text`, `Text part has text ${showValue(part.text)}, not a string.`, 'Give the text part a "text" string.');
      }
    } else if (part.type === "image_url") {
      if (role === "assistant") {
        collector.error("image_in_assistant_message", partPath, "Assistant messages cannot contain images.", "Move the image to a user message; fine-tuning trains only on assistant text.");
      } else if (!isPlainObject(part.image_url) || typeof part.image_url.url !== "string") {
        collector.error("invalid_content_part", `${partPath}.image_url`, `Image part has image_url ${showValue(part.image_url)}.`, 'Write {"type": "image_url", "image_url": {"url": "https://… or data:image/…"}}.');
      }
    } else {
      collector.error("invalid_content_part", `${partPath}.type`, `Content part type ${showValue(part.type)} is not supported.`, 'Fine-tuning accepts only "text" and "image_url" parts.');
    }
  });
}
function checkToolCalls(toolCalls, path, options2) {
  const { collector } = options2;
  if (!Array.isArray(toolCalls) || toolCalls.length === 0) {
    collector.error("invalid_tool_calls", path, `tool_calls is ${showValue(toolCalls)}, not a non-empty array.`, 'Write tool_calls as [{"id": "call_1", "type": "function", "function": {"name": "…", "arguments": "{…}"}}].');
    return;
  }
  toolCalls.forEach((call, index) => {
    const callPath = `${path}[${index}]`;
    if (!isPlainObject(call)) {
      collector.error("invalid_tool_calls", callPath, `Tool call is ${showValue(call)}, not an object.`, 'Write each call as {"id", "type": "function", "function": {"name", "arguments"}}.');
      return;
    }
    if (typeof call.id !== "string" || call.id === "") {
      collector.error("invalid_tool_calls", `${callPath}.id`, `Tool call id is ${showValue(call.id)}.`, "Give every tool call a unique string id, answered by a later tool message.");
    } else {
      options2.toolCallIds?.add(call.id);
    }
    if (call.type !== "function") {
      collector.error("invalid_tool_calls", `${callPath}.type`, `Tool call type is ${showValue(call.type)}.`, 'Set "type": "function".');
    }
    const fn = call.function;
    if (!isPlainObject(fn) || typeof fn.name !== "string" || fn.name === "") {
      collector.error("invalid_tool_calls", `${callPath}.function`, `Tool call function is ${showValue(fn)}.`, 'Write "function": {"name": "…", "arguments": "{…}"}.');
      return;
    }
    if (typeof fn.arguments !== "string") {
      collector.error("invalid_tool_call_arguments", `${callPath}.function.arguments`, `Arguments of ${showValue(fn.name)} are ${showValue(fn.arguments)}, not a JSON string.`, 'Encode the arguments as a string: "arguments": "{\\"city\\": \\"Paris\\"}".');
      return;
    }
    try {
      JSON.parse(fn.arguments);
    } catch {
      collector.error("invalid_tool_call_arguments", `${callPath}.function.arguments`, `Arguments of ${showValue(fn.name)} are not valid JSON: ${showValue(fn.arguments)}.`, 'The arguments string must itself hold JSON, such as "{\\"city\\": \\"Paris\\"}".');
    }
  });
}
function checkMessages(messages, options2) {
  const { collector, counter, roles } = options2;
  const toolCallIds = options2.toolCallIds ?? /* @__PURE__ */ new Set();
  const scoped = { ...options2, toolCallIds };
  const counts = {
    messages: messages.length,
    tokens: 0,
    assistantTokens: 0,
    hasSystem: false,
    hasUser: false,
    hasAssistant: false
  };
  messages.forEach((message, index) => {
    const path = `${options2.path}[${index}]`;
    if (!isPlainObject(message)) {
      collector.error("invalid_message", path, `Message is ${showValue(message)}, not an object.`, 'Write each message as {"role": "…", "content": "…"}.');
      return;
    }
    const role = message.role;
    const hasCall = message.tool_calls !== void 0 || message.function_call !== void 0;
    if (role === void 0) {
      collector.error("message_missing_key", path, 'Message has no "role".', 'Add "role": "system", "user" or "assistant".');
    } else if (typeof role !== "string" || !roles.has(role)) {
      collector.error("unrecognized_role", `${path}.role`, `Role ${showValue(role)} is not recognized.`, `Use one of: ${[...roles].join(", ")}.`);
    }
    if (!("content" in message) && !(role === "assistant" && hasCall)) {
      collector.error("message_missing_key", path, `Message with role ${showValue(role)} has no "content".`, 'Add "content": "…".');
    }
    for (const key of Object.keys(message)) {
      if (!messageKeys.has(key)) {
        collector.error("message_unrecognized_key", `${path}.${key}`, `Message key ${showValue(key)} is not recognized.`, `Keep only ${[...messageKeys].join(", ")}.`);
      }
    }
    const content = message.content;
    if (Array.isArray(content)) {
      checkContentParts(content, `${path}.content`, role, collector);
    } else if (content === null) {
      if (!(role === "assistant" && hasCall)) {
        collector.error("missing_content", `${path}.content`, `Message with role ${showValue(role)} has null content.`, "Only an assistant message that makes a tool call may have null content.");
      }
    } else if (content !== void 0 && typeof content !== "string") {
      collector.error("missing_content", `${path}.content`, `Content is ${showValue(content)}, not a string or a list of parts.`, "Write the content as a string.");
    } else if (role === "assistant" && content !== void 0 && content.trim() === "" && !hasCall) {
      collector.error("empty_assistant_content", `${path}.content`, "Assistant message has empty content.", "Write the reply the model should learn, or remove the message.");
    }
    if (message.name !== void 0 && (typeof message.name !== "string" || !namePattern.test(message.name))) {
      collector.error("invalid_name", `${path}.name`, `Name ${showValue(message.name)} is not allowed.`, 'Use 1–64 letters, digits, "_" or "-".');
    }
    if (message.weight !== void 0) {
      if (role !== "assistant") {
        collector.error("weight_not_on_assistant", `${path}.weight`, `Weight is set on a ${showValue(role)} message.`, 'Only assistant messages take "weight"; remove it here.');
      } else if (message.weight !== 0 && message.weight !== 1 && // A number too large to represent is already a number_out_of_range error at its column.
      !(typeof message.weight === "number" && !Number.isFinite(message.weight))) {
        collector.error("invalid_weight", `${path}.weight`, `Weight is ${showValue(message.weight)}.`, "Use 0 (do not train on this reply) or 1 (train on it).");
      }
    }
    if (message.tool_calls !== void 0) {
      if (role !== "assistant") {
        collector.error("invalid_tool_calls", `${path}.tool_calls`, `tool_calls is set on a ${showValue(role)} message.`, "Only assistant messages make tool calls.");
      } else {
        checkToolCalls(message.tool_calls, `${path}.tool_calls`, scoped);
      }
    }
    if (role === "tool") {
      const id = message.tool_call_id;
      if (typeof id !== "string") {
        collector.error("message_missing_key", `${path}.tool_call_id`, `Tool message has tool_call_id ${showValue(id)}.`, 'Set "tool_call_id" to the id of the call it answers.');
      } else if (!toolCallIds.has(id)) {
        collector.error("unanswered_tool_call_id", `${path}.tool_call_id`, `Tool message answers ${showValue(id)}, which no earlier assistant message called.`, "Use the id of a tool call made earlier in the same example.");
      }
    }
    counts.tokens += tokensPerMessage;
    for (const key in message) {
      const value = message[key];
      if (typeof value === "string")
        counts.tokens += counter.count(value);
      else if (key === "content")
        counts.tokens += countContentTokens(value, counter);
      else if (key === "tool_calls" || key === "function_call")
        counts.tokens += countToolCallTokens(value, counter);
      else if (typeof value === "object" && value !== null)
        counts.tokens += counter.count(JSON.stringify(value));
      if (key === "name")
        counts.tokens += tokensPerName;
    }
    if (role === "system" || role === "developer")
      counts.hasSystem = true;
    else if (role === "user")
      counts.hasUser = true;
    else if (role === "assistant") {
      counts.hasAssistant = true;
      counts.assistantTokens += countContentTokens(content, counter);
    }
  });
  return counts;
}

// ../core/dist/dataset/count-tool-definition-tokens.js
var recipe = {
  o200k_base: {
    functionStart: 7,
    propertiesStart: 3,
    property: 3,
    enumStart: -3,
    enumItem: 3,
    functionsEnd: 12
  },
  cl100k_base: {
    functionStart: 10,
    propertiesStart: 3,
    property: 3,
    enumStart: -3,
    enumItem: 3,
    functionsEnd: 12
  }
};
var maxSchemaDepth = 32;
function withoutFinalPeriod(text) {
  if (typeof text !== "string")
    return "";
  return text.endsWith(".") ? text.slice(0, -1) : text;
}
function textOf(value) {
  if (value === void 0)
    return "";
  return typeof value === "string" ? value : JSON.stringify(value);
}
function functionOf(definition) {
  if (!isPlainObject(definition))
    return void 0;
  const wrapped = definition.function;
  const fn = isPlainObject(wrapped) ? wrapped : definition;
  return typeof fn.name === "string" ? fn : void 0;
}
function countProperties(schema, constants, counter, depth) {
  if (depth > maxSchemaDepth || !isPlainObject(schema) || !isPlainObject(schema.properties)) {
    return 0;
  }
  const properties = schema.properties;
  const names = Object.keys(properties);
  if (names.length === 0)
    return 0;
  let tokens = constants.propertiesStart;
  for (const name of names) {
    const value = properties[name];
    const property = isPlainObject(value) ? value : {};
    tokens += constants.property;
    if (Array.isArray(property.enum)) {
      tokens += constants.enumStart;
      for (const item of property.enum)
        tokens += constants.enumItem + counter.count(textOf(item));
    }
    const description = withoutFinalPeriod(property.description);
    tokens += counter.count(`${name}:${textOf(property.type)}:${description}`);
    tokens += countProperties(property, constants, counter, depth + 1);
    tokens += countProperties(property.items, constants, counter, depth + 1);
  }
  return tokens;
}
function countToolDefinitionTokens(definitions, counter) {
  const constants = recipe[counter.encoding];
  let tokens = 0;
  let functions = 0;
  for (const definition of definitions) {
    const fn = functionOf(definition);
    if (fn === void 0)
      continue;
    functions += 1;
    tokens += constants.functionStart;
    tokens += counter.count(`${fn.name}:${withoutFinalPeriod(fn.description)}`);
    tokens += countProperties(fn.parameters, constants, counter, 0);
  }
  return functions === 0 ? 0 : tokens + constants.functionsEnd;
}

// ../../node_modules/.pnpm/jsonc-parser@3.3.1/node_modules/jsonc-parser/lib/esm/impl/scanner.js
function createScanner(text, ignoreTrivia = false) {
  const len = text.length;
  let pos = 0, value = "", tokenOffset = 0, token = 16, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0;
  function scanHexDigits(count, exact) {
    let digits = 0;
    let value2 = 0;
    while (digits < count || !exact) {
      let ch = text.charCodeAt(pos);
      if (ch >= 48 && ch <= 57) {
        value2 = value2 * 16 + ch - 48;
      } else if (ch >= 65 && ch <= 70) {
        value2 = value2 * 16 + ch - 65 + 10;
      } else if (ch >= 97 && ch <= 102) {
        value2 = value2 * 16 + ch - 97 + 10;
      } else {
        break;
      }
      pos++;
      digits++;
    }
    if (digits < count) {
      value2 = -1;
    }
    return value2;
  }
  function setPosition(newPosition) {
    pos = newPosition;
    value = "";
    tokenOffset = 0;
    token = 16;
    scanError = 0;
  }
  function scanNumber() {
    let start = pos;
    if (text.charCodeAt(pos) === 48) {
      pos++;
    } else {
      pos++;
      while (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
      }
    }
    if (pos < text.length && text.charCodeAt(pos) === 46) {
      pos++;
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
      } else {
        scanError = 3;
        return text.substring(start, pos);
      }
    }
    let end = pos;
    if (pos < text.length && (text.charCodeAt(pos) === 69 || text.charCodeAt(pos) === 101)) {
      pos++;
      if (pos < text.length && text.charCodeAt(pos) === 43 || text.charCodeAt(pos) === 45) {
        pos++;
      }
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
        end = pos;
      } else {
        scanError = 3;
      }
    }
    return text.substring(start, end);
  }
  function scanString() {
    let result = "", start = pos;
    while (true) {
      if (pos >= len) {
        result += text.substring(start, pos);
        scanError = 2;
        break;
      }
      const ch = text.charCodeAt(pos);
      if (ch === 34) {
        result += text.substring(start, pos);
        pos++;
        break;
      }
      if (ch === 92) {
        result += text.substring(start, pos);
        pos++;
        if (pos >= len) {
          scanError = 2;
          break;
        }
        const ch2 = text.charCodeAt(pos++);
        switch (ch2) {
          case 34:
            result += '"';
            break;
          case 92:
            result += "\\";
            break;
          case 47:
            result += "/";
            break;
          case 98:
            result += "\b";
            break;
          case 102:
            result += "\f";
            break;
          case 110:
            result += "\n";
            break;
          case 114:
            result += "\r";
            break;
          case 116:
            result += "	";
            break;
          case 117:
            const ch3 = scanHexDigits(4, true);
            if (ch3 >= 0) {
              result += String.fromCharCode(ch3);
            } else {
              scanError = 4;
            }
            break;
          default:
            scanError = 5;
        }
        start = pos;
        continue;
      }
      if (ch >= 0 && ch <= 31) {
        if (isLineBreak(ch)) {
          result += text.substring(start, pos);
          scanError = 2;
          break;
        } else {
          scanError = 6;
        }
      }
      pos++;
    }
    return result;
  }
  function scanNext() {
    value = "";
    scanError = 0;
    tokenOffset = pos;
    lineStartOffset = lineNumber;
    prevTokenLineStartOffset = tokenLineStartOffset;
    if (pos >= len) {
      tokenOffset = len;
      return token = 17;
    }
    let code = text.charCodeAt(pos);
    if (isWhiteSpace(code)) {
      do {
        pos++;
        value += String.fromCharCode(code);
        code = text.charCodeAt(pos);
      } while (isWhiteSpace(code));
      return token = 15;
    }
    if (isLineBreak(code)) {
      pos++;
      value += String.fromCharCode(code);
      if (code === 13 && text.charCodeAt(pos) === 10) {
        pos++;
        value += "\n";
      }
      lineNumber++;
      tokenLineStartOffset = pos;
      return token = 14;
    }
    switch (code) {
      // tokens: []{}:,
      case 123:
        pos++;
        return token = 1;
      case 125:
        pos++;
        return token = 2;
      case 91:
        pos++;
        return token = 3;
      case 93:
        pos++;
        return token = 4;
      case 58:
        pos++;
        return token = 6;
      case 44:
        pos++;
        return token = 5;
      // strings
      case 34:
        pos++;
        value = scanString();
        return token = 10;
      // comments
      case 47:
        const start = pos - 1;
        if (text.charCodeAt(pos + 1) === 47) {
          pos += 2;
          while (pos < len) {
            if (isLineBreak(text.charCodeAt(pos))) {
              break;
            }
            pos++;
          }
          value = text.substring(start, pos);
          return token = 12;
        }
        if (text.charCodeAt(pos + 1) === 42) {
          pos += 2;
          const safeLength = len - 1;
          let commentClosed = false;
          while (pos < safeLength) {
            const ch = text.charCodeAt(pos);
            if (ch === 42 && text.charCodeAt(pos + 1) === 47) {
              pos += 2;
              commentClosed = true;
              break;
            }
            pos++;
            if (isLineBreak(ch)) {
              if (ch === 13 && text.charCodeAt(pos) === 10) {
                pos++;
              }
              lineNumber++;
              tokenLineStartOffset = pos;
            }
          }
          if (!commentClosed) {
            pos++;
            scanError = 1;
          }
          value = text.substring(start, pos);
          return token = 13;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
      // numbers
      case 45:
        value += String.fromCharCode(code);
        pos++;
        if (pos === len || !isDigit(text.charCodeAt(pos))) {
          return token = 16;
        }
      // found a minus, followed by a number so
      // we fall through to proceed with scanning
      // numbers
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57:
        value += scanNumber();
        return token = 11;
      // literals and unknown symbols
      default:
        while (pos < len && isUnknownContentCharacter(code)) {
          pos++;
          code = text.charCodeAt(pos);
        }
        if (tokenOffset !== pos) {
          value = text.substring(tokenOffset, pos);
          switch (value) {
            case "true":
              return token = 8;
            case "false":
              return token = 9;
            case "null":
              return token = 7;
          }
          return token = 16;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
    }
  }
  function isUnknownContentCharacter(code) {
    if (isWhiteSpace(code) || isLineBreak(code)) {
      return false;
    }
    switch (code) {
      case 125:
      case 93:
      case 123:
      case 91:
      case 34:
      case 58:
      case 44:
      case 47:
        return false;
    }
    return true;
  }
  function scanNextNonTrivia() {
    let result;
    do {
      result = scanNext();
    } while (result >= 12 && result <= 15);
    return result;
  }
  return {
    setPosition,
    getPosition: () => pos,
    scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
    getToken: () => token,
    getTokenValue: () => value,
    getTokenOffset: () => tokenOffset,
    getTokenLength: () => pos - tokenOffset,
    getTokenStartLine: () => lineStartOffset,
    getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
    getTokenError: () => scanError
  };
}
function isWhiteSpace(ch) {
  return ch === 32 || ch === 9;
}
function isLineBreak(ch) {
  return ch === 10 || ch === 13;
}
function isDigit(ch) {
  return ch >= 48 && ch <= 57;
}
var CharacterCodes;
(function(CharacterCodes2) {
  CharacterCodes2[CharacterCodes2["lineFeed"] = 10] = "lineFeed";
  CharacterCodes2[CharacterCodes2["carriageReturn"] = 13] = "carriageReturn";
  CharacterCodes2[CharacterCodes2["space"] = 32] = "space";
  CharacterCodes2[CharacterCodes2["_0"] = 48] = "_0";
  CharacterCodes2[CharacterCodes2["_1"] = 49] = "_1";
  CharacterCodes2[CharacterCodes2["_2"] = 50] = "_2";
  CharacterCodes2[CharacterCodes2["_3"] = 51] = "_3";
  CharacterCodes2[CharacterCodes2["_4"] = 52] = "_4";
  CharacterCodes2[CharacterCodes2["_5"] = 53] = "_5";
  CharacterCodes2[CharacterCodes2["_6"] = 54] = "_6";
  CharacterCodes2[CharacterCodes2["_7"] = 55] = "_7";
  CharacterCodes2[CharacterCodes2["_8"] = 56] = "_8";
  CharacterCodes2[CharacterCodes2["_9"] = 57] = "_9";
  CharacterCodes2[CharacterCodes2["a"] = 97] = "a";
  CharacterCodes2[CharacterCodes2["b"] = 98] = "b";
  CharacterCodes2[CharacterCodes2["c"] = 99] = "c";
  CharacterCodes2[CharacterCodes2["d"] = 100] = "d";
  CharacterCodes2[CharacterCodes2["e"] = 101] = "e";
  CharacterCodes2[CharacterCodes2["f"] = 102] = "f";
  CharacterCodes2[CharacterCodes2["g"] = 103] = "g";
  CharacterCodes2[CharacterCodes2["h"] = 104] = "h";
  CharacterCodes2[CharacterCodes2["i"] = 105] = "i";
  CharacterCodes2[CharacterCodes2["j"] = 106] = "j";
  CharacterCodes2[CharacterCodes2["k"] = 107] = "k";
  CharacterCodes2[CharacterCodes2["l"] = 108] = "l";
  CharacterCodes2[CharacterCodes2["m"] = 109] = "m";
  CharacterCodes2[CharacterCodes2["n"] = 110] = "n";
  CharacterCodes2[CharacterCodes2["o"] = 111] = "o";
  CharacterCodes2[CharacterCodes2["p"] = 112] = "p";
  CharacterCodes2[CharacterCodes2["q"] = 113] = "q";
  CharacterCodes2[CharacterCodes2["r"] = 114] = "r";
  CharacterCodes2[CharacterCodes2["s"] = 115] = "s";
  CharacterCodes2[CharacterCodes2["t"] = 116] = "t";
  CharacterCodes2[CharacterCodes2["u"] = 117] = "u";
  CharacterCodes2[CharacterCodes2["v"] = 118] = "v";
  CharacterCodes2[CharacterCodes2["w"] = 119] = "w";
  CharacterCodes2[CharacterCodes2["x"] = 120] = "x";
  CharacterCodes2[CharacterCodes2["y"] = 121] = "y";
  CharacterCodes2[CharacterCodes2["z"] = 122] = "z";
  CharacterCodes2[CharacterCodes2["A"] = 65] = "A";
  CharacterCodes2[CharacterCodes2["B"] = 66] = "B";
  CharacterCodes2[CharacterCodes2["C"] = 67] = "C";
  CharacterCodes2[CharacterCodes2["D"] = 68] = "D";
  CharacterCodes2[CharacterCodes2["E"] = 69] = "E";
  CharacterCodes2[CharacterCodes2["F"] = 70] = "F";
  CharacterCodes2[CharacterCodes2["G"] = 71] = "G";
  CharacterCodes2[CharacterCodes2["H"] = 72] = "H";
  CharacterCodes2[CharacterCodes2["I"] = 73] = "I";
  CharacterCodes2[CharacterCodes2["J"] = 74] = "J";
  CharacterCodes2[CharacterCodes2["K"] = 75] = "K";
  CharacterCodes2[CharacterCodes2["L"] = 76] = "L";
  CharacterCodes2[CharacterCodes2["M"] = 77] = "M";
  CharacterCodes2[CharacterCodes2["N"] = 78] = "N";
  CharacterCodes2[CharacterCodes2["O"] = 79] = "O";
  CharacterCodes2[CharacterCodes2["P"] = 80] = "P";
  CharacterCodes2[CharacterCodes2["Q"] = 81] = "Q";
  CharacterCodes2[CharacterCodes2["R"] = 82] = "R";
  CharacterCodes2[CharacterCodes2["S"] = 83] = "S";
  CharacterCodes2[CharacterCodes2["T"] = 84] = "T";
  CharacterCodes2[CharacterCodes2["U"] = 85] = "U";
  CharacterCodes2[CharacterCodes2["V"] = 86] = "V";
  CharacterCodes2[CharacterCodes2["W"] = 87] = "W";
  CharacterCodes2[CharacterCodes2["X"] = 88] = "X";
  CharacterCodes2[CharacterCodes2["Y"] = 89] = "Y";
  CharacterCodes2[CharacterCodes2["Z"] = 90] = "Z";
  CharacterCodes2[CharacterCodes2["asterisk"] = 42] = "asterisk";
  CharacterCodes2[CharacterCodes2["backslash"] = 92] = "backslash";
  CharacterCodes2[CharacterCodes2["closeBrace"] = 125] = "closeBrace";
  CharacterCodes2[CharacterCodes2["closeBracket"] = 93] = "closeBracket";
  CharacterCodes2[CharacterCodes2["colon"] = 58] = "colon";
  CharacterCodes2[CharacterCodes2["comma"] = 44] = "comma";
  CharacterCodes2[CharacterCodes2["dot"] = 46] = "dot";
  CharacterCodes2[CharacterCodes2["doubleQuote"] = 34] = "doubleQuote";
  CharacterCodes2[CharacterCodes2["minus"] = 45] = "minus";
  CharacterCodes2[CharacterCodes2["openBrace"] = 123] = "openBrace";
  CharacterCodes2[CharacterCodes2["openBracket"] = 91] = "openBracket";
  CharacterCodes2[CharacterCodes2["plus"] = 43] = "plus";
  CharacterCodes2[CharacterCodes2["slash"] = 47] = "slash";
  CharacterCodes2[CharacterCodes2["formFeed"] = 12] = "formFeed";
  CharacterCodes2[CharacterCodes2["tab"] = 9] = "tab";
})(CharacterCodes || (CharacterCodes = {}));

// ../../node_modules/.pnpm/jsonc-parser@3.3.1/node_modules/jsonc-parser/lib/esm/impl/string-intern.js
var cachedSpaces = new Array(20).fill(0).map((_, index) => {
  return " ".repeat(index);
});
var maxCachedValues = 200;
var cachedBreakLinesWithSpaces = {
  " ": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + " ".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + " ".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + " ".repeat(index);
    })
  },
  "	": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + "	".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + "	".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + "	".repeat(index);
    })
  }
};

// ../../node_modules/.pnpm/jsonc-parser@3.3.1/node_modules/jsonc-parser/lib/esm/impl/parser.js
var ParseOptions;
(function(ParseOptions2) {
  ParseOptions2.DEFAULT = {
    allowTrailingComma: false
  };
})(ParseOptions || (ParseOptions = {}));
function parse(text, errors = [], options2 = ParseOptions.DEFAULT) {
  let currentProperty = null;
  let currentParent = [];
  const previousParents = [];
  function onValue(value) {
    if (Array.isArray(currentParent)) {
      currentParent.push(value);
    } else if (currentProperty !== null) {
      currentParent[currentProperty] = value;
    }
  }
  const visitor = {
    onObjectBegin: () => {
      const object = {};
      onValue(object);
      previousParents.push(currentParent);
      currentParent = object;
      currentProperty = null;
    },
    onObjectProperty: (name) => {
      currentProperty = name;
    },
    onObjectEnd: () => {
      currentParent = previousParents.pop();
    },
    onArrayBegin: () => {
      const array = [];
      onValue(array);
      previousParents.push(currentParent);
      currentParent = array;
      currentProperty = null;
    },
    onArrayEnd: () => {
      currentParent = previousParents.pop();
    },
    onLiteralValue: onValue,
    onError: (error, offset, length) => {
      errors.push({ error, offset, length });
    }
  };
  visit(text, visitor, options2);
  return currentParent[0];
}
function visit(text, visitor, options2 = ParseOptions.DEFAULT) {
  const _scanner = createScanner(text, false);
  const _jsonPath = [];
  let suppressedCallbacks = 0;
  function toNoArgVisit(visitFunction) {
    return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisit(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisitWithPath(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
  }
  function toBeginVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks++;
      } else {
        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
        if (cbReturn === false) {
          suppressedCallbacks = 1;
        }
      }
    } : () => true;
  }
  function toEndVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks--;
      }
      if (suppressedCallbacks === 0) {
        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
      }
    } : () => true;
  }
  const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
  const disallowComments = options2 && options2.disallowComments;
  const allowTrailingComma = options2 && options2.allowTrailingComma;
  function scanNext() {
    while (true) {
      const token = _scanner.scan();
      switch (_scanner.getTokenError()) {
        case 4:
          handleError(
            14
            /* ParseErrorCode.InvalidUnicode */
          );
          break;
        case 5:
          handleError(
            15
            /* ParseErrorCode.InvalidEscapeCharacter */
          );
          break;
        case 3:
          handleError(
            13
            /* ParseErrorCode.UnexpectedEndOfNumber */
          );
          break;
        case 1:
          if (!disallowComments) {
            handleError(
              11
              /* ParseErrorCode.UnexpectedEndOfComment */
            );
          }
          break;
        case 2:
          handleError(
            12
            /* ParseErrorCode.UnexpectedEndOfString */
          );
          break;
        case 6:
          handleError(
            16
            /* ParseErrorCode.InvalidCharacter */
          );
          break;
      }
      switch (token) {
        case 12:
        case 13:
          if (disallowComments) {
            handleError(
              10
              /* ParseErrorCode.InvalidCommentToken */
            );
          } else {
            onComment();
          }
          break;
        case 16:
          handleError(
            1
            /* ParseErrorCode.InvalidSymbol */
          );
          break;
        case 15:
        case 14:
          break;
        default:
          return token;
      }
    }
  }
  function handleError(error, skipUntilAfter = [], skipUntil = []) {
    onError(error);
    if (skipUntilAfter.length + skipUntil.length > 0) {
      let token = _scanner.getToken();
      while (token !== 17) {
        if (skipUntilAfter.indexOf(token) !== -1) {
          scanNext();
          break;
        } else if (skipUntil.indexOf(token) !== -1) {
          break;
        }
        token = scanNext();
      }
    }
  }
  function parseString(isValue) {
    const value = _scanner.getTokenValue();
    if (isValue) {
      onLiteralValue(value);
    } else {
      onObjectProperty(value);
      _jsonPath.push(value);
    }
    scanNext();
    return true;
  }
  function parseLiteral() {
    switch (_scanner.getToken()) {
      case 11:
        const tokenValue = _scanner.getTokenValue();
        let value = Number(tokenValue);
        if (isNaN(value)) {
          handleError(
            2
            /* ParseErrorCode.InvalidNumberFormat */
          );
          value = 0;
        }
        onLiteralValue(value);
        break;
      case 7:
        onLiteralValue(null);
        break;
      case 8:
        onLiteralValue(true);
        break;
      case 9:
        onLiteralValue(false);
        break;
      default:
        return false;
    }
    scanNext();
    return true;
  }
  function parseProperty() {
    if (_scanner.getToken() !== 10) {
      handleError(3, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
      return false;
    }
    parseString(false);
    if (_scanner.getToken() === 6) {
      onSeparator(":");
      scanNext();
      if (!parseValue()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
    } else {
      handleError(5, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
    }
    _jsonPath.pop();
    return true;
  }
  function parseObject() {
    onObjectBegin();
    scanNext();
    let needsComma = false;
    while (_scanner.getToken() !== 2 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 2 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (!parseProperty()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onObjectEnd();
    if (_scanner.getToken() !== 2) {
      handleError(7, [
        2
        /* SyntaxKind.CloseBraceToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseArray() {
    onArrayBegin();
    scanNext();
    let isFirstElement = true;
    let needsComma = false;
    while (_scanner.getToken() !== 4 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 4 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (isFirstElement) {
        _jsonPath.push(0);
        isFirstElement = false;
      } else {
        _jsonPath[_jsonPath.length - 1]++;
      }
      if (!parseValue()) {
        handleError(4, [], [
          4,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onArrayEnd();
    if (!isFirstElement) {
      _jsonPath.pop();
    }
    if (_scanner.getToken() !== 4) {
      handleError(8, [
        4
        /* SyntaxKind.CloseBracketToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseValue() {
    switch (_scanner.getToken()) {
      case 3:
        return parseArray();
      case 1:
        return parseObject();
      case 10:
        return parseString(true);
      default:
        return parseLiteral();
    }
  }
  scanNext();
  if (_scanner.getToken() === 17) {
    if (options2.allowEmptyContent) {
      return true;
    }
    handleError(4, [], []);
    return false;
  }
  if (!parseValue()) {
    handleError(4, [], []);
    return false;
  }
  if (_scanner.getToken() !== 17) {
    handleError(9, [], []);
  }
  return true;
}

// ../../node_modules/.pnpm/jsonc-parser@3.3.1/node_modules/jsonc-parser/lib/esm/main.js
var ScanError;
(function(ScanError2) {
  ScanError2[ScanError2["None"] = 0] = "None";
  ScanError2[ScanError2["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
  ScanError2[ScanError2["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
  ScanError2[ScanError2["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
  ScanError2[ScanError2["InvalidUnicode"] = 4] = "InvalidUnicode";
  ScanError2[ScanError2["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
  ScanError2[ScanError2["InvalidCharacter"] = 6] = "InvalidCharacter";
})(ScanError || (ScanError = {}));
var SyntaxKind;
(function(SyntaxKind2) {
  SyntaxKind2[SyntaxKind2["OpenBraceToken"] = 1] = "OpenBraceToken";
  SyntaxKind2[SyntaxKind2["CloseBraceToken"] = 2] = "CloseBraceToken";
  SyntaxKind2[SyntaxKind2["OpenBracketToken"] = 3] = "OpenBracketToken";
  SyntaxKind2[SyntaxKind2["CloseBracketToken"] = 4] = "CloseBracketToken";
  SyntaxKind2[SyntaxKind2["CommaToken"] = 5] = "CommaToken";
  SyntaxKind2[SyntaxKind2["ColonToken"] = 6] = "ColonToken";
  SyntaxKind2[SyntaxKind2["NullKeyword"] = 7] = "NullKeyword";
  SyntaxKind2[SyntaxKind2["TrueKeyword"] = 8] = "TrueKeyword";
  SyntaxKind2[SyntaxKind2["FalseKeyword"] = 9] = "FalseKeyword";
  SyntaxKind2[SyntaxKind2["StringLiteral"] = 10] = "StringLiteral";
  SyntaxKind2[SyntaxKind2["NumericLiteral"] = 11] = "NumericLiteral";
  SyntaxKind2[SyntaxKind2["LineCommentTrivia"] = 12] = "LineCommentTrivia";
  SyntaxKind2[SyntaxKind2["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
  SyntaxKind2[SyntaxKind2["LineBreakTrivia"] = 14] = "LineBreakTrivia";
  SyntaxKind2[SyntaxKind2["Trivia"] = 15] = "Trivia";
  SyntaxKind2[SyntaxKind2["Unknown"] = 16] = "Unknown";
  SyntaxKind2[SyntaxKind2["EOF"] = 17] = "EOF";
})(SyntaxKind || (SyntaxKind = {}));
var parse2 = parse;
var ParseErrorCode;
(function(ParseErrorCode2) {
  ParseErrorCode2[ParseErrorCode2["InvalidSymbol"] = 1] = "InvalidSymbol";
  ParseErrorCode2[ParseErrorCode2["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
  ParseErrorCode2[ParseErrorCode2["PropertyNameExpected"] = 3] = "PropertyNameExpected";
  ParseErrorCode2[ParseErrorCode2["ValueExpected"] = 4] = "ValueExpected";
  ParseErrorCode2[ParseErrorCode2["ColonExpected"] = 5] = "ColonExpected";
  ParseErrorCode2[ParseErrorCode2["CommaExpected"] = 6] = "CommaExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBraceExpected"] = 7] = "CloseBraceExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBracketExpected"] = 8] = "CloseBracketExpected";
  ParseErrorCode2[ParseErrorCode2["EndOfFileExpected"] = 9] = "EndOfFileExpected";
  ParseErrorCode2[ParseErrorCode2["InvalidCommentToken"] = 10] = "InvalidCommentToken";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
  ParseErrorCode2[ParseErrorCode2["InvalidUnicode"] = 14] = "InvalidUnicode";
  ParseErrorCode2[ParseErrorCode2["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
  ParseErrorCode2[ParseErrorCode2["InvalidCharacter"] = 16] = "InvalidCharacter";
})(ParseErrorCode || (ParseErrorCode = {}));
function printParseErrorCode(code) {
  switch (code) {
    case 1:
      return "InvalidSymbol";
    case 2:
      return "InvalidNumberFormat";
    case 3:
      return "PropertyNameExpected";
    case 4:
      return "ValueExpected";
    case 5:
      return "ColonExpected";
    case 6:
      return "CommaExpected";
    case 7:
      return "CloseBraceExpected";
    case 8:
      return "CloseBracketExpected";
    case 9:
      return "EndOfFileExpected";
    case 10:
      return "InvalidCommentToken";
    case 11:
      return "UnexpectedEndOfComment";
    case 12:
      return "UnexpectedEndOfString";
    case 13:
      return "UnexpectedEndOfNumber";
    case 14:
      return "InvalidUnicode";
    case 15:
      return "InvalidEscapeCharacter";
    case 16:
      return "InvalidCharacter";
  }
  return "<unknown ParseErrorCode>";
}

// ../core/dist/dataset/inspect-json-value.js
var maxJsonDepth = 256;
function inspectJsonValue(value, depthLimit = maxJsonDepth) {
  let hasNonFiniteNumber = false;
  const values = [value];
  const depths = [1];
  while (values.length > 0) {
    const current = values.pop();
    const depth = depths.pop();
    if (typeof current === "number") {
      if (!Number.isFinite(current))
        hasNonFiniteNumber = true;
      continue;
    }
    if (typeof current !== "object" || current === null)
      continue;
    if (depth > depthLimit)
      return { tooDeep: true, hasNonFiniteNumber };
    const children = Array.isArray(current) ? current : Object.values(current);
    for (const child of children) {
      if (typeof child === "object" && child !== null) {
        values.push(child);
        depths.push(depth + 1);
      } else if (typeof child === "number" && !Number.isFinite(child)) {
        hasNonFiniteNumber = true;
      }
    }
  }
  return { tooDeep: false, hasNonFiniteNumber };
}
function measureTextDepth(text, limit = maxJsonDepth) {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 92)
        index++;
      else if (code === 34)
        inString = false;
    } else if (code === 34) {
      inString = true;
    } else if (code === 91 || code === 123) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > limit)
          return deepest;
      }
    } else if (code === 93 || code === 125) {
      depth--;
    }
  }
  return deepest;
}
function findOverflowingNumber(text) {
  const numberPattern = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 92)
        index++;
      else if (code === 34)
        inString = false;
      continue;
    }
    if (code === 34) {
      inString = true;
      continue;
    }
    if (code === 45 || code >= 48 && code <= 57) {
      numberPattern.lastIndex = index;
      const match = numberPattern.exec(text);
      if (!match)
        continue;
      if (!Number.isFinite(Number(match[0])))
        return { offset: index, literal: match[0] };
      index += match[0].length - 1;
    }
  }
  return void 0;
}

// ../core/dist/dataset/describe-json-syntax-error.js
var explanations = {
  InvalidSymbol: "unexpected character",
  InvalidNumberFormat: "invalid number",
  PropertyNameExpected: "expected a property name in double quotes",
  ValueExpected: "expected a value",
  ColonExpected: "expected ':' after a property name",
  CommaExpected: "expected ',' between values",
  CloseBraceExpected: "expected '}' to close the object",
  CloseBracketExpected: "expected ']' to close the array",
  EndOfFileExpected: "unexpected text after the JSON value (one JSON object per line)",
  InvalidCommentToken: "comments are not allowed in JSON",
  UnexpectedEndOfComment: "unterminated comment",
  UnexpectedEndOfString: "unterminated string",
  UnexpectedEndOfNumber: "unterminated number",
  InvalidUnicode: "invalid \\u escape",
  InvalidEscapeCharacter: "invalid escape character",
  InvalidCharacter: "control character inside a string (escape it, e.g. \\n or \\t)"
};
function columnOf(text, offset) {
  let column = 1;
  for (let index = 0; index < offset && index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 56320 && code <= 57343 && index > 0) {
      const previous = text.charCodeAt(index - 1);
      if (previous >= 55296 && previous <= 56319)
        continue;
    }
    column++;
  }
  return column;
}
function describeJsonSyntaxError(text, parseError) {
  if (measureTextDepth(text) > maxJsonDepth)
    return fromV8Message(text, parseError);
  const errors = [];
  parse2(text, errors, {
    disallowComments: true,
    allowTrailingComma: false,
    allowEmptyContent: false
  });
  const first = errors[0];
  if (first) {
    const name = printParseErrorCode(first.error);
    const control = findControlCharacter(text, first.offset, name);
    if (control)
      return { ...control, fromParser: true };
    return {
      column: columnOf(text, first.offset),
      reason: explanations[name] ?? name,
      fromParser: true
    };
  }
  return fromV8Message(text, parseError);
}
var controlNames = {
  0: "NUL",
  7: "BEL",
  8: "backspace",
  9: "tab",
  10: "line feed",
  11: "vertical tab",
  12: "form feed",
  13: "carriage return",
  27: "ESC",
  127: "DEL"
};
var shortEscapes = {
  8: "\\b",
  9: "\\t",
  10: "\\n",
  12: "\\f",
  13: "\\r"
};
function isControl(code) {
  return code < 32 || code === 127;
}
function describeControl(code) {
  const hex = code.toString(16).toUpperCase().padStart(4, "0");
  const name = controlNames[code];
  return `control character U+${hex}${name === void 0 ? "" : ` (${name})`}`;
}
function findControlCharacter(text, offset, errorName) {
  if (errorName === "InvalidCharacter" || errorName === "UnexpectedEndOfString") {
    for (let index = offset; index < text.length; index++) {
      const code2 = text.charCodeAt(index);
      if (code2 === 92) {
        index++;
        continue;
      }
      if (code2 === 34 && index > offset)
        break;
      if (code2 < 32) {
        const hex = code2.toString(16).padStart(4, "0");
        const escaped = shortEscapes[code2] ?? `\\u${hex}`;
        return {
          column: columnOf(text, index),
          reason: `${describeControl(code2)} inside a string; escape it as ${escaped}`
        };
      }
    }
    return void 0;
  }
  const code = text.charCodeAt(offset);
  if (errorName === "InvalidSymbol" && isControl(code)) {
    return {
      column: columnOf(text, offset),
      reason: `${describeControl(code)} between values; remove it`
    };
  }
  return void 0;
}
function fromV8Message(text, parseError) {
  const message = parseError instanceof Error ? parseError.message : String(parseError);
  const position = /position (\d+)/.exec(message);
  return {
    column: position ? columnOf(text, Number(position[1])) : 1,
    reason: message,
    fromParser: false
  };
}

// ../core/dist/dataset/find-estimated-token-fields.js
var none = [];
var toolsOnly = ["tools"];
var toolCallsOnly = ["tool_calls"];
var both = ["tools", "tool_calls"];
function hasDefinitions(holder) {
  if (!isPlainObject(holder))
    return false;
  const { tools, functions } = holder;
  return Array.isArray(tools) && tools.length > 0 || Array.isArray(functions) && functions.length > 0;
}
function hasCalls(messages) {
  if (!Array.isArray(messages))
    return false;
  return messages.some((message) => isPlainObject(message) && (message.tool_calls !== void 0 || message.function_call !== void 0));
}
function findEstimatedTokenFields(example) {
  const input = isPlainObject(example.input) ? example.input : void 0;
  const tools = hasDefinitions(example) || hasDefinitions(input);
  const calls = hasCalls(example.messages) || hasCalls(input?.messages) || hasCalls(example.preferred_output) || hasCalls(example.non_preferred_output);
  if (tools)
    return calls ? both : toolsOnly;
  return calls ? toolCallsOnly : none;
}

// ../core/dist/dataset/find-secret.js
function findSecret(text) {
  return findSecretKind(text);
}

// ../core/dist/dataset/find-special-token.js
var specialTokenPattern = /<\|(?:endoftext|fim_prefix|fim_middle|fim_suffix|endofprompt|im_start|im_end|im_sep)\|>/;
function findSpecialToken(value, path = "") {
  if (typeof value === "string") {
    const match = specialTokenPattern.exec(value);
    return match ? { path, token: match[0] } : void 0;
  }
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const found = findSpecialToken(value[index], `${path}[${index}]`);
      if (found)
        return found;
    }
    return void 0;
  }
  if (isPlainObject(value)) {
    for (const key of Object.keys(value)) {
      const keyMatch = specialTokenPattern.exec(key);
      if (keyMatch)
        return { path: path === "" ? key : `${path}.${key}`, token: keyMatch[0] };
      const found = findSpecialToken(value[key], path === "" ? key : `${path}.${key}`);
      if (found)
        return found;
    }
  }
  return void 0;
}

// ../core/dist/dataset/analyze-line.js
var chatLineKeys = /* @__PURE__ */ new Set([
  "messages",
  "tools",
  "functions",
  "parallel_tool_calls",
  "function_call"
]);
var preferenceLineKeys = /* @__PURE__ */ new Set(["input", "preferred_output", "non_preferred_output"]);
var preferenceInputKeys = /* @__PURE__ */ new Set(["messages", "tools", "parallel_tool_calls"]);
function detectFormat(example, messagesFormat) {
  if ("messages" in example)
    return messagesFormat;
  if ("preferred_output" in example || "non_preferred_output" in example || "input" in example)
    return "preference";
  if ("prompt" in example || "completion" in example)
    return "prompt-completion";
  return null;
}
function checkToolDefinitions(example, collector, counter, pathPrefix = "") {
  let tokens = 0;
  if (example.tools !== void 0) {
    const tools = example.tools;
    if (!Array.isArray(tools)) {
      collector.error("invalid_tools", `${pathPrefix}tools`, `tools is ${showValue(tools)}, not an array.`, 'Write tools as [{"type": "function", "function": {"name": "…", "parameters": {…}}}].');
    } else {
      tools.forEach((tool, index) => {
        const fn = isPlainObject(tool) ? tool.function : void 0;
        if (!isPlainObject(tool) || tool.type !== "function" || !isPlainObject(fn) || typeof fn.name !== "string") {
          collector.error("invalid_tools", `${pathPrefix}tools[${index}]`, `Tool ${showValue(tool)} is not a function definition.`, 'Write {"type": "function", "function": {"name": "…", "description": "…", "parameters": {…}}}.');
        } else if (fn.parameters !== void 0 && !isPlainObject(fn.parameters)) {
          collector.error("invalid_tools", `${pathPrefix}tools[${index}].function.parameters`, `Parameters of ${showValue(fn.name)} are ${showValue(fn.parameters)}.`, "Give parameters as a JSON Schema object.");
        }
      });
      tokens += countToolDefinitionTokens(tools, counter);
    }
  }
  if (example.functions !== void 0) {
    const functions = example.functions;
    if (!Array.isArray(functions) || functions.length === 0 || functions.length > 128) {
      collector.error("invalid_functions", `${pathPrefix}functions`, `functions is ${showValue(functions)}, not a list of 1 to 128 definitions.`, 'Prefer "tools"; "functions" is deprecated.');
    } else {
      functions.forEach((fn, index) => {
        if (!isPlainObject(fn) || typeof fn.name !== "string") {
          collector.error("invalid_functions", `${pathPrefix}functions[${index}]`, `Function ${showValue(fn)} has no name.`, 'Write {"name": "…", "description": "…", "parameters": {…}}.');
        }
      });
      tokens += countToolDefinitionTokens(functions, counter);
    }
  }
  return tokens;
}
function analyzeChat(example, collector, options2) {
  const messages = example.messages;
  const reinforcement = options2.messagesFormat === "reinforcement";
  if (!Array.isArray(messages) || messages.length === 0) {
    collector.error("missing_messages_list", "messages", `messages is ${showValue(messages)}, not a non-empty list.`, 'Write "messages": [{"role": "user", "content": "…"}, {"role": "assistant", "content": "…"}].');
    return void 0;
  }
  if (!reinforcement) {
    for (const key of Object.keys(example)) {
      if (!chatLineKeys.has(key)) {
        collector.warning("unrecognized_key", key, `Key ${showValue(key)} is not part of a chat example and is ignored.`, "Remove it, or use a reinforcement model (o4-mini) whose graders read extra keys.");
      }
    }
  }
  const counts = checkMessages(messages, {
    collector,
    counter: options2.counter,
    roles: reinforcement ? reinforcementRoles : chatRoles,
    path: "messages"
  });
  if (!reinforcement && !counts.hasAssistant) {
    collector.error("example_missing_assistant_message", "messages", "Example has no assistant message.", "Add the assistant reply the model should learn.");
  }
  counts.tokens += checkToolDefinitions(example, collector, options2.counter) + tokensForReplyPriming;
  return counts;
}
function analyzePromptCompletion(example, collector, counter) {
  for (const key of ["prompt", "completion"]) {
    if (typeof example[key] !== "string") {
      collector.error("invalid_prompt_completion", key, `${key} is ${showValue(example[key])}, not a string.`, 'Write each line as {"prompt": "…", "completion": "…"}.');
    }
  }
  for (const key of Object.keys(example)) {
    if (key !== "prompt" && key !== "completion") {
      collector.warning("unrecognized_key", key, `Key ${showValue(key)} is not part of a prompt/completion example and is ignored.`, 'Keep only "prompt" and "completion".');
    }
  }
  const promptTokens = typeof example.prompt === "string" ? counter.count(example.prompt) : 0;
  const completionTokens = typeof example.completion === "string" ? counter.count(example.completion) : 0;
  if (typeof example.completion === "string" && example.completion.trim() === "") {
    collector.error("empty_assistant_content", "completion", "Completion is empty.", "Write the completion the model should learn.");
  }
  return {
    messages: 2,
    tokens: promptTokens + completionTokens,
    assistantTokens: completionTokens,
    hasSystem: false,
    hasUser: true,
    hasAssistant: true
  };
}
function checkPreferenceOutput(example, key, collector, counter) {
  const output = example[key];
  if (!Array.isArray(output) || output.length !== 1) {
    collector.error("invalid_preference_output", key, `${key} is ${showValue(output)}, not a list of exactly one assistant message.`, `Write "${key}": [{"role": "assistant", "content": "…"}].`);
    return void 0;
  }
  const counts = checkMessages(output, {
    collector,
    counter,
    roles: /* @__PURE__ */ new Set(["assistant"]),
    path: key
  });
  if (!counts.hasAssistant) {
    collector.error("invalid_preference_output", `${key}[0].role`, `${key} must hold an assistant message.`, 'Set "role": "assistant".');
  }
  return counts;
}
function analyzePreference(example, collector, counter) {
  for (const key of Object.keys(example)) {
    if (!preferenceLineKeys.has(key)) {
      collector.warning("unrecognized_key", key, `Key ${showValue(key)} is not part of a preference example and is ignored.`, 'Keep only "input", "preferred_output" and "non_preferred_output".');
    }
  }
  const input = example.input;
  let inputCounts;
  if (!isPlainObject(input) || !Array.isArray(input.messages) || input.messages.length === 0) {
    collector.error("invalid_preference_input", "input", `input is ${showValue(input)}, not {"messages": [...]}.`, 'Write "input": {"messages": [{"role": "user", "content": "…"}]}.');
  } else {
    for (const key of Object.keys(input)) {
      if (!preferenceInputKeys.has(key)) {
        collector.warning("unrecognized_key", `input.${key}`, `Key ${showValue(key)} is not part of a preference input and is ignored.`, 'Keep only "messages", "tools" and "parallel_tool_calls".');
      }
    }
    inputCounts = checkMessages(input.messages, {
      collector,
      counter,
      roles: chatRoles,
      path: "input.messages"
    });
    inputCounts.tokens += checkToolDefinitions(input, collector, counter, "input.");
  }
  const preferred = checkPreferenceOutput(example, "preferred_output", collector, counter);
  const nonPreferred = checkPreferenceOutput(example, "non_preferred_output", collector, counter);
  if (!inputCounts)
    return void 0;
  return {
    messages: inputCounts.messages + 1,
    tokens: inputCounts.tokens + (preferred?.tokens ?? 0) + (nonPreferred?.tokens ?? 0) + tokensForReplyPriming,
    assistantTokens: preferred?.assistantTokens ?? 0,
    hasSystem: inputCounts.hasSystem,
    hasUser: inputCounts.hasUser,
    hasAssistant: true
  };
}
function digestOf(text) {
  return hash("sha1", text.trim(), "hex").slice(0, 16);
}
function firstNonBlank(text) {
  let index = 0;
  while (index < text.length && isBlank(text.charCodeAt(index)))
    index++;
  return index;
}
function lastNonBlank(text) {
  let index = text.length - 1;
  while (index > 0 && isBlank(text.charCodeAt(index)))
    index--;
  return index;
}
function isBlank(code) {
  return code === 32 || code === 9 || code === 13 || code === 10;
}
function notAnExample(lineNumber, issues) {
  return {
    lineNumber,
    issues,
    format: null,
    messages: 0,
    totalTokens: 0,
    assistantTokens: 0,
    hasSystem: false,
    hasUser: false,
    digest: null,
    estimatedTokenFields: []
  };
}
function analyzeLine(line, options2) {
  try {
    return analyzeLineUnguarded(line, options2);
  } catch (error) {
    if (!(error instanceof RangeError))
      throw error;
    return notAnExample(line.lineNumber, [
      {
        severity: "error",
        code: "too_deeply_nested",
        line: line.lineNumber,
        message: "Line is nested too deeply to check.",
        hint: "No fine-tuning example needs this nesting; check how the line was generated."
      }
    ]);
  }
}
function analyzeLineUnguarded(line, options2) {
  const collector = new IssueCollector(line.lineNumber);
  if (line.kind === "bad_encoding") {
    collector.issues.push({
      severity: "error",
      code: "invalid_encoding",
      message: line.problem.message,
      hint: line.problem.hint
    });
    return notAnExample(line.lineNumber, collector.issues);
  }
  if (line.kind === "invalid_utf8") {
    collector.issues.push({
      severity: "error",
      code: "invalid_utf8",
      line: line.lineNumber,
      column: line.column,
      message: `Line is not valid UTF-8 at column ${line.column}: the file, or this line, was saved in another encoding (often Windows-1252 or Latin-1).`,
      hint: "Save the file as UTF-8, e.g. iconv -f WINDOWS-1252 -t UTF-8 in.jsonl > out.jsonl."
    });
    return notAnExample(line.lineNumber, collector.issues);
  }
  if (line.kind === "too_long") {
    collector.error("line_too_long", void 0, `Line is ${line.byteLength} bytes long, more than Tuneline reads in one line.`, "Put one example per line; check for a missing newline between examples.");
    return notAnExample(line.lineNumber, collector.issues);
  }
  const text = line.text;
  if (text.trim() === "") {
    collector.warning("blank_line", void 0, "Line is blank.", "Remove blank lines; OpenAI expects one example on every line.");
    return notAnExample(line.lineNumber, collector.issues);
  }
  let example;
  let parsed = false;
  let parseError;
  if (text.charCodeAt(firstNonBlank(text)) !== 123 || text.charCodeAt(lastNonBlank(text)) === 125) {
    const stackTraceLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      example = JSON.parse(text);
      parsed = true;
    } catch (error) {
      parseError = error;
    } finally {
      Error.stackTraceLimit = stackTraceLimit;
    }
  }
  if (!parsed) {
    const { column, reason, fromParser } = describeJsonSyntaxError(text, parseError);
    const message = `Invalid JSON at column ${column}: ${reason}.`;
    collector.issues.push({
      severity: "error",
      code: "invalid_json",
      line: line.lineNumber,
      column,
      // V8's own messages quote the line, which may hold anything.
      message: fromParser ? message : redactSecrets(message),
      hint: "Each line must be one complete JSON object."
    });
    return notAnExample(line.lineNumber, collector.issues);
  }
  const shape = inspectJsonValue(example);
  if (shape.tooDeep) {
    collector.error("too_deeply_nested", void 0, `Line nests arrays or objects more than ${maxJsonDepth} levels deep.`, "No fine-tuning example needs this nesting; check how the line was generated.");
    return notAnExample(line.lineNumber, collector.issues);
  }
  if (shape.hasNonFiniteNumber) {
    const overflow = findOverflowingNumber(text);
    const literal = overflow?.literal ?? "";
    const shown = literal.length > 24 ? `${literal.slice(0, 12)}…(${literal.length} characters)` : literal;
    const column = overflow === void 0 ? void 0 : columnOf(text, overflow.offset);
    collector.issues.push({
      severity: "error",
      code: "number_out_of_range",
      line: line.lineNumber,
      ...column === void 0 ? {} : { column },
      message: `Number ${shown}${column === void 0 ? "" : ` at column ${column}`} is too large to represent: it overflows to infinity.`,
      hint: "Write numbers within ±1.8e308; OpenAI cannot read larger ones either."
    });
  }
  if (!isPlainObject(example)) {
    collector.error("data_type", void 0, `Line is ${Array.isArray(example) ? "an array" : showValue(example)}, not a JSON object.`, 'Write each example as a JSON object, such as {"messages": [...]}.');
    return notAnExample(line.lineNumber, collector.issues);
  }
  const format2 = detectFormat(example, options2.messagesFormat);
  let counts;
  if (format2 === null) {
    collector.error("missing_messages_list", void 0, `Line has no "messages" list (its keys: ${showValue(Object.keys(example))}).`, 'Write {"messages": [...]} (chat); other formats: {"prompt", "completion"} (babbage-002/davinci-002) or {"input", "preferred_output", "non_preferred_output"} (DPO).');
  } else if (format2 === "chat" || format2 === "reinforcement") {
    counts = analyzeChat(example, collector, options2);
  } else if (format2 === "prompt-completion") {
    counts = analyzePromptCompletion(example, collector, options2.counter);
  } else {
    counts = analyzePreference(example, collector, options2.counter);
  }
  if (text.includes("<|")) {
    const special = findSpecialToken(example);
    if (special) {
      collector.error("special_token", special.path, `Text contains the special token ${special.token}; OpenAI fails the whole job on it.`, 'Remove it or break it up (for example "< |endoftext| >").');
    }
  }
  const secret = findSecret(text);
  if (secret) {
    collector.warning("possible_secret", void 0, `Line contains what looks like ${secret}.`, "Remove or redact it: a tuned model can repeat its training data word for word.");
  }
  return {
    lineNumber: line.lineNumber,
    issues: collector.issues,
    format: format2,
    messages: counts?.messages ?? 0,
    totalTokens: counts?.tokens ?? 0,
    assistantTokens: counts?.assistantTokens ?? 0,
    hasSystem: counts?.hasSystem ?? false,
    hasUser: counts?.hasUser ?? false,
    digest: digestOf(text),
    estimatedTokenFields: findEstimatedTokenFields(example)
  };
}

// ../core/dist/dataset/digest-table.js
var shardBits = 8;
var shardCount = 1 << shardBits;
function digestHigh(digest) {
  return Number.parseInt(digest.slice(0, 8), 16) >>> 0;
}
function digestLow(digest) {
  return Number.parseInt(digest.slice(8, 16), 16) >>> 0;
}

// ../core/dist/dataset/pack-line-analyses.js
var fieldsPerLine = 8;
var formats = [
  null,
  "chat",
  "prompt-completion",
  "preference",
  "reinforcement"
];
var hasSystemFlag = 1;
var hasUserFlag = 2;
var hasDigestFlag = 4;
var estimatedToolsFlag = 8;
var estimatedToolCallsFlag = 16;
function packLineAnalyses(analyses) {
  const numbers = new Uint32Array(analyses.length * fieldsPerLine);
  const issues = [];
  analyses.forEach((analysis, index) => {
    const base = index * fieldsPerLine;
    numbers[base] = analysis.lineNumber;
    numbers[base + 1] = formats.indexOf(analysis.format);
    numbers[base + 2] = analysis.messages;
    numbers[base + 3] = analysis.totalTokens;
    numbers[base + 4] = analysis.assistantTokens;
    numbers[base + 5] = (analysis.hasSystem ? hasSystemFlag : 0) | (analysis.hasUser ? hasUserFlag : 0) | (analysis.digest === null ? 0 : hasDigestFlag) | (analysis.estimatedTokenFields.includes("tools") ? estimatedToolsFlag : 0) | (analysis.estimatedTokenFields.includes("tool_calls") ? estimatedToolCallsFlag : 0);
    if (analysis.digest !== null) {
      numbers[base + 6] = digestHigh(analysis.digest);
      numbers[base + 7] = digestLow(analysis.digest);
    }
    if (analysis.issues.length > 0)
      issues.push([index, analysis.issues]);
  });
  return { count: analyses.length, numbers, issues };
}

// ../core/dist/dataset/read-jsonl-lines.js
import { isUtf8 } from "node:buffer";

// ../core/dist/dataset/read-file-chunks.js
import { open } from "node:fs/promises";
var chunkBytes = 256 * 1024;
async function* readFileChunks(path, start = 0, end = Number.POSITIVE_INFINITY) {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.allocUnsafeSlow(chunkBytes);
    for (let position = start; position <= end; ) {
      const length = Math.min(buffer.length, end - position + 1);
      const { bytesRead } = await handle.read(buffer, 0, length, position);
      if (bytesRead === 0)
        return;
      position += bytesRead;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}

// ../core/dist/dataset/sniff-encoding.js
var sniffedBytes = 64 * 1024;
function utf16(order, withBom) {
  return {
    message: `File is UTF-16 ${order}${withBom ? " (it starts with a UTF-16 byte order mark)" : ""}, not UTF-8: OpenAI reads JSON Lines only as UTF-8.`,
    hint: `Convert it, e.g. iconv -f UTF-16${order} -t UTF-8 in.jsonl > out.jsonl, or save it as "UTF-8" in your editor.`
  };
}
function utf32(order, withBom) {
  return {
    message: `File is UTF-32 ${order}${withBom ? " (it starts with a UTF-32 byte order mark)" : ""}, not UTF-8: OpenAI reads JSON Lines only as UTF-8.`,
    hint: `Convert it, e.g. iconv -f UTF-32${order} -t UTF-8 in.jsonl > out.jsonl, or save it as "UTF-8" in your editor.`
  };
}
function looksLikeUtf32(head, sample, significant) {
  const units = Math.floor(sample / 4);
  if (units < 2)
    return false;
  let matching = 0;
  for (let unit = 0; unit < units; unit++) {
    let zerosElsewhere = true;
    for (let position = 0; position < 4; position++) {
      if (position !== significant && head[unit * 4 + position] !== 0)
        zerosElsewhere = false;
    }
    if (zerosElsewhere && head[unit * 4 + significant] !== 0)
      matching++;
  }
  return matching > units * 3 / 4;
}
function sniffEncoding(head) {
  if (head.length >= 4 && head[0] === 255 && head[1] === 254 && head[2] === 0 && head[3] === 0)
    return utf32("LE", true);
  if (head.length >= 4 && head[0] === 0 && head[1] === 0 && head[2] === 254 && head[3] === 255)
    return utf32("BE", true);
  if (head.length >= 2 && head[0] === 255 && head[1] === 254)
    return utf16("LE", true);
  if (head.length >= 2 && head[0] === 254 && head[1] === 255)
    return utf16("BE", true);
  const sample = Math.min(head.length, 4096);
  if (looksLikeUtf32(head, sample, 0))
    return utf32("LE", false);
  if (looksLikeUtf32(head, sample, 3))
    return utf32("BE", false);
  let zerosAtEven = 0;
  let zerosAtOdd = 0;
  for (let index = 0; index < sample; index++) {
    if (head[index] !== 0)
      continue;
    if (index % 2 === 0)
      zerosAtEven++;
    else
      zerosAtOdd++;
  }
  const pairs = Math.floor(sample / 2);
  if (pairs >= 2 && zerosAtOdd > pairs / 4 && zerosAtEven < zerosAtOdd / 8)
    return utf16("LE", false);
  if (pairs >= 2 && zerosAtEven > pairs / 4 && zerosAtOdd < zerosAtEven / 8)
    return utf16("BE", false);
  if (head.indexOf(10) === -1) {
    for (let index = 0; index + 1 < head.length; index++) {
      if (head[index] === 13 && head[index + 1] !== 10) {
        return {
          message: "File ends its lines with a carriage return only (CR, classic Mac OS), so it reads as one line: JSON Lines needs LF or CRLF line ends.",
          hint: "Convert the line ends, e.g. tr '\\r' '\\n' < in.jsonl > out.jsonl, or choose LF line endings in your editor."
        };
      }
    }
  }
  return void 0;
}

// ../core/dist/dataset/read-jsonl-lines.js
var defaultMaxLineBytes = 128 * 1024 * 1024;
var newline4 = 10;
var carriageReturn4 = 13;
function openSource(source, options2) {
  return typeof source === "string" ? readFileChunks(source, options2.start, options2.end) : source;
}
function findInvalidUtf8Column(bytes) {
  let offset = 0;
  let column = 1;
  while (offset < bytes.length) {
    const lead = bytes[offset];
    const width = lead < 128 ? 1 : lead >= 194 && lead <= 223 ? 2 : lead >= 224 && lead <= 239 ? 3 : lead >= 240 && lead <= 244 ? 4 : 0;
    if (width === 0 || offset + width > bytes.length)
      return column;
    if (!isUtf8(bytes.subarray(offset, offset + width)))
      return column;
    offset += width;
    column += 1;
  }
  return column;
}
async function* readJsonlLines(source, options2 = {}) {
  const maxLineBytes = options2.maxLineBytes ?? defaultMaxLineBytes;
  let lineNumber = options2.firstLineNumber ?? 1;
  let pending = [];
  let pendingBytes = 0;
  let skippingLongLine = false;
  let atFileStart = (options2.start ?? 0) === 0;
  let sniffing = atFileStart && options2.sniff !== false;
  let head = [];
  let headBytes = 0;
  const finishLine = (bytes) => {
    let body = bytes;
    if (atFileStart) {
      atFileStart = false;
      if (body.length >= 3 && body[0] === 239 && body[1] === 187 && body[2] === 191)
        body = body.subarray(3);
    }
    if (body.length > 0 && body[body.length - 1] === carriageReturn4)
      body = body.subarray(0, body.length - 1);
    const number4 = lineNumber++;
    if (!isUtf8(body)) {
      return {
        kind: "invalid_utf8",
        lineNumber: number4,
        column: findInvalidUtf8Column(body),
        byteLength: bytes.length
      };
    }
    return {
      kind: "text",
      lineNumber: number4,
      text: body.toString("utf8"),
      byteLength: bytes.length
    };
  };
  const sniff = (bytes) => {
    const problem = sniffEncoding(bytes);
    return problem === void 0 ? void 0 : { kind: "bad_encoding", lineNumber: 1, byteLength: bytes.length, problem };
  };
  for await (const chunk of openSource(source, options2)) {
    let buffer = typeof chunk === "string" ? Buffer.from(chunk) : Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (sniffing) {
      head.push(Buffer.from(buffer));
      headBytes += buffer.length;
      if (headBytes < sniffedBytes)
        continue;
      sniffing = false;
      buffer = Buffer.concat(head, headBytes);
      head = [];
      const bad = sniff(buffer);
      if (bad) {
        yield bad;
        return;
      }
    }
    let position = 0;
    while (position < buffer.length) {
      const end = buffer.indexOf(newline4, position);
      const pieceEnd = end === -1 ? buffer.length : end;
      const piece = buffer.subarray(position, pieceEnd);
      if (skippingLongLine) {
        pendingBytes += piece.length;
      } else if (pendingBytes + piece.length > maxLineBytes) {
        skippingLongLine = true;
        pending = [];
        pendingBytes += piece.length;
      } else if (end !== -1 && pending.length === 0) {
        position = end + 1;
        yield finishLine(piece);
        continue;
      } else {
        pending.push(Buffer.from(piece));
        pendingBytes += piece.length;
      }
      if (end === -1)
        break;
      position = end + 1;
      if (skippingLongLine) {
        atFileStart = false;
        yield { kind: "too_long", lineNumber: lineNumber++, byteLength: pendingBytes };
        skippingLongLine = false;
      } else {
        const line = pending.length === 1 ? pending[0] : Buffer.concat(pending, pendingBytes);
        yield finishLine(line);
      }
      pending = [];
      pendingBytes = 0;
    }
  }
  if (sniffing) {
    const whole = Buffer.concat(head, headBytes);
    const bad = sniff(whole);
    if (bad) {
      yield bad;
      return;
    }
    yield* readJsonlLines((async function* () {
      yield whole;
    })(), {
      ...options2.maxLineBytes === void 0 ? {} : { maxLineBytes: options2.maxLineBytes },
      ...options2.firstLineNumber === void 0 ? {} : { firstLineNumber: options2.firstLineNumber },
      sniff: false
    });
    return;
  }
  if (skippingLongLine) {
    yield { kind: "too_long", lineNumber, byteLength: pendingBytes };
  } else if (pendingBytes > 0) {
    yield finishLine(pending.length === 1 ? pending[0] : Buffer.concat(pending, pendingBytes));
  }
}

// ../core/dist/dataset/line-range-worker.js
var batchSize = 256;
function send(port2, index, batch, bytes) {
  const analyses = packLineAnalyses(batch);
  port2.postMessage({ kind: "batch", index, analyses, bytes }, [
    analyses.numbers.buffer
  ]);
}
async function analyzeRange(port2, setup2, options2, task) {
  let batch = [];
  let lines = 0;
  let bytes = 0;
  for await (const line of readJsonlLines(setup2.path, { start: task.start, end: task.end })) {
    lines = line.lineNumber;
    bytes += line.byteLength + 1;
    batch.push(analyzeLine(line, options2));
    if (batch.length === batchSize) {
      send(port2, task.index, batch, bytes);
      batch = [];
    }
  }
  send(port2, task.index, batch, bytes);
  port2.postMessage({ kind: "done", index: task.index, lines });
}
var port = parentPort;
if (!port)
  throw new Error("line-range-worker must run in a worker thread");
var setup = workerData;
var options = {
  counter: createTokenCounterOverRanks(setup.encoding, createBytePairRanks(setup.rankTables)),
  messagesFormat: setup.messagesFormat
};
port.on("message", (task) => {
  analyzeRange(port, setup, options, task).catch((error) => {
    port.postMessage({
      kind: "failed",
      message: error instanceof Error ? error.message : String(error),
      code: error.code
    });
  });
});
