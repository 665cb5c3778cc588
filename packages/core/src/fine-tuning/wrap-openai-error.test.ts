import { APIConnectionError, APIError } from 'openai';
import { describe, expect, it } from 'vitest';
import { TunelineError } from '../errors/tuneline-error.js';
import { OpenAIRequestError } from './openai-request-error.js';
import { wrapOpenAIError } from './wrap-openai-error.js';

function apiError(
  status: number,
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
): APIError {
  return APIError.generate(
    status,
    { error: body },
    undefined,
    new Headers({ 'x-request-id': 'req_123', ...headers }),
  );
}

describe('wrapOpenAIError', () => {
  it('keeps the status, OpenAI error code and request id, and names the operation', () => {
    const cause = apiError(400, {
      message: 'invalid training_file',
      code: 'invalid_file',
      param: 'training_file',
    });
    const wrapped = wrapOpenAIError(cause, { operation: 'create the fine-tuning job' });
    expect(OpenAIRequestError.isInstance(wrapped)).toBe(true);
    const error = wrapped as OpenAIRequestError;
    expect(error).toMatchObject({
      code: 'openai_api',
      status: 400,
      apiErrorCode: 'invalid_file',
      requestId: 'req_123',
      retryable: false,
      operation: 'create the fine-tuning job',
    });
    expect(error.message).toContain('Could not create the fine-tuning job');
    expect(error.message).toContain('invalid training_file');
    expect(error.message).toContain('req_123');
    expect(error.cause).toBe(cause);
    expect(TunelineError.isInstance(error)).toBe(true);
  });

  it('ends OpenAI’s sentence with one mark, never "!."', () => {
    const wrapped = wrapOpenAIError(
      apiError(500, { message: 'The server had an error. Sorry about that!' }),
      { operation: 'list fine-tuning jobs' },
    ) as OpenAIRequestError;
    expect(wrapped.message).toContain(
      'Could not list fine-tuning jobs: The server had an error. Sorry about that! ',
    );
    expect(wrapped.message).not.toContain('!.');
  });

  it('reports a 429 as rate_limited with the time OpenAI asked to wait', () => {
    const cause = apiError(
      429,
      { message: 'Too many active jobs', code: 'rate_limit_exceeded' },
      { 'retry-after': '42' },
    );
    const error = wrapOpenAIError(cause, {
      operation: 'create the fine-tuning job',
    }) as OpenAIRequestError;
    expect(error.code).toBe('rate_limited');
    expect(error.retryAfterSeconds).toBe(42);
    expect(error.retryable).toBe(true);
    expect(error.hint).toContain('Try again in 42 s');
  });

  it('does not call insufficient_quota retryable and points at billing', () => {
    const cause = apiError(429, {
      message: 'You exceeded your current quota',
      code: 'insufficient_quota',
    });
    const error = wrapOpenAIError(cause, {
      operation: 'create the fine-tuning job',
    }) as OpenAIRequestError;
    expect(error.retryable).toBe(false);
    expect(error.hint).toContain('billing');
  });

  it('treats a connection failure as retryable, without a status', () => {
    const cause = new APIConnectionError({ message: 'Connection error.' });
    const error = wrapOpenAIError(cause, {
      operation: 'list fine-tuning jobs',
    }) as OpenAIRequestError;
    expect(error.status).toBeUndefined();
    expect(error.retryable).toBe(true);
    expect(error.message).toContain('no response from OpenAI');
  });

  it('passes other errors through untouched', () => {
    const plain = new Error('boom');
    expect(wrapOpenAIError(plain, { operation: 'x' })).toBe(plain);
    const tuneline = new TunelineError('usage', 'bad');
    expect(wrapOpenAIError(tuneline, { operation: 'x' })).toBe(tuneline);
  });
});
