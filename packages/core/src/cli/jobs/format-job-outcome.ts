import { renderSparkline } from '../../charts/render-sparkline.js';
import type { FineTuningJob } from '../../fine-tuning/fine-tuning-job.js';
import { summarizeJobMetrics } from '../../fine-tuning/summarize-job-metrics.js';
import { formatUsd } from '../../format/format-usd.js';

/**
 * What a followed job came to, in a few lines: status, loss sparkline, tuned model, trained
 * tokens and the actual cost beside the estimate, or the error that failed it.
 */
export function formatJobOutcome(options: {
  job: FineTuningJob;
  trainLosses: readonly number[];
  fineTunedModel: string | null;
  estimatedCostUsd?: number | null;
}): string {
  const { job, trainLosses } = options;
  const lines = [`Job ${job.id}: ${job.status}`];
  if (trainLosses.length > 0) {
    const first = trainLosses[0] ?? 0;
    const last = trainLosses[trainLosses.length - 1] ?? 0;
    lines.push(
      `  training loss  ${renderSparkline(trainLosses, { maxPoints: 40 })}  ${first.toFixed(4)} → ${last.toFixed(4)}`,
    );
  }
  const model = options.fineTunedModel ?? job.fine_tuned_model;
  if (model !== null) lines.push(`  fine-tuned model  ${model}`);
  const summary = summarizeJobMetrics({
    job,
    points: [],
    estimatedCostUsd: options.estimatedCostUsd ?? null,
  });
  if (summary.trainedTokens !== null) {
    const actual = summary.actualCostUsd === null ? '' : `, ${formatUsd(summary.actualCostUsd)}`;
    const estimate =
      summary.estimatedCostUsd === null
        ? ''
        : ` (estimated ${formatUsd(summary.estimatedCostUsd)})`;
    lines.push(`  trained tokens  ${summary.trainedTokens}${actual}${estimate}`);
  }
  if (job.error !== null) {
    lines.push(
      `  error  ${job.error.code === null ? '' : `${job.error.code}: `}${job.error.message}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
