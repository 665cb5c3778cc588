import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { streamChatAnswer } from '../chat/stream-chat-answer.js';
import { TunelineError } from '../errors/tuneline-error.js';
import { callOpenAI } from '../fine-tuning/call-openai.js';
import { createOpenAIClient } from '../fine-tuning/create-openai-client.js';
import { runTuneline } from './run-cli.fixture.js';

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

const servers: Server[] = [];

/** A fake server on a free loopback port, answering whatever the test says. */
async function startFakeServer(handler: Handler): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
}

afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

const answers: Record<string, Handler> = {
  'an HTML page with 200': (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end('<!doctype html><html><body>Welcome to nginx!</body></html>');
  },
  'JSON of another shape': (_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end('{"data": 5}');
  },
  'a list of things that are not objects': (_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end('{"object": "list", "data": [null, 7, "job"], "has_more": false}');
  },
  'a list of objects without ids': (_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end('{"object": "list", "data": [{"status": "running"}], "has_more": false}');
  },
  'JSON garbage': (_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end('{"data": [1, 2,,');
  },
  'an empty body': (_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end();
  },
  'a 404 page': (_request, response) => {
    response.writeHead(404, { 'content-type': 'text/html' });
    response.end('<h1>Not Found</h1>');
  },
};

describe('createOpenAIClient at the boundary', () => {
  for (const [what, handler] of Object.entries(answers)) {
    it(`says a server answering ${what} is not OpenAI-compatible, naming its URL`, async () => {
      const baseURL = await startFakeServer(handler);
      const client = createOpenAIClient({ apiKey: 'sk-test', baseURL });
      const error = await callOpenAI('list fine-tuning jobs', () =>
        client.fineTuning.jobs.list(),
      ).catch((caught: unknown) => caught);
      expect(TunelineError.isInstance(error)).toBe(true);
      const message = (error as TunelineError).message;
      expect(message).toContain('not OpenAI-compatible');
      expect(message).toContain(baseURL);
      expect(message).not.toMatch(/HTTP 502/);
    });
  }

  it.each(['JSON of another shape', 'a list of things that are not objects'])(
    'makes `status` exit 1 on %s with the explanation, never "No fine-tuning jobs yet"',
    async (what) => {
      const baseURL = await startFakeServer(answers[what] as Handler);
      const run = await runTuneline(['status'], {
        env: { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: baseURL },
      });
      expect(run.code).toBe(1);
      expect(run.stdout).not.toContain('No fine-tuning jobs yet');
      expect(run.stderr).toContain('not OpenAI-compatible');
      expect(run.stderr).not.toContain('    at ');
    },
  );

  it('refuses a chat completion without a single choice instead of an empty answer', async () => {
    const baseURL = await startFakeServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"id": "chatcmpl-1", "object": "chat.completion", "choices": []}');
    });
    const client = createOpenAIClient({ apiKey: 'sk-test', baseURL });
    const error = await callOpenAI('chat', () =>
      client.chat.completions.create({
        model: 'gpt-4o-mini',
        messages: [{ role: 'user', content: 'hi' }],
      }),
    ).catch((caught: unknown) => caught);
    expect((error as Error).message).toContain('not OpenAI-compatible');
    expect((error as Error).message).toContain('choices');
  });

  it('refuses a streamed chat answered with an HTML page instead of an empty answer', async () => {
    const baseURL = await startFakeServer(answers['an HTML page with 200'] as Handler);
    const client = createOpenAIClient({ apiKey: 'sk-test', baseURL });
    const error = await callOpenAI('chat', async () => {
      const stream = await client.chat.completions.create({
        model: 'gpt-4o-mini',
        messages: [{ role: 'user', content: 'hi' }],
        stream: true,
      });
      for await (const _chunk of stream) {
        // Reading the stream is what fails.
      }
    }).catch((caught: unknown) => caught);
    expect((error as Error).message).toContain('not OpenAI-compatible');
  });

  it.each([
    ['events that are not chat completion chunks', ['{"foo": 1}'], 'not a chat completion chunk'],
    [
      'chunks without a single choice',
      ['{"id": "c", "object": "chat.completion.chunk", "choices": []}'],
      'without a single choice',
    ],
    ['an event that is not JSON', ['{"choices": [{"delta": '], 'not JSON'],
  ])(
    'refuses a streamed chat of %s instead of an empty answer or a crash',
    async (_, events, says) => {
      const baseURL = await startFakeServer((_request, response) => {
        response.writeHead(200, { 'content-type': 'text/event-stream' });
        for (const event of events) response.write(`data: ${event}\n\n`);
        response.end('data: [DONE]\n\n');
      });
      const client = createOpenAIClient({ apiKey: 'sk-test', baseURL });
      const error = await streamChatAnswer({
        client,
        model: 'ft:gpt-4o-mini:team::abc',
        messages: [{ role: 'user', content: 'hi' }],
      }).catch((caught: unknown) => caught);
      expect(TunelineError.isInstance(error)).toBe(true);
      expect(error).toMatchObject({ code: 'not_openai_compatible', kind: 'api' });
      expect((error as Error).message).toContain(says);
      expect((error as Error).message).toContain(baseURL);
    },
  );

  it('takes an answer streamed in events split across reads, CRLF line ends and data lines', async () => {
    const chunk = (content: string) =>
      JSON.stringify({
        id: 'c1',
        object: 'chat.completion.chunk',
        created: 1,
        model: 'm',
        choices: [{ index: 0, delta: { content }, finish_reason: null }],
      });
    const baseURL = await startFakeServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      const stream = `data: ${chunk('Hello')}\r\n\r\ndata: ${chunk(', world')}\n\ndata: [DONE]\n\n`;
      // One byte at a time: events and even characters arrive split.
      for (const byte of Buffer.from(stream)) response.write(Buffer.from([byte]));
      response.end();
    });
    const client = createOpenAIClient({ apiKey: 'sk-test', baseURL });
    const result = await streamChatAnswer({
      client,
      model: 'm',
      messages: [{ role: 'user', content: 'hi' }],
    });
    expect(result.answer).toBe('Hello, world');
  });

  it('says when a model finished without a word, instead of printing nothing', async () => {
    const baseURL = await startFakeServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      const chunk = {
        id: 'c1',
        object: 'chat.completion.chunk',
        created: 1,
        model: 'm',
        choices: [{ index: 0, delta: {}, finish_reason: 'stop' }],
      };
      response.end(`data: ${JSON.stringify(chunk)}\n\ndata: [DONE]\n\n`);
    });
    const run = await runTuneline(['chat', '--model', 'gpt-4o-mini', '--message', 'hi'], {
      env: { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: baseURL },
    });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('(gpt-4o-mini answered with no text; finish reason: stop)');
  });

  it('still stops a stream when the caller aborts after the answer began', async () => {
    let closed: () => void = () => undefined;
    const connectionClosed = new Promise<void>((resolve) => {
      closed = resolve;
    });
    const baseURL = await startFakeServer((request, response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      const chunk = {
        id: 'c1',
        object: 'chat.completion.chunk',
        created: 1,
        model: 'm',
        choices: [{ index: 0, delta: { content: 'word ' }, finish_reason: null }],
      };
      const timer = setInterval(() => response.write(`data: ${JSON.stringify(chunk)}\n\n`), 20);
      request.socket.on('close', () => {
        clearInterval(timer);
        closed();
      });
    });
    const client = createOpenAIClient({ apiKey: 'sk-test', baseURL });
    const controller = new AbortController();
    const stream = await client.chat.completions.create(
      { model: 'm', messages: [{ role: 'user', content: 'hi' }], stream: true },
      { signal: controller.signal },
    );
    let chunks = 0;
    // The SDK ends the iteration quietly on abort; what matters is that the connection closes.
    await (async () => {
      for await (const _chunk of stream) {
        chunks++;
        if (chunks === 2) controller.abort();
      }
    })().catch(() => undefined);
    await connectionClosed;
    expect(chunks).toBe(2);
  });

  it('gives up on a server that never answers in the stated time, saying so', async () => {
    const baseURL = await startFakeServer(() => {
      // Never answers.
    });
    const client = createOpenAIClient({
      apiKey: 'sk-test',
      baseURL,
      timeoutMilliseconds: 300,
      maxRetries: 1,
    });
    const started = Date.now();
    const error = await callOpenAI('list fine-tuning jobs', () =>
      client.fineTuning.jobs.list(),
    ).catch((caught: unknown) => caught);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(TunelineError.isInstance(error)).toBe(true);
    expect((error as TunelineError).code).toBe('timeout');
    expect((error as TunelineError).message).toContain(`No answer from ${baseURL} within 300 ms`);
    expect((error as TunelineError).message).toContain('2 attempts');
  });

  it('names a server that closes every connection', async () => {
    const baseURL = await startFakeServer((request) => request.socket.destroy());
    const client = createOpenAIClient({ apiKey: 'sk-test', baseURL, maxRetries: 0 });
    const error = await callOpenAI('list fine-tuning jobs', () =>
      client.fineTuning.jobs.list(),
    ).catch((caught: unknown) => caught);
    expect((error as TunelineError).message).toContain(`Cannot reach ${baseURL}`);
  });

  it('uses 60 s and 2 retries per request unless told otherwise', () => {
    const client = createOpenAIClient({ apiKey: 'sk-test' });
    expect(client.maxRetries).toBe(2);
    expect(client.timeout).toBeGreaterThanOrEqual(60_000);
  });
});

describe('createOpenAIClient with a pasted key or URL gone wrong', () => {
  const key = 'sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789';
  for (const [what, broken] of [
    ['a line break', `${key.slice(0, 20)}\n${key.slice(20)}`],
    ['a trailing newline', `${key}\n`],
    ['a space', `${key} `],
    ['a curly quote', `\u201c${key}\u201d`],
  ] as const) {
    it(`refuses a key holding ${what} as a usage error that never shows it`, async () => {
      for (const command of [['status'], ['watch', 'ftjob-abc123'], ['cancel', 'ftjob-abc123']]) {
        const run = await runTuneline(command, {
          env: { OPENAI_API_KEY: broken, OPENAI_BASE_URL: 'http://127.0.0.1:9/v1' },
        });
        expect(run.code).toBe(2);
        expect(run.stderr).toContain('OPENAI_API_KEY');
        expect(run.stderr).not.toContain(key.slice(8, 20));
        expect(run.stderr).not.toContain(key.slice(24));
        expect(run.stderr).not.toContain('    at ');
      }
    });
  }

  for (const baseURL of ['127.0.0.1:4010/v1', 'ftp://127.0.0.1/v1', 'not a url', 'http://']) {
    it(`refuses OPENAI_BASE_URL ${JSON.stringify(baseURL)} as a usage error`, async () => {
      const run = await runTuneline(['status'], {
        env: { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: baseURL },
      });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('OPENAI_BASE_URL');
      expect(run.stderr).toContain('http://');
    });
  }
});
