import type {
  ConfigIssue,
  DatasetDiff,
  DatasetReport,
  JobSummary,
  MetricPoint,
} from '@tuneline/core';
import type { TrainingDecision } from './decide-training.js';

/** A fine-tuning job of one dataset, as the comment shows it. */
export interface JobView {
  readonly id: string;
  readonly status: string;
  readonly fineTunedModel: string | null;
  /** True when this run created it; false when the same training already existed. */
  readonly createdNow: boolean;
  readonly trainingFileId: string | null;
  /** A link to the job in OpenAI's dashboard; null for other API servers (an emulator, a proxy). */
  readonly dashboardUrl: string | null;
  /** After `wait`: the finished job's figures, its losses and whether the wait ran out. */
  readonly result?: {
    readonly summary: JobSummary;
    readonly points: readonly MetricPoint[];
    readonly chart: string;
    readonly timedOut: boolean;
  };
}

/** Everything the Action found out about one dataset, for the comment, summary and outputs. */
export interface DatasetOutcome {
  readonly name: string;
  /** Repository-relative path of the training file. */
  readonly path: string;
  readonly validationPath: string | null;
  readonly model: string;
  /** Why the file could not be read (an LFS pointer the Action could not resolve, …); null if read. */
  readonly readError: string | null;
  /** How the file was read, e.g. `raw`, `lfs`. */
  readonly readVia: string | null;
  readonly report: DatasetReport | null;
  readonly validationReport: DatasetReport | null;
  readonly diff: DatasetDiff | null;
  readonly maxCostUsd: number | null;
  /** What a PR's own tuneline.json changes for this dataset (shown, applied after merge). */
  readonly settingsNote: string | null;
  readonly decision: TrainingDecision;
  readonly job: JobView | null;
  /** Jobs of this PR and dataset cancelled because a push replaced their data. */
  readonly cancelledJobs: readonly string[];
  /** Why training failed to start (an API error), when it did. */
  readonly trainError: string | null;
}

/** The whole run, as the renderers take it. */
export interface RunReport {
  readonly title: string;
  readonly repository: string;
  readonly headSha: string;
  readonly pullRequest: number | null;
  readonly configPath: string;
  readonly configIssues: readonly ConfigIssue[];
  readonly notes: readonly string[];
  readonly datasets: readonly DatasetOutcome[];
  /** Job ids cancelled because the pull request was closed unmerged. */
  readonly closedCancelled: readonly string[] | null;
  readonly runUrl: string | null;
}
