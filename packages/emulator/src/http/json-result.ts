import type { RouteResult } from './route-result.js';

/** A JSON answer, 200 unless told. */
export function jsonResult(
  body: unknown,
  options: { status?: number; headers?: Record<string, string> } = {},
): RouteResult {
  return {
    kind: 'json',
    status: options.status ?? 200,
    body,
    ...(options.headers ? { headers: options.headers } : {}),
  };
}
