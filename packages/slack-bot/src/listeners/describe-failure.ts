import { ErrorCode } from '@slack/web-api';
import { TunelineError } from '@tuneline/core';

/**
 * A failure in words fit for Slack and the logs: Tuneline's own messages as they are, Slack's
 * error codes, and nothing else of an unexpected error's internals (no stack, no request body).
 */
export function describeFailure(error: unknown): string {
  if (TunelineError.isInstance(error)) return error.message;
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const coded = error as { code?: unknown; data?: { error?: unknown }; retryAfter?: unknown };
    if (coded.code === ErrorCode.PlatformError)
      return `Slack answered ${String(coded.data?.error)}.`;
    if (coded.code === ErrorCode.RateLimitedError)
      return 'Slack asked us to slow down; try again shortly.';
    if (coded.code === ErrorCode.RequestError || coded.code === ErrorCode.HTTPError) {
      return 'Slack could not be reached.';
    }
  }
  if (error instanceof Error && error.name === 'AbortError') return 'The request was cancelled.';
  return 'something unexpected went wrong (the details are in the bot’s log).';
}
