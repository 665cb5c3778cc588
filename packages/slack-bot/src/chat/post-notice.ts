import type { WebClient } from '@slack/web-api';
import { messageKinds } from './message-kinds.js';

/** Posts a refusal or hint in a thread, marked so it never becomes part of the chat's history. */
export async function postNotice(options: {
  client: WebClient;
  channel: string;
  threadTs: string;
  text: string;
}): Promise<void> {
  await options.client.chat.postMessage({
    channel: options.channel,
    thread_ts: options.threadTs,
    text: options.text,
    metadata: { event_type: messageKinds.notice, event_payload: {} },
  });
}
