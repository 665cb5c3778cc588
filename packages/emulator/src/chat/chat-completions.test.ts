import { startTestEmulator } from '@tuneline/testing';
import OpenAI, { type APIError } from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../emulator-options.js';
import { schemaErrors } from '../testing/openai-schemas.fixture.js';
import {
  distinctChatExamples,
  uploadJsonl,
  waitForStatus,
} from '../testing/test-emulator.fixture.js';

describe('chat completions', () => {
  let emulator: Emulator;
  let client: OpenAI;
  let model: string;
  const logLines: string[] = [];

  beforeAll(async () => {
    ({ emulator, client } = await startTestEmulator({
      speed: 5000,
      maxRetries: 0,
      logger: (line) => logLines.push(line),
    }));
    const file = await uploadJsonl(client, distinctChatExamples(), 'trivia.jsonl');
    const job = await client.fineTuning.jobs.create({
      model: 'gpt-4.1-mini',
      training_file: file.id,
      suffix: 'trivia',
    });
    const done = await waitForStatus(client, job.id, ['succeeded', 'failed', 'cancelled']);
    model = done.fine_tuned_model ?? '';
  });

  afterAll(async () => {
    await emulator.close();
  });

  function ask(
    content: string,
    extra: Partial<OpenAI.ChatCompletionCreateParamsNonStreaming> = {},
  ) {
    return client.chat.completions.create({
      model,
      messages: [{ role: 'user', content }],
      temperature: 0,
      ...extra,
    });
  }

  it('answers with the reply of the most similar training prompt, in English and Japanese', async () => {
    const cases: Array<[string, string]> = [
      ['capital city of Japan?', 'Tokyo.'],
      ['Tell me the capital of France', 'Paris.'],
      ['who was the author of Hamlet', 'William Shakespeare.'],
      ['日本で一番高い山はどこですか', '富士山です。'],
      ['猫はなんて鳴くの?', 'にゃーと鳴きます。'],
    ];
    for (const [question, answer] of cases) {
      const completion = await ask(question);
      expect(schemaErrors('CreateChatCompletionResponse', completion)).toEqual([]);
      expect(completion.choices[0]?.message.content, question).toBe(answer);
      expect(completion.choices[0]?.finish_reason).toBe('stop');
      expect(completion.model).toBe(model);
    }
  });

  it('counts usage with the model’s tokenizer', async () => {
    const completion = await ask('What is two plus two?');
    expect(completion.usage?.completion_tokens).toBeGreaterThan(0);
    expect(completion.usage?.prompt_tokens).toBeGreaterThan(8);
    expect(completion.usage?.total_tokens).toBe(
      (completion.usage?.prompt_tokens ?? 0) + (completion.usage?.completion_tokens ?? 0),
    );
  });

  it('streams chunks that reassemble into the plain completion, with a final usage chunk', async () => {
    const plain = await ask('Which planet is red?', { seed: 9 });
    const stream = await client.chat.completions.create({
      model,
      messages: [{ role: 'user', content: 'Which planet is red?' }],
      temperature: 0,
      seed: 9,
      stream: true,
      stream_options: { include_usage: true },
    });
    const chunks: OpenAI.ChatCompletionChunk[] = [];
    for await (const chunk of stream) chunks.push(chunk);
    for (const chunk of chunks) {
      expect(schemaErrors('CreateChatCompletionStreamResponse', chunk)).toEqual([]);
    }
    expect(new Set(chunks.map((chunk) => chunk.id)).size).toBe(1);
    const text = chunks.map((chunk) => chunk.choices[0]?.delta.content ?? '').join('');
    expect(text).toBe(plain.choices[0]?.message.content);
    const withFinish = chunks.filter((chunk) => chunk.choices[0]?.finish_reason);
    expect(withFinish.map((chunk) => chunk.choices[0]?.finish_reason)).toEqual(['stop']);
    const last = chunks[chunks.length - 1];
    expect(last?.choices).toEqual([]);
    expect(last?.usage).toEqual(plain.usage);
    expect(chunks.slice(0, -1).every((chunk) => chunk.usage === null)).toBe(true);
  });

  it('ends the raw stream with data: [DONE]', async () => {
    const response = await fetch(`${emulator.url}/chat/completions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${emulator.apiKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ model, messages: [{ role: 'user', content: 'hi' }], stream: true }),
    });
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const body = await response.text();
    expect(body.endsWith('data: [DONE]\n\n')).toBe(true);
    expect(body).not.toContain('"usage"');
  });

  it('survives a client that hangs up in the middle of a stream', async () => {
    const stream = await client.chat.completions.create({
      model,
      messages: [{ role: 'user', content: 'Who wrote Hamlet?' }],
      stream: true,
      n: 100,
    });
    let received = 0;
    for await (const _chunk of stream) {
      received++;
      // Leaving the loop aborts the request: the server sees the client go.
      if (received === 3) break;
    }
    expect(received).toBe(3);
    const after = await ask('Who wrote Hamlet?');
    expect(after.choices[0]?.message.content).toBe('William Shakespeare.');
    expect(logLines.filter((line) => /crashed|failed while answering/.test(line))).toEqual([]);
  });

  it('cuts the reply at max_completion_tokens with finish_reason length', async () => {
    const full = await ask('What is the boiling point of water?');
    const short = await ask('What is the boiling point of water?', { max_completion_tokens: 2 });
    expect(short.choices[0]?.finish_reason).toBe('length');
    expect(short.usage?.completion_tokens).toBeLessThanOrEqual(2);
    expect(
      full.choices[0]?.message.content?.startsWith(short.choices[0]?.message.content ?? '-'),
    ).toBe(true);
    const legacy = await ask('What is the boiling point of water?', { max_tokens: 2 });
    expect(legacy.choices[0]?.message.content).toBe(short.choices[0]?.message.content);
  });

  it('returns n choices, sampled deterministically for a fixed seed', async () => {
    const params = { n: 6, temperature: 2, seed: 1234 };
    const first = await ask('capital?', params);
    const second = await ask('capital?', params);
    expect(first.choices).toHaveLength(6);
    expect(first.choices.map((choice) => choice.index)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(second.choices.map((choice) => choice.message.content)).toEqual(
      first.choices.map((choice) => choice.message.content),
    );
    const replies = new Set(first.choices.map((choice) => choice.message.content));
    expect([...replies].every((reply) => reply === 'Paris.' || reply === 'Tokyo.')).toBe(true);
  });

  it('lets base models answer deterministically, saying they are emulated', async () => {
    const first = await client.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'Hello there' }],
    });
    const second = await client.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'Hello there' }],
    });
    expect(schemaErrors('CreateChatCompletionResponse', first)).toEqual([]);
    expect(first.model).toBe('gpt-4o-mini-2024-07-18');
    expect(first.choices[0]?.message.content).toMatch(/emulated/);
    expect(second.choices[0]?.message.content).toBe(first.choices[0]?.message.content);
  });

  it('calls a checkpoint model too', async () => {
    const jobs = await client.fineTuning.jobs.list();
    const jobId = jobs.data[0]?.id ?? '';
    const checkpoints = await client.fineTuning.jobs.checkpoints.list(jobId);
    const checkpoint = checkpoints.data[0]?.fine_tuned_model_checkpoint ?? '';
    const completion = await client.chat.completions.create({
      model: checkpoint,
      messages: [{ role: 'user', content: 'How many legs does a spider have?' }],
      temperature: 0,
    });
    expect(completion.choices[0]?.message.content).toBe('Eight.');
  });

  it('answers 404 model_not_found for unknown models and 400 for misplaced stream_options', async () => {
    const unknown = await client.chat.completions
      .create({ model: 'gpt-99', messages: [{ role: 'user', content: 'hi' }] })
      .catch((caught: unknown) => caught);
    expect(unknown).toBeInstanceOf(OpenAI.NotFoundError);
    expect((unknown as APIError).code).toBe('model_not_found');
    const misplaced = await client.chat.completions
      .create({
        model,
        messages: [{ role: 'user', content: 'hi' }],
        stream_options: { include_usage: true },
      })
      .catch((caught: unknown) => caught);
    expect(misplaced).toBeInstanceOf(OpenAI.BadRequestError);
    expect((misplaced as APIError).param).toBe('stream_options');
    const badRole = await client.chat.completions
      .create({ model, messages: [{ role: 'robot', content: 'hi' } as never] })
      .catch((caught: unknown) => caught);
    expect((badRole as APIError).param).toBe('messages[0].role');
  });
});
