import type { FineTuningEvent } from '../fine-tuning/fine-tuning-event.js';
import type { FineTuningJob, FineTuningJobStatus } from '../fine-tuning/fine-tuning-job.js';
import type { MetricPoint } from '../fine-tuning/metric-point.js';
import type { JobSummary } from '../fine-tuning/summarize-job-metrics.js';
import type { JobSource } from '../fine-tuning/tuneline-metadata.js';

/** What Tuneline recorded on a job it started: where its data came from. */
export interface JobOrigin {
  readonly datasetPath: string;
  readonly datasetName?: string;
  /** `owner/name` on GitHub. */
  readonly repository?: string;
  readonly pullRequest?: number;
  readonly pullRequestUrl?: string;
  readonly commit?: string;
  readonly source: JobSource;
}

/** One fine-tuning job as a line of a list: what `/finetune status` and `tuneline status` show. */
export interface JobDescription {
  readonly id: string;
  readonly status: FineTuningJobStatus;
  readonly baseModel: string;
  readonly fineTunedModel: string | null;
  /** The last step with metrics; null when unknown (finished jobs in a list are not looked into). */
  readonly step: number | null;
  readonly totalSteps: number | null;
  readonly trainedTokens: number | null;
  /** Tuneline's estimate, when the caller knows it (jobs do not record it). */
  readonly estimatedCostUsd: number | null;
  /** trained tokens × the model's training price; null until OpenAI reports trained tokens. */
  readonly actualCostUsd: number | null;
  /** Unix seconds. */
  readonly createdAt: number;
  readonly finishedAt: number | null;
  /** How long the job ran (finished jobs) or has been going (the others), in seconds. */
  readonly durationSeconds: number;
  /** Null for jobs Tuneline did not start. */
  readonly tuneline: JobOrigin | null;
  /** The job as the API returned it, parsed leniently. */
  readonly job: FineTuningJob;
}

/** One job in detail: what `tuneline status <id>` and the pull request's final report show. */
export interface JobDetails extends JobDescription {
  /** Train loss per step, in step order. */
  readonly losses: readonly number[];
  readonly validationLosses: readonly number[];
  readonly finalTrainLoss: number | null;
  readonly finalValidationLoss: number | null;
  readonly checkpoints: readonly {
    readonly step: number;
    readonly model: string | null;
    readonly trainLoss: number | null;
  }[];
  /** The newest events, oldest first. */
  readonly lastEvents: readonly {
    readonly createdAt: number;
    readonly level: string;
    readonly message: string;
  }[];
  readonly error: {
    readonly code: string | null;
    readonly message: string;
    readonly param: string | null;
  } | null;
  readonly hyperparameters: Readonly<Record<string, unknown>>;
  /** Final metrics, trained tokens and cost, as `summarizeJobMetrics` computes them. */
  readonly summary: JobSummary;
  /** One metric series merged from events, checkpoints and the result CSV. */
  readonly metrics: readonly MetricPoint[];
  /** The newest events as the API returned them, oldest first. */
  readonly events: readonly FineTuningEvent[];
}
