const marker = Symbol.for('tuneline.error');

/**
 * What went wrong, for a surface to map to its own outcome (an exit code, a failed step, a Slack
 * reply): the user's mistake (`usage`, `config`), bad `data`, a failed `api` call, no answer
 * from the `network`, or a `bug` (a caller passed what the API of this package forbids).
 */
export type TunelineErrorKind = 'usage' | 'config' | 'data' | 'api' | 'network' | 'bug';

export type TunelineErrorCode =
  | 'usage'
  | 'file_unreadable'
  | 'unknown_model'
  | 'invalid_config'
  | 'invalid_argument'
  | 'invalid_request'
  | 'invalid_metadata'
  | 'dataset_too_large'
  | 'job_not_found'
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
  | 'timeout'
  | 'temporary_files_unwritable';

/** The kind each code has unless the thrower says otherwise. */
const kindOfCode: Record<TunelineErrorCode, TunelineErrorKind> = {
  usage: 'usage',
  file_unreadable: 'usage',
  unknown_model: 'usage',
  job_not_found: 'usage',
  invalid_metadata: 'usage',
  invalid_request: 'usage',
  invalid_config: 'config',
  missing_api_key: 'config',
  invalid_api_key: 'config',
  invalid_base_url: 'config',
  invalid_job_id: 'usage',
  possible_secret: 'data',
  not_openai_compatible: 'api',
  dataset_too_large: 'data',
  budget_exceeded: 'data',
  openai_api: 'api',
  rate_limited: 'api',
  job_failed: 'api',
  timeout: 'network',
  temporary_files_unwritable: 'config',
  invalid_argument: 'bug',
};

/**
 * The one error type Tuneline throws on purpose: a user-facing message, a stable code, a kind
 * and, where it wraps another failure, that failure as `cause`.
 */
export class TunelineError extends Error {
  readonly [marker] = true;
  override readonly name: string = 'TunelineError';
  readonly code: TunelineErrorCode;
  readonly kind: TunelineErrorKind;
  readonly hint: string | undefined;

  constructor(
    code: TunelineErrorCode,
    message: string,
    options: { cause?: unknown; hint?: string | undefined; kind?: TunelineErrorKind } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.kind = options.kind ?? kindOfCode[code];
    this.hint = options.hint;
  }

  /** True for any TunelineError, even one thrown by another copy of this package. */
  static isInstance(error: unknown): error is TunelineError {
    return typeof error === 'object' && error !== null && marker in error;
  }
}
