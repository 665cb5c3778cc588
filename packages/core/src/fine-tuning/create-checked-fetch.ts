import { z } from 'zod';
import { TunelineError } from '../errors/tuneline-error.js';
import { redactSecrets } from '../redaction/redact-secrets.js';

/** The marker a refused response carries to {@link wrapOpenAIError}, through the SDK's error. */
export const notCompatibleErrorCode = 'tuneline_not_openai_compatible';

const listSchema = z.looseObject({ data: z.array(z.unknown()) });
const objectWithIdSchema = z.looseObject({ id: z.string() });
const chatCompletionSchema = z.looseObject({ choices: z.array(z.unknown()) });
const anyObjectSchema = z.looseObject({});

/** What a successful answer to each endpoint must at least look like: lenient, as the API adds fields. */
function schemaFor(method: string, path: string): z.ZodType {
  if (/\/chat\/completions$/.test(path))
    return method === 'POST' ? chatCompletionSchema : listSchema;
  if (method === 'GET' && /\/(?:fine_tuning\/jobs|files|models)$/.test(path)) return listSchema;
  if (method === 'GET' && /\/fine_tuning\/jobs\/[^/]+\/(?:events|checkpoints)$/.test(path))
    return listSchema;
  if (/\/(?:fine_tuning\/jobs|files|uploads|models)(?:\/|$)/.test(path)) return objectWithIdSchema;
  return anyObjectSchema;
}

function describeBody(text: string, contentType: string): string {
  if (text.trim() === '') return 'an empty body';
  if (/html/i.test(contentType) || /^\s*</.test(text)) return 'an HTML page';
  return `${contentType === '' ? 'a body' : contentType} that is not valid JSON`;
}

/** A response the SDK turns into an error that is not retried, carrying Tuneline's explanation. */
function refusedResponse(message: string): Response {
  return new Response(
    JSON.stringify({ error: { message, type: 'invalid_response', code: notCompatibleErrorCode } }),
    {
      status: 502,
      headers: { 'content-type': 'application/json', 'x-should-retry': 'false' },
    },
  );
}

/** Fails a server-sent event stream that ends without a single event, instead of an empty answer. */
function requireEvents(
  body: ReadableStream<Uint8Array>,
  message: string,
): ReadableStream<Uint8Array> {
  let sawEvent = false;
  let head = '';
  const decoder = new TextDecoder();
  return body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        if (!sawEvent) {
          head = (head + decoder.decode(chunk, { stream: true })).slice(-4096);
          if (/(?:^|\n)data:/.test(head)) sawEvent = true;
        }
        controller.enqueue(chunk);
      },
      flush(controller) {
        if (!sawEvent) controller.error(new TunelineError('openai_api', message));
      },
    }),
  );
}

/**
 * Wraps fetch for the OpenAI SDK at Tuneline's boundary: a request without an answer within the
 * time limit fails with that limit in its message, an unreachable server is named, and an answer
 * that is not OpenAI's (an HTML page, an empty body, JSON of another shape) becomes an error saying
 * so and naming the base URL, where the SDK would hand back garbage or crash on it.
 */
export function createCheckedFetch(options: {
  readonly baseURL: string;
  readonly timeoutMilliseconds: number;
  /** For requests that send a file (or a part of one), whose upload alone may take minutes. */
  readonly uploadTimeoutMilliseconds?: number;
  readonly attempts: number;
  readonly fetch?: typeof fetch;
}): typeof fetch {
  const baseFetch = options.fetch ?? globalThis.fetch;
  const where = redactSecrets(options.baseURL);
  const notCompatible = (what: string) =>
    `The server at ${where} is not OpenAI-compatible: it answered ${what}. Check OPENAI_BASE_URL (it usually ends in /v1), or unset it to use OpenAI.`;

  const checkedFetch = async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const method = (
      init?.method ?? (input instanceof Request ? input.method : 'GET')
    ).toUpperCase();
    const streamRequested = typeof init?.body === 'string' && /"stream"\s*:\s*true/.test(init.body);
    const isUpload = method === 'POST' && /\/(?:files|uploads\/[^/]+\/parts)$/.test(url.pathname);
    const limit = isUpload
      ? (options.uploadTimeoutMilliseconds ?? options.timeoutMilliseconds)
      : options.timeoutMilliseconds;
    const shownLimit = limit < 1000 ? `${limit} ms` : `${Math.round(limit / 1000)} s`;
    const controller = new AbortController();
    const callerSignal = init?.signal ?? undefined;
    const onCallerAbort = () => controller.abort(callerSignal?.reason);
    if (callerSignal?.aborted) onCallerAbort();
    else callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, limit);
    const noAnswer = () =>
      new TunelineError(
        'timeout',
        `No answer from ${where} within ${shownLimit} (gave up after ${options.attempts} attempt${options.attempts === 1 ? '' : 's'}).`,
        {
          hint: 'Check that the server behind OPENAI_BASE_URL is up and reachable; OpenAI itself answers within seconds.',
        },
      );
    const release = () => {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', onCallerAbort);
    };
    let response: Response;
    try {
      response = await baseFetch(input, { ...init, signal: controller.signal });
    } catch (error) {
      release();
      if (timedOut) throw noAnswer();
      if (callerSignal?.aborted) throw error;
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      const reason = cause?.code ?? cause?.message ?? (error as Error).message;
      throw new TunelineError('openai_api', `Cannot reach ${where} (${reason}).`, {
        cause: error,
        hint: 'Check the network and OPENAI_BASE_URL.',
      });
    }
    const contentType = response.headers.get('content-type') ?? '';
    const isEventStream = /text\/event-stream/i.test(contentType);
    // A body read later (a stream, a file) must still stop when the caller aborts: only the
    // time limit ends here.
    if (response.ok && (streamRequested || isEventStream)) {
      clearTimeout(timer);
      if (!isEventStream) {
        await response.body?.cancel().catch(() => undefined);
        return refusedResponse(
          notCompatible(
            `a streamed request with ${contentType || 'no content type'} instead of server-sent events`,
          ),
        );
      }
      if (response.body === null) return response;
      return new Response(
        requireEvents(response.body, notCompatible('a stream that ended without a single event')),
        { status: response.status, statusText: response.statusText, headers: response.headers },
      );
    }
    // File contents are the file's own bytes, not JSON.
    if (response.ok && /\/files\/[^/]+\/content$/.test(url.pathname)) {
      clearTimeout(timer);
      return response;
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      if (timedOut) throw noAnswer();
      throw error;
    } finally {
      release();
    }
    let body: unknown;
    let isJson = false;
    try {
      body = JSON.parse(text);
      isJson = typeof body === 'object' && body !== null;
    } catch {
      isJson = false;
    }
    const rebuilt = () =>
      new Response(text, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
    if (!response.ok) {
      // Server errors may be a proxy's page; the SDK retries them. A 4xx page is a wrong address.
      if (isJson || response.status >= 500 || response.status === 429) return rebuilt();
      return refusedResponse(
        notCompatible(`HTTP ${response.status} with ${describeBody(text, contentType)}`),
      );
    }
    if (!isJson) return refusedResponse(notCompatible(describeBody(text, contentType)));
    const schema = schemaFor(method, url.pathname);
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      const fields = parsed.error.issues
        .map((issue) => issue.path.join('.') || '(root)')
        .slice(0, 3)
        .join(', ');
      return refusedResponse(
        notCompatible(
          `JSON of another shape to ${method} ${url.pathname} (wrong or missing: ${fields})`,
        ),
      );
    }
    return rebuilt();
  };
  return checkedFetch as typeof fetch;
}
