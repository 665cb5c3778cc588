/**
 * A seeded pseudo-random generator (mulberry32) returning numbers in [0, 1): the same seed gives
 * the same sequence, so loss curves, faults and sampling are reproducible.
 * @example const random = createRandom(42); random(); // 0.6011037519201636
 */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}
