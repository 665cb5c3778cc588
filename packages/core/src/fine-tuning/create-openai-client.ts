import OpenAI from 'openai';
import { TunelineError } from '../errors/tuneline-error.js';

/**
 * Creates the OpenAI client Tuneline uses, from `OPENAI_API_KEY` and `OPENAI_BASE_URL` (the SDK's
 * own variables). The SDK retries 429, 5xx and timeouts itself, honouring `retry-after`.
 * @example const client = createOpenAIClient({ env: process.env });
 */
export function createOpenAIClient(
  options: {
    env?: Readonly<Record<string, string | undefined>>;
    apiKey?: string;
    baseURL?: string;
    /** Retries per request for 429/5xx/connection errors; the SDK's default is 2. */
    maxRetries?: number;
    timeoutMilliseconds?: number;
    fetch?: typeof fetch;
  } = {},
): OpenAI {
  const env = options.env ?? process.env;
  const apiKey = options.apiKey ?? env.OPENAI_API_KEY;
  if (apiKey === undefined || apiKey.trim() === '') {
    throw new TunelineError('missing_api_key', 'OPENAI_API_KEY is not set.', {
      hint: 'Set OPENAI_API_KEY to an API key from https://platform.openai.com/api-keys, or start the local emulator (`pnpm emulator`) and set OPENAI_BASE_URL to its URL (e.g. http://127.0.0.1:4010/v1) with any OPENAI_API_KEY.',
    });
  }
  const baseURL = options.baseURL ?? env.OPENAI_BASE_URL;
  return new OpenAI({
    apiKey,
    ...(baseURL === undefined || baseURL === '' ? {} : { baseURL }),
    ...(options.maxRetries === undefined ? {} : { maxRetries: options.maxRetries }),
    ...(options.timeoutMilliseconds === undefined ? {} : { timeout: options.timeoutMilliseconds }),
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
  });
}
