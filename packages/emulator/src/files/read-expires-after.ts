import { ApiError } from '../http/api-error.js';

/** OpenAI's bounds for `expires_after.seconds`: one hour to thirty days. */
const minSeconds = 3600;
const maxSeconds = 2_592_000;

/** Checks an `expires_after: { anchor: 'created_at', seconds }`; returns the seconds, or null. */
export function readExpiresAfter(anchor: unknown, seconds: unknown): number | null {
  if (anchor === undefined && seconds === undefined) return null;
  if (anchor !== 'created_at') {
    throw ApiError.badRequest(
      `Invalid value: '${String(anchor)}'. Supported values are: 'created_at'.`,
      {
        param: 'expires_after.anchor',
        code: 'invalid_value',
      },
    );
  }
  const value = typeof seconds === 'string' && seconds.trim() !== '' ? Number(seconds) : seconds;
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw ApiError.badRequest("Invalid type for 'expires_after.seconds': expected an integer.", {
      param: 'expires_after.seconds',
      code: 'invalid_type',
    });
  }
  if (value < minSeconds || value > maxSeconds) {
    throw ApiError.badRequest(
      `Invalid 'expires_after.seconds': expected a value between ${minSeconds} and ${maxSeconds}, but got ${value} instead.`,
      { param: 'expires_after.seconds', code: 'invalid_value' },
    );
  }
  return value;
}
