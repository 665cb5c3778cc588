import type { WebClient } from '@slack/web-api';
import type { SlackThreadMessage } from './read-thread.js';

/** Long threads are cut to their newest part anyway when trimmed to the model's context. */
const maxThreadMessages = 1_000;

/** A thread's messages with their metadata, from conversations.replies, page by page. */
export async function fetchThread(options: {
  client: WebClient;
  channel: string;
  threadTs: string;
}): Promise<SlackThreadMessage[]> {
  const messages: SlackThreadMessage[] = [];
  let cursor: string | undefined;
  do {
    const page = await options.client.conversations.replies({
      channel: options.channel,
      ts: options.threadTs,
      include_all_metadata: true,
      limit: 200,
      ...(cursor === undefined ? {} : { cursor }),
    });
    messages.push(...((page.messages ?? []) as SlackThreadMessage[]));
    cursor = page.response_metadata?.next_cursor || undefined;
  } while (cursor !== undefined && messages.length < maxThreadMessages);
  return messages;
}
