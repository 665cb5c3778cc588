import { createReferenceTokenCounter } from './create-reference-token-counter.js';
import type { TokenCounter, TokenEncodingName } from './token-encoding.js';

/** The token counter Tuneline uses everywhere: exact, and as fast as the engines allow. */
export function createTokenCounter(encoding: TokenEncodingName): TokenCounter {
  return createReferenceTokenCounter(encoding);
}
