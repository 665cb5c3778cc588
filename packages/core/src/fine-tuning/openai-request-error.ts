import { TunelineError, type TunelineErrorCode } from '../errors/tuneline-error.js';

const marker = Symbol.for('tuneline.openai_request_error');

/**
 * A failed OpenAI API call, wrapped at Tuneline's boundary: what Tuneline was doing, and the
 * HTTP status, OpenAI error code and request id to quote to OpenAI support.
 */
export class OpenAIRequestError extends TunelineError {
  readonly [marker] = true;
  override readonly name: string = 'OpenAIRequestError';
  /** What Tuneline was doing, e.g. `create the fine-tuning job`. */
  readonly operation: string;
  /** HTTP status; undefined when no response arrived (connection reset, timeout). */
  readonly status: number | undefined;
  /** OpenAI's error code, e.g. `rate_limit_exceeded`, `insufficient_quota`. */
  readonly apiErrorCode: string | undefined;
  readonly requestId: string | undefined;
  /** Seconds OpenAI asked to wait before retrying (retry-after headers), when it said. */
  readonly retryAfterSeconds: number | undefined;
  /** Whether the same request may succeed later (429, 5xx, 408, 409, connection errors). */
  readonly retryable: boolean;

  constructor(options: {
    code: TunelineErrorCode;
    message: string;
    operation: string;
    status: number | undefined;
    apiErrorCode: string | undefined;
    requestId: string | undefined;
    retryAfterSeconds: number | undefined;
    retryable: boolean;
    hint?: string;
    cause?: unknown;
  }) {
    super(options.code, options.message, {
      cause: options.cause,
      // No response at all is the network's failure; any answer, even a 5xx, is the API's.
      kind: options.status === undefined ? 'network' : 'api',
      ...(options.hint === undefined ? {} : { hint: options.hint }),
    });
    this.operation = options.operation;
    this.status = options.status;
    this.apiErrorCode = options.apiErrorCode;
    this.requestId = options.requestId;
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.retryable = options.retryable;
  }

  /** True for any OpenAIRequestError, even one thrown by another copy of this package. */
  static override isInstance(error: unknown): error is OpenAIRequestError {
    return typeof error === 'object' && error !== null && marker in error;
  }
}
