import { APIConnectionError, APIError, APIUserAbortError } from 'openai';
import { TunelineError } from '../errors/tuneline-error.js';
import { redactSecrets } from '../redaction/redact-secrets.js';
import { notCompatibleErrorCode } from './create-checked-fetch.js';
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
  if (status === 404) {
    return 'Check the id (`npx tuneline status` lists recent jobs) and that OPENAI_API_KEY belongs to the project that owns it.';
  }
  if (apiErrorCode === 'invalid_job_state') {
    return 'See where the job stands with `npx tuneline status <job-id>`.';
  }
  if (status !== undefined && status >= 500) {
    return 'OpenAI had a problem on its side and the SDK already retried; try again in a few minutes (https://status.openai.com).';
  }
  if (status === undefined) {
    return 'No response arrived. Check the network and OPENAI_BASE_URL; the SDK already retried.';
  }
  return undefined;
}

/** OpenAI's own sentence, without the SDK's "400 " prefix: the status is said once, if at all. */
function apiMessageOf(error: APIError): string {
  const body = error.error as { message?: unknown } | undefined;
  if (body && typeof body.message === 'string' && body.message.trim() !== '') return body.message;
  const text = error.message.replace(/^\d{3}\s+/, '');
  // A proxy's error page says nothing a person needs to read in a terminal.
  if (/<\/?[a-z][^>]*>/i.test(text) || text.length > 300) {
    return `the server answered an error page (HTTP ${error.status ?? 'error'})`;
  }
  return text;
}

/** What happened, said as a user would: "Job … has already succeeded; nothing to cancel." */
function describeFailure(operation: string, apiMessage: string, apiErrorCode?: string): string {
  const trimmed = apiMessage.trim().replace(/\.$/, '');
  if (apiErrorCode === 'invalid_job_state' && /^cancel/.test(operation)) {
    return `${trimmed}; nothing to cancel.`;
  }
  // OpenAI's sentences end in "." or "!" already ("… Sorry about that!"): end with one mark only.
  return `Could not ${operation}: ${trimmed}${/[!?]$/.test(trimmed) ? '' : '.'}`;
}

/** The Tuneline error a checked fetch put in the SDK's connection error, if any. */
function tunelineCause(error: unknown): TunelineError | undefined {
  let current: unknown = (error as { cause?: unknown }).cause;
  for (let depth = 0; depth < 5 && current !== undefined && current !== null; depth++) {
    if (TunelineError.isInstance(current)) return current;
    current = (current as { cause?: unknown }).cause;
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
  if (TunelineError.isInstance(error)) return error;
  if (!(error instanceof APIError)) {
    // The SDK parses what a server sent; a server that is not OpenAI can make it throw anything.
    if (error instanceof SyntaxError) {
      return new OpenAIRequestError({
        code: 'not_openai_compatible',
        message: `Could not ${options.operation}: the server sent JSON that cannot be read, so it is not OpenAI-compatible.`,
        operation: options.operation,
        status: undefined,
        apiErrorCode: undefined,
        requestId: undefined,
        retryAfterSeconds: undefined,
        retryable: false,
        hint: 'Check OPENAI_BASE_URL (it usually ends in /v1), or unset it to use OpenAI.',
        cause: error,
      });
    }
    return error;
  }
  if (error instanceof APIUserAbortError) return error;
  const cause = tunelineCause(error);
  if (cause !== undefined) {
    return new OpenAIRequestError({
      code: cause.code === 'timeout' ? 'timeout' : 'openai_api',
      message: `Could not ${options.operation}: ${cause.message}`,
      operation: options.operation,
      status: undefined,
      apiErrorCode: undefined,
      requestId: undefined,
      retryAfterSeconds: undefined,
      retryable: true,
      ...(cause.hint === undefined ? {} : { hint: cause.hint }),
      cause: error,
    });
  }
  const status = error instanceof APIConnectionError ? undefined : error.status;
  const apiErrorCode = typeof error.code === 'string' ? error.code : undefined;
  if (apiErrorCode === notCompatibleErrorCode) {
    return new OpenAIRequestError({
      code: 'not_openai_compatible',
      message: `Could not ${options.operation}: ${apiMessageOf(error)}`,
      operation: options.operation,
      status: undefined,
      apiErrorCode: undefined,
      requestId: undefined,
      retryAfterSeconds: undefined,
      retryable: false,
      cause: error,
    });
  }
  const requestId = typeof error.requestID === 'string' ? error.requestID : undefined;
  const retryAfterSeconds =
    status === undefined
      ? undefined
      : readRetryAfter({
          headers: error.headers,
          nowMilliseconds: options.nowMilliseconds ?? Date.now(),
        });
  const rateLimited = status === 429;
  const apiMessage =
    status === undefined ? 'no response from OpenAI' : redactSecrets(apiMessageOf(error));
  const details = [apiErrorCode, requestId === undefined ? undefined : `request ${requestId}`]
    .filter((part) => part !== undefined)
    .join(', ');
  const hint = hintFor({ status, apiErrorCode, retryAfterSeconds });
  const described = describeFailure(options.operation, apiMessage, apiErrorCode);
  return new OpenAIRequestError({
    code: rateLimited ? 'rate_limited' : 'openai_api',
    message: details ? `${described} (${details})` : described,
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
