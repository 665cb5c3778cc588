/** The BPE encodings of the models OpenAI fine-tunes. */
export type TokenEncodingName = 'cl100k_base' | 'o200k_base';

/** Counts the tokens of text, treating special-token text such as `<|endoftext|>` as ordinary text. */
export interface TokenCounter {
  readonly encoding: TokenEncodingName;
  count(text: string): number;
}
