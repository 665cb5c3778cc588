import { Tiktoken } from 'js-tiktoken/lite';
import cl100kBase from 'js-tiktoken/ranks/cl100k_base';
import o200kBase from 'js-tiktoken/ranks/o200k_base';
import type { TokenCounter, TokenEncodingName } from './token-encoding.js';

const ranks = { cl100k_base: cl100kBase, o200k_base: o200kBase } as const;

/**
 * The naive counter: js-tiktoken, a JavaScript port of OpenAI's tokenizer, which the benchmark
 * measures the engine against. Its split pattern runs in JavaScript's regular expressions, so on
 * rare text (U+FEFF, U+0085, letters newer than Unicode 16, `'ſ`) it differs from OpenAI's
 * tokenizer, which the engine follows.
 */
export function createReferenceTokenCounter(encoding: TokenEncodingName): TokenCounter {
  const tokenizer = new Tiktoken(ranks[encoding]);
  return {
    encoding,
    // Empty allowed and disallowed lists: special-token text is encoded as ordinary text instead of throwing.
    count: (text) => tokenizer.encode(text, [], []).length,
  };
}
