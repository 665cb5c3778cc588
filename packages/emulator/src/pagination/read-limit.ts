import { ApiError } from '../http/api-error.js';

/** The `limit` query parameter: an integer in [1, max], `fallback` when absent. */
export function readLimit(query: URLSearchParams, options: { fallback: number; max: number }) {
  const raw = query.get('limit');
  if (raw === null || raw === '') return options.fallback;
  const value = Number(raw);
  if (!Number.isInteger(value)) {
    throw ApiError.badRequest(
      `Invalid type for 'limit': expected an integer, but got a string instead.`,
      { param: 'limit', code: 'invalid_type' },
    );
  }
  if (value < 1) {
    throw ApiError.badRequest(
      `Invalid 'limit': integer below minimum value. Expected a value >= 1, but got ${value} instead.`,
      { param: 'limit', code: 'integer_below_min_value' },
    );
  }
  if (value > options.max) {
    throw ApiError.badRequest(
      `Invalid 'limit': integer above maximum value. Expected a value <= ${options.max}, but got ${value} instead.`,
      { param: 'limit', code: 'integer_above_max_value' },
    );
  }
  return value;
}
