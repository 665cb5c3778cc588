import { readFile, writeFile } from 'node:fs/promises';
import { startTestEmulator, type TestEmulator } from '@tuneline/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { computeFileDigest } from './compute-file-digest.js';
import { createTemporaryDirectory, writeChatDataset } from './datasets.fixture.js';
import { uploadTrainingFile } from './upload-training-file.js';

let test: TestEmulator | undefined;
afterEach(async () => {
  await test?.close();
  test = undefined;
});

async function uploadedContent(client: TestEmulator['client'], fileId: string): Promise<string> {
  return (await client.files.content(fileId)).text();
}

describe('uploadTrainingFile', () => {
  it('uploads through the Files API under a name carrying the content hash', async () => {
    test = await startTestEmulator();
    const path = await writeChatDataset({
      directory: await createTemporaryDirectory(),
      name: 'train.jsonl',
    });
    const digest = await computeFileDigest(path);
    const uploaded = await uploadTrainingFile({ client: test.client, path });
    expect(uploaded).toMatchObject({
      filename: `train.sha256-${digest.sha256}.jsonl`,
      bytes: digest.bytes,
      sha256: digest.sha256,
      via: 'files',
    });
    const file = await test.client.files.retrieve(uploaded.fileId);
    expect(file).toMatchObject({
      purpose: 'fine-tune',
      bytes: digest.bytes,
      filename: uploaded.filename,
    });
    expect(await uploadedContent(test.client, uploaded.fileId)).toBe(await readFile(path, 'utf8'));
  });

  it('reuses an uploaded file with the same hash and size instead of uploading again', async () => {
    test = await startTestEmulator();
    const directory = await createTemporaryDirectory();
    const first = await uploadTrainingFile({
      client: test.client,
      path: await writeChatDataset({ directory, name: 'train.jsonl' }),
    });
    // Same content under another path: still the same upload.
    const copy = await writeChatDataset({ directory, name: 'copy.jsonl', variant: 'train.jsonl' });
    const before = test.requests.length;
    const second = await uploadTrainingFile({ client: test.client, path: copy });
    expect(second).toMatchObject({ fileId: first.fileId, via: 'existing' });
    expect(test.requests.slice(before).filter((request) => request.method === 'POST')).toEqual([]);
    const changed = await writeChatDataset({ directory, name: 'train.jsonl', variant: 'changed' });
    const third = await uploadTrainingFile({ client: test.client, path: changed });
    expect(third.fileId).not.toBe(first.fileId);
    expect(third.via).toBe('files');
  });

  it('uploads concurrent requests for the same content once', async () => {
    test = await startTestEmulator();
    const emulated = test;
    const path = await writeChatDataset({
      directory: await createTemporaryDirectory(),
      name: 'train.jsonl',
    });
    const uploads = await Promise.all(
      Array.from({ length: 10 }, () => uploadTrainingFile({ client: emulated.client, path })),
    );
    expect(new Set(uploads.map((upload) => upload.fileId)).size).toBe(1);
    expect(
      test.requests.filter((request) => request.method === 'POST' && request.path === '/files'),
    ).toHaveLength(1);
  });

  it('sends files over the Files API limit through the Uploads API in parts, MD5 checked', async () => {
    test = await startTestEmulator();
    const path = await writeChatDataset({
      directory: await createTemporaryDirectory(),
      name: 'big.jsonl',
      examples: 40,
    });
    const { bytes } = await computeFileDigest(path);
    const partBytes = 1024;
    const uploaded = await uploadTrainingFile({
      client: test.client,
      path,
      filesApiLimitBytes: 2048,
      partBytes,
    });
    expect(uploaded.via).toBe('uploads');
    const partRequests = test.requests.filter((request) =>
      /^\/uploads\/[^/]+\/parts$/.test(request.path),
    );
    expect(partRequests).toHaveLength(Math.ceil(bytes / partBytes));
    expect(test.requests.some((request) => request.path.endsWith('/complete'))).toBe(true);
    expect(await uploadedContent(test.client, uploaded.fileId)).toBe(await readFile(path, 'utf8'));
    const again = await uploadTrainingFile({
      client: test.client,
      path,
      filesApiLimitBytes: 2048,
      partBytes,
    });
    expect(again).toMatchObject({ fileId: uploaded.fileId, via: 'existing' });
  });

  it('fails, cancelling the upload, when the file changes while it is sent', async () => {
    test = await startTestEmulator();
    const directory = await createTemporaryDirectory();
    const path = await writeChatDataset({ directory, name: 'moving.jsonl', examples: 40 });
    const digest = await computeFileDigest(path);
    // The digest says one content, the disk another of the same size: the MD5 check must catch it.
    await writeFile(path, (await readFile(path, 'utf8')).replace('Question 1 ', 'Question X '));
    const failure = uploadTrainingFile({
      client: test.client,
      path,
      digest,
      filesApiLimitBytes: 2048,
      partBytes: 1024,
    });
    await expect(failure).rejects.toMatchObject({
      code: 'openai_api',
      status: 400,
      apiErrorCode: 'md5_mismatch',
    });
    expect(test.requests.some((request) => request.path.endsWith('/cancel'))).toBe(true);
  });
});
