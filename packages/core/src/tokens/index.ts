export { createReferenceTokenCounter } from './create-reference-token-counter.js';
export { createTokenCounter } from './create-token-counter.js';
export { getTokenCounter } from './get-token-counter.js';
export type { TokenCounter, TokenEncodingName } from './token-encoding.js';
