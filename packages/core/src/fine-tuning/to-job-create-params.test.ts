import { describe, expect, it } from 'vitest';
import { toJobCreateParams } from './to-job-create-params.js';

const files = { trainingFileId: 'file-train', metadata: { tuneline_request_key: 'k' } };

describe('toJobCreateParams', () => {
  it('sends the hyperparameters shorthand as a supervised method, never the deprecated top-level field', () => {
    const params = toJobCreateParams({
      ...files,
      parameters: {
        model: 'gpt-4o-mini',
        suffix: 'support',
        seed: 7,
        hyperparameters: { n_epochs: 3, batch_size: 'auto' },
      },
      validationFileId: 'file-valid',
    });
    expect(params).toEqual({
      model: 'gpt-4o-mini',
      training_file: 'file-train',
      validation_file: 'file-valid',
      suffix: 'support',
      seed: 7,
      method: {
        type: 'supervised',
        supervised: { hyperparameters: { n_epochs: 3, batch_size: 'auto' } },
      },
      metadata: { tuneline_request_key: 'k' },
    });
    expect(params).not.toHaveProperty('hyperparameters');
  });

  it('maps DPO with beta and reinforcement with a grader into the API shape', () => {
    const dpo = toJobCreateParams({
      ...files,
      parameters: { model: 'gpt-4o', method: { type: 'dpo', hyperparameters: { beta: 0.1 } } },
    });
    expect(dpo.method).toEqual({ type: 'dpo', dpo: { hyperparameters: { beta: 0.1 } } });
    const grader = {
      type: 'string_check' as const,
      name: 'exact',
      input: '{{sample.output_text}}',
      reference: '{{item.answer}}',
      operation: 'eq' as const,
    };
    const reinforcement = toJobCreateParams({
      ...files,
      parameters: {
        model: 'o4-mini',
        method: { type: 'reinforcement', grader, hyperparameters: { reasoning_effort: 'low' } },
      },
    });
    expect(reinforcement.method).toEqual({
      type: 'reinforcement',
      reinforcement: { grader, hyperparameters: { reasoning_effort: 'low' } },
    });
  });

  it('adds the W&B integration and continues from an ft: model as the model', () => {
    const params = toJobCreateParams({
      ...files,
      parameters: {
        model: 'ft:gpt-4o-mini-2024-07-18:acme:support:abc',
        wandb: { project: 'tuning', tags: ['ci'] },
      },
    });
    expect(params.model).toBe('ft:gpt-4o-mini-2024-07-18:acme:support:abc');
    expect(params.integrations).toEqual([
      { type: 'wandb', wandb: { project: 'tuning', tags: ['ci'] } },
    ]);
    expect(params.method).toEqual({ type: 'supervised', supervised: {} });
  });

  it('refuses hyperparameters and method together', () => {
    expect(() =>
      toJobCreateParams({
        ...files,
        parameters: {
          model: 'm',
          hyperparameters: { n_epochs: 1 },
          method: { type: 'supervised' },
        },
      }),
    ).toThrow(/Both "hyperparameters" and "method"/);
  });
});
