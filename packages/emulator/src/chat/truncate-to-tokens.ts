import type { TokenCounter } from '@tuneline/core';

/**
 * The longest prefix of `text` (whole code points) within `maxTokens` tokens, as a reply cut off
 * by `max_tokens`; `truncated` tells whether anything was cut.
 */
export function truncateToTokens(
  counter: TokenCounter,
  text: string,
  maxTokens: number | undefined,
): { text: string; truncated: boolean } {
  if (maxTokens === undefined || counter.count(text) <= maxTokens)
    return { text, truncated: false };
  const codePoints = [...text];
  let low = 0;
  let high = codePoints.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (counter.count(codePoints.slice(0, middle).join('')) <= maxTokens) low = middle;
    else high = middle - 1;
  }
  return { text: codePoints.slice(0, low).join(''), truncated: true };
}
