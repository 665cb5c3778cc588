import { formatResetDuration } from './format-reset-duration.js';

/**
 * The headers of a 429: `retry-after` (whole seconds, as HTTP wants), the precise
 * `retry-after-ms` the openai SDK prefers, and OpenAI's `x-ratelimit-*` trio.
 */
export function rateLimitHeaders(options: {
  limit: number;
  remaining: number;
  retryAfterMs: number;
}): Record<string, string> {
  const retryAfterMs = Math.max(1, Math.ceil(options.retryAfterMs));
  return {
    'retry-after': String(Math.max(1, Math.ceil(retryAfterMs / 1000))),
    'retry-after-ms': String(retryAfterMs),
    'x-ratelimit-limit-requests': String(options.limit),
    'x-ratelimit-remaining-requests': String(Math.max(0, options.remaining)),
    'x-ratelimit-reset-requests': formatResetDuration(retryAfterMs),
  };
}
