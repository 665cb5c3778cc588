import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FaultDecision } from '../faults/create-fault-injector.js';
import { ApiError } from './api-error.js';
import { createRouteMatcher } from './match-route.js';
import { readJsonBody } from './read-json-body.js';
import type { Route } from './route.js';
import type { RouteResult } from './route-result.js';

const apiPrefix = '/v1';

function redactKey(key: string): string {
  if (key.length <= 8) return '*'.repeat(key.length);
  return `${key.slice(0, 3)}${'*'.repeat(Math.min(20, key.length - 7))}${key.slice(-4)}`;
}

function authenticate(request: IncomingMessage, apiKey: string): void {
  const header = request.headers.authorization;
  const match = header === undefined ? null : /^Bearer\s+(.+)$/i.exec(header.trim());
  if (!match?.[1]) {
    throw new ApiError(
      401,
      "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
    );
  }
  if (match[1] !== apiKey) {
    throw new ApiError(
      401,
      `Incorrect API key provided: ${redactKey(match[1])}. You can find your API key at https://platform.openai.com/account/api-keys.`,
      { code: 'invalid_api_key' },
    );
  }
}

function faultError(decision: FaultDecision): ApiError | undefined {
  const retryAfterMs = Math.max(1, Math.round(decision.retryAfterSeconds * 1000));
  const retryHeaders = {
    'retry-after': String(Math.max(1, Math.ceil(decision.retryAfterSeconds))),
    'retry-after-ms': String(retryAfterMs),
  };
  switch (decision.failure) {
    case 'rate_limit':
      return new ApiError(
        429,
        'Rate limit reached for requests. Limit: emulated. Please try again in a moment.',
        {
          type: 'requests',
          code: 'rate_limit_exceeded',
          headers: {
            ...retryHeaders,
            'x-ratelimit-limit-requests': '60',
            'x-ratelimit-remaining-requests': '0',
            'x-ratelimit-reset-requests': `${retryAfterMs}ms`,
          },
        },
      );
    case 'server_error':
      return new ApiError(
        500,
        'The server had an error while processing your request. Sorry about that!',
      );
    case 'unavailable':
      return new ApiError(503, 'The engine is currently overloaded, please try again later.', {
        headers: retryHeaders,
      });
    default:
      return undefined;
  }
}

function writeResult(response: ServerResponse, result: RouteResult): Promise<void> | undefined {
  if (result.kind === 'raw') {
    response.writeHead(result.status, result.headers);
    return result.write(response);
  }
  const body = JSON.stringify(result.body);
  response.writeHead(result.status, {
    ...result.headers,
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(body)),
  });
  response.end(body);
  return undefined;
}

function errorResult(error: ApiError): RouteResult {
  return { kind: 'json', status: error.status, body: error.toBody(), headers: error.headers };
}

/**
 * The HTTP front of the emulator: gives every response an `x-request-id`, checks the bearer key,
 * routes `/v1/...`, injects configured faults, turns thrown {@link ApiError}s (and crashes) into
 * OpenAI's error body, and logs one line per request.
 */
export function createRequestHandler(options: {
  routes: readonly Route[];
  apiKey: string;
  organizationId: string;
  maxJsonBytes: number;
  fault: (routeKey: string) => FaultDecision;
  log: (line: string) => void;
}): (request: IncomingMessage, response: ServerResponse) => void {
  const match = createRouteMatcher(options.routes);

  async function handle(
    request: IncomingMessage,
    response: ServerResponse,
    requestId: string,
    outcome: { note: string | undefined },
  ): Promise<void> {
    const method = request.method ?? 'GET';
    const url = new URL(request.url ?? '/', 'http://emulator.invalid');
    const path = url.pathname.startsWith(`${apiPrefix}/`)
      ? url.pathname.slice(apiPrefix.length)
      : undefined;
    let result: RouteResult;
    let afterHandling: string | undefined;
    try {
      authenticate(request, options.apiKey);
      const found = path === undefined ? undefined : match(method, path);
      if (!found) {
        throw ApiError.notFound(`Invalid URL (${method} ${url.pathname})`);
      }
      const decision = options.fault(`${method} ${found.route.path}`);
      if (decision.delayMs > 0) await sleep(decision.delayMs);
      if (decision.failure === 'reset') {
        outcome.note = 'reset';
        request.socket.destroy();
        return;
      }
      const injected = faultError(decision);
      if (injected) throw injected;
      result = await found.route.handle({
        request,
        params: found.params,
        query: url.searchParams,
        requestId,
        readJson: () => readJsonBody(request, options.maxJsonBytes),
      });
      if (decision.failure === 'reset_after_handling') afterHandling = 'reset after handling';
    } catch (error) {
      if (!(error instanceof ApiError)) {
        options.log(`${requestId} crashed: ${(error as Error).stack ?? String(error)}`);
      }
      result = errorResult(
        error instanceof ApiError
          ? error
          : new ApiError(
              500,
              'The server had an error while processing your request. Sorry about that!',
            ),
      );
    }
    if (afterHandling) {
      outcome.note = afterHandling;
      request.socket.destroy();
      return;
    }
    await writeResult(response, result);
  }

  return (request, response) => {
    const started = performance.now();
    const requestId = `req_${randomBytes(16).toString('hex')}`;
    response.setHeader('x-request-id', requestId);
    response.setHeader('openai-organization', options.organizationId);
    response.setHeader('openai-version', '2020-10-01');
    const outcome: { note: string | undefined } = { note: undefined };
    response.once('close', () => {
      const elapsed = Math.round(performance.now() - started);
      const status =
        outcome.note ?? (response.writableFinished ? String(response.statusCode) : 'aborted');
      options.log(`${request.method} ${request.url} ${status} ${elapsed}ms ${requestId}`);
    });
    handle(request, response, requestId, outcome).catch((error: unknown) => {
      options.log(`${requestId} failed while answering: ${String(error)}`);
      if (!response.headersSent) {
        const body = JSON.stringify(
          new ApiError(500, 'The server had an error while processing your request.').toBody(),
        );
        response.writeHead(500, { 'content-type': 'application/json' }).end(body);
      } else {
        response.destroy();
      }
    });
  };
}
