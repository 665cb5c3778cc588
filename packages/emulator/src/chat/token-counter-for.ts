import { createTokenCounter, type TokenCounter, type TokenEncodingName } from '@tuneline/core';

// Building a counter loads its whole rank table: build each encoding's once.
const counters = new Map<TokenEncodingName, TokenCounter>();

/** The shared token counter of an encoding. */
export function tokenCounterFor(encoding: TokenEncodingName): TokenCounter {
  let counter = counters.get(encoding);
  if (!counter) {
    counter = createTokenCounter(encoding);
    counters.set(encoding, counter);
  }
  return counter;
}
