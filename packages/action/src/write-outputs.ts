import * as core from '@actions/core';
import type { DatasetOutcome } from './dataset-outcome.js';

/** Counts of a run's problems, for outputs and for deciding whether the step fails. */
export interface RunCounts {
  readonly errors: number;
  readonly warnings: number;
}

export function countIssues(outcomes: readonly DatasetOutcome[], configIssues: number): RunCounts {
  let errors = configIssues;
  let warnings = 0;
  for (const outcome of outcomes) {
    if (outcome.readError !== null) errors++;
    errors += (outcome.report?.errorCount ?? 0) + (outcome.validationReport?.errorCount ?? 0);
    warnings += (outcome.report?.warningCount ?? 0) + (outcome.validationReport?.warningCount ?? 0);
  }
  return { errors, warnings };
}

function roundUsd(value: number): number {
  return Number(value.toFixed(6));
}

/** Sets every output action.yml declares; job outputs name the single dataset's job, `jobs` all. */
export function writeOutputs(options: {
  outcomes: readonly DatasetOutcome[];
  counts: RunCounts;
  commentId: number | null;
}): void {
  const { outcomes, counts } = options;
  core.setOutput('valid', String(counts.errors === 0));
  core.setOutput('error-count', String(counts.errors));
  core.setOutput('warning-count', String(counts.warnings));
  core.setOutput(
    'datasets',
    JSON.stringify(
      outcomes.map((outcome) => ({
        name: outcome.name,
        path: outcome.path,
        model: outcome.model,
        valid: outcome.readError === null && (outcome.report?.errorCount ?? 1) === 0,
        readError: outcome.readError,
        examples: outcome.report?.examples ?? null,
        billingTokens: outcome.report?.billingTokens ?? null,
        epochs: outcome.report?.epochs ?? null,
        estimatedCostUsd: outcome.report?.estimatedCostUsd ?? null,
        errors: outcome.report?.errorCount ?? null,
        warnings: outcome.report?.warningCount ?? null,
        diff: outcome.diff,
        train: outcome.decision.train,
        reasons: outcome.decision.reasons,
        jobId: outcome.job?.id ?? null,
      })),
    ),
  );
  const billingTokens = outcomes.reduce(
    (sum, outcome) => sum + (outcome.report?.billingTokens ?? 0),
    0,
  );
  core.setOutput('total-billing-tokens', String(billingTokens));
  const costs = outcomes.map((outcome) => outcome.report?.estimatedCostUsd ?? null);
  core.setOutput(
    'estimated-cost-usd',
    costs.some((cost) => cost === null) && outcomes.length > 0
      ? ''
      : String(roundUsd(costs.reduce<number>((sum, cost) => sum + (cost ?? 0), 0))),
  );
  const jobs = outcomes.flatMap((outcome) =>
    outcome.job === null
      ? []
      : [
          {
            dataset: outcome.name,
            path: outcome.path,
            jobId: outcome.job.id,
            status: outcome.job.status,
            createdNow: outcome.job.createdNow,
            trainingFileId: outcome.job.trainingFileId,
            fineTunedModel: outcome.job.fineTunedModel,
          },
        ],
  );
  core.setOutput('jobs', JSON.stringify(jobs));
  const single = outcomes.length === 1 ? outcomes[0]?.job : undefined;
  core.setOutput('training-file-id', single?.trainingFileId ?? '');
  core.setOutput('job-id', single?.id ?? '');
  core.setOutput('job-status', single?.status ?? '');
  core.setOutput('fine-tuned-model', single?.fineTunedModel ?? '');
  core.setOutput('comment-id', options.commentId === null ? '' : String(options.commentId));
}
