import { describe, expect, it } from 'vitest';
import type { RepositoryConfig } from './repository-config.js';
import { resolveDatasetConfig } from './resolve-dataset-config.js';

const config: RepositoryConfig = {
  maxCostUsd: 10,
  datasets: {
    support: {
      training: './data/train.jsonl',
      validation: 'data/valid.jsonl',
      model: 'gpt-4o-mini',
      suffix: 'support',
      hyperparameters: { n_epochs: 3 },
    },
    tone: { training: 'tone.jsonl', model: 'gpt-4o', maxCostUsd: 1, method: { type: 'dpo' } },
  },
};

describe('resolveDatasetConfig', () => {
  it('resolves paths against the repository root and keeps the job parameters', () => {
    expect(resolveDatasetConfig({ config, name: 'support', directory: '/repo' })).toEqual({
      name: 'support',
      trainingPath: '/repo/data/train.jsonl',
      validationPath: '/repo/data/valid.jsonl',
      datasetPath: 'data/train.jsonl',
      parameters: { model: 'gpt-4o-mini', suffix: 'support', hyperparameters: { n_epochs: 3 } },
      maxCostUsd: 10,
    });
  });

  it("prefers the dataset's own budget", () => {
    expect(resolveDatasetConfig({ config, name: 'tone', directory: '/repo' }).maxCostUsd).toBe(1);
  });

  it('names the datasets there are when the name is wrong', () => {
    expect(() => resolveDatasetConfig({ config, name: 'suport', directory: '/repo' })).toThrow(
      expect.objectContaining({
        code: 'invalid_config',
        hint: 'Did you mean "support"? Datasets: support, tone.',
      }),
    );
  });
});
