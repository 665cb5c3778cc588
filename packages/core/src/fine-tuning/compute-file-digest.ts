import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { TunelineError } from '../errors/tuneline-error.js';

export interface FileDigest {
  readonly bytes: number;
  /** Hex SHA-256 of the content: names the uploaded file and keys the request. */
  readonly sha256: string;
  /** Hex MD5 of the content: the Uploads API checks it on completion. */
  readonly md5: string;
}

/** Streams a file once to get its size, SHA-256 and MD5, never holding it in memory. */
export async function computeFileDigest(path: string): Promise<FileDigest> {
  const sha256 = createHash('sha256');
  const md5 = createHash('md5');
  let bytes = 0;
  try {
    for await (const chunk of createReadStream(path)) {
      const buffer = chunk as Buffer;
      sha256.update(buffer);
      md5.update(buffer);
      bytes += buffer.length;
    }
  } catch (error) {
    throw new TunelineError('file_unreadable', `Cannot read ${path}.`, {
      cause: error,
      hint: 'Check the path is right and the file is readable.',
    });
  }
  return { bytes, sha256: sha256.digest('hex'), md5: md5.digest('hex') };
}
