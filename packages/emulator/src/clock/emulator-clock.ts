/**
 * Time as the emulator sees it. Timestamps in responses, and expiry of files and uploads, are
 * wall-clock; the durations it simulates (how long a job runs, the day of the jobs-per-day quota)
 * pass `speed` times faster than real time.
 */
export interface EmulatorClock {
  /** How many times faster than real time emulated durations pass. */
  readonly speed: number;
  /** Wall-clock milliseconds since the epoch, for `created_at` and the like. */
  now(): number;
  /** Emulated milliseconds: advances `speed` milliseconds per real millisecond. */
  emulatedNow(): number;
  /** Runs `callback` once `delayMs` of emulated time has passed; returns a function that cancels it. */
  schedule(delayMs: number, callback: () => void): () => void;
  /** The real milliseconds an emulated duration lasts. */
  toRealMs(emulatedMs: number): number;
}
