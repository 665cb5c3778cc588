/** FNV-1a's offset basis and prime: every byte-keyed table of the engine hashes with them. */
export const fnvOffset = 0x811c9dc5;
export const fnvPrime = 0x01000193;

/** FNV-1a over `bytes[start..end)`: the hash every byte-keyed table of the engine uses. */
export function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let hash = fnvOffset;
  for (let index = start; index < end; index++) {
    hash = Math.imul(hash ^ (bytes[index] as number), fnvPrime);
  }
  return hash;
}

/** Slot of a hash in a power-of-two table: Fibonacci hashing spreads FNV's weak low bits. */
export function slotOf(hash: number, mask: number): number {
  return (Math.imul(hash, 0x9e3779b1) >>> 7) & mask;
}
