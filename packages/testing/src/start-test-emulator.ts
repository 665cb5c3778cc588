import {
  type Emulator,
  type EmulatorClock,
  type StartEmulatorOptions,
  startEmulator,
} from '@tuneline/emulator';
import OpenAI from 'openai';
import { createAdjustableClock } from './create-adjustable-clock.js';

/** One HTTP request the client sent, as the recording fetch saw it. */
export interface RecordedRequest {
  readonly method: string;
  /** Path without the `/v1` prefix, e.g. `/fine_tuning/jobs`. */
  readonly path: string;
  /** The HTTP status, `network_error` when the connection failed; undefined while in flight. */
  outcome?: number | 'network_error';
}

/** A running emulator, and the official SDK pointed at it. */
export interface TestEmulator {
  readonly emulator: Emulator;
  /** The emulator's base URL, ending in `/v1`: what `OPENAI_BASE_URL` is set to. */
  readonly baseURL: string;
  readonly apiKey: string;
  /** The official SDK, pointed at the emulator, its requests recorded. */
  readonly client: OpenAI;
  readonly requests: RecordedRequest[];
  /** The clock the emulator runs on. */
  readonly clock: EmulatorClock;
  /** Slows or speeds up the emulated time mid-test (not with a clock of the test's own). */
  setSpeed(speed: number): void;
  close(): Promise<void>;
}

/** Options of {@link startTestEmulator}: the emulator's own, and the client's. */
export type StartTestEmulatorOptions = Omit<StartEmulatorOptions, 'port' | 'host'> & {
  /** The SDK's retries per request; default 2, as the SDK's own default. */
  readonly maxRetries?: number;
  /** Wraps the real fetch, e.g. to bend responses the way the live API does. */
  readonly fetch?: typeof fetch;
  /** The SDK's request timeout; default 20 s. */
  readonly timeoutMilliseconds?: number;
};

/**
 * Starts an emulator on a free loopback port, on a clock the test controls (speed 100 unless
 * told: a walkthrough job takes about 0.1 s), and an official OpenAI client for it whose
 * requests are recorded. Close it when the test ends.
 * @example
 * const test = await startTestEmulator({ speed: 1000 });
 * onTestFinished(() => test.close());
 * await test.client.fineTuning.jobs.list();
 */
export async function startTestEmulator(
  options: StartTestEmulatorOptions = {},
): Promise<TestEmulator> {
  const {
    maxRetries,
    fetch: innerFetch = fetch,
    timeoutMilliseconds,
    ...emulatorOptions
  } = options;
  const adjustable = createAdjustableClock(emulatorOptions.speed ?? 100);
  const clock = emulatorOptions.clock ?? adjustable;
  const emulator = await startEmulator({ ...emulatorOptions, clock, host: '127.0.0.1', port: 0 });
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
    timeout: timeoutMilliseconds ?? 20_000,
    fetch: recordingFetch,
  });
  return {
    emulator,
    baseURL: emulator.url,
    apiKey: emulator.apiKey,
    client,
    requests,
    clock,
    setSpeed(speed) {
      if (clock !== adjustable) {
        throw new Error('setSpeed needs the clock startTestEmulator made: pass no clock.');
      }
      adjustable.setSpeed(speed);
    },
    close: () => emulator.close(),
  };
}
