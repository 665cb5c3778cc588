const marker = Symbol.for('tuneline.error');

export type TunelineErrorCode =
  | 'usage'
  | 'file_unreadable'
  | 'unknown_model'
  | 'invalid_config'
  | 'openai_api'
  | 'rate_limited'
  | 'budget_exceeded'
  | 'missing_api_key'
  | 'invalid_api_key'
  | 'invalid_base_url'
  | 'not_openai_compatible'
  | 'invalid_job_id'
  | 'possible_secret'
  | 'job_failed'
  | 'timeout';

/**
 * The one error type Tuneline throws on purpose: a user-facing message, a stable code and,
 * where it wraps another failure, that failure as `cause`.
 */
export class TunelineError extends Error {
  readonly [marker] = true;
  override readonly name: string = 'TunelineError';
  readonly code: TunelineErrorCode;
  readonly hint: string | undefined;

  constructor(
    code: TunelineErrorCode,
    message: string,
    options: { cause?: unknown; hint?: string } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.hint = options.hint;
  }

  /** True for any TunelineError, even one thrown by another copy of this package. */
  static isInstance(error: unknown): error is TunelineError {
    return typeof error === 'object' && error !== null && marker in error;
  }
}
