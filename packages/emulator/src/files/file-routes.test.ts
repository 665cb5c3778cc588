import { Readable } from 'node:stream';
import { startTestEmulator } from '@tuneline/testing';
import OpenAI, { type APIError, toFile } from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../emulator-options.js';
import { rawBody, schemaErrors } from '../testing/openai-schemas.fixture.js';

describe('the Files API', () => {
  let emulator: Emulator;
  let client: OpenAI;

  beforeAll(async () => {
    ({ emulator, client } = await startTestEmulator({
      speed: 5000,
      maxRetries: 0,
      limits: { maxFileBytes: 64 * 1024 },
    }));
  });

  afterAll(async () => {
    await emulator.close();
  });

  it('lists files newest first, filtered by purpose, page by page', async () => {
    const empty = await rawBody(client.files.list());
    expect(schemaErrors('ListFilesResponse', empty)).toEqual([]);
    const created = [];
    for (let index = 0; index < 5; index++) {
      created.push(
        await client.files.create({
          file: await toFile(Buffer.from(`{"n": ${index}}\n`), `file-${index}.jsonl`),
          purpose: 'fine-tune',
        }),
      );
    }
    await client.files.create({
      file: await toFile(Buffer.from('x'), 'x.txt'),
      purpose: 'assistants',
    });
    const page = await rawBody(client.files.list({ purpose: 'fine-tune', limit: 2 }));
    expect(schemaErrors('ListFilesResponse', page)).toEqual([]);
    expect(page).toMatchObject({
      object: 'list',
      has_more: true,
      first_id: created[4]?.id,
      last_id: created[3]?.id,
    });
    const all = [];
    for await (const file of client.files.list({ purpose: 'fine-tune', limit: 2 }))
      all.push(file.id);
    expect(all).toEqual(created.map((file) => file.id).reverse());
    const ascending = await client.files.list({ purpose: 'fine-tune', order: 'asc' });
    expect(ascending.data.map((file) => file.id)).toEqual(created.map((file) => file.id));
  });

  it('streams an upload given as a stream, and serves the same bytes back', async () => {
    const chunks = Array.from({ length: 50 }, (_, index) => Buffer.from(`{"chunk": ${index}}\n`));
    const file = await client.files.create({
      file: await toFile(Readable.from(chunks), 'streamed.jsonl'),
      purpose: 'fine-tune',
    });
    const expected = Buffer.concat(chunks);
    expect(file.bytes).toBe(expected.byteLength);
    const response = await client.files.content(file.id);
    expect(Buffer.from(await response.arrayBuffer()).equals(expected)).toBe(true);
  });

  it('deletes a file, which is then gone', async () => {
    const file = await client.files.create({
      file: await toFile(Buffer.from('{}\n'), 'gone.jsonl'),
      purpose: 'fine-tune',
    });
    const deleted = await client.files.delete(file.id);
    expect(schemaErrors('DeleteFileResponse', deleted)).toEqual([]);
    expect(deleted).toEqual({ id: file.id, object: 'file', deleted: true });
    await expect(client.files.retrieve(file.id)).rejects.toBeInstanceOf(OpenAI.NotFoundError);
    await expect(client.files.content(file.id)).rejects.toBeInstanceOf(OpenAI.NotFoundError);
    await expect(client.files.delete(file.id)).rejects.toBeInstanceOf(OpenAI.NotFoundError);
  });

  it('refuses an oversized upload without storing any of it', async () => {
    const before = await client.files.list();
    const error = await client.files
      .create({
        file: await toFile(Buffer.alloc(65 * 1024, 97), 'big.jsonl'),
        purpose: 'fine-tune',
      })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
    expect((error as APIError).code).toBe('file_too_large');
    const after = await client.files.list();
    expect(after.data.map((file) => file.id)).toEqual(before.data.map((file) => file.id));
    const small = await client.files.create({
      file: await toFile(Buffer.from('{}\n'), 'small.jsonl'),
      purpose: 'fine-tune',
    });
    expect(small.bytes).toBe(3);
  });

  it('sets expires_at from expires_after', async () => {
    const file = await client.files.create({
      file: await toFile(Buffer.from('{}\n'), 'expiring.jsonl'),
      purpose: 'fine-tune',
      expires_after: { anchor: 'created_at', seconds: 7200 },
    });
    expect(file.expires_at).toBe(file.created_at + 7200);
    const tooSoon = await client.files
      .create({
        file: await toFile(Buffer.from('{}\n'), 'expiring.jsonl'),
        purpose: 'fine-tune',
        expires_after: { anchor: 'created_at', seconds: 60 },
      })
      .catch((caught: unknown) => caught);
    expect((tooSoon as APIError).param).toBe('expires_after.seconds');
  });
});
