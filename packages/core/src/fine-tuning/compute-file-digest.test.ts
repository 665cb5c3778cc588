import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { TunelineError } from '../errors/tuneline-error.js';
import { computeFileDigest } from './compute-file-digest.js';

describe('computeFileDigest', () => {
  it('gives the size, SHA-256 and MD5 of the content', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'tuneline-digest-'));
    onTestFinished(() => rm(directory, { recursive: true, force: true }));
    const path = join(directory, 'abc.jsonl');
    await writeFile(path, 'abc');
    expect(await computeFileDigest(path)).toEqual({
      bytes: 3,
      sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
      md5: '900150983cd24fb0d6963f7d28e17f72',
    });
  });

  it('reports an unreadable file as a Tuneline error naming it', async () => {
    const error = await computeFileDigest('/nonexistent/train.jsonl').catch(
      (caught: unknown) => caught,
    );
    expect(TunelineError.isInstance(error) && error.code).toBe('file_unreadable');
    expect((error as Error).message).toContain('/nonexistent/train.jsonl');
  });
});
