import { describe, expect, it } from 'vitest';
import { schemaErrors } from './openai-schemas.fixture.js';

const job = {
  object: 'fine_tuning.job',
  id: 'ftjob-abc',
  created_at: 1721764800,
  error: null,
  fine_tuned_model: null,
  finished_at: null,
  hyperparameters: { n_epochs: 'auto', batch_size: 'auto', learning_rate_multiplier: 'auto' },
  model: 'gpt-4o-mini-2024-07-18',
  organization_id: 'org-123',
  result_files: [],
  seed: 1,
  status: 'queued',
  trained_tokens: null,
  training_file: 'file-abc',
  validation_file: null,
};

describe('schemaErrors', () => {
  it('accepts a conforming body, with extra fields', () => {
    expect(schemaErrors('FineTuningJob', { ...job, user_provided_suffix: null })).toEqual([]);
  });

  it('reports missing fields, wrong types and values outside an enum', () => {
    const { seed: _seed, ...withoutSeed } = job;
    expect(schemaErrors('FineTuningJob', withoutSeed).join()).toContain('seed');
    expect(schemaErrors('FineTuningJob', { ...job, created_at: '2024' })).not.toEqual([]);
    expect(schemaErrors('FineTuningJob', { ...job, status: 'pending' })).not.toEqual([]);
  });

  it("applies the spec's ranges, written in OpenAPI 3.0 style", () => {
    const hyperparameters = { ...job.hyperparameters, learning_rate_multiplier: 0 };
    expect(schemaErrors('FineTuningJob', { ...job, hyperparameters })).not.toEqual([]);
  });

  it('accepts null where the spec says nullable, and requires the rest', () => {
    const chunk = {
      id: 'chatcmpl-1',
      object: 'chat.completion.chunk',
      created: 1,
      model: 'm',
      choices: [{ index: 0, delta: {}, logprobs: null, finish_reason: null }],
      usage: null,
    };
    expect(schemaErrors('CreateChatCompletionStreamResponse', chunk)).toEqual([]);
    expect(
      schemaErrors('CreateChatCompletionStreamResponse', { ...chunk, choices: [{ index: 0 }] }),
    ).not.toEqual([]);
  });

  it('knows the deliberate relaxations: paused jobs and empty file lists', () => {
    expect(schemaErrors('FineTuningJob', { ...job, status: 'paused' })).toEqual([]);
    const empty = { object: 'list', data: [], first_id: null, last_id: null, has_more: false };
    expect(schemaErrors('ListFilesResponse', empty)).toEqual([]);
  });
});
