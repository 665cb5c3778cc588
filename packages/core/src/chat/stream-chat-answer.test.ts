import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startTestEmulator, type TestEmulator } from '@tuneline/testing';
import OpenAI from 'openai';
import { afterEach, describe, expect, it } from 'vitest';
import { streamChatAnswer } from './stream-chat-answer.js';

let test: TestEmulator | undefined;
const servers: { close(): void; closeAllConnections(): void }[] = [];
afterEach(async () => {
  await test?.close();
  test = undefined;
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    server.close();
  }
});

function chunk(content: string | null, finishReason: string | null = null) {
  return `data: ${JSON.stringify({
    id: 'chatcmpl-1',
    object: 'chat.completion.chunk',
    created: 1,
    model: 'm',
    choices: [
      { index: 0, delta: content === null ? {} : { content }, finish_reason: finishReason },
    ],
  })}\n\n`;
}

/** A chat server that streams what `respond` writes, to misbehave in ways the emulator won't. */
async function startFakeChatServer(respond: (response: ServerResponse) => void): Promise<OpenAI> {
  const server = createServer((request, response) => {
    request.resume();
    response.writeHead(200, { 'content-type': 'text/event-stream' });
    respond(response);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return new OpenAI({ baseURL: `http://127.0.0.1:${port}/v1`, apiKey: 'sk-test', maxRetries: 0 });
}

describe('streamChatAnswer', () => {
  it('streams an answer from the emulator, with usage and finish reason', async () => {
    test = await startTestEmulator({ speed: 1000 });
    const pieces: string[] = [];
    const result = await streamChatAnswer({
      client: test.client,
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'What is the capital of France?' }],
      onText: (text) => pieces.push(text),
    });
    expect(result.answer).not.toBe('');
    expect(pieces.join('')).toBe(result.answer);
    expect(result.finishReason).toBe('stop');
    expect(result.usage?.promptTokens).toBeGreaterThan(0);
    expect(result.usage?.totalTokens).toBe(
      (result.usage?.promptTokens ?? 0) + (result.usage?.completionTokens ?? 0),
    );
  });

  it('is an api error for an unknown model', async () => {
    test = await startTestEmulator({ speed: 1000 });
    await expect(
      streamChatAnswer({
        client: test.client,
        model: 'ft:gpt-4o-mini-2024-07-18:nobody::none',
        messages: [{ role: 'user', content: 'Hi' }],
      }),
    ).rejects.toMatchObject({ name: 'OpenAIRequestError', kind: 'api', status: 404 });
  });

  it('gives up when the stream stalls, after passing on the text that came', async () => {
    const client = await startFakeChatServer((response) => response.write(chunk('Half an ')));
    const pieces: string[] = [];
    await expect(
      streamChatAnswer({
        client,
        model: 'gpt-4o-mini',
        messages: [{ role: 'user', content: 'Hi' }],
        idleTimeoutMs: 300,
        onText: (text) => pieces.push(text),
      }),
    ).rejects.toMatchObject({ code: 'timeout', kind: 'network', message: /sent nothing for/ });
    expect(pieces).toEqual(['Half an ']);
  });

  it('gives up on an answer that trickles on past the total timeout', async () => {
    const client = await startFakeChatServer((response) => {
      const timer = setInterval(() => response.write(chunk('.')), 50);
      response.on('close', () => clearInterval(timer));
    });
    await expect(
      streamChatAnswer({
        client,
        model: 'gpt-4o-mini',
        messages: [{ role: 'user', content: 'Hi' }],
        idleTimeoutMs: 5_000,
        totalTimeoutMs: 400,
      }),
    ).rejects.toMatchObject({ code: 'timeout', message: /took longer than/ });
  });

  it('is a network error when the connection breaks mid-answer', async () => {
    const client = await startFakeChatServer((response) => {
      response.write(chunk('Hello'));
      setTimeout(() => response.socket?.destroy(), 50);
    });
    const pieces: string[] = [];
    const error = await streamChatAnswer({
      client,
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'Hi' }],
      onText: (text) => pieces.push(text),
    }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: 'network' });
    expect(pieces).toEqual(['Hello']);
  });

  it("stops when the caller's signal aborts", async () => {
    const client = await startFakeChatServer((response) => response.write(chunk('Hel')));
    const controller = new AbortController();
    const answer = streamChatAnswer({
      client,
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'Hi' }],
      signal: controller.signal,
      onText: () => controller.abort(new Error('user left')),
    });
    await expect(answer).rejects.toThrow('user left');
  });
});
