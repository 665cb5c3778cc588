import { APIConnectionError, APIError, APIUserAbortError } from 'openai';
import { TunelineError } from '../errors/tuneline-error.js';
import { OpenAIRequestError } from './openai-request-error.js';
import { readRetryAfter } from './read-retry-after.js';

function isRetryableStatus(status: number | undefined): boolean {
  if (status === undefined) return true;
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

function hintFor(options: {
  status: number | undefined;
  apiErrorCode: string | undefined;
  retryAfterSeconds: number | undefined;
}): string | undefined {
  const { status, apiErrorCode, retryAfterSeconds } = options;
  if (apiErrorCode === 'insufficient_quota') {
    return 'The OpenAI organization is out of credit or over its monthly budget: add credit or raise the limit at https://platform.openai.com/settings/organization/billing.';
  }
  if (status === 429) {
    const wait =
      retryAfterSeconds === undefined
        ? 'Try again later'
        : `Try again in ${Math.ceil(retryAfterSeconds)} s`;
    return `${wait}; the organization's fine-tuning limits (active jobs, jobs per day) are on https://platform.openai.com/settings/organization/limits.`;
  }
  if (status === 401) {
    return 'Check OPENAI_API_KEY: it is missing, revoked, or belongs to another project.';
  }
  if (status === 403) return 'The API key lacks permission for this; check its project and role.';
  if (status === undefined) {
    return 'No response arrived. Check the network and OPENAI_BASE_URL; the SDK already retried.';
  }
  return undefined;
}

/**
 * Wraps any error thrown by the OpenAI SDK into an {@link OpenAIRequestError} that names the
 * operation and keeps the status, OpenAI error code and request id; other errors pass through.
 * A 429 gets the code `rate_limited` and the time OpenAI asked to wait.
 */
export function wrapOpenAIError(
  error: unknown,
  options: { operation: string; nowMilliseconds?: number },
): unknown {
  if (TunelineError.isInstance(error) || !(error instanceof APIError)) return error;
  if (error instanceof APIUserAbortError) return error;
  const status = error instanceof APIConnectionError ? undefined : error.status;
  const apiErrorCode = typeof error.code === 'string' ? error.code : undefined;
  const requestId = typeof error.requestID === 'string' ? error.requestID : undefined;
  const retryAfterSeconds =
    status === undefined
      ? undefined
      : readRetryAfter({
          headers: error.headers,
          nowMilliseconds: options.nowMilliseconds ?? Date.now(),
        });
  const rateLimited = status === 429;
  const statusText =
    status === undefined ? 'no response from OpenAI' : `OpenAI answered HTTP ${status}`;
  const details = [apiErrorCode, requestId === undefined ? undefined : `request ${requestId}`]
    .filter((part) => part !== undefined)
    .join(', ');
  const hint = hintFor({ status, apiErrorCode, retryAfterSeconds });
  return new OpenAIRequestError({
    code: rateLimited ? 'rate_limited' : 'openai_api',
    message: `Could not ${options.operation}: ${statusText}${details ? ` (${details})` : ''}: ${error.message}`,
    operation: options.operation,
    status,
    apiErrorCode,
    requestId,
    retryAfterSeconds,
    retryable: isRetryableStatus(status) && apiErrorCode !== 'insufficient_quota',
    ...(hint === undefined ? {} : { hint }),
    cause: error,
  });
}
