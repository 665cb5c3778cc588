import { get_encoding } from 'tiktoken';
import type { TokenCounter, TokenEncodingName } from './token-encoding.js';

/**
 * The reference every token test compares against: `tiktoken`, the WASM build of the Rust
 * tokenizer OpenAI runs, with special-token text encoded as ordinary text. Tests only: it is a
 * devDependency.
 */
export function createTiktokenCounter(encoding: TokenEncodingName): TokenCounter {
  // The encoder lives as long as the test process; its WASM memory is freed with it.
  const tokenizer = get_encoding(encoding);
  return { encoding, count: (text) => tokenizer.encode_ordinary(text).length };
}
