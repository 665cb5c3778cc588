/** The top bits of a digest pick its shard: each shard grows alone, a 256th of the table at a time. */
const shardBits = 8;
const shardCount = 1 << shardBits;
/** Words a slot: high and low 32 bits of the digest, then its line (0 marks an empty slot). */
const wordsPerSlot = 3;
const initialSlotsPerShard = 16;

/**
 * A set of 64-bit example digests, each with the line it first appeared on, in typed arrays
 * (12 bytes a slot, filled up to 4/5, grown by a quarter) rather than a Map of strings (about 100
 * bytes an entry): duplicates are found in millions of examples in about 16 bytes each. The table
 * is cut into shards that grow one at a time, so growing it never holds two copies of the whole.
 */
export class DigestTable {
  private readonly shards: Uint32Array[] = Array.from(
    { length: shardCount },
    () => new Uint32Array(initialSlotsPerShard * wordsPerSlot),
  );
  private readonly shardSizes = new Uint32Array(shardCount);
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** The memory the table takes, in bytes. */
  get byteLength(): number {
    let total = this.shardSizes.byteLength;
    for (const shard of this.shards) total += shard.byteLength;
    return total;
  }

  /** The line a digest (its high and low 32 bits) was first seen on, if it was. */
  lineOf(highBits: number, lowBits: number): number | undefined {
    const shard = this.shards[highBits >>> (32 - shardBits)] as Uint32Array;
    const line = shard[findSlot(shard, highBits, lowBits) + 2] as number;
    return line === 0 ? undefined : line;
  }

  /** Records a digest's line unless it is already there; returns the first line it was seen on, if any. */
  addIfAbsent(highBits: number, lowBits: number, line: number): number | undefined {
    const shardIndex = highBits >>> (32 - shardBits);
    const shard = this.shards[shardIndex] as Uint32Array;
    const at = findSlot(shard, highBits, lowBits);
    const existing = shard[at + 2] as number;
    if (existing !== 0) return existing;
    shard[at] = highBits;
    shard[at + 1] = lowBits;
    shard[at + 2] = line;
    this.count++;
    const size = (this.shardSizes[shardIndex] as number) + 1;
    this.shardSizes[shardIndex] = size;
    if (size * 5 > (shard.length / wordsPerSlot) * 4) {
      this.shards[shardIndex] = grow(shard);
    }
    return undefined;
  }

  /** Visits every digest with its line, in no particular order. */
  forEachDigest(visit: (highBits: number, lowBits: number, line: number) => void): void {
    for (const shard of this.shards) {
      for (let at = 0; at < shard.length; at += wordsPerSlot) {
        const line = shard[at + 2] as number;
        if (line !== 0) visit(shard[at] as number, shard[at + 1] as number, line);
      }
    }
  }
}

/** The index of the slot holding the digest, or of the empty slot where it would go. */
function findSlot(shard: Uint32Array, highBits: number, lowBits: number): number {
  const slots = shard.length / wordsPerSlot;
  // Digests are SHA-1 bits, already uniform: scale them to the shard instead of masking.
  const mixed = (lowBits ^ Math.imul(highBits, 0x9e3779b1)) >>> 0;
  let slot = Math.floor((mixed * slots) / 4294967296);
  for (;;) {
    const at = slot * wordsPerSlot;
    if (shard[at + 2] === 0 || (shard[at] === highBits && shard[at + 1] === lowBits)) return at;
    slot = slot + 1 === slots ? 0 : slot + 1;
  }
}

function grow(shard: Uint32Array): Uint32Array {
  const slots = Math.ceil((shard.length / wordsPerSlot) * 1.25);
  const grown = new Uint32Array(slots * wordsPerSlot);
  for (let at = 0; at < shard.length; at += wordsPerSlot) {
    if (shard[at + 2] === 0) continue;
    const highBits = shard[at] as number;
    const lowBits = shard[at + 1] as number;
    const target = findSlot(grown, highBits, lowBits);
    grown[target] = highBits;
    grown[target + 1] = lowBits;
    grown[target + 2] = shard[at + 2] as number;
  }
  return grown;
}

/** The high 32 bits of a digest written as 16 hex digits. */
export function digestHigh(digest: string): number {
  return Number.parseInt(digest.slice(0, 8), 16) >>> 0;
}

/** The low 32 bits of a digest written as 16 hex digits. */
export function digestLow(digest: string): number {
  return Number.parseInt(digest.slice(8, 16), 16) >>> 0;
}
