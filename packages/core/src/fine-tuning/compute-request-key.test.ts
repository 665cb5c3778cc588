import { describe, expect, it } from 'vitest';
import { computeRequestKey } from './compute-request-key.js';

const trainingSha256 = 'a'.repeat(64);

describe('computeRequestKey', () => {
  it('is a stable SHA-256 of content and parameters', () => {
    const key = computeRequestKey({
      trainingSha256,
      parameters: { model: 'gpt-4o-mini', seed: 1 },
    });
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(
      computeRequestKey({ trainingSha256, parameters: { seed: 1, model: 'gpt-4o-mini' } }),
    ).toBe(key);
  });

  it('is the same for the hyperparameters shorthand and the explicit supervised method', () => {
    const shorthand = computeRequestKey({
      trainingSha256,
      parameters: { model: 'm', hyperparameters: { n_epochs: 3 } },
    });
    const explicit = computeRequestKey({
      trainingSha256,
      parameters: { model: 'm', method: { type: 'supervised', hyperparameters: { n_epochs: 3 } } },
    });
    expect(shorthand).toBe(explicit);
  });

  it('changes with the data, the validation file, the model and every parameter', () => {
    const base = { trainingSha256, parameters: { model: 'm' } };
    const keys = new Set([
      computeRequestKey(base),
      computeRequestKey({ ...base, trainingSha256: 'b'.repeat(64) }),
      computeRequestKey({ ...base, validationSha256: 'c'.repeat(64) }),
      computeRequestKey({ ...base, parameters: { model: 'other' } }),
      computeRequestKey({ ...base, parameters: { model: 'm', suffix: 's' } }),
      computeRequestKey({ ...base, parameters: { model: 'm', seed: 7 } }),
      computeRequestKey({ ...base, parameters: { model: 'm', hyperparameters: { n_epochs: 2 } } }),
      computeRequestKey({
        ...base,
        parameters: { model: 'm', method: { type: 'dpo', hyperparameters: { beta: 0.1 } } },
      }),
      computeRequestKey({ ...base, parameters: { model: 'm', wandb: { project: 'p' } } }),
    ]);
    expect(keys.size).toBe(9);
  });
});
