import type { ServerResponse } from 'node:http';

/** What a route answers: a JSON body, or a response it writes itself (SSE, file bytes). */
export type RouteResult =
  | {
      readonly kind: 'json';
      readonly status: number;
      readonly body: unknown;
      readonly headers?: Readonly<Record<string, string>>;
    }
  | {
      readonly kind: 'raw';
      readonly status: number;
      readonly headers: Readonly<Record<string, string>>;
      /** Writes the body and ends the response. */
      write(response: ServerResponse): Promise<void>;
    };
