import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';

/** One request that passed through the proxy. */
export interface RecordedOpenAIRequest {
  readonly method: string;
  readonly path: string;
  readonly body: unknown;
  readonly at: number;
  /** When the first chunk with answer text passed through (streamed chat completions only). */
  firstTextAt: number | undefined;
}

const hopByHopHeaders = new Set([
  'connection',
  'content-length',
  'content-encoding',
  'host',
  'keep-alive',
  'transfer-encoding',
]);

/**
 * An HTTP proxy in front of an OpenAI-compatible API (the emulator) that records each request's
 * JSON body and streams responses through untouched, noting when the first answer text passed.
 * @example const proxy = await startRecordingOpenAIProxy({ target: emulator.url }); // proxy.url ends in /v1
 */
export async function startRecordingOpenAIProxy(options: { target: string }) {
  const target = new URL(options.target);
  const targetPath = target.pathname.replace(/\/$/, '');
  const requests: RecordedOpenAIRequest[] = [];
  const server = createServer(async (request, response) => {
    try {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const raw = Buffer.concat(chunks);
      const path = (request.url ?? '/').replace(/^\/v1/, '');
      const method = request.method ?? 'GET';
      const isJson = (request.headers['content-type'] ?? '').includes('application/json');
      const recorded: RecordedOpenAIRequest = {
        method,
        path,
        body: isJson && raw.length > 0 ? JSON.parse(raw.toString('utf8')) : undefined,
        at: Date.now(),
        firstTextAt: undefined,
      };
      requests.push(recorded);
      const headers = new Headers();
      for (const [name, value] of Object.entries(request.headers)) {
        if (typeof value === 'string' && !hopByHopHeaders.has(name)) headers.set(name, value);
      }
      const upstream = await fetch(new URL(`${targetPath}${path}`, target.origin), {
        method,
        headers,
        ...(raw.length === 0 ? {} : { body: raw }),
      });
      const responseHeaders: Record<string, string> = {};
      upstream.headers.forEach((value, name) => {
        if (!hopByHopHeaders.has(name)) responseHeaders[name] = value;
      });
      response.writeHead(upstream.status, responseHeaders);
      if (upstream.body === null) {
        response.end();
        return;
      }
      const streamed = (upstream.headers.get('content-type') ?? '').includes('text/event-stream');
      for await (const chunk of Readable.fromWeb(upstream.body as never)) {
        if (
          streamed &&
          recorded.firstTextAt === undefined &&
          /"content":"[^"]/.test(String(chunk))
        ) {
          recorded.firstTextAt = Date.now();
        }
        response.write(chunk);
      }
      response.end();
    } catch {
      if (!response.headersSent) response.writeHead(502);
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    /** The chat completion requests, oldest first. */
    chatRequests(): RecordedOpenAIRequest[] {
      return requests.filter((item) => item.method === 'POST' && item.path === '/chat/completions');
    },
    close(): Promise<void> {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
