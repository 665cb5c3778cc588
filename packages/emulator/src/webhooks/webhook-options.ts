/** Where to send `fine_tuning.job.*` webhooks and how to sign them. */
export interface WebhookOptions {
  /** The endpoint that receives the POSTs. */
  readonly url: string;
  /** A Standard Webhooks secret, `whsec_` + base64, as OpenAI's dashboard gives. */
  readonly secret: string;
  /** Deliveries per event, counting the first; 5 unless told. */
  readonly maxAttempts?: number;
  /** Emulated milliseconds to wait before each retry; the last repeats. */
  readonly retryDelaysMs?: readonly number[];
}
