/**
 * A set of 64-bit example digests, each with the line it first appeared on, in typed arrays
 * (12 bytes a slot) rather than a Map of strings (about 100 bytes an entry): duplicates are found
 * in millions of examples within a bounded memory.
 */
export class DigestTable {
  private keys: Uint32Array;
  /** Line of each slot; 0 marks an empty slot (lines start at 1). */
  private lines: Uint32Array;
  private mask: number;
  private count = 0;

  constructor(initialSlots = 1024) {
    this.keys = new Uint32Array(initialSlots * 2);
    this.lines = new Uint32Array(initialSlots);
    this.mask = initialSlots - 1;
  }

  get size(): number {
    return this.count;
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
    if (this.count * 2 > this.lines.length) this.grow();
    return undefined;
  }

  private find(highBits: number, lowBits: number): number {
    let slot = (lowBits ^ Math.imul(highBits, 0x9e3779b1)) & this.mask;
    while (
      this.lines[slot] !== 0 &&
      (this.keys[slot * 2] !== highBits || this.keys[slot * 2 + 1] !== lowBits)
    ) {
      slot = (slot + 1) & this.mask;
    }
    return slot;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldLines = this.lines;
    const slots = oldLines.length * 2;
    this.keys = new Uint32Array(slots * 2);
    this.lines = new Uint32Array(slots);
    this.mask = slots - 1;
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
