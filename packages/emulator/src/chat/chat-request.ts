/** A checked `POST /chat/completions` body, reduced to what the emulator uses. */
export interface ChatRequest {
  readonly model: string;
  readonly messages: ReadonlyArray<{
    readonly role: string;
    readonly text: string;
    readonly name?: string;
  }>;
  readonly n: number;
  readonly maxTokens: number | undefined;
  readonly temperature: number;
  readonly seed: number | undefined;
  readonly stream: boolean;
  readonly includeUsage: boolean;
}
