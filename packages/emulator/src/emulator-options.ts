import type { EmulatorClock } from './clock/emulator-clock.js';
import type { FaultOptions } from './faults/fault-options.js';
import type { JobTimings } from './fine-tuning/job-timings.js';
import type { EmulatorLimits } from './limits/emulator-limits.js';
import type { WebhookOptions } from './webhooks/webhook-options.js';

/** How to start an emulator; every field is optional. */
export interface StartEmulatorOptions {
  /** Port to listen on; 0 (the default) picks a free one. */
  readonly port?: number;
  /** Interface to listen on; 127.0.0.1 unless told. */
  readonly host?: string;
  /** The key clients must send as `Authorization: Bearer <key>`; `sk-tuneline-emulator` unless told. */
  readonly apiKey?: string;
  /** How many times faster than real time jobs run: 1000 makes a 9 s job take 9 ms. */
  readonly speed?: number;
  /** A clock of your own (it brings its own speed); overrides `speed`. */
  readonly clock?: EmulatorClock;
  /** How long each phase of a job lasts, in emulated milliseconds. */
  readonly timings?: Partial<JobTimings>;
  readonly limits?: EmulatorLimits;
  readonly faults?: FaultOptions;
  readonly webhook?: WebhookOptions;
  /** A directory to keep files and state in, so they survive a restart; memory only unless set. */
  readonly dataDir?: string;
  /** The organization jobs belong to: `organization_id`, and the name inside `ft:` model ids. */
  readonly organization?: { readonly id?: string; readonly name?: string };
  /** Receives one line per request and per notable job event; silent unless set. */
  readonly logger?: (line: string) => void;
}

/** A running emulator. */
export interface Emulator {
  /** The base URL to give OpenAI clients, ending in `/v1`: set `OPENAI_BASE_URL` to it. */
  readonly url: string;
  readonly port: number;
  /** The key clients must send: set `OPENAI_API_KEY` to it. */
  readonly apiKey: string;
  /** Stops listening, stops jobs and webhook retries, and writes the state to the data directory. */
  close(): Promise<void>;
}
