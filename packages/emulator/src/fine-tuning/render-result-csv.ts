import type { TrainingPlan } from './job-record.js';
import { simulateMetrics } from './simulate-metrics.js';

/**
 * The result file of a job: one CSV row per step, columns
 * `step,train_loss,train_accuracy,valid_loss,valid_mean_token_accuracy`, validation cells empty on
 * steps without evaluation. OpenAI serves it base64-encoded; the caller encodes it.
 */
export function renderResultCsv(options: { seed: number; plan: TrainingPlan }): string {
  const lines = ['step,train_loss,train_accuracy,valid_loss,valid_mean_token_accuracy'];
  for (let step = 1; step <= options.plan.totalSteps; step++) {
    const metrics = simulateMetrics({ seed: options.seed, plan: options.plan, step });
    lines.push(
      [
        step,
        metrics.train_loss,
        metrics.train_mean_token_accuracy,
        metrics.valid_loss ?? '',
        metrics.valid_mean_token_accuracy ?? '',
      ].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}
