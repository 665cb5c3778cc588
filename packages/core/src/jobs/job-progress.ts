import type { FineTuningEvent } from '../fine-tuning/fine-tuning-event.js';
import type { FineTuningJob, FineTuningJobStatus } from '../fine-tuning/fine-tuning-job.js';

/** One line of a job's log, in the order to show it: an event, or a change of status. */
export type JobProgressEntry =
  | { readonly type: 'event'; readonly event: FineTuningEvent; readonly elapsedMs: number }
  | {
      readonly type: 'status';
      readonly status: FineTuningJobStatus;
      readonly previousStatus: FineTuningJobStatus | null;
      readonly elapsedMs: number;
    };

/** Where a metrics event put the job: its step at the job's time and at the watcher's. */
export interface StepSighting {
  readonly step: number;
  /** The event's `created_at`, in milliseconds: the job's own clock. */
  readonly eventAtMs: number;
  /** When the watcher saw it (the `now` given to the reducer). */
  readonly seenAtMs: number;
}

/**
 * What a watched job has come to, as plain data every surface renders: built by
 * `reduceJobProgress` from `watchJob`'s updates.
 */
export interface JobProgress {
  readonly jobId: string;
  /** The status shown: a final status only once the events before it are in `timeline`. */
  readonly status: FineTuningJobStatus | null;
  /** The last step with metrics; 0 before training starts. */
  readonly step: number;
  /** From the metrics events; null until the first one. */
  readonly totalSteps: number | null;
  /** When watching started (the first update's `now`), in milliseconds. */
  readonly startedAt: number;
  readonly elapsedMs: number;
  /** Time left at the pace the job's own clock shows; null while that pace is unknown. */
  readonly etaMs: number | null;
  /** Train loss of each step seen, in step order. */
  readonly losses: readonly number[];
  /** Validation loss of each step that measured one. */
  readonly validationLosses: readonly number[];
  /** Every event seen, oldest first. */
  readonly events: readonly FineTuningEvent[];
  /** Events and status changes in the order to print them; the final status comes last. */
  readonly timeline: readonly JobProgressEntry[];
  readonly fineTunedModel: string | null;
  /** Whether the fine-tuned model answered; null until `watchJob` checked. */
  readonly modelCallable: boolean | null;
  /** The job as last fetched; null before the first status. */
  readonly job: FineTuningJob | null;
  /** True once `watchJob` sent its `end`. */
  readonly finished: boolean;
  /** Why watching ended; null while it goes on. */
  readonly endReason: 'finished' | 'timeout' | null;
  readonly error: { readonly code: string | null; readonly message: string } | null;
  /** A final status seen but not yet shown (events of its poll may still come). */
  readonly heldStatus: FineTuningJobStatus | null;
  readonly firstStep: StepSighting | null;
  readonly lastStep: StepSighting | null;
}
