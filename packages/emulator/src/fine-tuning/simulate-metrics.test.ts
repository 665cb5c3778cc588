import { describe, expect, it } from 'vitest';
import type { TrainingPlan } from './job-record.js';
import { renderResultCsv } from './render-result-csv.js';
import { simulateMetrics } from './simulate-metrics.js';

const plan: TrainingPlan = {
  examples: 50,
  epochs: 4,
  batchSize: 1,
  learningRateMultiplier: 2,
  stepsPerEpoch: 50,
  totalSteps: 200,
  trainedTokens: 1000,
  hasValidation: true,
};

function losses(seed: number): number[] {
  return Array.from(
    { length: plan.totalSteps },
    (_, index) => simulateMetrics({ seed, plan, step: index + 1 }).train_loss,
  );
}

describe('simulateMetrics', () => {
  it('falls over training, with noise: not monotonic', () => {
    const curve = losses(3);
    const mean = (values: number[]) =>
      values.reduce((sum, value) => sum + value, 0) / values.length;
    expect(mean(curve.slice(0, 20))).toBeGreaterThan(3 * mean(curve.slice(-20)));
    expect(curve.some((loss, index) => index > 0 && loss > (curve[index - 1] ?? 0))).toBe(true);
    expect(curve.every((loss) => loss > 0)).toBe(true);
  });

  it('replays identically for a seed and differs for another', () => {
    expect(losses(3)).toEqual(losses(3));
    expect(losses(4)).not.toEqual(losses(3));
  });

  it('raises accuracy as loss falls, within [0, 1]', () => {
    const first = simulateMetrics({ seed: 1, plan, step: 1 });
    const last = simulateMetrics({ seed: 1, plan, step: plan.totalSteps });
    expect(last.train_mean_token_accuracy).toBeGreaterThan(first.train_mean_token_accuracy);
    expect(last.train_mean_token_accuracy).toBeLessThanOrEqual(1);
  });

  it('evaluates on the validation file about twenty times, and fully at each epoch end', () => {
    const steps = Array.from({ length: plan.totalSteps }, (_, index) =>
      simulateMetrics({ seed: 1, plan, step: index + 1 }),
    );
    expect(steps.filter((metrics) => metrics.valid_loss !== undefined)).toHaveLength(20);
    expect(
      steps
        .filter((metrics) => metrics.full_valid_loss !== undefined)
        .map((metrics) => metrics.step),
    ).toEqual([50, 100, 150, 200]);
    const withoutValidation = simulateMetrics({
      seed: 1,
      plan: { ...plan, hasValidation: false },
      step: 200,
    });
    expect(withoutValidation.valid_loss).toBeUndefined();
  });
});

describe('renderResultCsv', () => {
  it('writes one row per step, leaving validation cells empty between evaluations', () => {
    const [header, ...rows] = renderResultCsv({ seed: 1, plan }).trim().split('\n');
    expect(header).toBe('step,train_loss,train_accuracy,valid_loss,valid_mean_token_accuracy');
    expect(rows).toHaveLength(200);
    expect(rows[0]).toMatch(/^1,\d+(\.\d+)?,\d+(\.\d+)?,,$/);
    expect(rows[9]).toMatch(/^10,[\d.]+,[\d.]+,[\d.]+,[\d.]+$/);
  });
});
