import { describe, expect, it } from 'vitest';
import { fineTuningJobSchema } from './fine-tuning-job.js';

const job = {
  object: 'fine_tuning.job',
  id: 'ftjob-abc123',
  model: 'gpt-4o-mini-2024-07-18',
  created_at: 1721764800,
  finished_at: null,
  fine_tuned_model: null,
  organization_id: 'org-123',
  result_files: [],
  status: 'queued',
  validation_file: null,
  training_file: 'file-abc123',
  seed: 42,
  trained_tokens: null,
  hyperparameters: { n_epochs: 'auto', batch_size: 'auto', learning_rate_multiplier: 'auto' },
  method: { type: 'supervised', supervised: { hyperparameters: { n_epochs: 'auto' } } },
  metadata: { tuneline_request_key: 'k' },
  error: null,
};

describe('fineTuningJobSchema', () => {
  it('reads a job as the API returns it', () => {
    const parsed = fineTuningJobSchema.parse(job);
    expect(parsed).toMatchObject({
      id: 'ftjob-abc123',
      status: 'queued',
      error: null,
      metadata: { tuneline_request_key: 'k' },
    });
  });

  it('treats error: {} as no error, as the live API sends it on healthy jobs', () => {
    expect(fineTuningJobSchema.parse({ ...job, error: {} }).error).toBeNull();
    expect(
      fineTuningJobSchema.parse({ ...job, error: { code: null, message: '', param: null } }).error,
    ).toBeNull();
  });

  it('keeps a real error', () => {
    const failed = fineTuningJobSchema.parse({
      ...job,
      status: 'failed',
      error: {
        code: 'invalid_training_file',
        message: 'Example 6 contains <|fim_suffix|>',
        param: 'training_file',
      },
    });
    expect(failed.error).toEqual({
      code: 'invalid_training_file',
      message: 'Example 6 contains <|fim_suffix|>',
      param: 'training_file',
    });
  });

  it('accepts unknown statuses and extra fields, and fills missing optional ones', () => {
    const { result_files: _resultFiles, metadata: _metadata, error: _error, ...minimal } = job;
    const parsed = fineTuningJobSchema.parse({
      ...minimal,
      status: 'pending',
      user_provided_suffix: 'support',
    });
    expect(parsed.status).toBe('pending');
    expect(parsed.result_files).toEqual([]);
    expect(parsed.metadata).toEqual({});
    expect(parsed.error).toBeNull();
    expect((parsed as Record<string, unknown>).user_provided_suffix).toBe('support');
  });

  it('still rejects a response without an id or status', () => {
    const { id: _id, ...withoutId } = job;
    expect(fineTuningJobSchema.safeParse(withoutId).success).toBe(false);
  });
});
