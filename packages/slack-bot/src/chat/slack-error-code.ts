import { ErrorCode } from '@slack/web-api';

/** Slack's error string of a failed Web API call (`msg_too_long`, …), or undefined for other failures. */
export function slackErrorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const coded = error as { code?: unknown; data?: { error?: unknown } };
  if (coded.code === ErrorCode.PlatformError && typeof coded.data?.error === 'string') {
    return coded.data.error;
  }
  return undefined;
}

/** Seconds Slack asked us to wait (a 429's Retry-After), or undefined when it was no rate limit. */
export function slackRetryAfterSeconds(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const coded = error as { code?: unknown; retryAfter?: unknown };
  if (coded.code === ErrorCode.RateLimitedError && typeof coded.retryAfter === 'number') {
    return coded.retryAfter;
  }
  if (slackErrorCode(error) === 'ratelimited') return 1;
  return undefined;
}
