import { type Emulator, type StartEmulatorOptions, startEmulator } from '@tuneline/emulator';
import OpenAI from 'openai';

/** One HTTP request the client sent, as the recording fetch saw it. */
export interface RecordedRequest {
  readonly method: string;
  /** Path without the `/v1` prefix, e.g. `/fine_tuning/jobs`. */
  readonly path: string;
  /** The HTTP status, `network_error` when the connection failed; undefined while in flight. */
  outcome?: number | 'network_error';
}

export interface TestEmulator {
  readonly emulator: Emulator;
  /** The official SDK, pointed at the emulator, its requests recorded. */
  readonly client: OpenAI;
  readonly requests: RecordedRequest[];
  close(): Promise<void>;
}

/**
 * Starts an emulator and an official OpenAI client for it whose requests are recorded. `fetch`
 * may wrap the real fetch to bend responses the way the live API does.
 */
export async function startTestEmulator(
  options: StartEmulatorOptions & { maxRetries?: number; fetch?: typeof fetch } = {},
): Promise<TestEmulator> {
  const { maxRetries, fetch: innerFetch = fetch, ...emulatorOptions } = options;
  const emulator = await startEmulator({ speed: 100, ...emulatorOptions });
  const requests: RecordedRequest[] = [];
  const base = new URL(emulator.url).pathname.replace(/\/$/, '');
  const recordingFetch: typeof fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const request: RecordedRequest = {
      method: (init?.method ?? 'GET').toUpperCase(),
      path: url.pathname.slice(base.length),
    };
    requests.push(request);
    try {
      const response = await innerFetch(input, init);
      request.outcome = response.status;
      return response;
    } catch (error) {
      request.outcome = 'network_error';
      throw error;
    }
  };
  const client = new OpenAI({
    baseURL: emulator.url,
    apiKey: emulator.apiKey,
    maxRetries: maxRetries ?? 2,
    fetch: recordingFetch,
  });
  return { emulator, client, requests, close: () => emulator.close() };
}
