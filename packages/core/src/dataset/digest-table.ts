/**
 * A set of 64-bit example digests, each with the line it first appeared on, in typed arrays
 * (12 bytes a slot, filled up to 3/4, grown by a quarter) rather than a Map of strings (about 100
 * bytes an entry): duplicates are found in millions of examples in about 20 bytes each.
 */
export class DigestTable {
  private keys: Uint32Array;
  /** Line of each slot; 0 marks an empty slot (lines start at 1). */
  private lines: Uint32Array;
  private count = 0;

  constructor(initialSlots = 1024) {
    this.keys = new Uint32Array(initialSlots * 2);
    this.lines = new Uint32Array(initialSlots);
  }

  get size(): number {
    return this.count;
  }

  /** The memory the table takes, in bytes. */
  get byteLength(): number {
    return this.keys.byteLength + this.lines.byteLength;
  }

  /** The line a digest (its high and low 32 bits) was first seen on, if it was. */
  lineOf(highBits: number, lowBits: number): number | undefined {
    const slot = this.find(highBits, lowBits);
    const line = this.lines[slot] as number;
    return line === 0 ? undefined : line;
  }

  /** Records a digest's line unless it is already there; returns the first line it was seen on, if any. */
  addIfAbsent(highBits: number, lowBits: number, line: number): number | undefined {
    const slot = this.find(highBits, lowBits);
    const existing = this.lines[slot] as number;
    if (existing !== 0) return existing;
    this.keys[slot * 2] = highBits;
    this.keys[slot * 2 + 1] = lowBits;
    this.lines[slot] = line;
    this.count++;
    if (this.count * 4 > this.lines.length * 3) this.grow();
    return undefined;
  }

  private find(highBits: number, lowBits: number): number {
    const slots = this.lines.length;
    // Digests are SHA-1 bits, already uniform: scale them to the table instead of masking.
    const mixed = (lowBits ^ Math.imul(highBits, 0x9e3779b1)) >>> 0;
    let slot = Math.floor((mixed * slots) / 4294967296);
    while (
      this.lines[slot] !== 0 &&
      (this.keys[slot * 2] !== highBits || this.keys[slot * 2 + 1] !== lowBits)
    ) {
      slot = slot + 1 === slots ? 0 : slot + 1;
    }
    return slot;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldLines = this.lines;
    const slots = Math.ceil(oldLines.length * 1.25);
    this.keys = new Uint32Array(slots * 2);
    this.lines = new Uint32Array(slots);
    for (let slot = 0; slot < oldLines.length; slot++) {
      const line = oldLines[slot] as number;
      if (line === 0) continue;
      const highBits = oldKeys[slot * 2] as number;
      const lowBits = oldKeys[slot * 2 + 1] as number;
      const target = this.find(highBits, lowBits);
      this.keys[target * 2] = highBits;
      this.keys[target * 2 + 1] = lowBits;
      this.lines[target] = line;
    }
  }
}

/** The high 32 bits of a digest written as 16 hex digits. */
export function digestHigh(digest: string): number {
  return Number.parseInt(digest.slice(0, 8), 16) >>> 0;
}

/** The low 32 bits of a digest written as 16 hex digits. */
export function digestLow(digest: string): number {
  return Number.parseInt(digest.slice(8, 16), 16) >>> 0;
}
