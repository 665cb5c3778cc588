import { startEmulator } from '@tuneline/emulator';
import { describe, expect, it } from 'vitest';
import { TunelineError } from '../errors/tuneline-error.js';
import { createOpenAIClient } from './create-openai-client.js';
import { listTunelineJobs } from './list-tuneline-jobs.js';
import { OpenAIRequestError } from './openai-request-error.js';

describe('createOpenAIClient', () => {
  it('says exactly what to set when OPENAI_API_KEY is missing, or to use the emulator', () => {
    let thrown: unknown;
    try {
      createOpenAIClient({ env: {} });
    } catch (error) {
      thrown = error;
    }
    expect(TunelineError.isInstance(thrown)).toBe(true);
    const error = thrown as TunelineError;
    expect(error.code).toBe('missing_api_key');
    expect(error.message).toContain('OPENAI_API_KEY');
    expect(error.hint).toContain('OPENAI_BASE_URL');
    expect(error.hint).toContain('emulator');
  });

  it('treats an empty key as missing', () => {
    expect(() => createOpenAIClient({ env: { OPENAI_API_KEY: ' ' } })).toThrow(/OPENAI_API_KEY/);
  });

  it("reads the SDK's own variables", () => {
    const client = createOpenAIClient({
      env: { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: 'http://127.0.0.1:9/v1' },
      maxRetries: 7,
    });
    expect(client.apiKey).toBe('sk-test');
    expect(client.baseURL).toBe('http://127.0.0.1:9/v1');
    expect(client.maxRetries).toBe(7);
  });

  it('talks to the emulator named by OPENAI_BASE_URL, and wraps a refused key with its status and request id', async () => {
    const emulator = await startEmulator({ speed: 100 });
    try {
      const client = createOpenAIClient({
        env: { OPENAI_API_KEY: emulator.apiKey, OPENAI_BASE_URL: emulator.url },
      });
      expect(await listTunelineJobs({ client })).toEqual([]);
      const wrongKey = createOpenAIClient({
        env: { OPENAI_API_KEY: 'sk-wrong', OPENAI_BASE_URL: emulator.url },
      });
      const error = await listTunelineJobs({ client: wrongKey }).catch((caught: unknown) => caught);
      expect(OpenAIRequestError.isInstance(error)).toBe(true);
      expect(error).toMatchObject({
        code: 'openai_api',
        status: 401,
        operation: 'list fine-tuning jobs',
      });
      expect((error as OpenAIRequestError).requestId).toMatch(/^req_/);
      expect((error as OpenAIRequestError).message).toContain(
        (error as OpenAIRequestError).requestId,
      );
      expect((error as OpenAIRequestError).hint).toContain('OPENAI_API_KEY');
    } finally {
      await emulator.close();
    }
  });
});
