/** A seeded pseudo-random source: the same seed gives the same dataset on every machine. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  integer(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks early items far more often than late ones, as word frequencies do (about Zipf's). */
  pickSkewed<T>(items: readonly T[]): T;
}

/** sfc32, seeded through splitmix32: small, fast, and good enough for synthetic text. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const splitmix = (): number => {
    state = (state + 0x9e3779b9) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 16), 0x85ebca6b);
    mixed = Math.imul(mixed ^ (mixed >>> 13), 0xc2b2ae35);
    return (mixed ^ (mixed >>> 16)) >>> 0;
  };
  let a = splitmix();
  let b = splitmix();
  let c = splitmix();
  let d = splitmix();

  const next = (): number => {
    const result = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + result) >>> 0;
    return result / 0x100000000;
  };

  const pickAt = <T>(items: readonly T[], position: number): T => {
    const item = items[Math.min(items.length - 1, Math.floor(position * items.length))];
    if (item === undefined) throw new RangeError('cannot pick from an empty list');
    return item;
  };

  return {
    next,
    integer: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick: (items) => pickAt(items, next()),
    pickSkewed: (items) => pickAt(items, next() ** 2),
  };
}
