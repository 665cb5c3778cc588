/**
 * How often a route misbehaves, each a probability in [0, 1]. The failure kinds are exclusive
 * (their rates add up to at most 1); `slow` is drawn separately and delays an otherwise normal
 * answer.
 */
export interface FaultRates {
  /** 429 `rate_limit_exceeded` with `retry-after`. */
  readonly rateLimit?: number;
  /** 500 `server_error`. */
  readonly serverError?: number;
  /** 503, as when the API is overloaded. */
  readonly unavailable?: number;
  /** The connection is reset before the request is handled: nothing happened. */
  readonly reset?: number;
  /** The request is handled, then the connection is reset: it happened, the client cannot tell. */
  readonly resetAfterHandling?: number;
  /** The answer is delayed by `slowMs` real milliseconds. */
  readonly slow?: number;
  readonly slowMs?: number;
  /** The `retry-after` of injected 429s and 503s, in seconds; 0.1 unless told. */
  readonly retryAfterSeconds?: number;
}

/**
 * Faults on demand, deterministic from `seed`: the n-th request to a route meets the same fault
 * on every run. Routes are keyed `'POST /fine_tuning/jobs'` (paths as in OpenAI's reference,
 * with `{param}` placeholders, without `/v1`), or `'*'` for every route without its own entry.
 * @example { seed: 7, routes: { 'POST /fine_tuning/jobs': { serverError: 0.5 } } }
 */
export interface FaultOptions {
  readonly seed?: number;
  readonly routes: Readonly<Record<string, FaultRates>>;
}
