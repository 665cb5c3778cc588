import type OpenAI from 'openai';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import type { ChatAnswer } from './chat-answer.js';
import { streamChatAnswer } from './stream-chat-answer.js';

/**
 * One model's side of a chat: the messages so far are the context of the next question, so a
 * follow-up question is understood. `reset()` forgets everything but the system message.
 */
export class ChatConversation {
  readonly model: string;
  readonly #client: OpenAI;
  readonly #system: string | undefined;
  #messages: ChatCompletionMessageParam[] = [];

  constructor(options: { client: OpenAI; model: string; system?: string | undefined }) {
    this.#client = options.client;
    this.model = options.model;
    this.#system = options.system;
    this.reset();
  }

  /** The messages the next question will follow, system message first. */
  get messages(): readonly ChatCompletionMessageParam[] {
    return this.#messages;
  }

  /** Asks `question` after the conversation so far and keeps both turns, unless the call fails. */
  async ask(options: { question: string; onText?: (text: string) => void }): Promise<ChatAnswer> {
    const question: ChatCompletionMessageParam = { role: 'user', content: options.question };
    const result = await streamChatAnswer({
      client: this.#client,
      model: this.model,
      messages: [...this.#messages, question],
      ...(options.onText === undefined ? {} : { onText: options.onText }),
    });
    this.#messages.push(question, { role: 'assistant', content: result.answer });
    return result;
  }

  reset(): void {
    this.#messages = this.#system === undefined ? [] : [{ role: 'system', content: this.#system }];
  }
}
