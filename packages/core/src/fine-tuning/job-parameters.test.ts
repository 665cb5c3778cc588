import { describe, expect, it } from 'vitest';
import { jobParametersSchema } from './job-parameters.js';

describe('jobParametersSchema', () => {
  it("accepts OpenAI's ranges and 'auto'", () => {
    const result = jobParametersSchema.safeParse({
      model: 'gpt-4o-mini',
      seed: 0,
      hyperparameters: { n_epochs: 50, batch_size: 'auto', learning_rate_multiplier: 0.1 },
    });
    expect(result.success).toBe(true);
  });

  it('rejects values outside the ranges, naming the field', () => {
    const result = jobParametersSchema.safeParse({
      model: 'gpt-4o',
      method: { type: 'dpo', hyperparameters: { beta: 2.5, n_epochs: 'many' } },
    });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining(['method.hyperparameters.beta', 'method.hyperparameters.n_epochs']),
    );
  });

  it('requires a grader for reinforcement and refuses hyperparameters beside a method', () => {
    expect(
      jobParametersSchema.safeParse({ model: 'o4-mini', method: { type: 'reinforcement' } })
        .success,
    ).toBe(false);
    const both = jobParametersSchema.safeParse({
      model: 'm',
      hyperparameters: {},
      method: { type: 'supervised' },
    });
    expect(both.error?.issues[0]?.message).toContain('not both');
  });
});
