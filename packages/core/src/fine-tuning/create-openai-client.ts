import OpenAI from 'openai';
import { TunelineError } from '../errors/tuneline-error.js';
import { redactSecrets } from '../redaction/redact-secrets.js';
import { createCheckedFetch } from './create-checked-fetch.js';

/** Per attempt; OpenAI answers within seconds, and a silent server should not hold a job for long. */
export const defaultRequestTimeoutMilliseconds = 60_000;
/** An upload sends up to 64 MB a request: it gets the SDK's default of 10 minutes. */
export const uploadTimeoutMilliseconds = 10 * 60_000;
/** Retries per request for 429/5xx/connection errors (so 3 attempts at most). */
export const defaultMaxRetries = 2;
const defaultBaseURL = 'https://api.openai.com/v1';

/** What is wrong with a pasted key, without a character of it: keys are one line of printable ASCII. */
function describeKeyDefect(apiKey: string): string | undefined {
  if (/[\r\n]/.test(apiKey)) return 'a line break';
  if (/\s/.test(apiKey)) return 'a space or tab';
  if (/[^\x21-\x7e]/.test(apiKey))
    return 'a character that is not plain ASCII (such as a curly quote)';
  return undefined;
}

function checkBaseURL(baseURL: string): string {
  let url: URL | undefined;
  try {
    url = new URL(baseURL);
  } catch {
    url = undefined;
  }
  if (
    url === undefined ||
    (url.protocol !== 'http:' && url.protocol !== 'https:') ||
    url.host === ''
  ) {
    const shown = redactSecrets(baseURL.replace(/\/\/[^/@]*@/, '//'));
    throw new TunelineError(
      'invalid_base_url',
      `OPENAI_BASE_URL is not an http:// or https:// URL: ${JSON.stringify(shown.slice(0, 200))}.`,
      {
        hint: 'Write the whole URL, such as http://127.0.0.1:4010/v1 for the emulator, or unset OPENAI_BASE_URL to use OpenAI.',
      },
    );
  }
  return baseURL;
}

/**
 * Creates the OpenAI client Tuneline uses, from `OPENAI_API_KEY` and `OPENAI_BASE_URL` (the SDK's
 * own variables). Each request gets 60 s (an upload 10 minutes) and 2 retries unless told otherwise (the SDK retries 429,
 * 5xx and connection errors, honouring `retry-after`), and answers that are not OpenAI's are
 * refused with an error naming the base URL. A key holding whitespace or non-ASCII characters is a
 * TunelineError that never shows the key.
 * @example const client = createOpenAIClient({ env: process.env });
 */
export function createOpenAIClient(
  options: {
    env?: Readonly<Record<string, string | undefined>>;
    apiKey?: string;
    baseURL?: string;
    /** Retries per request for 429/5xx/connection errors; 2 unless set. */
    maxRetries?: number;
    /** Time for one attempt to answer; 60 s unless set. */
    timeoutMilliseconds?: number;
    fetch?: typeof fetch;
  } = {},
): OpenAI {
  const env = options.env ?? process.env;
  const apiKey = options.apiKey ?? env.OPENAI_API_KEY;
  if (apiKey === undefined || apiKey.trim() === '') {
    throw new TunelineError('missing_api_key', 'OPENAI_API_KEY is not set.', {
      hint: 'Set OPENAI_API_KEY to an API key from https://platform.openai.com/api-keys, or start the local emulator (`npx tuneline-emulator`) and set OPENAI_BASE_URL to its URL (e.g. http://127.0.0.1:4010/v1) and OPENAI_API_KEY to its key (sk-tuneline-emulator unless started with --api-key).',
    });
  }
  const defect = describeKeyDefect(apiKey);
  if (defect !== undefined) {
    throw new TunelineError(
      'invalid_api_key',
      `OPENAI_API_KEY holds ${defect}, so no request could carry it (the key is not shown).`,
      {
        hint: 'Copy the key again as one line from https://platform.openai.com/api-keys and set it in quotes: export OPENAI_API_KEY="sk-…"',
      },
    );
  }
  const configuredBaseURL = options.baseURL ?? env.OPENAI_BASE_URL;
  const baseURL =
    configuredBaseURL === undefined || configuredBaseURL === ''
      ? undefined
      : checkBaseURL(configuredBaseURL);
  const maxRetries = options.maxRetries ?? defaultMaxRetries;
  const timeoutMilliseconds = options.timeoutMilliseconds ?? defaultRequestTimeoutMilliseconds;
  return new OpenAI({
    apiKey,
    ...(baseURL === undefined ? {} : { baseURL }),
    maxRetries,
    // The checked fetch gives up first and says why; the SDK's own limit is only a backstop.
    timeout: Math.max(timeoutMilliseconds, uploadTimeoutMilliseconds) + 5_000,
    fetch: createCheckedFetch({
      baseURL: baseURL ?? defaultBaseURL,
      timeoutMilliseconds,
      uploadTimeoutMilliseconds: Math.max(timeoutMilliseconds, uploadTimeoutMilliseconds),
      attempts: maxRetries + 1,
      ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
    }),
  });
}
