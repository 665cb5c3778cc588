/** OpenAI's error `type` values the emulator answers with. */
export type ApiErrorType =
  | 'invalid_request_error'
  | 'authentication_error'
  | 'server_error'
  | 'requests'
  | 'not_found_error';

/**
 * An error answered as OpenAI does: the HTTP status and a body
 * `{ "error": { "message", "type", "param", "code" } }`.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly type: ApiErrorType;
  readonly param: string | null;
  readonly code: string | null;
  readonly headers: Readonly<Record<string, string>>;

  constructor(
    status: number,
    message: string,
    options: {
      type?: ApiErrorType;
      param?: string | null;
      code?: string | null;
      headers?: Record<string, string>;
    } = {},
  ) {
    super(message);
    this.status = status;
    this.type = options.type ?? (status >= 500 ? 'server_error' : 'invalid_request_error');
    this.param = options.param ?? null;
    this.code = options.code ?? null;
    this.headers = options.headers ?? {};
  }

  /** The JSON body OpenAI sends with this error. */
  toBody(): {
    error: { message: string; type: string; param: string | null; code: string | null };
  } {
    return {
      error: { message: this.message, type: this.type, param: this.param, code: this.code },
    };
  }

  static notFound(message: string, param: string | null = null): ApiError {
    return new ApiError(404, message, { param });
  }

  static badRequest(
    message: string,
    options: { param?: string | null; code?: string | null } = {},
  ) {
    return new ApiError(400, message, options);
  }
}
