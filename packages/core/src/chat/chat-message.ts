/** One turn of a chat, as the Chat Completions API takes it. */
export interface ChatMessage {
  readonly role: 'system' | 'developer' | 'user' | 'assistant';
  readonly content: string;
  /** Tells participants of the same role apart, e.g. Slack users in one thread. */
  readonly name?: string;
}

/** Tokens one answer took, as the API counted them. */
export interface ChatTokenUsage {
  readonly promptTokens: number;
  readonly completionTokens: number;
  readonly totalTokens: number;
}

/** One model's complete answer to one question. */
export interface ChatAnswer {
  readonly answer: string;
  /** Null when the API sent no usage (some OpenAI-compatible servers ignore `include_usage`). */
  readonly usage: ChatTokenUsage | null;
  /** Why the model stopped: `stop`, `length` (cut at max tokens), `content_filter`…; null if unsaid. */
  readonly finishReason: string | null;
}
