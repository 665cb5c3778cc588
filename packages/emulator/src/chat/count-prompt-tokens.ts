import type { TokenCounter } from '@tuneline/core';
import type { ChatRequest } from './chat-request.js';

/** Prompt tokens as OpenAI's cookbook counts them: 3 per message, its role and text, 1 per name, 3 to prime the reply. */
export function countPromptTokens(
  counter: TokenCounter,
  messages: ChatRequest['messages'],
): number {
  let total = 3;
  for (const message of messages) {
    total += 3 + counter.count(message.role) + counter.count(message.text);
    if (message.name !== undefined) total += 1 + counter.count(message.name);
  }
  return total;
}
