import { findModel } from '../models/find-model.js';
import { getTokenCounter } from '../tokens/get-token-counter.js';
import type { ChatMessage } from './chat-message.js';

/** OpenAI's counting recipe for chat messages ("How to count tokens with tiktoken"). */
const tokensPerMessage = 3;
const tokensPerName = 1;
const tokensPrimingTheReply = 3;
/** Context assumed for a model the catalog does not know. */
const fallbackContextTokens = 16_385;
/** Room kept for the answer when trimming to the context. */
const defaultAnswerTokens = 1024;

/** A chat's history, trimmed to fit the model's context when sent. */
export interface ChatConversation {
  readonly model: string;
  /** The tokens a request may hold, answer room included. */
  readonly contextTokens: number;
  /** Every message kept, system message first. */
  readonly messages: readonly ChatMessage[];
  append(message: ChatMessage): void;
  /**
   * The messages to send next: the system message, then as many of the newest messages as fit
   * the context (with room for the answer), oldest dropped first. The newest is always sent.
   */
  messagesForRequest(): ChatMessage[];
  /** Forgets everything but the system message. */
  reset(): void;
}

/**
 * Starts a conversation with `model`: the history the next question is asked after, trimmed
 * oldest-first to the model's context by token count (core's exact counter), the system
 * message always kept. For the CLI's chat and for Slack threads.
 * @example
 * const conversation = createChatConversation({ model: 'ft:gpt-4o-mini-2024-07-18:acme::abc', system: 'Be brief.' });
 * conversation.append({ role: 'user', content: 'Hello' });
 * await streamChatAnswer({ client, model: conversation.model, messages: conversation.messagesForRequest() });
 */
export function createChatConversation(options: {
  model: string;
  system?: string | undefined;
  /** The tokens a request may hold; default the model's training example limit in the catalog. */
  contextTokens?: number | undefined;
  /** Tokens kept free for the answer; default 1024. */
  answerTokens?: number | undefined;
}): ChatConversation {
  const known = findModel(options.model);
  const counter = getTokenCounter(known?.encoding ?? 'o200k_base');
  const contextTokens =
    options.contextTokens ?? known?.trainingExampleTokenLimit ?? fallbackContextTokens;
  const answerTokens = Math.min(
    options.answerTokens ?? defaultAnswerTokens,
    Math.floor(contextTokens / 2),
  );
  const system: ChatMessage | undefined =
    options.system === undefined ? undefined : { role: 'system', content: options.system };
  let history: ChatMessage[] = [];
  const tokensOf = (message: ChatMessage) =>
    tokensPerMessage +
    counter.count(message.role) +
    counter.count(message.content) +
    (message.name === undefined ? 0 : tokensPerName + counter.count(message.name));

  return {
    model: options.model,
    contextTokens,
    get messages() {
      return system === undefined ? [...history] : [system, ...history];
    },
    append(message) {
      history.push({ ...message });
    },
    messagesForRequest() {
      let budget =
        contextTokens - answerTokens - tokensPrimingTheReply - (system ? tokensOf(system) : 0);
      const kept: ChatMessage[] = [];
      for (let index = history.length - 1; index >= 0; index--) {
        const message = history[index] as ChatMessage;
        const tokens = tokensOf(message);
        if (kept.length > 0 && tokens > budget) break;
        budget -= tokens;
        kept.unshift(message);
      }
      return system === undefined ? kept : [system, ...kept];
    },
    reset() {
      history = [];
    },
  };
}
