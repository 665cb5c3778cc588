import { startTestEmulator } from '@tuneline/testing';
import OpenAI, { type APIError, toFile } from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../emulator-options.js';
import { schemaErrors } from '../testing/openai-schemas.fixture.js';
import { uploadWakannai, waitForStatus } from '../testing/test-emulator.fixture.js';

describe('errors in OpenAI’s shape', () => {
  let emulator: Emulator;
  let client: OpenAI;
  let trainingFile: string;

  async function send(
    path: string,
    init: { method?: string; body?: string; key?: string | null; contentType?: string } = {},
  ) {
    const headers: Record<string, string> = {};
    if (init.key !== null) headers.authorization = `Bearer ${init.key ?? emulator.apiKey}`;
    if (init.body !== undefined) headers['content-type'] = init.contentType ?? 'application/json';
    const response = await fetch(`${emulator.url}${path}`, {
      method: init.method ?? 'GET',
      headers,
      ...(init.body === undefined ? {} : { body: init.body }),
    });
    return { response, body: (await response.json()) as { error: Record<string, unknown> } };
  }

  async function createJobError(params: Record<string, unknown>): Promise<APIError> {
    const error = await client.fineTuning.jobs
      .create({ model: 'gpt-4o-mini', training_file: trainingFile, ...params } as never)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.APIError);
    const apiError = error as APIError;
    expect(schemaErrors('ErrorResponse', { error: apiError.error })).toEqual([]);
    return apiError;
  }

  beforeAll(async () => {
    ({ emulator, client } = await startTestEmulator({ speed: 5000, maxRetries: 0 }));
    trainingFile = (await uploadWakannai(client)).id;
  });

  afterAll(async () => {
    await emulator.close();
  });

  it('answers 401 without a key, and 401 invalid_api_key with a wrong one', async () => {
    const missing = await send('/models', { key: null });
    expect(missing.response.status).toBe(401);
    expect(schemaErrors('ErrorResponse', missing.body)).toEqual([]);
    expect(missing.body.error.message).toMatch(/^You didn't provide an API key/);

    const wrong = new OpenAI({
      baseURL: emulator.url,
      apiKey: 'sk-wrong-key-123456',
      maxRetries: 0,
    });
    const error = await wrong.models.list().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.AuthenticationError);
    expect((error as APIError).code).toBe('invalid_api_key');
    expect((error as APIError).message).not.toContain('sk-wrong-key-123456');
  });

  it('answers 404 for unknown routes and unknown ids, with an x-request-id every time', async () => {
    const route = await send('/fine_tuning/nothing-here');
    expect(route.response.status).toBe(404);
    expect(route.response.headers.get('x-request-id')).toMatch(/^req_[0-9a-f]{32}$/);
    expect(schemaErrors('ErrorResponse', route.body)).toEqual([]);
    expect(route.body.error.message).toBe('Invalid URL (GET /v1/fine_tuning/nothing-here)');

    const outsideApi = await send('/../nope');
    expect(outsideApi.response.status).toBe(404);

    for (const request of [
      () => client.files.retrieve('file-unknown'),
      () => client.files.delete('file-unknown'),
      () => client.files.content('file-unknown'),
      () => client.fineTuning.jobs.retrieve('ftjob-unknown'),
      () => client.fineTuning.jobs.listEvents('ftjob-unknown'),
      () => client.fineTuning.jobs.checkpoints.list('ftjob-unknown'),
      () => client.fineTuning.jobs.cancel('ftjob-unknown'),
      () => client.models.retrieve('ft:gpt-4o-mini-2024-07-18:nobody::unknown'),
      () => client.uploads.cancel('upload_unknown'),
    ]) {
      const error = await request().catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(OpenAI.NotFoundError);
      expect((error as APIError).requestID).toMatch(/^req_/);
      expect(schemaErrors('ErrorResponse', { error: (error as APIError).error })).toEqual([]);
    }
  });

  it.each([
    [{ hyperparameters: { n_epochs: 0 } }, 'hyperparameters.n_epochs', 'integer_below_min_value'],
    [{ hyperparameters: { n_epochs: 51 } }, 'hyperparameters.n_epochs', 'integer_above_max_value'],
    [
      { hyperparameters: { batch_size: 257 } },
      'hyperparameters.batch_size',
      'integer_above_max_value',
    ],
    [
      { hyperparameters: { learning_rate_multiplier: 0 } },
      'hyperparameters.learning_rate_multiplier',
      'decimal_below_min_value',
    ],
    [
      { method: { type: 'supervised', supervised: { hyperparameters: { n_epochs: 2.5 } } } },
      'method.supervised.hyperparameters.n_epochs',
      'invalid_type',
    ],
    [
      { method: { type: 'dpo', dpo: { hyperparameters: { beta: 2.5 } } } },
      'method.dpo.hyperparameters.beta',
      'decimal_above_max_value',
    ],
    [{ method: { type: 'sft' } }, 'method.type', 'invalid_value'],
    [
      { method: { type: 'reinforcement', reinforcement: {} } },
      'method.reinforcement.grader',
      'missing_required_parameter',
    ],
    [{ suffix: 'x'.repeat(65) }, 'suffix', 'string_above_max_length'],
    [{ seed: -1 }, 'seed', 'integer_below_min_value'],
    [{ seed: 'forty-two' }, 'seed', 'invalid_type'],
    [
      {
        metadata: Object.fromEntries(Array.from({ length: 17 }, (_, index) => [`k${index}`, 'v'])),
      },
      'metadata',
      'object_above_max_properties',
    ],
    [{ metadata: { note: 'v'.repeat(513) } }, 'metadata.note', 'string_above_max_length'],
    [{ metadata: { ['k'.repeat(65)]: 'v' } }, 'metadata', 'string_above_max_length'],
    [{ metadata: { count: 3 } }, 'metadata.count', 'invalid_type'],
    [{ training_file: 'file-missing' }, 'training_file', 'invalid_file'],
    [{ model: 'gpt-4' }, 'model', 'model_not_available'],
    [{ model: 'gpt-3.5-turbo', method: { type: 'dpo' } }, 'method.type', 'invalid_value'],
    [{ integrations: [{ type: 'slack' }] }, 'integrations[0].type', 'invalid_value'],
    [{ epochs: 3 }, 'epochs', 'unknown_parameter'],
  ])('answers 400 to a job with %j, naming %s', async (params, param, code) => {
    const error = await createJobError(params);
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
    expect(error.param).toBe(param);
    expect(error.code).toBe(code);
  });

  it('answers 400 when a required parameter is missing', async () => {
    const { response, body } = await send('/fine_tuning/jobs', {
      method: 'POST',
      body: JSON.stringify({ model: 'gpt-4o-mini' }),
    });
    expect(response.status).toBe(400);
    expect(body.error).toMatchObject({
      message: "Missing required parameter: 'training_file'.",
      param: 'training_file',
      code: 'missing_required_parameter',
      type: 'invalid_request_error',
    });
  });

  it('survives malformed JSON, wrong body types and wrong content types', async () => {
    for (const body of ['{"model": ', '[]', '"text"', '', 'null']) {
      const answer = await send('/fine_tuning/jobs', { method: 'POST', body });
      expect(answer.response.status).toBe(400);
      expect(schemaErrors('ErrorResponse', answer.body)).toEqual([]);
    }
    const chat = await send('/chat/completions', {
      method: 'POST',
      body: JSON.stringify({ model: 'gpt-4o-mini', messages: 'hello' }),
    });
    expect(chat.response.status).toBe(400);
    expect(chat.body.error.param).toBe('messages');
    const notMultipart = await send('/files', {
      method: 'POST',
      body: JSON.stringify({ purpose: 'fine-tune' }),
    });
    expect(notMultipart.response.status).toBe(400);
    const brokenMultipart = await send('/files', {
      method: 'POST',
      body: '--x\r\nContent-Disposition: form-data; name="purpose"\r\n\r\nfine-tune\r\n--x',
      contentType: 'multipart/form-data; boundary=x',
    });
    expect(brokenMultipart.response.status).toBe(400);
    const jobs = await client.fineTuning.jobs.list();
    expect(jobs.data.every((job) => job.training_file === trainingFile)).toBe(true);
  });

  it('rejects uploads that are not fine-tuning material', async () => {
    const wrongExtension = await client.files
      .create({ file: await toFile(Buffer.from('{}\n'), 'notes.txt'), purpose: 'fine-tune' })
      .catch((caught: unknown) => caught);
    expect(wrongExtension).toBeInstanceOf(OpenAI.BadRequestError);
    expect((wrongExtension as APIError).message).toBe(
      '400 Invalid file format for Fine-Tuning API. Must be .jsonl',
    );
    const wrongPurpose = await client.files
      .create({ file: await toFile(Buffer.from('{}\n'), 'a.jsonl'), purpose: 'mystery' as never })
      .catch((caught: unknown) => caught);
    expect((wrongPurpose as APIError).param).toBe('purpose');
    const assistantsFile = await client.files.create({
      file: await toFile(Buffer.from('hello'), 'notes.txt'),
      purpose: 'assistants',
    });
    const error = await createJobError({ training_file: assistantsFile.id });
    expect(error.code).toBe('invalid_file_purpose');
  });

  it('creates concurrent jobs without losing or mixing any', async () => {
    const jobs = await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        client.fineTuning.jobs.create({
          model: 'gpt-4o-mini',
          training_file: trainingFile,
          metadata: { batch: 'concurrent', index: String(index) },
        }),
      ),
    );
    expect(new Set(jobs.map((job) => job.id)).size).toBe(12);
    const listed = [];
    for await (const job of client.fineTuning.jobs.list({
      limit: 5,
      metadata: { batch: 'concurrent' },
    })) {
      listed.push(job);
    }
    expect(listed.map((job) => job.metadata?.index).sort()).toEqual(
      jobs.map((job) => job.metadata?.index).sort(),
    );
    const finished = await Promise.all(
      jobs.map((job) => waitForStatus(client, job.id, ['succeeded', 'failed', 'cancelled'])),
    );
    expect(finished.every((job) => job.status === 'succeeded')).toBe(true);
    expect(new Set(finished.map((job) => job.fine_tuned_model)).size).toBe(12);
  });
});
