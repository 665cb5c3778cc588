import { describe, expect, it } from 'vitest';
import type { RepositoryConfig } from '../config/repository-config.js';
import { resolveTrainRequest } from './resolve-train-request.js';

const directory = '/repo';
const config: RepositoryConfig = {
  maxCostUsd: 5,
  datasets: {
    support: {
      training: 'data/support.jsonl',
      validation: 'data/support-valid.jsonl',
      model: 'gpt-4o-mini-2024-07-18',
      suffix: 'support',
      hyperparameters: { n_epochs: 3, batch_size: 4 },
      maxCostUsd: 2,
    },
    dpo: {
      training: 'data/dpo.jsonl',
      model: 'gpt-4o-mini-2024-07-18',
      method: { type: 'dpo', hyperparameters: { beta: 0.1 } },
    },
  },
};

describe('resolveTrainRequest', () => {
  it('takes a named dataset from tuneline.json: files, parameters and its own budget', () => {
    const request = resolveTrainRequest({ config, directory, target: { datasetName: 'support' } });
    expect(request).toEqual({
      trainingPath: '/repo/data/support.jsonl',
      validationPath: '/repo/data/support-valid.jsonl',
      datasetPath: 'data/support.jsonl',
      datasetName: 'support',
      parameters: {
        model: 'gpt-4o-mini-2024-07-18',
        suffix: 'support',
        hyperparameters: { n_epochs: 3, batch_size: 4 },
      },
      maxCostUsd: 2,
    });
  });

  it('lets overrides win, merging hyperparameters instead of replacing them', () => {
    const request = resolveTrainRequest({
      config,
      directory,
      target: { datasetName: 'support' },
      overrides: {
        model: 'gpt-3.5-turbo',
        suffix: 'pr-42',
        seed: 7,
        validation: 'other/valid.jsonl',
        hyperparameters: { n_epochs: 5, learning_rate_multiplier: undefined },
        maxCostUsd: 9,
      },
    });
    expect(request.parameters).toEqual({
      model: 'gpt-3.5-turbo',
      suffix: 'pr-42',
      seed: 7,
      hyperparameters: { n_epochs: 5, batch_size: 4 },
    });
    expect(request.validationPath).toBe('/repo/other/valid.jsonl');
    expect(request.maxCostUsd).toBe(9);
  });

  it('puts hyperparameters inside the method when tuneline.json names one', () => {
    const request = resolveTrainRequest({
      config,
      directory,
      target: { datasetName: 'dpo' },
      overrides: { hyperparameters: { n_epochs: 2 } },
    });
    expect(request.parameters.method).toEqual({
      type: 'dpo',
      hyperparameters: { beta: 0.1, n_epochs: 2 },
    });
    expect(request.parameters.hyperparameters).toBeUndefined();
  });

  it("applies the repository's budget to a file trained by path, and a listed file's own", () => {
    const plain = resolveTrainRequest({
      config,
      directory,
      target: { path: './data/other.jsonl' },
      overrides: { model: 'gpt-4o-mini' },
    });
    expect(plain).toMatchObject({
      trainingPath: '/repo/data/other.jsonl',
      datasetPath: 'data/other.jsonl',
      datasetName: undefined,
      maxCostUsd: 5,
    });
    const listed = resolveTrainRequest({
      config,
      directory,
      target: { path: 'data/support.jsonl' },
      overrides: { model: 'gpt-4o-mini' },
    });
    expect(listed.maxCostUsd).toBe(2);
    expect(
      resolveTrainRequest({
        directory,
        target: { path: 'a.jsonl' },
        overrides: { model: 'gpt-4o-mini' },
      }).maxCostUsd,
    ).toBeUndefined();
  });

  it('trains a file tuneline.json lists as its dataset: model, parameters, validation file', () => {
    const byPath = resolveTrainRequest({
      config,
      directory,
      target: { path: './data/../data/support.jsonl' },
    });
    expect(byPath).toEqual(
      resolveTrainRequest({ config, directory, target: { datasetName: 'support' } }),
    );
    expect(
      resolveTrainRequest({
        config,
        directory,
        target: { path: 'data/support.jsonl' },
        overrides: { model: 'gpt-4.1-mini-2025-04-14', hyperparameters: { n_epochs: 1 } },
      }).parameters,
    ).toEqual({
      model: 'gpt-4.1-mini-2025-04-14',
      suffix: 'support',
      hyperparameters: { n_epochs: 1, batch_size: 4 },
    });
  });

  it('says what is missing or wrong, as a usage or config mistake', () => {
    expect(() => resolveTrainRequest({ directory, target: { path: 'a.jsonl' } })).toThrow(
      expect.objectContaining({ code: 'invalid_request', kind: 'usage' }),
    );
    expect(() =>
      resolveTrainRequest({ config, directory, target: { datasetName: 'suport' } }),
    ).toThrow(
      expect.objectContaining({
        code: 'invalid_config',
        kind: 'config',
        hint: expect.stringContaining('"support"'),
      }),
    );
    expect(() =>
      resolveTrainRequest({
        directory,
        target: { path: 'a.jsonl' },
        overrides: { model: 'gpt-4o-mini', hyperparameters: { n_epochs: -1 } },
      }),
    ).toThrow(/Invalid training parameters: hyperparameters.n_epochs/);
    expect(() =>
      resolveTrainRequest({
        directory,
        target: { path: 'a.jsonl' },
        overrides: { model: 'gpt-9' },
      }),
    ).toThrow(expect.objectContaining({ code: 'unknown_model' }));
  });
});
