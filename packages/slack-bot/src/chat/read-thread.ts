import type { ChatMessage } from '@tuneline/core';
import { compareTs } from './compare-ts.js';
import { messageKinds } from './message-kinds.js';
import { splitModelFromText } from './split-model-from-text.js';

/** A message as conversations.replies returns it (the fields the bot reads). */
export interface SlackThreadMessage {
  readonly ts?: string;
  readonly user?: string;
  readonly bot_id?: string;
  readonly subtype?: string;
  readonly text?: string;
  readonly metadata?: { readonly event_type?: string; readonly event_payload?: unknown };
}

/** What a thread says: the model it is bound to and its turns as chat messages. */
export interface ThreadReading {
  /** The model of the bot's latest answer or thread start, if any. */
  readonly model: string | undefined;
  readonly turns: ChatMessage[];
}

const answeredSubtypes = new Set([undefined, 'thread_broadcast', 'file_share']);

function modelOf(metadata: SlackThreadMessage['metadata']): string | undefined {
  const payload = metadata?.event_payload;
  if (typeof payload !== 'object' || payload === null) return undefined;
  const model = (payload as { model?: unknown }).model;
  return typeof model === 'string' && model !== '' ? model : undefined;
}

/**
 * Rebuilds a thread's history up to and including `upToTs`: the bot's own answers (by its user id,
 * never other bots') are assistant turns, each person's message a user turn with their user id in
 * `name` (not prefixed into the text, which would not match a tuned model's training data). Other
 * bots, edits, the bot's notices, thread starts and comparison answers are left out.
 */
export function readThread(options: {
  messages: readonly SlackThreadMessage[];
  botUserId: string;
  botId: string | undefined;
  upToTs: string;
}): ThreadReading {
  const { botUserId, botId } = options;
  const sorted = options.messages
    .filter((message) => message.ts !== undefined && compareTs(message.ts, options.upToTs) <= 0)
    .sort((left, right) => compareTs(left.ts as string, right.ts as string));
  let model: string | undefined;
  const turns: ChatMessage[] = [];
  for (const message of sorted) {
    const own = message.user === botUserId || (botId !== undefined && message.bot_id === botId);
    if (own) {
      const kind = message.metadata?.event_type;
      if (kind === messageKinds.threadStart) model = modelOf(message.metadata) ?? model;
      if (kind !== messageKinds.answer) continue;
      model = modelOf(message.metadata) ?? model;
      const text = message.text ?? '';
      const previous = turns[turns.length - 1];
      // A long answer spans several messages: they are one turn.
      if (previous?.role === 'assistant') {
        turns[turns.length - 1] = { role: 'assistant', content: previous.content + text };
      } else if (text !== '') {
        turns.push({ role: 'assistant', content: text });
      }
      continue;
    }
    if (message.bot_id !== undefined || message.subtype === 'bot_message') continue;
    if (!answeredSubtypes.has(message.subtype) || message.user === undefined) continue;
    const { model: named, question } = splitModelFromText(message.text ?? '', botUserId);
    if (named !== undefined) model = named;
    if (question === '') continue;
    turns.push({ role: 'user', content: question, name: message.user });
  }
  return { model, turns };
}
