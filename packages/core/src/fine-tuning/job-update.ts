import type { FineTuningEvent } from './fine-tuning-event.js';
import type { FineTuningJob, FineTuningJobStatus } from './fine-tuning-job.js';
import type { MetricPoint } from './metric-point.js';

/** One thing `watchJob` noticed; `end` is always the last. */
export type JobUpdate =
  | {
      readonly type: 'status';
      readonly status: FineTuningJobStatus;
      readonly previousStatus: FineTuningJobStatus | null;
      readonly job: FineTuningJob;
    }
  | { readonly type: 'event'; readonly event: FineTuningEvent }
  | { readonly type: 'metrics'; readonly point: MetricPoint; readonly eventId: string }
  | {
      readonly type: 'model';
      /** The fine-tuned model's id; null if the succeeded job never named one in time. */
      readonly model: string | null;
      /** Whether the model answered `models.retrieve` (a new model takes a while to be callable). */
      readonly callable: boolean;
    }
  | { readonly type: 'end'; readonly reason: 'finished' | 'timeout'; readonly job: FineTuningJob };
