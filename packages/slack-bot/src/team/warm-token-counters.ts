import { createChatConversation } from '@tuneline/core';

/** One base model per token encoding that fine-tunable models use (cl100k_base, o200k_base). */
const modelsByEncoding = ['gpt-3.5-turbo-0125', 'gpt-4o-mini-2024-07-18'] as const;

/**
 * Loads the token encodings chat trimming needs. The first load blocks the event loop for a few
 * hundred milliseconds; done before the replica takes requests, it cannot delay Slack's acks.
 */
export function warmTokenCounters(): void {
  for (const model of modelsByEncoding) {
    const conversation = createChatConversation({ model });
    conversation.append({ role: 'user', content: 'warm up' });
    conversation.messagesForRequest();
  }
}
