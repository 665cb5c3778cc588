import { createTokenCounter } from './create-token-counter.js';
import type { TokenCounter, TokenEncodingName } from './token-encoding.js';

// Building a counter parses its whole rank table (hundreds of milliseconds): build each once.
const counters = new Map<TokenEncodingName, TokenCounter>();

/**
 * The process's one token counter of an encoding, built on first use and shared after.
 * @example getTokenCounter('o200k_base').count('Hello, world!'); // 4
 */
export function getTokenCounter(encoding: TokenEncodingName): TokenCounter {
  let counter = counters.get(encoding);
  if (!counter) {
    counter = createTokenCounter(encoding);
    counters.set(encoding, counter);
  }
  return counter;
}
