import type { IncomingMessage } from 'node:http';
import type { RouteResult } from './route-result.js';

/** What a route handler is given about its request. */
export interface RouteContext {
  readonly request: IncomingMessage;
  /** Path parameters by the names in the route's path, such as `{file_id}`. */
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly requestId: string;
  /** Reads the body as a JSON object; a malformed or non-object body is OpenAI's 400. */
  readJson(): Promise<Record<string, unknown>>;
}

/** One endpoint under `/v1`, e.g. `{ method: 'GET', path: '/files/{file_id}' }`. */
export interface Route {
  readonly method: 'GET' | 'POST' | 'DELETE';
  readonly path: string;
  handle(context: RouteContext): Promise<RouteResult>;
}
