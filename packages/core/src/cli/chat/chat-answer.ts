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
}
