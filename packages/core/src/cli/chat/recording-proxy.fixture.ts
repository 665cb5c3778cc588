import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request that passed through the proxy, its JSON body parsed. */
export interface ProxiedRequest {
  readonly method: string;
  readonly path: string;
  readonly body: unknown;
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
 * An HTTP proxy in front of `target` (a base URL such as the emulator's) that records every
 * request body, so a test can see what a command really sent. Responses are passed on whole.
 */
export async function startRecordingProxy(options: { target: string }): Promise<{
  url: string;
  requests: ProxiedRequest[];
  close(): Promise<void>;
}> {
  const target = new URL(options.target);
  const targetPath = target.pathname.replace(/\/$/, '');
  const requests: ProxiedRequest[] = [];
  const server = createServer(async (request, response) => {
    try {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const text = Buffer.concat(chunks).toString('utf8');
      const path = request.url ?? '/';
      const method = request.method ?? 'GET';
      requests.push({ method, path, body: text === '' ? undefined : JSON.parse(text) });
      const headers = new Headers();
      for (const [name, value] of Object.entries(request.headers)) {
        if (typeof value === 'string' && !hopByHopHeaders.has(name)) headers.set(name, value);
      }
      const upstream = await fetch(new URL(`${targetPath}${path}`, target.origin), {
        method,
        headers,
        ...(text === '' ? {} : { body: text }),
      });
      const body = Buffer.from(await upstream.arrayBuffer());
      const responseHeaders: Record<string, string> = {};
      upstream.headers.forEach((value, name) => {
        if (!hopByHopHeaders.has(name)) responseHeaders[name] = value;
      });
      response.writeHead(upstream.status, responseHeaders).end(body);
    } catch (error) {
      response.writeHead(502).end(String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
