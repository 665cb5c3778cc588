import { z } from 'zod';
import { TunelineError } from '../errors/tuneline-error.js';
import { redactSecrets } from '../redaction/redact-secrets.js';

/** The marker a refused response carries to {@link wrapOpenAIError}, through the SDK's error. */
export const notCompatibleErrorCode = 'tuneline_not_openai_compatible';

const objectWithIdSchema = z.looseObject({ id: z.string() });
// Every item OpenAI lists (jobs, files, models, events, checkpoints) is an object with an id: a
// list of anything else would otherwise read as "no jobs yet".
const listSchema = z.looseObject({ data: z.array(objectWithIdSchema) });
// OpenAI answers at least one choice, each with a message: none would read as an empty answer.
const chatCompletionSchema = z.looseObject({
  choices: z.array(z.looseObject({ message: z.looseObject({}) })).min(1),
});
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

/**
 * Fails a server-sent event stream of chat completion chunks that ends without a single event,
 * sends an event that is not a chunk (an object with `choices`), or never a choice: each would
 * otherwise end as an empty answer or a crash inside the SDK; `fail` words the error from what was wrong.
 */
function requireChatChunks(
  body: ReadableStream<Uint8Array>,
  fail: (what: string) => string,
): ReadableStream<Uint8Array> {
  const decoder = new TextDecoder();
  let partialLine = '';
  let eventData: string[] = [];
  let events = 0;
  let sawChoice = false;
  /** What is wrong with the event, if anything. */
  const checkEvent = (): string | undefined => {
    if (eventData.length === 0) return undefined;
    const data = eventData.join('\n');
    eventData = [];
    events++;
    if (data.trim() === '[DONE]') return undefined;
    let chunk: unknown;
    try {
      chunk = JSON.parse(data);
    } catch {
      return 'a stream event that is not JSON';
    }
    const choices = (chunk as { choices?: unknown } | null)?.choices;
    // An error event is the SDK's to report, with OpenAI's own message.
    if (typeof chunk === 'object' && chunk !== null && 'error' in chunk) return undefined;
    if (!Array.isArray(choices)) return 'a stream event that is not a chat completion chunk';
    if (choices.length > 0) sawChoice = true;
    return undefined;
  };
  const readLines = (text: string): string | undefined => {
    const lines = (partialLine + text).split('\n');
    partialLine = lines.pop() ?? '';
    for (const rawLine of lines) {
      const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
      if (line === '') {
        const problem = checkEvent();
        if (problem !== undefined) return problem;
      } else if (line.startsWith('data:')) {
        eventData.push(line.slice(line.startsWith('data: ') ? 6 : 5));
      }
    }
    return undefined;
  };
  return body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        const problem = readLines(decoder.decode(chunk, { stream: true }));
        if (problem !== undefined) {
          controller.error(new TunelineError('not_openai_compatible', fail(problem)));
          return;
        }
        controller.enqueue(chunk);
      },
      flush(controller) {
        const problem = readLines(`${decoder.decode()}\n\n`);
        if (problem !== undefined) {
          controller.error(new TunelineError('not_openai_compatible', fail(problem)));
        } else if (events === 0) {
          controller.error(
            new TunelineError(
              'not_openai_compatible',
              fail('a stream that ended without a single event'),
            ),
          );
        } else if (!sawChoice) {
          controller.error(
            new TunelineError(
              'not_openai_compatible',
              fail('a stream without a single choice in it'),
            ),
          );
        }
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
      return new Response(requireChatChunks(response.body, notCompatible), {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
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
