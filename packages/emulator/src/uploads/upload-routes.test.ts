import { createHash } from 'node:crypto';
import { startTestEmulator } from '@tuneline/testing';
import OpenAI, { type APIError, toFile } from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../emulator-options.js';
import { rawBody, schemaErrors } from '../testing/openai-schemas.fixture.js';
import { waitForStatus } from '../testing/test-emulator.fixture.js';

const lines = Array.from({ length: 12 }, (_, index) =>
  JSON.stringify({
    messages: [
      { role: 'user', content: `Part question ${index}` },
      { role: 'assistant', content: `Part answer ${index}` },
    ],
  }),
);
const content = Buffer.from(`${lines.join('\n')}\n`);
const half = Math.floor(content.byteLength / 2);

describe('the Uploads API', () => {
  let emulator: Emulator;
  let client: OpenAI;

  beforeAll(async () => {
    ({ emulator, client } = await startTestEmulator({
      speed: 5000,
      maxRetries: 0,
      limits: { maxPartBytes: 4096 },
    }));
  });

  afterAll(async () => {
    await emulator.close();
  });

  function createUpload(bytes = content.byteLength) {
    return client.uploads.create({
      bytes,
      filename: 'parts.jsonl',
      mime_type: 'text/jsonl',
      purpose: 'fine-tune',
    });
  }

  async function addPart(uploadId: string, data: Buffer) {
    return client.uploads.parts.create(uploadId, { data: await toFile(data, 'part') });
  }

  it('assembles parts in order into a file, checking bytes and md5, usable for fine-tuning', async () => {
    const upload = await createUpload();
    expect(schemaErrors('Upload', upload)).toEqual([]);
    expect(upload).toMatchObject({ status: 'pending', file: null, object: 'upload' });
    expect(upload.expires_at - upload.created_at).toBe(3600);
    // Sent out of order, listed in order: the list decides.
    const second = await addPart(upload.id, content.subarray(half));
    const first = await addPart(upload.id, content.subarray(0, half));
    expect(schemaErrors('UploadPart', first)).toEqual([]);
    expect(first).toMatchObject({ object: 'upload.part', upload_id: upload.id });
    const md5 = createHash('md5').update(content).digest('hex');
    const completed = await client.uploads.complete(upload.id, {
      part_ids: [first.id, second.id],
      md5,
    });
    expect(schemaErrors('Upload', completed)).toEqual([]);
    expect(completed.status).toBe('completed');
    expect(completed.file).toMatchObject({ bytes: content.byteLength, filename: 'parts.jsonl' });
    const fileId = completed.file?.id ?? '';
    const downloaded = Buffer.from(await (await client.files.content(fileId)).arrayBuffer());
    expect(downloaded.equals(content)).toBe(true);
    const job = await client.fineTuning.jobs.create({
      model: 'gpt-4o-mini',
      training_file: fileId,
    });
    expect((await waitForStatus(client, job.id, ['succeeded', 'failed'])).status).toBe('succeeded');
  });

  it('refuses to complete when the bytes differ from those declared, and stays pending', async () => {
    const upload = await createUpload(content.byteLength + 1);
    const part = await addPart(upload.id, content);
    const error = await client.uploads
      .complete(upload.id, { part_ids: [part.id] })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
    expect((error as APIError).message).toMatch(/does not match the expected number of bytes/);
    const body = (await rawBody(client.uploads.cancel(upload.id))) as { status: string };
    expect(body.status).toBe('cancelled');
  });

  it('refuses a wrong md5 and unknown part ids', async () => {
    const upload = await createUpload();
    const part = await addPart(upload.id, content);
    const wrongMd5 = await client.uploads
      .complete(upload.id, { part_ids: [part.id], md5: 'd41d8cd98f00b204e9800998ecf8427e' })
      .catch((caught: unknown) => caught);
    expect((wrongMd5 as APIError).param).toBe('md5');
    const unknownPart = await client.uploads
      .complete(upload.id, { part_ids: ['part_unknown'] })
      .catch((caught: unknown) => caught);
    expect((unknownPart as APIError).param).toBe('part_ids[0]');
    const completed = await client.uploads.complete(upload.id, { part_ids: [part.id] });
    expect(completed.status).toBe('completed');
  });

  it('cancels an upload, after which it takes no parts', async () => {
    const upload = await createUpload();
    const cancelled = await client.uploads.cancel(upload.id);
    expect(schemaErrors('Upload', cancelled)).toEqual([]);
    expect(cancelled.status).toBe('cancelled');
    const error = await addPart(upload.id, content).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
  });

  it('refuses parts over the part size limit and declared sizes over the upload limit', async () => {
    const upload = await createUpload(5000);
    const error = await addPart(upload.id, Buffer.alloc(5000, 120)).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
    expect((error as APIError).code).toBe('part_too_large');
    const tooBig = await createUpload(9 * 1024 ** 3).catch((caught: unknown) => caught);
    expect((tooBig as APIError).param).toBe('bytes');
    const notJsonl = await client.uploads
      .create({ bytes: 3, filename: 'a.csv', mime_type: 'text/csv', purpose: 'fine-tune' })
      .catch((caught: unknown) => caught);
    expect(notJsonl).toBeInstanceOf(OpenAI.BadRequestError);
  });
});
