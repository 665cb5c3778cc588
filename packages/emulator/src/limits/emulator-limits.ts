/** Quotas and sizes the emulator enforces; every one is configurable. */
export interface EmulatorLimits {
  /** Fine-tuning jobs created per (emulated) day; unlimited unless set. */
  readonly jobsPerDay?: number;
  /** Jobs of one base model not yet finished (validating, queued, running or paused); unlimited unless set. */
  readonly activeJobsPerModel?: number;
  /** Largest file `POST /files` accepts: 512 MB, as OpenAI. */
  readonly maxFileBytes?: number;
  /** Largest declared size of an upload: 8 GB, as OpenAI. */
  readonly maxUploadBytes?: number;
  /** Largest part of an upload: 64 MB, as OpenAI. */
  readonly maxPartBytes?: number;
  /** Largest JSON request body: 32 MB. */
  readonly maxJsonBytes?: number;
}
